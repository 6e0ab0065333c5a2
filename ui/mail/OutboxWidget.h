#pragma once

#include <QWidget>

class MailSession;
class OutboxModel;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// The Outbox page's content: every message with its status, attempts and last error; resend,
// cancel, confirm a delivery to check, open the document, send what is due now.
// objectNames: outboxView, outboxFilter, outboxResend, outboxCancel, outboxConfirm,
// outboxOpenDocument, outboxSendNow, outboxMessage.
class OutboxWidget : public QWidget
{
    Q_OBJECT
public:
    explicit OutboxWidget(MailSession &mail, QWidget *parent = nullptr);

    OutboxModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void reload();
    void select(qint64 messageId);
    qint64 selectedId() const;

    void resendSelected();
    void cancelSelected();
    void confirmSelected();

signals:
    // "Open the invoice": the window shows the document.
    void openDocumentRequested(qint64 documentId);
    void statusMessage(const QString &text);

private:
    void updateButtons();
    void showError(const QString &message);
    void applyFilter();

    MailSession &m_mail;
    OutboxModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr; // what the view shows
    QTableView *m_view = nullptr;
    QComboBox *m_filter = nullptr;
    QPushButton *m_resend = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_sendNow = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_server = nullptr;
};
