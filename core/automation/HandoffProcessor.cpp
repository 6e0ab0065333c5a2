#include "HandoffProcessor.h"

#include "ExactJson.h"
#include "HandoffFolder.h"
#include "HandoffSettingsService.h"
#include "Ledger.h"
#include "Money.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
const QString FileEntity = QStringLiteral("handoff_file");

// The job ids a file names, as far as it can be read (for the error file and duplicates).
QStringList jobIdsOf(const QByteArray &bytes)
{
    QStringList ids;
    auto document = ExactJson::parse(bytes);
    if (!document)
        return ids;
    QJsonArray jobs;
    if (document->isObject())
        jobs.append(document->toObject());
    else if (document->isArray())
        jobs = document->toArray();
    for (const QJsonValue &job : std::as_const(jobs)) {
        const QJsonValue id = job.toObject().value(QStringLiteral("job_id"));
        const QString text = ExactJson::isNumber(id) ? ExactJson::numberText(id) : ExactJson::text(id).trimmed();
        if (!text.isEmpty())
            ids << text;
    }
    return ids;
}
} // namespace

Status HandoffProcessor::checkFolder(const HandoffSettings &settings)
{
    if (!settings.isSet())
        return Error::refused(tr("No job hand-off folder is set (Settings › Job hand-off, or "
                                 "facturo-cli settings handoff --folder DIR)."));
    return HandoffSettingsService::validate(settings, {});
}

Result<QList<HandoffFileResult>> HandoffProcessor::runOnce(const HandoffSettings &settings, const QDateTime &nowUtc)
{
    FACTURO_TRY(checkFolder(settings));
    QList<HandoffFileResult> results;
    for (const QFileInfo &file : HandoffFolder::candidates(settings.folder)) {
        if (!HandoffFolder::settled(file, nowUtc, settings.settleSeconds)) {
            HandoffFileResult waiting;
            waiting.fileName = file.fileName();
            waiting.message
                = tr("still being written: changed less than %n second(s) ago", nullptr, settings.settleSeconds);
            results.append(waiting);
            continue;
        }
        results.append(processFile(file.absoluteFilePath(), settings));
    }
    return results;
}

HandoffFileResult HandoffProcessor::processFile(const QString &path, const HandoffSettings &settings)
{
    HandoffFileResult result;
    result.fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.message = QFileInfo::exists(path) ? tr("cannot be read: %1").arg(file.errorString())
                                                 : tr("no longer in the folder");
        return result;
    }
    QByteArray bytes;
    Result<HandoffFileResult> imported = Error::invalid(
        tr("The file is larger than %n MB: it is not a job file.", nullptr, int(MaxFileBytes / (1024 * 1024))));
    if (file.size() <= MaxFileBytes) {
        bytes = file.readAll();
        file.close();
        const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        imported = importLocked(result.fileName, bytes, sha256, settings);
    }
    file.close();
    if (imported) {
        result = imported.value();
        auto moved = HandoffFolder::moveInto(path, HandoffFolder::ProcessedFolder);
        if (moved)
            result.movedTo = moved.value();
        else // imported all the same; the next look recognises the file and moves it
            result.message = (result.message + QLatin1Char(' ') + moved.message()).trimmed();
        return result;
    }
    if (imported.error().kind() == ErrorKind::Storage && file.size() <= MaxFileBytes) {
        // The company file is busy or cannot be written: the file stays for the next look.
        result.message = imported.message();
        return result;
    }
    const QStringList jobs = jobIdsOf(bytes);
    result.outcome = HandoffOutcome::Failed;
    for (const QString &job : jobs) {
        auto existing = m_ledger.context().orders.idByJobRef(job);
        if (existing && existing.value() > 0)
            result.outcome = HandoffOutcome::Duplicate;
    }
    result.message = imported.message();
    auto moved = HandoffFolder::moveInto(path, HandoffFolder::FailedFolder);
    if (!moved) {
        result.message += QLatin1Char(' ') + moved.message();
        return result;
    }
    result.movedTo = moved.value();
    const QString text = result.message + QStringLiteral("\n\n") + tr("File: %1").arg(result.fileName)
        + QLatin1Char('\n') + tr("Jobs: %1").arg(jobs.isEmpty() ? tr("none readable") : jobs.join(QStringLiteral(", ")))
        + QLatin1Char('\n')
        + tr("Moved to failed/ on %1; nothing was imported into the company file.")
              .arg(m_ledger.context().clock.nowUtc().toString(Qt::ISODate))
        + QLatin1Char('\n');
    auto written = HandoffFolder::writeErrorFile(result.movedTo, text);
    if (written)
        result.errorFile = written.value();
    else
        result.message += QLatin1Char(' ') + written.message();
    return result;
}

Result<HandoffFileResult> HandoffProcessor::importLocked(
    const QString &fileName, const QByteArray &bytes, const QString &sha256, const HandoffSettings &settings)
{
    LedgerContext &ctx = m_ledger.context();
    Transaction tx(ctx.db);
    FACTURO_TRY(tx.began());
    HandoffFileResult result;
    result.fileName = fileName;
    // Checked under the write lock: another Facturo may have imported this file a moment ago.
    auto before = importedBefore(sha256, result);
    if (!before)
        return before.error();
    if (before.value())
        return result; // nothing is written: the transaction rolls back

    auto jobs = m_ledger.jobImport().importJson(bytes);
    if (!jobs)
        return jobs.error();
    QJsonArray jobsJson;
    QStringList attention;
    for (const ImportedJob &imported : jobs.value()) {
        HandoffJobResult job;
        job.jobId = imported.jobId;
        job.serviceOrderId = imported.serviceOrderId;
        if (settings.makeDraft) {
            auto draft = m_ledger.drafts().createFromOrder(imported.serviceOrderId);
            if (!draft)
                return Error(draft.error().kind(),
                    tr("Job %1: the draft invoice cannot be made: %2 Nothing was imported.")
                        .arg(imported.jobId, draft.error().message()));
            job.documentId = draft.value();
            FACTURO_TRY(recordRule(job.documentId, "draft", fileName, job.jobId));
            FACTURO_TRY(applyRules(job, fileName, settings));
        }
        if (!job.attention.isEmpty())
            attention << tr("Job %1: %2").arg(job.jobId, job.attention);
        jobsJson.append(job.toJson());
        result.jobs.append(job);
    }
    FACTURO_TRY(m_ledger.audit().record(FileEntity, 1, QStringLiteral("import"),
        {{QStringLiteral("file"), fileName}, {QStringLiteral("sha256"), sha256}, {QStringLiteral("jobs"), jobsJson}}));
    FACTURO_TRY(tx.commit());
    result.outcome = HandoffOutcome::Imported;
    result.message = attention.join(QLatin1Char('\n'));
    return result;
}

Result<bool> HandoffProcessor::importedBefore(const QString &sha256, HandoffFileResult &result) const
{
    auto events = m_ledger.context().audit.forEntity(FileEntity, 1);
    if (!events)
        return events.error();
    for (const AuditEvent &event : events.value()) {
        const QJsonObject details = QJsonDocument::fromJson(event.details.toUtf8()).object();
        // The same bytes under the same name: the import committed and the move did not happen.
        if (event.action != QLatin1String("import") || details.value(QStringLiteral("sha256")).toString() != sha256
            || details.value(QStringLiteral("file")).toString() != result.fileName)
            continue;
        result.outcome = HandoffOutcome::Recovered;
        result.when = event.occurredAt.toString(Qt::ISODate);
        QStringList ids;
        for (const QJsonValue &job : details.value(QStringLiteral("jobs")).toArray()) {
            result.jobs.append(HandoffJobResult::fromJson(job.toObject()));
            ids << result.jobs.last().jobId;
        }
        result.message = tr("already imported from this same file on %1 (jobs %2): nothing was imported again.")
                             .arg(result.when, ids.join(QStringLiteral(", ")));
        return true;
    }
    return false;
}

Status HandoffProcessor::recordRule(
    qint64 documentId, const char *rule, const QString &fileName, const QString &jobId, QJsonObject details)
{
    details.insert(QStringLiteral("rule"), QString::fromLatin1(rule));
    details.insert(QStringLiteral("file"), fileName);
    details.insert(QStringLiteral("job"), jobId);
    return m_ledger.audit().record(QStringLiteral("invoice"), documentId, QStringLiteral("handoff"), details);
}

QString HandoffProcessor::postIssue(qint64 documentId)
{
    LedgerContext &ctx = m_ledger.context();
    auto draft = ctx.documents.find(documentId, false);
    if (!draft)
        return draft.message();
    auto company = ctx.company.load();
    if (!company)
        return company.message();
    // The rule never posts above the threshold, whoever runs it: a manager approves such an
    // invoice by hand.
    if (company->approvalThreshold > 0 && draft->totalGross > company->approvalThreshold)
        return tr("its total %1 is above the approval threshold of %2: a manager approves it")
            .arg(Money::plain(draft->totalGross, draft->currency),
                Money::plain(company->approvalThreshold, draft->currency));
    auto issues = m_ledger.posting().check(documentId);
    if (!issues)
        return issues.message();
    QStringList missing;
    for (const PostingIssue &issue : issues.value())
        missing << issue.message;
    return missing.isEmpty() ? QString() : tr("it needs %1").arg(missing.join(tr("; ")));
}

Status HandoffProcessor::applyRules(HandoffJobResult &job, const QString &fileName, const HandoffSettings &settings)
{
    if (!settings.post)
        return {};
    QString issue = postIssue(job.documentId);
    if (issue.isEmpty()) {
        auto number = m_ledger.posting().post(job.documentId); // a refusal rolls back only the post
        if (number)
            job.number = number.value();
        else
            issue = number.message();
    }
    if (!issue.isEmpty()) {
        job.attention = tr("left as a draft: %1").arg(issue);
        return recordRule(job.documentId, "post", fileName, job.jobId,
            {{QStringLiteral("result"), QStringLiteral("needs attention")}, {QStringLiteral("reason"), issue}});
    }
    FACTURO_TRY(recordRule(job.documentId, "post", fileName, job.jobId, {{QStringLiteral("number"), job.number}}));
    if (!settings.send)
        return {};
    Result<qint64> queued
        = m_send ? m_send(job.documentId) : Result<qint64>(Error::refused(tr("sending is not available here")));
    if (!queued) {
        job.attention = tr("posted as %1 but not sent: %2").arg(job.number, queued.message());
        return recordRule(job.documentId, "send", fileName, job.jobId,
            {{QStringLiteral("result"), QStringLiteral("needs attention")},
                {QStringLiteral("reason"), queued.message()}});
    }
    job.outboxId = queued.value();
    return recordRule(job.documentId, "send", fileName, job.jobId, {{QStringLiteral("outbox"), job.outboxId}});
}

Result<QList<HandoffFileResult>> HandoffProcessor::recent(int limit) const
{
    QList<HandoffFileResult> results;
    auto events = m_ledger.context().audit.forEntity(FileEntity, 1);
    if (!events)
        return events.error();
    for (auto it = events->crbegin(); it != events->crend() && results.size() < limit; ++it) {
        if (it->action != QLatin1String("import"))
            continue;
        const QJsonObject details = QJsonDocument::fromJson(it->details.toUtf8()).object();
        HandoffFileResult r;
        r.outcome = HandoffOutcome::Imported;
        r.fileName = details.value(QStringLiteral("file")).toString();
        r.when = it->occurredAt.toString(Qt::ISODate);
        QStringList attention;
        for (const QJsonValue &job : details.value(QStringLiteral("jobs")).toArray()) {
            r.jobs.append(HandoffJobResult::fromJson(job.toObject()));
            if (!r.jobs.last().attention.isEmpty())
                attention << tr("Job %1: %2").arg(r.jobs.last().jobId, r.jobs.last().attention);
        }
        r.message = attention.join(QLatin1Char('\n'));
        results.append(r);
    }
    return results;
}

QList<HandoffFileResult> HandoffProcessor::failedFiles(const QString &folder, int limit)
{
    QList<HandoffFileResult> results;
    if (folder.isEmpty())
        return results;
    const QDir failed(QDir(folder).filePath(HandoffFolder::FailedFolder));
    const QFileInfoList errors = failed.entryInfoList({QStringLiteral("*.error.txt")}, QDir::Files, QDir::Time);
    for (const QFileInfo &error : errors) {
        if (results.size() >= limit)
            break;
        QFile file(error.absoluteFilePath());
        HandoffFileResult r;
        r.outcome = HandoffOutcome::Failed;
        QString name = error.fileName();
        name.chop(int(qstrlen(".error.txt")));
        r.fileName = name + QStringLiteral(".json");
        r.errorFile = error.absoluteFilePath();
        r.when = error.lastModified().toUTC().toString(Qt::ISODate);
        if (file.open(QIODevice::ReadOnly))
            r.message = QString::fromUtf8(file.readLine(4096)).trimmed();
        results.append(r);
    }
    return results;
}
