// Kills during backup and restore: no partial file under the final name, nothing left behind
// once the next command has run.
#include "TestDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
QString cli()
{
    return QString::fromLocal8Bit(qgetenv("FACTURO_CLI"));
}

int run(const QString &db, QStringList args, QString *out = nullptr, QString *err = nullptr)
{
    args.prepend(db);
    args.prepend(QStringLiteral("--db"));
    return runProgram(cli(), args, out, err);
}

int kills()
{
    const int wanted = qEnvironmentVariableIntValue("FACTURO_CRASH_ITERATIONS");
    return wanted > 0 ? wanted : 6;
}

// A company big enough for a backup to take a while (a few MB).
QString bigCompany(const QString &dir)
{
    const QString db = QDir(dir).filePath(QStringLiteral("firm.facturo"));
    QString err;
    const int made = run(db,
        {QStringLiteral("--quiet"), QStringLiteral("demo"), QStringLiteral("--invoices"), QStringLiteral("4000"),
            QStringLiteral("--as-of"), QStringLiteral("2026-06-30")},
        nullptr, &err);
    INFO(err.toStdString());
    REQUIRE(made == 0);
    return db;
}

void requireSound(const QString &db)
{
    QString out, err;
    const int code = run(db, {QStringLiteral("check"), QStringLiteral("--quick")}, &out, &err);
    INFO(db.toStdString() << "\n" << out.toStdString() << err.toStdString());
    REQUIRE(code == 0);
}

// Runs the command and kills it (SIGKILL) after `delayMs`; true if it was still running then.
bool killAfter(const QStringList &arguments, int delayMs)
{
    QProcess process;
    process.start(cli(), arguments);
    REQUIRE(process.waitForStarted());
    if (process.waitForFinished(delayMs))
        return false;
    process.kill();
    REQUIRE(process.waitForFinished(-1));
    return true;
}

QStringList hiddenIn(const QString &dir)
{
    QStringList hidden;
    for (const QString &name : QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System))
        if (name.startsWith(QLatin1Char('.')))
            hidden << name;
    return hidden;
}

qint64 millisecondsOf(const QStringList &arguments)
{
    QElapsedTimer timer;
    timer.start();
    REQUIRE(runProgram(cli(), arguments) == 0);
    return timer.elapsed();
}
} // namespace

TEST_CASE(
    "a backup killed at any moment leaves no partial file under its name, and the next backup clears what it left")
{
    QTemporaryDir dir;
    const QString db = bigCompany(dir.path());
    const QString folder = dir.filePath(QStringLiteral("backups"));
    REQUIRE(QDir().mkpath(folder));
    const qint64 whole = millisecondsOf(
        {QStringLiteral("--db"), db, QStringLiteral("backup"), QDir(folder).filePath(QStringLiteral("timed.facturo"))});
    QRandomGenerator random(20261203);
    int killed = 0;
    for (int i = 0; i < kills(); ++i) {
        const QString target = QDir(folder).filePath(QStringLiteral("b%1.facturo").arg(i));
        const int delay = random.bounded(5, static_cast<int>(whole) + 10);
        INFO("kill " << i << " after " << delay << " ms of " << whole);
        if (killAfter({QStringLiteral("--db"), db, QStringLiteral("backup"), target}, delay))
            ++killed;
        // Under its name: nothing, or a whole backup that passes its check.
        if (QFile::exists(target))
            requireSound(target);
        else
            CHECK_FALSE(QFileInfo(target).isSymLink());
    }
    // The next backup into the folder removes what the killed ones left.
    const QString next = QDir(folder).filePath(QStringLiteral("next.facturo"));
    REQUIRE(run(db, {QStringLiteral("backup"), next}) == 0);
    requireSound(next);
    CHECK(hiddenIn(folder).isEmpty());
    requireSound(db);
    CHECK(killed * 2 >= kills());
}

TEST_CASE("a restore killed at any moment leaves the company file whole, and the next start clears its working copy")
{
    QTemporaryDir dir;
    const QString db = bigCompany(dir.path());
    const QString backup = dir.filePath(QStringLiteral("saved.facturo"));
    REQUIRE(run(db, {QStringLiteral("backup"), backup}) == 0);
    const qint64 whole = millisecondsOf({QStringLiteral("--db"), db, QStringLiteral("restore"), backup});
    QRandomGenerator random(20261204);
    int killed = 0;
    for (int i = 0; i < kills(); ++i) {
        const int delay = random.bounded(5, static_cast<int>(whole) + 10);
        INFO("kill " << i << " after " << delay << " ms of " << whole);
        if (killAfter({QStringLiteral("--db"), db, QStringLiteral("restore"), backup}, delay))
            ++killed;
        requireSound(db); // the old file or the restored one, never a mix
        // The next start on the company file removes the working copy and its logs.
        QString out;
        REQUIRE(run(db, {QStringLiteral("customer"), QStringLiteral("list")}, &out) == 0);
        CHECK_FALSE(out.isEmpty());
        const QStringList left = hiddenIn(dir.path());
        INFO(left.join(QLatin1Char(' ')).toStdString());
        CHECK(left.isEmpty());
    }
    CHECK(killed * 2 >= kills());
}
