#pragma once

#include "MailComposer.h"

#include <QDialog>

class Ledger;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// "Send" on a posted invoice or credit note (or a reminder for an invoice): choose one of the
// customer's contacts or type another address, subject and body from the template in the
// document's language, a preview of the message, include or leave out the printed comments,
// the archived PDF attached. Accepting queues the message (DocumentMailer) and closes; a
// refusal (invalid address, line break in the subject, ...) is shown and nothing is queued.
// Afterwards call MailSession::wake() so that it goes out.
// objectNames: sendFrom, sendTo, sendCc, sendSubject, sendBody, sendIncludeNotes,
// sendAttachment, sendPreviewToggle, sendPreview, sendError, sendButton.
class SendDocumentDialog : public QDialog
{
    Q_OBJECT
public:
    SendDocumentDialog(Ledger &ledger, qint64 documentId, bool reminder = false, QWidget *parent = nullptr);

    // Whether the dialog could be filled (a draft or an unknown document cannot be sent).
    bool isReady() const { return m_ready; }
    QString loadError() const { return m_loadError; }
    qint64 queuedMessageId() const { return m_queuedId; }
    DocumentMailRequest request() const;
    QString previewText() const;

    // "addr, Name <addr>; other@example.com" -> one entry each (commas inside quotes or <> kept).
    static QStringList splitAddresses(const QString &text);

public slots:
    void accept() override;

private:
    void updatePreview();

    Ledger &m_ledger;
    qint64 m_documentId = 0;
    bool m_reminder = false;
    bool m_ready = false;
    QString m_loadError;
    qint64 m_queuedId = 0;
    DocumentMailDraft m_draft;
    QString m_attachmentName;

    QLabel *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QLineEdit *m_cc = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QCheckBox *m_includeNotes = nullptr;
    QLabel *m_attachment = nullptr;
    QPushButton *m_previewToggle = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
