#pragma once

#include "AuditLog.h"
#include "LedgerContext.h"
#include "MailAttachment.h"
#include "MailTemplates.h"
#include "ReminderDispatcher.h"

#include <functional>
#include <optional>

// Email reminders through the outbox (DESIGN.md "Mail": queue first, then send). An email
// reminder is composed like the invoice's own mail (MailComposer: the customer's contact, the
// sender of the mail settings) with the reminder text of its level in the invoice's language,
// and queued in the reminder's transaction: if it cannot be queued, no reminder is recorded.
// Letters and reminders made by hand queue nothing.
//
// Texts per level and language: level 1 uses the reminder template of MailTemplates (editable
// with the other mail templates); from level 2 on, a stored text for the level
// ("reminder.template.<level>.<language>.subject|body" in the settings) or the built-in second
// reminder (level 2) or final notice (level 3 and up). Placeholders are those of MailTemplates
// plus {level} and {days_overdue}.
class ReminderOutboxDispatcher : public ReminderDispatcher
{
    Q_DECLARE_TR_FUNCTIONS(ReminderOutboxDispatcher)
public:
    using Attachments = std::function<Result<QList<MailAttachment>>(const ReminderRecord &, const ReminderCandidate &)>;

    ReminderOutboxDispatcher(LedgerContext &context, AuditLog &audit)
        : m_ctx(context)
        , m_audit(audit)
    { }

    // Files to attach to each reminder email (the reminder letter as PDF, where a renderer is at hand).
    void setAttachments(Attachments attachments) { m_attachments = std::move(attachments); }

    Result<qint64> dispatch(const ReminderRecord &reminder, const ReminderCandidate &invoice) override;

    // The text of a level in a language, before its placeholders are filled.
    Result<MailTemplate> levelTemplate(int level, const QString &language) const;
    // A manager saves a level's text (level 2 and up); an empty subject and body restore the built-in one.
    Status saveLevelTemplate(int level, const QString &language, const MailTemplate &text);
    static MailTemplate builtInLevel(int level, const QString &language);

private:
    LedgerContext &m_ctx;
    AuditLog &m_audit;
    Attachments m_attachments;
};
