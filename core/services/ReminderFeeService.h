#pragma once

#include "AuditLog.h"
#include "DraftService.h"
#include "LedgerContext.h"
#include "ReminderFeeRepository.h"
#include "ReminderRepository.h"

// Late fees of reminders (issue 6): one optional rule per level, a flat amount or a percentage
// of the amount due. A fee is never charged on its own: chargeFee() creates a new draft invoice
// for the reminded customer, linked to the reminder and naming the original invoice, when the
// user asks for it. Rules are settings: a manager changes them, each change is audited.
class ReminderFeeService
{
    Q_DECLARE_TR_FUNCTIONS(ReminderFeeService)
public:
    ReminderFeeService(LedgerContext &context, AuditLog &audit, DraftService &drafts)
        : m_ctx(context)
        , m_audit(audit)
        , m_drafts(drafts)
        , m_fees(context.db)
        , m_reminders(context.db)
    { }

    Result<QList<LateFeeRule>> rules() const { return m_fees.all(); }
    Status saveRule(const LateFeeRule &rule);
    Status removeRule(int level);

    // The fee of `level` on `amountDue` (minor units); 0 when the level has no rule.
    Result<qint64> feeFor(int level, qint64 amountDue) const;
    static qint64 feeOf(const LateFeeRule &rule, qint64 amountDue);

    // Creates the late-fee draft of a recorded reminder and links it; returns the draft's id.
    // Refused when the level has no fee rule or the reminder already has its fee.
    Result<qint64> chargeFee(qint64 reminderId);

private:
    LedgerContext &m_ctx;
    AuditLog &m_audit;
    DraftService &m_drafts;
    ReminderFeeRepository m_fees;
    ReminderRepository m_reminders;
};
