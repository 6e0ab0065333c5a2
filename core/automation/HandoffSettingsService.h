#pragma once

#include "AuditLog.h"
#include "HandoffSettings.h"
#include "LedgerContext.h"

// Loads and saves the hand-off settings. Saving is a manager's change (the rules post and send
// invoices on their own), checked and audited in one transaction.
class HandoffSettingsService
{
    Q_DECLARE_TR_FUNCTIONS(HandoffSettingsService)
public:
    HandoffSettingsService(LedgerContext &context, AuditLog &audit)
        : m_ctx(context)
        , m_audit(audit)
    { }

    Result<HandoffSettings> load() const;
    Status save(const HandoffSettings &settings);

    // The rules build on each other (send needs post, post needs draft); the folder, when set,
    // is an existing, writable folder that is not the company file's own.
    static Status validate(const HandoffSettings &settings, const QString &companyFile);

    static constexpr int MaxSettleSeconds = 3600;

private:
    LedgerContext &m_ctx;
    AuditLog &m_audit;
};
