#include "TrustCheck.h"

#include "BookDigestCheck.h"
#include "ChainAnchor.h"
#include "ChronologyRepository.h"
#include "SchemaFingerprint.h"

Status TrustCheck::books(IntegrityReport &report)
{
    auto digests = BookDigestCheck(m_ctx).run();
    if (!digests)
        return digests.error();
    if (digests->ok())
        report.passed << digests->summary();
    else
        report.problems << digests->problem;
    return {};
}

Status TrustCheck::schema(IntegrityReport &report)
{
    auto fingerprint = SchemaFingerprint::compare(m_ctx.db);
    if (!fingerprint)
        return fingerprint.error();
    for (const SchemaDifference &d : fingerprint->differences) {
        switch (d.kind) {
        case SchemaDifference::Kind::MissingTrigger:
            report.problems << tr("The immutability trigger %1 is missing: what it protects could be changed "
                                  "without a trace.")
                                   .arg(d.name);
            break;
        case SchemaDifference::Kind::ChangedTrigger:
            report.problems << tr("The immutability trigger %1 was altered: it is not the one schema %2 defines.")
                                   .arg(d.name)
                                   .arg(m_ctx.db.schemaVersion());
            break;
        case SchemaDifference::Kind::ChangedFunction:
            report.problems << tr("The function %1 that the rules run was altered: it is not the one schema %2 "
                                  "defines, so what it protects could be changed without a trace.")
                                   .arg(d.name)
                                   .arg(m_ctx.db.schemaVersion());
            break;
        case SchemaDifference::Kind::DisabledTrigger:
            report.problems << tr("The trigger %1 is switched off: what it protects could be changed without a "
                                  "trace.")
                                   .arg(d.name);
            break;
        case SchemaDifference::Kind::OwnedByWriter:
            report.problems << tr("%1 belongs to a role that writes rows or is not the schema's owner: that role "
                                  "could change or switch off the rules.")
                                   .arg(d.name);
            break;
        case SchemaDifference::Kind::MissingTable:
            report.problems << tr("The table %1 is missing.").arg(d.name);
            break;
        case SchemaDifference::Kind::ChangedTable:
            report.problems << tr("The definition of table %1 (its columns or rules) was altered: it is not the one "
                                  "schema %2 defines.")
                                   .arg(d.name)
                                   .arg(m_ctx.db.schemaVersion());
            break;
        }
    }
    if (fingerprint->differences.isEmpty())
        report.passed << tr("Schema %1: all %2 immutability triggers and %3 table definitions are present and "
                            "unaltered")
                             .arg(m_ctx.db.schemaVersion())
                             .arg(fingerprint->triggers)
                             .arg(fingerprint->tables);
    return {};
}

Status TrustCheck::chronology(IntegrityReport &report)
{
    ChronologyRepository time(m_ctx.db);
    auto orderBreak = time.firstOrderBreak();
    if (!orderBreak)
        return orderBreak.error();
    if (orderBreak->isEmpty())
        report.passed << tr("Numbers are chronological: no document is dated before one posted earlier");
    else
        report.problems << tr("Numbers are not chronological: %1 (was the clock set back?)").arg(orderBreak.value());
    auto payment = time.firstPaymentBeforeItsDocument();
    if (!payment)
        return payment.error();
    if (payment->isEmpty())
        report.passed << tr("No payment is dated before its document, no reversal before its payment");
    else
        report.problems << tr("A payment is out of time: %1").arg(payment.value());
    return {};
}

Status TrustCheck::anchor(IntegrityReport &report, const QString &anchorText)
{
    auto anchor = ChainAnchor::fromArgument(anchorText);
    if (!anchor)
        return anchor.error();
    auto verdict = anchor->verify(m_ctx.audit);
    if (!verdict)
        return verdict.error();
    (verdict->extends ? report.passed : report.problems) << verdict->message;
    return {};
}
