#pragma once

#include "DocumentMailer.h"
#include "EInvoiceFormat.h"
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
// the archived PDF attached, and the e-invoice in the customer's preferred format (Factur-X in
// place of the PDF; UBL or CII beside it) unless the clerk leaves it out. Accepting queues the message (DocumentMailer)
// and closes; a refusal (invalid address, line break in the subject, ...) is shown and nothing is queued. Afterwards
// call MailSession::wake() so that it goes out. objectNames: sendFrom, sendTo, sendCc, sendSubject, sendBody,
// sendIncludeNotes, sendAttachment, sendEInvoice, sendEInvoiceMissing, sendPreviewToggle, sendPreview, sendError,
// sendButton.
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
    // The e-invoice format attached when sent; None: the PDF alone.
    EInvoiceFormat einvoiceFormat() const;

    // What DocumentMailer::queue is given to attach a document's e-invoice in `format`: archived
    // and audited with the message; Factur-X replaces the PDF, UBL and CII go beside it. None:
    // nothing to attach.
    static DocumentMailer::AttachmentsHook einvoiceAttacher(Ledger &ledger, qint64 documentId, EInvoiceFormat format);

    // "addr, Name <addr>; other@example.com" -> one entry each (commas inside quotes or <> kept).
    static QStringList splitAddresses(const QString &text);

public slots:
    void accept() override;

private:
    void updatePreview();
    void setUpEInvoice();
    QStringList attachmentNames() const;

    Ledger &m_ledger;
    qint64 m_documentId = 0;
    bool m_reminder = false;
    bool m_ready = false;
    QString m_loadError;
    qint64 m_queuedId = 0;
    DocumentMailDraft m_draft;
    QString m_attachmentName;
    QString m_attachmentText; // the PDF's name and size
    EInvoiceFormat m_format = EInvoiceFormat::None; // the customer's preferred one

    QLabel *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QLineEdit *m_cc = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QCheckBox *m_includeNotes = nullptr;
    QLabel *m_attachment = nullptr;
    QCheckBox *m_einvoice = nullptr;
    QLabel *m_einvoiceMissing = nullptr;
    QPushButton *m_previewToggle = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
