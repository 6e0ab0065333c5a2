#pragma once

#include "HandoffResult.h"
#include "HandoffSettings.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

#include <functional>

class Ledger;

// Imports completed-job files of the hand-off folder and applies the rules to each job.
// One file is one transaction: its jobs (JobImportService, all or nothing), the draft invoice of
// each (rule "draft"), its posting (rule "post": only when PostingService finds nothing missing
// and the total is within the approval threshold, else it stays a draft that needs attention),
// its message queued in the outbox (rule "send") and one audit event per automated action naming
// the rule and the file. After the commit the file moves to processed/; a refused file moves to
// failed/ beside NAME.error.txt and the company file is left as it was.
// A job id already in the company file is never imported again: a file whose import committed
// but was not moved (the program stopped in between) is recognised by its SHA-256 in the audit
// trail and moved to processed/ as "already imported"; another file with a known job goes to
// failed/ naming the job.
class HandoffProcessor
{
    Q_DECLARE_TR_FUNCTIONS(HandoffProcessor)
public:
    // Queues a posted invoice in the outbox (the PDF is rendered outside core): the outbox id.
    using SendStep = std::function<Result<qint64>(qint64 documentId)>;

    explicit HandoffProcessor(Ledger &ledger, SendStep send = {})
        : m_ledger(ledger)
        , m_send(std::move(send))
    { }

    // One complete file (the caller decided it is no longer being written).
    HandoffFileResult processFile(const QString &path, const HandoffSettings &settings);
    // `handoff run`: every candidate of the folder once; a file changed within the settling time
    // waits. Refused when no folder is set or it cannot be read.
    Result<QList<HandoffFileResult>> runOnce(const HandoffSettings &settings, const QDateTime &nowUtc);
    static Status checkFolder(const HandoffSettings &settings);

    // The files imported, newest first (from the audit trail, entity "handoff_file").
    Result<QList<HandoffFileResult>> recent(int limit) const;
    // The files in failed/ with the first line of their error file, newest first.
    static QList<HandoffFileResult> failedFiles(const QString &folder, int limit);

    static constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

private:
    Result<HandoffFileResult> importLocked(
        const QString &fileName, const QByteArray &bytes, const QString &sha256, const HandoffSettings &settings);
    Result<bool> importedBefore(const QString &sha256, HandoffFileResult &result) const;
    Status applyRules(HandoffJobResult &job, const QString &fileName, const HandoffSettings &settings);
    Status recordRule(
        qint64 documentId, const char *rule, const QString &fileName, const QString &jobId, QJsonObject details = {});
    QString postIssue(qint64 documentId);

    Ledger &m_ledger;
    SendStep m_send;
};
