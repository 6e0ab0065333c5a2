#include "HandoffFolder.h"

#include "HandoffTestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
HandoffFileResult only(const Result<QList<HandoffFileResult>> &results)
{
    INFO(results.message().toStdString());
    REQUIRE(results.ok());
    REQUIRE(results->size() == 1);
    return results->first();
}
} // namespace

TEST_CASE("hand-off: a .part file, a hidden file and the processed/ and failed/ folders are never read")
{
    TestLedger t;
    const HandoffSettings s = handoffIn(t);
    QFile part(QDir(s.folder).filePath(QStringLiteral("J-1.json.part")));
    REQUIRE(part.open(QIODevice::WriteOnly));
    part.write(jobJson(QStringLiteral("J-1")));
    part.close();
    QFile hidden(QDir(s.folder).filePath(QStringLiteral(".J-2.json")));
    REQUIRE(hidden.open(QIODevice::WriteOnly));
    hidden.write(jobJson(QStringLiteral("J-2")));
    hidden.close();
    REQUIRE(QDir(s.folder).mkpath(QStringLiteral("processed")));
    dropFile(QDir(s.folder).filePath(QStringLiteral("processed")), QStringLiteral("J-3.json"),
        jobJson(QStringLiteral("J-3")));

    const QString before = t.dump();
    HandoffProcessor processor(t.ledger());
    auto results = processor.runOnce(s, QDateTime::currentDateTimeUtc().addSecs(3600));
    REQUIRE(results.ok());
    CHECK(results->isEmpty());
    CHECK(filesIn(s.folder) == QStringList {QStringLiteral("J-1.json.part")}); // hidden files are not listed
    CHECK(QFileInfo::exists(part.fileName()));
    CHECK(t.dump() == before);

    // Renamed into place, the same bytes are a job file.
    REQUIRE(QFile::rename(part.fileName(), QDir(s.folder).filePath(QStringLiteral("J-1.json"))));
    const HandoffFileResult r = only(processor.runOnce(s, QDateTime::currentDateTimeUtc().addSecs(60)));
    CHECK(r.outcome == HandoffOutcome::Imported);
    CHECK(orderOf(t, QStringLiteral("J-1")) > 0);
    CHECK(orderOf(t, QStringLiteral("J-2")) == 0);
    CHECK(orderOf(t, QStringLiteral("J-3")) == 0);
}

TEST_CASE("hand-off run: a file changed within the settling time waits, then is imported")
{
    TestLedger t;
    HandoffSettings s = handoffIn(t);
    s.settleSeconds = 30;
    dropFile(s.folder, QStringLiteral("J-7.json"), jobJson(QStringLiteral("J-7")));
    HandoffProcessor processor(t.ledger());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    HandoffFileResult r = only(processor.runOnce(s, now));
    CHECK(r.outcome == HandoffOutcome::Waiting);
    CHECK(r.message.contains(QStringLiteral("still being written")));
    CHECK(filesIn(s.folder) == QStringList {QStringLiteral("J-7.json")});
    CHECK(orderOf(t, QStringLiteral("J-7")) == 0);

    r = only(processor.runOnce(s, now.addSecs(31)));
    CHECK(r.outcome == HandoffOutcome::Imported);
    CHECK(filesIn(s.folder, QStringLiteral("processed")) == QStringList {QStringLiteral("J-7.json")});
    CHECK(orderOf(t, QStringLiteral("J-7")) > 0);
}

TEST_CASE("hand-off: a bad file goes to failed/ beside an error file naming the job and the field; "
          "the company file is unchanged")
{
    TestLedger t;
    const HandoffSettings s = handoffIn(t, true);
    // Two jobs; the second has no valid hours: neither is imported.
    const QByteArray bad
        = "[" + jobJson(QStringLiteral("J-20")) + "," + jobJson(QStringLiteral("J-21"), QStringLiteral("two")) + "]";
    dropFile(s.folder, QStringLiteral("evening.json"), bad);
    dropFile(s.folder, QStringLiteral("garbage.json"), "{\"job_id\": \"J-22\", ");
    const QString before = t.dump();

    HandoffProcessor processor(t.ledger());
    auto results = processor.runOnce(s, QDateTime::currentDateTimeUtc().addSecs(60));
    REQUIRE(results.ok());
    REQUIRE(results->size() == 2);
    const HandoffFileResult &evening = results->at(0);
    CHECK(evening.fileName == QStringLiteral("evening.json"));
    CHECK(evening.outcome == HandoffOutcome::Failed);
    CHECK(evening.message.contains(QStringLiteral("J-21")));
    CHECK(evening.message.contains(QStringLiteral("labor[1].hours")));
    CHECK(results->at(1).outcome == HandoffOutcome::Failed);

    CHECK(t.dump() == before);
    CHECK(orderOf(t, QStringLiteral("J-20")) == 0);
    CHECK(filesIn(s.folder).isEmpty());
    CHECK(filesIn(s.folder, QStringLiteral("failed"))
        == QStringList {QStringLiteral("evening.error.txt"), QStringLiteral("evening.json"),
            QStringLiteral("garbage.error.txt"), QStringLiteral("garbage.json")});
    const QString error = readText(QDir(s.folder).filePath(QStringLiteral("failed/evening.error.txt")));
    CHECK(error.startsWith(QStringLiteral("Job J-21: labor[1].hours:")));
    CHECK(error.contains(QStringLiteral("File: evening.json")));
    CHECK(error.contains(QStringLiteral("Jobs: J-20, J-21")));
    CHECK(readText(QDir(s.folder).filePath(QStringLiteral("failed/evening.json"))) == QString::fromUtf8(bad));
    CHECK(evening.errorFile == QDir(s.folder).filePath(QStringLiteral("failed/evening.error.txt")));

    // A file of the same name later fails beside the first, never in its place.
    dropFile(s.folder, QStringLiteral("evening.json"), "[]");
    const HandoffFileResult again = only(processor.runOnce(s, QDateTime::currentDateTimeUtc().addSecs(60)));
    CHECK(again.outcome == HandoffOutcome::Failed);
    CHECK(again.movedTo.endsWith(QStringLiteral("failed/evening-2.json")));
    CHECK(QFileInfo::exists(QDir(s.folder).filePath(QStringLiteral("failed/evening-2.error.txt"))));
    CHECK(readText(QDir(s.folder).filePath(QStringLiteral("failed/evening.json"))) == QString::fromUtf8(bad));
    CHECK(HandoffProcessor::failedFiles(s.folder, 10).size() == 3);
    CHECK(t.dump() == before);
}

TEST_CASE("hand-off: the same job twice is reported and imported once; a file imported but not moved is "
          "recognised and never imported again")
{
    TestLedger t;
    const HandoffSettings s = handoffIn(t);
    HandoffProcessor processor(t.ledger());
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(60);
    dropFile(s.folder, QStringLiteral("monday.json"), jobJson(QStringLiteral("J-30")));
    CHECK(only(processor.runOnce(s, later)).outcome == HandoffOutcome::Imported);
    const qint64 order = orderOf(t, QStringLiteral("J-30"));
    REQUIRE(order > 0);
    const QString afterFirst = t.dump();

    // Another file with the same job (a field system sending it again, corrected).
    dropFile(s.folder, QStringLiteral("tuesday.json"), jobJson(QStringLiteral("J-30"), QStringLiteral("3")));
    const HandoffFileResult duplicate = only(processor.runOnce(s, later));
    CHECK(duplicate.outcome == HandoffOutcome::Duplicate);
    CHECK(duplicate.message.contains(QStringLiteral("J-30 was already imported")));
    const QString error = readText(QDir(s.folder).filePath(QStringLiteral("failed/tuesday.error.txt")));
    CHECK(error.contains(QStringLiteral("Job J-30 was already imported (service order %1)").arg(order)));
    CHECK(t.dump() == afterFirst);

    // The same job twice in one file.
    dropFile(s.folder, QStringLiteral("twice.json"),
        "[" + jobJson(QStringLiteral("J-31")) + "," + jobJson(QStringLiteral("J-31")) + "]");
    const HandoffFileResult twice = only(processor.runOnce(s, later));
    CHECK(twice.outcome == HandoffOutcome::Failed);
    CHECK(twice.message.contains(QStringLiteral("J-31 appears twice")));
    CHECK(orderOf(t, QStringLiteral("J-31")) == 0);

    // The program stopped after the import committed and before the move: monday.json is back.
    REQUIRE(QFile::copy(QDir(s.folder).filePath(QStringLiteral("processed/monday.json")),
        QDir(s.folder).filePath(QStringLiteral("monday.json"))));
    const QString beforeRecovery = t.dump();
    const HandoffFileResult recovered = only(processor.runOnce(s, later));
    CHECK(recovered.outcome == HandoffOutcome::Recovered);
    CHECK(recovered.message.contains(QStringLiteral("already imported")));
    REQUIRE(recovered.jobs.size() == 1);
    CHECK(recovered.jobs.first().serviceOrderId == order);
    CHECK(recovered.movedTo.endsWith(QStringLiteral("processed/monday-2.json")));
    CHECK(t.dump() == beforeRecovery);
    CHECK(filesIn(s.folder).isEmpty());
}
