#include "ContractRunService.h"
#include "ContractTestSupport.h"
#include "TestDatabase.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>

#include <catch2/catch.hpp>

using namespace ContractTests;

namespace {
// Contracts of every kind, all started in January 2025: by March 2026 each has 15 periods due.
int addContracts(TestLedger &t, int count)
{
    Transaction setUp(t->database());
    for (int i = 0; i < count; ++i) {
        const ContractAction action = i % 3 == 0 ? ContractAction::Post : ContractAction::Draft;
        addMonthly(t.ledger(), t.customerId(), QDate(2025, 1, 1 + i % 28), QStringLiteral("Care {period}"),
            QString::number(20 + i), action, 1 + i % 2);
    }
    REQUIRE(setUp.commit().ok());
    ContractRunService runner(t.ledger());
    return static_cast<int>(runner.due(QDate(2026, 3, 31))->size());
}

void requireSound(const QString &db)
{
    QString out, err;
    const int code = cli(db, {QStringLiteral("--json"), QStringLiteral("check")}, &out, &err);
    INFO(out.toStdString() << err.toStdString());
    REQUIRE(code == 0);
    const QJsonObject report = QJsonDocument::fromJson(out.toUtf8()).object();
    CHECK(report.value(QStringLiteral("ok")).toBool());
    bool contractsChecked = false;
    for (const QJsonValue &passed : report.value(QStringLiteral("passed")).toArray())
        contractsChecked = contractsChecked || passed.toString().startsWith(QStringLiteral("Contract occurrences"));
    CHECK(contractsChecked);
}

void requireEachOnce(TestLedger &t, int expected)
{
    const auto counts = occurrenceCounts(t.ledger());
    CHECK(counts.size() == expected);
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        INFO("occurrence " << it.key().toStdString());
        CHECK(it.value() == 1);
    }
    ContractRunService runner(t.ledger());
    CHECK(runner.due(QDate(2026, 3, 31))->isEmpty());
}

int iterations()
{
    const int wanted = qEnvironmentVariableIntValue("FACTURO_CRASH_ITERATIONS");
    return wanted > 0 ? wanted : 6;
}
} // namespace

TEST_CASE("contracts run killed at any moment makes each occurrence exactly once")
{
    TestLedger t;
    t.clock().set(QDateTime(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC));
    const int expected = addContracts(t, 300);
    REQUIRE(expected > 300);
    QRandomGenerator random(16);
    int killedMidway = 0;
    for (int i = 0; i < iterations(); ++i) {
        QProcess process;
        process.start(QString::fromLocal8Bit(qgetenv("FACTURO_CLI")),
            {QStringLiteral("--db"), t.path(), QStringLiteral("contracts"), QStringLiteral("run"),
                QStringLiteral("--as-of"), QStringLiteral("2026-03-31")});
        REQUIRE(process.waitForStarted());
        // Inside the first groups of the run even on a fast machine (a group commits after 250 ms
        // or 500 occurrences), so that later iterations still find work to be killed in.
        const int delayMs = 20 + static_cast<int>(random.bounded(150));
        INFO("iteration " << i << ", kill after " << delayMs << " ms");
        if (!process.waitForFinished(delayMs)) {
            process.kill(); // SIGKILL: no chance to clean up
            process.waitForFinished();
            ++killedMidway;
        }
        requireSound(t.path());
        // Whatever was made is made once; nothing half-made is left (a document without its
        // occurrence would be a draft the run does not know).
        const auto counts = occurrenceCounts(t.ledger());
        for (int n : counts)
            CHECK(n == 1);
    }
    WARN(killedMidway << " of " << iterations() << " runs killed midway");
    CHECK(killedMidway * 2 >= iterations());
    QString out, err;
    INFO(err.toStdString());
    REQUIRE(cli(t.path(),
                {QStringLiteral("contracts"), QStringLiteral("run"), QStringLiteral("--as-of"),
                    QStringLiteral("2026-03-31")},
                &out, &err)
        == 0);
    requireEachOnce(t, expected);
    // Every document of the file is the document of one occurrence.
    QString count;
    REQUIRE(cli(t.path(),
                {QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--limit"),
                    QStringLiteral("100000"), QStringLiteral("--status"), QStringLiteral("draft,posted")},
                &count)
        == 0);
    CHECK(QJsonDocument::fromJson(count.toUtf8()).array().size() == expected);
    requireSound(t.path());
}

TEST_CASE("the window and the command line running at once make each occurrence exactly once")
{
    TestLedger t;
    t.clock().set(QDateTime(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC));
    const int expected = addContracts(t, 200);
    QProcess process;
    process.start(QString::fromLocal8Bit(qgetenv("FACTURO_CLI")),
        {QStringLiteral("--db"), t.path(), QStringLiteral("--json"), QStringLiteral("contracts"), QStringLiteral("run"),
            QStringLiteral("--as-of"), QStringLiteral("2026-03-31")});
    REQUIRE(process.waitForStarted());
    // Once the command line has committed its first occurrences (or is done)...
    while (occurrenceCounts(t.ledger()).isEmpty() && !process.waitForFinished(20)) { }
    // ... the window's since-last-run, on its own connection, over the same occurrences.
    ContractRunService window(t.ledger());
    auto made = window.run(QDate(2026, 3, 31));
    REQUIRE(process.waitForFinished(120000));
    INFO(process.readAllStandardError().toStdString());
    CHECK(process.exitCode() == 0);
    REQUIRE(made.ok());
    int byWindow = 0, skippedByWindow = 0;
    for (const MadeOccurrence &m : made.value()) {
        CHECK(m.error.isEmpty());
        if (m.alreadyMade)
            ++skippedByWindow;
        else
            ++byWindow;
    }
    const int byCli = static_cast<int>(QJsonDocument::fromJson(process.readAllStandardOutput()).array().size());
    INFO("window " << byWindow << ", command line " << byCli);
    WARN("made by the window: " << byWindow << ", by the command line: " << byCli);
    CHECK(byWindow + byCli == expected);
    CHECK(byCli > 0);
    CHECK(byWindow + skippedByWindow <= expected);
    requireEachOnce(t, expected);
    requireSound(t.path());
}
