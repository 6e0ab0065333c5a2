#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    Run r;
    r.code = runProgram(QString::fromLocal8Bit(qgetenv("FACTURO_CLI")), args, &r.out, &r.err);
    return r;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

// [file]: backup folders and restores are files' (a company on a server is backed up by the
// server; the refusals are in CliServerInitTest.cpp).
TEST_CASE("facturo-cli keeps rotated backups and restores a verified one", "[file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("firm.facturo"));
    const QString folder = dir.filePath(QStringLiteral("backups"));
    REQUIRE(QDir().mkpath(folder));
    auto ok = [&](QStringList args) {
        args.prepend(file);
        args.prepend(QStringLiteral("--db"));
        const Run r = cli(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.code == 0);
        return r;
    };
    ok({QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Climatec"), QStringLiteral("--address"),
        QStringLiteral("Lyon"), QStringLiteral("--vat-id"), QStringLiteral("FR32123456789"), QStringLiteral("--iban"),
        QStringLiteral("FR7630006000011234567890189")});

    // Not set up: --rotate does nothing and says how to set it up.
    Run idle = ok({QStringLiteral("backup"), QStringLiteral("--rotate")});
    CHECK(idle.out.isEmpty());
    CHECK(idle.err.contains(QStringLiteral("settings backup")));

    ok({QStringLiteral("settings"), QStringLiteral("backup"), QStringLiteral("--folder"), folder,
        QStringLiteral("--keep"), QStringLiteral("2"), QStringLiteral("--every"), QStringLiteral("daily")});
    const QJsonObject settings = QJsonDocument::fromJson(
        ok({QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("backup")}).out.toUtf8())
                                     .object();
    CHECK(settings.value(QStringLiteral("keep")).toInt() == 2);
    CHECK(settings.value(QStringLiteral("every")).toString() == QStringLiteral("daily"));
    CHECK(settings.value(QStringLiteral("folder")).toString() == QDir::cleanPath(folder));

    const QString first = ok({QStringLiteral("backup"), QStringLiteral("--rotate")}).out.trimmed();
    CHECK(QFileInfo(first).fileName().startsWith(QStringLiteral("firm-")));
    CHECK(QFileInfo::exists(first));
    // Done for today: the second run writes nothing.
    Run notDue = ok({QStringLiteral("backup"), QStringLiteral("--rotate")});
    CHECK(notDue.out.isEmpty());
    CHECK(notDue.err.contains(QStringLiteral("No backup is due")));

    // Work after the backup; then two more copies on demand: the first one is rotated out.
    QString customer = ok({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                              QStringLiteral("Later Ltd"), QStringLiteral("--address"), QStringLiteral("Paris")})
                           .out.trimmed();
    QStringList written;
    for (int i = 0; i < 2; ++i) {
        QThread::msleep(1100); // one copy per second
        written << ok({QStringLiteral("backup"), QStringLiteral("--now")}).out.trimmed();
    }
    CHECK_FALSE(QFileInfo::exists(first));
    CHECK(QDir(folder).entryList({QStringLiteral("*.facturo")}, QDir::Files).size() == 2);
    // Each copy has its anchor beside it; the rotated one's went with it.
    CHECK(QDir(folder).entryList(QDir::Files).size() == 4);
    for (const QString &copy : written)
        CHECK(QFileInfo::exists(copy + QStringLiteral(".anchor")));
    CHECK_FALSE(QFileInfo::exists(first + QStringLiteral(".anchor")));

    // The bad ones are refused, naming why, and the company file is not touched.
    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(notes);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(2048, 'n'));
    }
    const QByteArray before = bytesOf(file);
    const Run foreign = cli({QStringLiteral("--db"), file, QStringLiteral("restore"), notes});
    CHECK(foreign.code == 3);
    CHECK(foreign.err.contains(QStringLiteral("not a Facturo backup")));
    const QString truncated = dir.filePath(QStringLiteral("truncated.facturo"));
    REQUIRE(QFile::copy(written.first(), truncated));
    REQUIRE(QFile::resize(truncated, QFileInfo(truncated).size() / 2));
    const Run cut = cli({QStringLiteral("--db"), file, QStringLiteral("restore"), truncated});
    CHECK(cut.code == 3);
    CHECK(cut.err.contains(QStringLiteral("truncated")));
    CHECK(bytesOf(file) == before);
    CHECK_FALSE(QFileInfo::exists(file + QStringLiteral(".before-restore")));

    // Into another file, then over the company file itself (closed: nobody else has it open).
    const QString elsewhere = dir.filePath(QStringLiteral("copy/firm.facturo"));
    CHECK(ok({QStringLiteral("restore"), written.first(), QStringLiteral("--into"), elsewhere}).out.trimmed()
        == QFileInfo(elsewhere).absoluteFilePath());
    const QJsonObject restored = QJsonDocument::fromJson(
        ok({QStringLiteral("--json"), QStringLiteral("restore"), written.last()}).out.toUtf8())
                                     .object();
    CHECK(restored.value(QStringLiteral("kept_as")).toString()
        == QFileInfo(file).absoluteFilePath() + QStringLiteral(".before-restore"));
    CHECK(bytesOf(file + QStringLiteral(".before-restore")) == before);
    CHECK(ok({QStringLiteral("check")}).out.contains(QStringLiteral("audit trail is intact")));
    CHECK(ok({QStringLiteral("customer"), QStringLiteral("show"), customer}).out.contains(QStringLiteral("Later Ltd")));
    CHECK(ok({QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--limit"), QStringLiteral("1")})
              .out.contains(QStringLiteral("restore")));
}
