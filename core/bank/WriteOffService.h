#pragma once

#include "AuditLog.h"
#include "JournalService.h"
#include "LedgerContext.h"
#include "PaymentService.h"

// Writing off the small difference left on an invoice (a few cents short): a payment row of kind
// write_off for what is still due, its journal entry (debit the write-off account, credit
// receivable), its audit event with the digest of its rows; the invoice becomes Paid. Up to the
// write-off limit (a setting, minor units; 0: only a manager) any user may; above it only a manager.
class WriteOffService
{
    Q_DECLARE_TR_FUNCTIONS(WriteOffService)
public:
    WriteOffService(LedgerContext &context, AuditLog &audit, JournalService &journal)
        : m_ctx(context)
        , m_audit(audit)
        , m_journal(journal)
    { }

    static const QString &limitKey(); // the settings key "write_off_limit"
    Result<qint64> limit() const;
    Status setLimit(qint64 limit); // a manager's change, audited
    // Whether the acting user may write off `amount` (false: a manager is needed).
    Result<bool> allowed(qint64 amount) const;
    // Writes off what is still due on the invoice; returns the write-off's payment id.
    Result<qint64> writeOff(qint64 invoiceId, const QString &reason);
    // A payment a little short of what is due and the write-off of the rest, in one transaction
    // (the payment window's "write off the difference"); returns the payment's id.
    Result<qint64> payAndWriteOff(PaymentService &payments, const PaymentRequest &request, const QString &reason);

private:
    LedgerContext &m_ctx;
    AuditLog &m_audit;
    JournalService &m_journal;
};
