#include "HandoffWatcher.h"

#include "HandoffSettingsService.h"
#include "HandoffTestSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
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

TEST_CASE("hand-off: the window's watcher and a timer's handoff run at once import each job once")
{
    TestLedger t;
    const HandoffSettings s = handoffIn(t);
    REQUIRE(HandoffSettingsService(t->context(), t->audit()).save(s).ok());
    const int jobs = 24;
    for (int i = 1; i <= jobs; ++i)
        dropFile(s.folder, QStringLiteral("both-%1.json").arg(i, 2, 10, QLatin1Char('0')),
            jobJson(QStringLiteral("B-%1").arg(i)));

    QProcess cli;
    cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    cli.start(QString::fromLocal8Bit(qgetenv("FACTURO_CLI")),
        {QStringLiteral("--db"), t.path(), QStringLiteral("handoff"), QStringLiteral("run")});
    REQUIRE(cli.waitForStarted());
    HandoffWatcher watcher(t.ledger(), {});
    watcher.setInterval(20);
    QList<HandoffFileResult> seen;
    QObject::connect(&watcher, &HandoffWatcher::processed, &watcher,
        [&seen](const QList<HandoffFileResult> &results) { seen += results; });
    watcher.setSettings(s);
    QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning && filesIn(s.folder).isEmpty(), 20000);
    CHECK(cli.exitCode() == 0);
    INFO("files imported by the watcher: " << seen.size());

    CHECK(filesIn(s.folder, QStringLiteral("failed")).isEmpty());
    CHECK(filesIn(s.folder, QStringLiteral("processed")).size() == jobs);
    QSet<qint64> orders;
    for (int i = 1; i <= jobs; ++i)
        orders.insert(orderOf(t, QStringLiteral("B-%1").arg(i)));
    CHECK(orders.size() == jobs);
    CHECK_FALSE(orders.contains(0));
    for (const HandoffFileResult &r : std::as_const(seen))
        CHECK(r.outcome != HandoffOutcome::Failed);
    auto log = HandoffProcessor(t.ledger()).recent(100);
    REQUIRE(log.ok());
    CHECK(log->size() == jobs); // one import event per file, whoever imported it
}
