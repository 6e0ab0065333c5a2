#pragma once

#include "ReminderRepository.h"
#include "Result.h"

// How a recorded reminder leaves the building: the hook between the ledger and the outbox (an
// email in the customer's language, the template of its level) or the printer (a letter). It
// runs inside the reminder's transaction: a refusal records nothing. Returns the id of the
// queued outbox message, or 0 when nothing was queued (a letter, a reminder made by hand).
class ReminderDispatcher
{
public:
    virtual ~ReminderDispatcher() = default;
    virtual Result<qint64> dispatch(const ReminderRecord &reminder, const ReminderCandidate &invoice) = 0;
};
