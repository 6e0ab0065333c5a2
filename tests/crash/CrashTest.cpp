#include "TestDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

#include <sys/mount.h>

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

// Everything `check` verifies, and that the file still takes new work afterwards.
void requireSound(const QString &db)
{
    QString out, err;
    const int code = run(db, {QStringLiteral("--json"), QStringLiteral("check")}, &out, &err);
    INFO(out.toStdString() << err.toStdString());
    REQUIRE(code == 0);
    const QJsonObject report = QJsonDocument::fromJson(out.toUtf8()).object();
    CHECK(report.value(QStringLiteral("ok")).toBool());
    CHECK(report.value(QStringLiteral("problems")).toArray().isEmpty());
}

int iterations()
{
    const int wanted = qEnvironmentVariableIntValue("FACTURO_CRASH_ITERATIONS");
    return wanted > 0 ? wanted : 6;
}
} // namespace

TEST_CASE("a process killed while posting, paying and crediting leaves a sound file")
{
    // The demo generator is the bulk workload: it posts invoices, records payments and posts
    // credit notes through the services, one week per transaction, with its checkpoint thread
    // and its suspended indexes. It is asked for far more invoices than it can make before the
    // kill (a week of them takes about half a second on the machine of docs/performance.md), so
    // a kill lands during set-up, inside the first week or after some weeks were committed.
    QRandomGenerator random(20261121);
    int killedMidway = 0;
    for (int i = 0; i < iterations(); ++i) {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("crash.facturo"));
        QProcess process;
        process.start(cli(), {QStringLiteral("--db"), db, QStringLiteral("--quiet"), QStringLiteral("demo"),
                              QStringLiteral("--invoices"), QStringLiteral("100000"), QStringLiteral("--seed"),
                              QString::number(i + 1), QStringLiteral("--as-of"), QStringLiteral("2026-06-30")});
        REQUIRE(process.waitForStarted());
        // A random moment: sometimes during set-up, mostly in the middle of the bulk work.
        const int delayMs = random.bounded(30, 2500);
        INFO("iteration " << i << ", kill after " << delayMs << " ms");
        const bool killed = !process.waitForFinished(delayMs);
        if (killed) {
            process.kill(); // SIGKILL: no chance to clean up
            REQUIRE(process.waitForFinished(-1));
            ++killedMidway;
        }
        if (!QFile::exists(db))
            continue; // killed before the file was created: nothing to lose
        QString checked, why;
        if (run(db, {QStringLiteral("check"), QStringLiteral("--quick")}, &checked, &why) != 0) {
            // Killed before the file was a company of this version: check only reads, so it says
            // so; the next demo finishes it.
            INFO(why.toStdString());
            CHECK((why.contains(QStringLiteral("not a company file")) || why.contains(QStringLiteral("older than"))));
        } else {
            requireSound(db);
        }
        // The next demo makes the interrupted one again (finished or replaced), never refuses it.
        QString made;
        INFO(made.toStdString());
        REQUIRE((!killed
            || run(db,
                   {QStringLiteral("--quiet"), QStringLiteral("demo"), QStringLiteral("--seed"), QString::number(i + 1),
                       QStringLiteral("--as-of"), QStringLiteral("2026-06-30")},
                   nullptr, &made)
                == 0));
        requireSound(db);
        // The file still works: it opens, takes a customer, and keeps verifying.
        QString out;
        const int users = run(db, {QStringLiteral("user"), QStringLiteral("list")}, &out);
        if (users == 0 && !out.trimmed().isEmpty()) {
            REQUIRE(run(db, {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                             QStringLiteral("After the crash"), QStringLiteral("--address"), QStringLiteral("Lyon")}) == 0);
            requireSound(db);
        }
    }
    // The test is about kills: most iterations must really interrupt the work.
    CHECK(killedMidway * 2 >= iterations());
}

TEST_CASE("two processes posting at once never duplicate or skip a number")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shared.facturo"));
    REQUIRE(run(db, {QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Climatec"),
                     QStringLiteral("--address"), QStringLiteral("Lyon"), QStringLiteral("--vat-id"),
                     QStringLiteral("FR32123456789"), QStringLiteral("--iban"),
                     QStringLiteral("FR7630006000011234567890189")}) == 0);
    QString customer;
    REQUIRE(run(db, {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("C"),
                     QStringLiteral("--address"), QStringLiteral("Paris")}, &customer) == 0);
    const int perProcess = 25;
    QStringList drafts[2];
    for (int i = 0; i < 2 * perProcess; ++i) {
        QString id;
        REQUIRE(run(db, {QStringLiteral("invoice"), QStringLiteral("new"), QStringLiteral("--customer"),
                         customer.trimmed()}, &id) == 0);
        REQUIRE(run(db, {QStringLiteral("invoice"), QStringLiteral("add-line"), id.trimmed(),
                         QStringLiteral("--description"), QStringLiteral("Work"), QStringLiteral("--quantity"),
                         QStringLiteral("1"), QStringLiteral("--unit-price"), QString::number(10 + i),
                         QStringLiteral("--tax-rate"), QStringLiteral("20")}) == 0);
        drafts[i % 2] << id.trimmed();
    }
    // Two shells post their halves at the same time, each call its own process.
    QProcess shells[2];
    for (int s = 0; s < 2; ++s) {
        QString script = QStringLiteral("set -e; for id in %1; do \"$CLI\" --db \"$DB\" invoice post $id; done")
                             .arg(drafts[s].join(QLatin1Char(' ')));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLI"), cli());
        env.insert(QStringLiteral("DB"), db);
        shells[s].setProcessEnvironment(env);
        shells[s].start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    }
    QStringList numbers;
    for (QProcess &shell : shells) {
        REQUIRE(shell.waitForFinished(-1));
        INFO(shell.readAllStandardError().toStdString());
        CHECK(shell.exitCode() == 0);
        numbers << QString::fromUtf8(shell.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    REQUIRE(numbers.size() == 2 * perProcess);
    QSet<int> seen;
    for (const QString &n : std::as_const(numbers))
        seen.insert(n.section(QLatin1Char('-'), -1).toInt());
    CHECK(seen.size() == 2 * perProcess); // no duplicate
    for (int i = 1; i <= 2 * perProcess; ++i)
        CHECK(seen.contains(i)); // no gap
    requireSound(db);
}

TEST_CASE("a full disk refuses the work with a clear message, keeps the file intact, and the work can be retried")
{
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("small-disk"));
    REQUIRE(QDir().mkpath(mountPoint));
    const QByteArray target = QFile::encodeName(mountPoint);
    // A 4 MB disk of our own (the test suite runs as root, as CI does).
    const int mounted = ::mount("tmpfs", target.constData(), "tmpfs", 0, "size=4m");
    INFO("mounting a tmpfs needs root: run the tests as root (as the README's test line does)");
    REQUIRE(mounted == 0);
    struct Unmount
    {
        QByteArray path;
        ~Unmount() { ::umount(path.constData()); }
    } unmount{target};

    const QString db = mountPoint + QStringLiteral("/firm.facturo");
    REQUIRE(run(db, {QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Climatec"),
                     QStringLiteral("--address"), QStringLiteral("Lyon"), QStringLiteral("--vat-id"),
                     QStringLiteral("FR32123456789"), QStringLiteral("--iban"),
                     QStringLiteral("FR7630006000011234567890189")}) == 0);
    QString customer, draft;
    REQUIRE(run(db, {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("C"),
                     QStringLiteral("--address"), QStringLiteral("Paris")}, &customer) == 0);
    REQUIRE(run(db, {QStringLiteral("invoice"), QStringLiteral("new"), QStringLiteral("--customer"), customer.trimmed()},
                &draft) == 0);
    for (int i = 0; i < 40; ++i)
        REQUIRE(run(db, {QStringLiteral("invoice"), QStringLiteral("add-line"), draft.trimmed(),
                         QStringLiteral("--description"), QString(300, QLatin1Char('x')) + QString::number(i),
                         QStringLiteral("--quantity"), QStringLiteral("1"), QStringLiteral("--unit-price"),
                         QStringLiteral("10"), QStringLiteral("--tax-rate"), QStringLiteral("20")}) == 0);
    // Scheduled backups go to a folder on the same small disk.
    const QString rotated = mountPoint + QStringLiteral("/rotated");
    REQUIRE(QDir().mkpath(rotated));
    REQUIRE(run(db, {QStringLiteral("settings"), QStringLiteral("backup"), QStringLiteral("--folder"), rotated,
                     QStringLiteral("--keep"), QStringLiteral("2")}) == 0);
    // Fill the disk to the last byte.
    const QString filler = mountPoint + QStringLiteral("/filler");
    {
        QFile f(filler);
        REQUIRE(f.open(QIODevice::WriteOnly));
        const QByteArray block(64 * 1024, '\0');
        while (f.write(block) == block.size()) {
        }
        f.write(QByteArray(512, '\0'));
        while (f.write(QByteArray(1, '\0')) == 1) {
        }
    }
    QString out, err;
    const int refused = run(db, {QStringLiteral("invoice"), QStringLiteral("post"), draft.trimmed()}, &out, &err);
    INFO(err.toStdString());
    CHECK(refused == 3);
    CHECK(err.contains(QStringLiteral("disk is full"), Qt::CaseInsensitive));
    CHECK(out.isEmpty());
    // A backup onto the full disk fails cleanly and leaves no half-written copy.
    const QString backup = mountPoint + QStringLiteral("/backup.facturo");
    CHECK(run(db, {QStringLiteral("backup"), backup}, &out, &err) != 0);
    CHECK_FALSE(QFile::exists(backup));
    // So does the rotated backup: no partial copy is left to be rotated in later.
    err.clear();
    CHECK(run(db, {QStringLiteral("backup"), QStringLiteral("--now")}, &out, &err) == 3);
    CHECK(err.contains(QStringLiteral("disk is full"), Qt::CaseInsensitive));
    CHECK(QDir(rotated).isEmpty());

    // Space comes back: the file is intact and the same post succeeds with the first number.
    REQUIRE(QFile::remove(filler));
    requireSound(db);
    REQUIRE(run(db, {QStringLiteral("invoice"), QStringLiteral("post"), draft.trimmed()}, &out, &err) == 0);
    CHECK(out.trimmed().endsWith(QStringLiteral("-00001")));
    REQUIRE(run(db, {QStringLiteral("backup"), backup}) == 0);
    REQUIRE(run(db, {QStringLiteral("backup"), QStringLiteral("--rotate")}, &out) == 0);
    CHECK(QFile::exists(out.trimmed()));
    CHECK(QDir(rotated).entryList(QDir::Files).size() == 1);
    requireSound(db);
}
