#pragma once

#include "AuditLog.h"
#include "DraftService.h"
#include "LedgerContext.h"
#include "ReminderDispatcher.h"
#include "ReminderDisputeRepository.h"
#include "ReminderFeeService.h"
#include "ReminderRepository.h"

#include <functional>

// An invoice that reached a reminder level it was not yet reminded at.
struct DueReminder
{
    ReminderCandidate invoice;
    int daysOverdue = 0;
    int level = 0; // the level to send now
    ReminderChannel channel = ReminderChannel::Letter; // email when the customer has an address
    qint64 lateFee = 0; // the fee of that level on the amount due; charged only when asked
};

struct ReminderRequest
{
    qint64 documentId = 0;
    int level = 0; // 0: the level after the last one sent ("send reminder now")
    ReminderChannel channel = ReminderChannel::Manual;
    QDate sentOn; // invalid: today
    bool chargeLateFee = false;
};

struct ReminderRunOptions
{
    QDate asOf; // invalid: today
    int onlyLevel = 0; // 0: every level
    bool dryRun = false;
    std::optional<ReminderChannel> channel; // empty: each invoice's suggested channel
    bool chargeLateFees = false;
    // Called after each invoice with (done, total); returning false stops the run.
    std::function<bool(qint64, qint64)> progress;
};

struct ReminderRunFailure
{
    qint64 documentId = 0;
    QString number;
    QString message;
};

struct ReminderRunSummary
{
    QDate asOf;
    QList<DueReminder> due; // what was (or, in a dry run, would be) reminded
    QList<ReminderRecord> recorded; // empty in a dry run
    QList<ReminderRunFailure> failed;
    bool cancelled = false;
};

// Dunning (issue 6, DESIGN.md "Due dates and reminders"). Due lists, reminder records (one per
// invoice and level, ever), the nightly run, "send reminder now" and disputes. Every reminder
// and every dispute change is an audit event on the invoice, in the same transaction.
class ReminderService
{
    Q_DECLARE_TR_FUNCTIONS(ReminderService)
public:
    ReminderService(LedgerContext &context, AuditLog &audit, DraftService &drafts)
        : m_ctx(context)
        , m_audit(audit)
        , m_fees(context, audit, drafts)
        , m_reminders(context.db)
        , m_disputes(context.db)
    { }

    // Where email reminders go (the outbox) and letters are made; none: only recorded.
    void setDispatcher(ReminderDispatcher *dispatcher) { m_dispatcher = dispatcher; }
    ReminderFeeService &fees() { return m_fees; }

    // The company's levels in days overdue ("7,14,30" by default).
    Result<QList<int>> levels() const;
    // Invoices a run on `asOf` reminds: skipping disputed invoices and customers with "no
    // reminders"; amount due after payments and credit notes above zero; each at its level.
    Result<QList<DueReminder>> due(const QDate &asOf, int onlyLevel = 0) const;
    // How many invoices a run on `asOf` reminds, read on any connection (the dashboard counts
    // off the window's thread).
    static Result<int> countDue(Database &db, const QDate &asOf);
    Result<ReminderRecord> record(const ReminderRequest &request);
    Result<ReminderRecord> sendNow(qint64 documentId, ReminderChannel channel, bool chargeLateFee = false);
    // Each invoice in its own transaction: a refused one is reported, the others go on.
    Result<ReminderRunSummary> run(const ReminderRunOptions &options);
    Result<QList<ReminderRecord>> history(qint64 documentId) const { return m_reminders.forDocument(documentId); }
    // One customer's overdue open invoices on `asOf` (what a reminder letter lists), oldest due first.
    Result<QList<ReminderCandidate>> overdueOf(qint64 customerId, const QDate &asOf) const
    {
        return m_reminders.candidates(asOf.addDays(-1), customerId);
    }

    Result<std::optional<InvoiceDispute>> dispute(qint64 documentId) const { return m_disputes.find(documentId); }
    Status openDispute(qint64 documentId, const QString &reason);
    Status closeDispute(qint64 documentId, const QString &note = {});

private:
    Result<ReminderRecord> recordLocked(const ReminderRequest &request, const QList<int> &levels);
    Result<Document> openInvoice(qint64 documentId) const;

    LedgerContext &m_ctx;
    AuditLog &m_audit;
    ReminderFeeService m_fees;
    ReminderRepository m_reminders;
    ReminderDisputeRepository m_disputes;
    ReminderDispatcher *m_dispatcher = nullptr;
};
