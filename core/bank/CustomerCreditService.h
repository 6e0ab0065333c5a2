#pragma once

#include "AuditLog.h"
#include "CustomerCredit.h"
#include "CustomerCreditRepository.h"
#include "Document.h"
#include "JournalService.h"
#include "LedgerContext.h"

struct CreditRefundRequest
{
    qint64 customerId = 0;
    qint64 amount = 0; // minor units, positive
    QDate date; // empty: today
    PaymentMethod method = PaymentMethod::BankTransfer;
    QString reference;
};

// A customer's credit (DESIGN.md: an over-payment is kept as the customer's credit): kept from an
// over-payment, applied to a later invoice (a payment of method "customer credit", recorded by
// PaymentService), or paid back. Each movement has its audit event with the digest of its rows
// (MoneyEvents); kept and refunded credit have their journal entry on the customer-credit account.
class CustomerCreditService
{
    Q_DECLARE_TR_FUNCTIONS(CustomerCreditService)
public:
    CustomerCreditService(LedgerContext &context, AuditLog &audit, JournalService &journal)
        : m_ctx(context)
        , m_audit(audit)
        , m_journal(journal)
        , m_credits(context.db)
    { }

    Result<qint64> balance(qint64 customerId) const { return m_credits.balance(customerId); }
    Result<QList<CustomerCreditMovement>> movements(qint64 customerId) const
    {
        return m_credits.forCustomer(customerId);
    }

    // In the caller's transaction: `amount` received beyond what `invoice` owed, with payment
    // `paymentId` (0: none), is kept as the customer's credit. Returns the movement's id.
    Result<qint64> keep(qint64 customerId, const Document *invoice, qint64 paymentId, qint64 amount,
        PaymentMethod method, const QDate &date, const QString &reference);
    // In the caller's transaction: the customer-credit payment `paymentId` on `invoice` used `amount`.
    Result<qint64> recordApplied(
        const Document &invoice, qint64 paymentId, qint64 amount, const QDate &date, const QString &reference);
    // Pays credit back to the customer; one transaction. Returns the movement's id.
    Result<qint64> refund(const CreditRefundRequest &request);

private:
    Result<qint64> recordMovement(CustomerCreditMovement movement, const QString &action);

    LedgerContext &m_ctx;
    AuditLog &m_audit;
    JournalService &m_journal;
    CustomerCreditRepository m_credits;
};
