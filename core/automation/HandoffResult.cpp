#include "HandoffResult.h"

#include <QJsonArray>

QJsonObject HandoffJobResult::toJson() const
{
    QJsonObject o {{QStringLiteral("job"), jobId}, {QStringLiteral("service_order"), serviceOrderId}};
    if (documentId > 0)
        o.insert(QStringLiteral("document"), documentId);
    if (!number.isEmpty())
        o.insert(QStringLiteral("number"), number);
    if (outboxId > 0)
        o.insert(QStringLiteral("outbox"), outboxId);
    if (!attention.isEmpty())
        o.insert(QStringLiteral("attention"), attention);
    return o;
}

HandoffJobResult HandoffJobResult::fromJson(const QJsonObject &o)
{
    HandoffJobResult j;
    j.jobId = o.value(QStringLiteral("job")).toString();
    j.serviceOrderId = o.value(QStringLiteral("service_order")).toInteger();
    j.documentId = o.value(QStringLiteral("document")).toInteger();
    j.number = o.value(QStringLiteral("number")).toString();
    j.outboxId = o.value(QStringLiteral("outbox")).toInteger();
    j.attention = o.value(QStringLiteral("attention")).toString();
    return j;
}

bool HandoffFileResult::needsAttention() const
{
    for (const HandoffJobResult &j : jobs)
        if (!j.attention.isEmpty())
            return true;
    return false;
}

QString HandoffFileResult::outcomeKey(HandoffOutcome outcome)
{
    switch (outcome) {
    case HandoffOutcome::Imported:
        return QStringLiteral("imported");
    case HandoffOutcome::Recovered:
        return QStringLiteral("already-imported");
    case HandoffOutcome::Failed:
        return QStringLiteral("failed");
    case HandoffOutcome::Duplicate:
        return QStringLiteral("duplicate");
    case HandoffOutcome::Waiting:
        return QStringLiteral("waiting");
    }
    return {};
}

QString HandoffFileResult::outcomeName(HandoffOutcome outcome)
{
    switch (outcome) {
    case HandoffOutcome::Imported:
        return tr("imported");
    case HandoffOutcome::Recovered:
        return tr("already imported");
    case HandoffOutcome::Failed:
        return tr("failed");
    case HandoffOutcome::Duplicate:
        return tr("duplicate job");
    case HandoffOutcome::Waiting:
        return tr("waiting");
    }
    return {};
}

QJsonObject HandoffFileResult::toJson() const
{
    QJsonArray jobList;
    for (const HandoffJobResult &j : jobs)
        jobList.append(j.toJson());
    QJsonObject o {{QStringLiteral("file"), fileName}, {QStringLiteral("outcome"), outcomeKey(outcome)},
        {QStringLiteral("jobs"), jobList}};
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    if (!movedTo.isEmpty())
        o.insert(QStringLiteral("moved_to"), movedTo);
    if (!errorFile.isEmpty())
        o.insert(QStringLiteral("error_file"), errorFile);
    if (!when.isEmpty())
        o.insert(QStringLiteral("when"), when);
    return o;
}

QString HandoffFileResult::summary(const QList<HandoffFileResult> &results)
{
    int imported = 0;
    int failed = 0;
    int attention = 0;
    for (const HandoffFileResult &r : results) {
        if (r.outcome == HandoffOutcome::Imported || r.outcome == HandoffOutcome::Recovered)
            ++imported;
        if (r.outcome == HandoffOutcome::Failed || r.outcome == HandoffOutcome::Duplicate)
            ++failed;
        for (const HandoffJobResult &j : r.jobs)
            attention += j.attention.isEmpty() ? 0 : 1;
    }
    QStringList parts;
    if (imported > 0)
        parts << tr("%n job file(s) imported", nullptr, imported);
    if (attention > 0)
        parts << tr("%n invoice(s) need attention", nullptr, attention);
    if (failed > 0)
        parts << tr("%n file(s) failed (moved to failed/)", nullptr, failed);
    return parts.join(tr("; "));
}
