#include "HandoffWatcher.h"

#include "HandoffTestSupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

TEST_CASE("hand-off watcher: a file dropped while the program runs is imported; files there at start too")
{
    TestLedger t;
    const HandoffSettings s = handoffIn(t);
    dropFile(s.folder, QStringLiteral("before-start.json"), jobJson(QStringLiteral("J-70")));

    HandoffWatcher watcher(t.ledger(), {});
    watcher.setInterval(150);
    QSignalSpy processed(&watcher, &HandoffWatcher::processed);
    watcher.setSettings(s);
    CHECK(watcher.isWatching());
    // Seen once at start; imported at the next look, when it is seen unchanged.
    CHECK(orderOf(t, QStringLiteral("J-70")) == 0);
    QTRY_VERIFY_WITH_TIMEOUT(orderOf(t, QStringLiteral("J-70")) > 0, 5000);
    CHECK(filesIn(s.folder, QStringLiteral("processed")) == QStringList {QStringLiteral("before-start.json")});

    processed.clear();
    dropFile(s.folder, QStringLiteral("while-running.json"), jobJson(QStringLiteral("J-71")));
    QTRY_VERIFY_WITH_TIMEOUT(processed.size() == 1, 5000);
    const auto results = processed.takeFirst().at(0).value<QList<HandoffFileResult>>();
    REQUIRE(results.size() == 1);
    CHECK(results.first().fileName == QStringLiteral("while-running.json"));
    CHECK(results.first().outcome == HandoffOutcome::Imported);
    CHECK(orderOf(t, QStringLiteral("J-71")) == results.first().jobs.first().serviceOrderId);
    CHECK(filesIn(s.folder).isEmpty());
}

TEST_CASE("hand-off watcher: a file whose size is still changing waits until it is complete")
{
    TestLedger t;
    const HandoffSettings s = handoffIn(t);
    HandoffWatcher watcher(t.ledger(), {});
    watcher.setInterval(200);
    QSignalSpy processed(&watcher, &HandoffWatcher::processed);
    watcher.setSettings(s);

    // A writer that does not use .part: the file grows under its final name for a while. Read
    // early, it would be incomplete JSON and fail.
    const QByteArray job = jobJson(QStringLiteral("J-80"));
    QFile file(QDir(s.folder).filePath(QStringLiteral("slow.json")));
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    qsizetype written = 0;
    const qsizetype chunk = 8;
    QElapsedTimer writing;
    writing.start();
    while (writing.elapsed() < 1500 && written + chunk < job.size()) {
        REQUIRE(file.write(job.mid(written, chunk)) == chunk);
        written += chunk;
        QTest::qWait(40); // the watcher looks meanwhile
    }
    REQUIRE(written > 0);
    CHECK(processed.isEmpty());
    CHECK(watcher.pending() == QStringList {file.fileName()});
    CHECK(filesIn(s.folder, QStringLiteral("failed")).isEmpty());
    CHECK(orderOf(t, QStringLiteral("J-80")) == 0);

    REQUIRE(file.write(job.mid(written)) == job.size() - written);
    file.close();
    QTRY_VERIFY_WITH_TIMEOUT(processed.size() == 1, 5000);
    CHECK(processed.first().at(0).value<QList<HandoffFileResult>>().first().outcome == HandoffOutcome::Imported);
    CHECK(orderOf(t, QStringLiteral("J-80")) > 0);
    CHECK(filesIn(s.folder, QStringLiteral("failed")).isEmpty());
    CHECK(filesIn(s.folder, QStringLiteral("processed")) == QStringList {QStringLiteral("slow.json")});
    CHECK(watcher.pending().isEmpty());
}
