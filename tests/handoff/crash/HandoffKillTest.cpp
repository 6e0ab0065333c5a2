#include "CliCompany.h"
#include "HandoffTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <random>

// `handoff run` killed (SIGKILL) at random moments, again and again, then run to the end: every
// job is imported once with one invoice, every file ends in processed/ (none in failed/: a file
// imported but not moved is recognised), numbers stay gapless and check passes.
TEST_CASE("handoff run killed at any moment imports each job exactly once")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString cli = QString::fromLocal8Bit(qgetenv("FACTURO_CLI"));
    const CliCompany company(dir.filePath(QStringLiteral("company.facturo")));
    const QString db = company.location();
    const QString drop = dir.filePath(QStringLiteral("dropbox"));
    REQUIRE(QDir().mkpath(drop));
    auto run = [&](const QStringList &args, QString *out = nullptr) {
        QString err;
        const int code = runProgram(cli, QStringList {QStringLiteral("--db"), db} + args, out, &err);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << err.toStdString());
        return code;
    };
    REQUIRE(run({QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Climatec Services SAS"),
                QStringLiteral("--address"), QStringLiteral("12 rue des Artisans\\n69003 Lyon"),
                QStringLiteral("--vat-id"), QStringLiteral("FR32123456789"), QStringLiteral("--iban"),
                QStringLiteral("FR7630006000011234567890189"), QStringLiteral("--manager"), QStringLiteral("marie")})
        == 0);
    REQUIRE(
        run({QStringLiteral("settings"), QStringLiteral("handoff"), QStringLiteral("--folder"), drop,
            QStringLiteral("--post"), QStringLiteral("yes"), QStringLiteral("--settle-seconds"), QStringLiteral("0")})
        == 0);
    const int jobs = 60;
    for (int i = 1; i <= jobs; ++i)
        dropFile(drop, QStringLiteral("job-%1.json").arg(i, 2, 10, QLatin1Char('0')),
            jobJson(QStringLiteral("J-%1").arg(i), QString::number(1 + i % 4)));

    const unsigned seed = std::random_device {}();
    INFO("seed " << seed);
    std::mt19937 random(seed);
    // Killed a random few milliseconds after the run moved a file: at any speed of the machine the
    // kill falls in the middle of the work, not before it starts or after it ended.
    std::uniform_int_distribution<int> delay(0, 6);
    int kills = 0;
    QList<qsizetype> left; // files left after each killed run
    for (int round = 0; round < 40 && !filesIn(drop).isEmpty(); ++round) {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(cli, {QStringLiteral("--db"), db, QStringLiteral("handoff"), QStringLiteral("run")});
        REQUIRE(process.waitForStarted());
        const qsizetype moved = filesIn(drop, QStringLiteral("processed")).size();
        while (process.state() == QProcess::Running && filesIn(drop, QStringLiteral("processed")).size() == moved)
            process.waitForFinished(1);
        QThread::msleep(static_cast<unsigned long>(delay(random)));
        if (process.state() == QProcess::Running) {
            process.kill();
            ++kills;
        }
        REQUIRE(process.waitForFinished(10000));
        left.append(filesIn(drop).size());
    }
    UNSCOPED_INFO("files left after each run: " << QStringList([&] {
        QStringList l;
        for (qsizetype n : left)
            l << QString::number(n);
        return l;
    }())
                                                       .join(QLatin1Char(' '))
                                                       .toStdString());
    CHECK(kills > 1);
    QString out;
    REQUIRE(run({QStringLiteral("handoff"), QStringLiteral("run")}, &out) == 0);

    CHECK(filesIn(drop).isEmpty());
    CHECK(filesIn(drop, QStringLiteral("failed")).isEmpty());
    CHECK(filesIn(drop, QStringLiteral("processed")).size() == jobs);

    REQUIRE(run({QStringLiteral("--json"), QStringLiteral("order"), QStringLiteral("list")}, &out) == 0);
    const QJsonArray orders = QJsonDocument::fromJson(out.toUtf8()).array();
    CHECK(orders.size() == jobs);
    REQUIRE(run({QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--limit"),
                    QStringLiteral("1000")},
                &out)
        == 0);
    const QJsonArray invoices = QJsonDocument::fromJson(out.toUtf8()).array();
    CHECK(invoices.size() == jobs);
    QSet<QString> numbers;
    for (const QJsonValue &invoice : invoices)
        numbers.insert(invoice.toObject().value(QStringLiteral("number")).toString());
    CHECK(numbers.size() == jobs); // every one posted, each number once

    REQUIRE(
        run({QStringLiteral("handoff"), QStringLiteral("log"), QStringLiteral("--limit"), QStringLiteral("1000")}, &out)
        == 0);
    CHECK(out.count(QStringLiteral("\timported\t")) == jobs);
    CHECK(run({QStringLiteral("check")}, &out) == 0);
    CHECK(run({QStringLiteral("audit"), QStringLiteral("verify")}) == 0);
}
