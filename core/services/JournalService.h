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

private:
    Result<qint64> account(const QString &role);
    static void post(JournalEntry &entry, qint64 accountId, qint64 signedDebit);

    LedgerContext &m_ctx;
    QHash<QString, qint64> m_accounts;
};
