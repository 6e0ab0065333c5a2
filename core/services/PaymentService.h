#pragma once

#include "AuditLog.h"
#include "CustomerCreditService.h"
#include "JournalService.h"
#include "LedgerContext.h"
#include "Payment.h"

struct PaymentRequest
{
    qint64 documentId = 0;
    qint64 amount = 0; // minor units, positive
    QDate date;        // empty: today
    PaymentMethod method = PaymentMethod::BankTransfer;
    QString reference;
    // More than is due: the excess is kept as the customer's credit (else refused).
    bool keepExcessAsCredit = false;
};

// One payment across several invoices of a customer (one transaction, all or nothing).
struct SpreadPaymentRequest
{
    qint64 customerId = 0;
    qint64 amount = 0; // minor units, positive
    QDate date;        // empty: today
    PaymentMethod method = PaymentMethod::BankTransfer;
    QString reference;
    // The invoices and what each receives; empty: the customer's open invoices, oldest due first.
    // A chosen invoice with amount 0 receives what is left, up to what it owes.
    QList<QPair<qint64, qint64>> allocations;
    bool keepExcessAsCredit = false; // what is left over is kept as the customer's credit
};

// Money in (payments on invoices) and money back (refunds of credit notes). Payments are
// immutable: a mistake is undone by a reversal, never by a delete.
class PaymentService
{
    Q_DECLARE_TR_FUNCTIONS(PaymentService)
public:
    PaymentService(LedgerContext &context, AuditLog &audit, JournalService &journal)
        : m_ctx(context), m_audit(audit), m_journal(journal), m_credits(context, audit, journal)
    {
    }

    // A payment on a posted invoice; partial payments are fine, more than is due is refused unless
    // the excess is kept as the customer's credit. Method CustomerCredit applies the customer's
    // credit (never more than it holds).
    Result<qint64> registerPayment(const PaymentRequest &request);
    // One payment spread across invoices of one customer; returns the payments' ids.
    Result<QList<qint64>> registerSpread(const SpreadPaymentRequest &request);
    CustomerCreditService &credits() { return m_credits; }
    // Undoes a payment by a reversal entry of the opposite amount.
    // A customer-credit payment is never reversed; a direct-debit one only as a returned debit
    // (DirectDebitService, returnedDebit = true).
    Result<qint64> reverse(qint64 paymentId, const QString &reason, bool returnedDebit = false);
    // Pays back what a posted credit note still owes the customer.
    Result<qint64> refund(const PaymentRequest &request);

private:
    Result<qint64> refundOnce(const PaymentRequest &r);
    Result<qint64> reverseOnce(qint64 paymentId, const QString &reason, bool returnedDebit);
    Result<QList<qint64>> registerSpreadOnce(const SpreadPaymentRequest &r);
    Result<qint64> registerPaymentOnce(const PaymentRequest &r);
    Status validate(const PaymentRequest &request) const;
    // A payment or refund is dated neither before its document's issue date nor after today.
    Status notBeforeIssue(const QDate &date, const Document &document) const;
    Result<qint64> record(Payment payment, Document &document, const QString &action);
    // After a reversal makes an invoice due again: what its credit notes owed the customer
    // (because of the reversed payment) reduces it again; returns what the invoice has credited.
    Result<qint64> reapplyCredits(const Document &invoice, qint64 amountPaid);

    LedgerContext &m_ctx;
    AuditLog &m_audit;
    JournalService &m_journal;
    CustomerCreditService m_credits;
};
