#pragma once

#include "AuditLog.h"
#include "LedgerContext.h"

#include <QHash>

// Credit notes (DESIGN.md): always for one posted invoice; the draft starts as a copy of the
// invoice's lines (or of chosen lines and quantities) and may only be reduced.
class CreditNoteService
{
    Q_DECLARE_TR_FUNCTIONS(CreditNoteService)
public:
    CreditNoteService(LedgerContext &context, AuditLog &audit) : m_ctx(context), m_audit(audit) {}

    // quantities: invoice line id → quantity to credit (scaled). Empty: everything not yet credited.
    Result<qint64> createDraft(qint64 invoiceId, const QString &reason, const QHash<qint64, qint64> &quantities = {});

private:
    LedgerContext &m_ctx;
    AuditLog &m_audit;
};
