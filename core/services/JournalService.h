#pragma once

#include "Document.h"
#include "JournalEntry.h"
#include "LedgerContext.h"
#include "Payment.h"

#include <QHash>

// Writes the balanced double entry of every posted document and payment (DESIGN.md "Accounting").
class JournalService
{
    Q_DECLARE_TR_FUNCTIONS(JournalService)
public:
    explicit JournalService(LedgerContext &context) : m_ctx(context) {}

    // Invoice: debit receivable (gross), credit revenue per line kind, credit VAT payable.
    // Credit note: the mirror image.
    Result<JournalEntry> entryForDocument(const Document &posted);
    Status recordDocument(const Document &posted);
    // Payment: debit bank/cash by method, credit receivable. Reversal: the mirror.
    // Refund of a credit note: debit receivable, credit bank/cash.
    Status recordPayment(const Payment &payment, const Document &document);
    // A customer's credit kept from an over-payment (debit bank/cash by method, credit customer
    // credits) or paid back (the mirror); returns the entry's id. kind: "credit_kept" or
    // "credit_refund"; documentId 0: none.
    Result<qint64> recordCustomerCredit(const QString &kind, qint64 amount, PaymentMethod method, const QDate &date,
        qint64 documentId, const QString &reference, const QString &description);

private:
    Result<qint64> account(const QString &role);
    static void post(JournalEntry &entry, qint64 accountId, qint64 signedDebit);

    LedgerContext &m_ctx;
    QHash<QString, qint64> m_accounts;
};
