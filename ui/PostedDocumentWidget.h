#pragma once

#include "AuditEvent.h"
#include "Document.h"

#include <QWidget>

class CompanySession;
class DocumentLinesModel;
class HistoryModel;
class MessageBanner;
class PaymentTableModel;
class QLabel;
class QAction;
class QPushButton;
class QToolButton;
class SendDocumentDialog;
class QTabWidget;
class QTableView;
class TaxTotalsWidget;
template<typename Row>
class RowTableModel;
struct DocumentSummary;

// A posted invoice or credit note, read-only: what was sent, what was paid and credited since,
// and its history. The verbs that still apply are here: register a payment, credit, print.
class PostedDocumentWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PostedDocumentWidget(CompanySession &session, QWidget *parent = nullptr);
    ~PostedDocumentWidget() override;

    Status openDocument(qint64 documentId);
    void reload();
    const Document &document() const { return m_document; }
    bool canRegisterPayment() const;
    bool canCredit() const;

    // A payment on an invoice, or the refund of what a credit note owes the customer.
    void registerPayment();
    void reverseSelectedPayment();
    void issueCreditNote();
    void print();
    // The send dialog (already open; nullptr and a message when the document cannot be sent).
    SendDocumentDialog *send();
    // The invoice's next reminder by email through the outbox, the letter as PDF attached.
    Status sendReminderNow(bool ask = true);
    // Opens (with its reason) or closes (with a note) the customer's dispute of the invoice.
    Status setDisputed(bool disputed, const QString &text);
    bool isDisputed() const { return m_disputed; }

signals:
    void closeRequested();
    void documentRequested(qint64 documentId);
    void statusMessage(const QString &text);

private:
    void display(const Document &document);
    static QString sentLine(const QList<AuditEvent> &history);
    void toggleDispute();

    CompanySession &m_session;
    Document m_document;
    QLabel *m_title;
    QLabel *m_status;
    MessageBanner *m_banner;
    QLabel *m_details;
    QLabel *m_due;
    QTabWidget *m_tabs;
    DocumentLinesModel *m_lines;
    TaxTotalsWidget *m_totals;
    PaymentTableModel *m_payments;
    RowTableModel<DocumentSummary> *m_credits;
    HistoryModel *m_history;
    QTableView *m_creditsView;
    QTableView *m_paymentsView;
    QPushButton *m_reverse;
    QPushButton *m_pay;
    QPushButton *m_credit;
    QPushButton *m_print;
    QPushButton *m_send = nullptr;
    QToolButton *m_more = nullptr;
    QAction *m_remindAction = nullptr;
    QAction *m_disputeAction = nullptr;
    bool m_disputed = false;
};
