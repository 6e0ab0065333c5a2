#pragma once

#include "AuditLog.h"
#include "IntegrityRepository.h"
#include "PostedTotalsRepository.h"
#include "LedgerContext.h"

#include <functional>

struct IntegrityReport
{
    QStringList passed;   // one line per check that passed
    QStringList problems; // one line per problem found, the first one first
    // Things to look at that are not faults of the file (an address to review): they never make
    // the report fail.
    QStringList warnings;
    bool ok() const { return problems.isEmpty(); }
};

// Verifies a whole company file (`facturo-cli check`, Help › Check the company file): the SQLite
// structure, foreign keys, gapless unique numbers, every journal entry balanced and present,
// document totals equal to their lines (recomputed with the EN 16931 rules), payments and
// credits equal to what the documents say, the maintained summaries of the dashboard and the aged
// receivables equal to their recomputation, the audit chain, and the mail outbox (each message
// about the posted document it names, queued with its audit event, carrying the document's
// archived PDF, and in the document's send history once when sent), then TrustCheck: the rows each
// money event vouches for, the immutability triggers, the chronology, an anchor. Reads only. Warns (without
// failing) of the seller's and customers' addresses that could not be split into fields.
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)
public:
    IntegrityCheck(LedgerContext &context, AuditLog &audit) : m_ctx(context), m_audit(audit) {}

    // quick: PRAGMA quick_check instead of the full integrity_check.
    Result<IntegrityReport> run(bool quick = false, const std::function<void(const QString &)> &progress = {});
    // Also proves that the chain extends this anchor: "SEQ:HASH" (ChainAnchor). Empty: none.
    void setAnchor(const QString &anchor) { m_anchor = anchor; }

private:
    Status structure(IntegrityReport &report, bool quick);
    Status numbering(IntegrityReport &report);
    Status journal(IntegrityReport &report);
    Status totals(IntegrityReport &report);
    Status settlements(IntegrityReport &report);
    Status summaries(IntegrityReport &report); // the maintained summaries of migration 0006
    Status auditChain(IntegrityReport &report);
    Status outbox(IntegrityReport &report);
    Status parties(IntegrityReport &report); // addresses to review (warnings)
    // The rule's first offending row (IntegrityRepository) is a problem; none: passed.
    Status expectNone(IntegrityReport &report, IntegrityRepository::Rule rule, const QString &passedText,
                      const QString &problemText);
    static void record(IntegrityReport &report, const std::optional<QString> &breach, const QString &passedText,
                       const QString &problemText);
    // What is wrong with a posted document's totals (recomputed from its lines); empty: nothing.
    static QString totalsProblem(const StoredTotals &doc);

    LedgerContext &m_ctx;
    AuditLog &m_audit;
    QString m_anchor;
};
