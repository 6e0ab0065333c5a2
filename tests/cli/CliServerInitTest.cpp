// facturo-cli on a company on a PostgreSQL server (run by cli_tests_on_server): init and demo set
// up a database the owner prepared with `facturo-cli server init`, a database without the schema
// is refused, and the file-only commands (backups, restore) say what to do instead and change
// nothing. On the file engine these cases have nothing to check (FileSafetyCliTest, BackupCliTest).
#include "TestDatabase.h"
#include "TestServer.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>

#include <catch2/catch.hpp>

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

Run cli(const QString &db, const QStringList &args)
{
    Run r;
    r.code = runProgram(
        QString::fromLocal8Bit(qgetenv("FACTURO_CLI")), QStringList {s("--db"), db} + args, &r.out, &r.err);
    return r;
}

const QStringList Init {s("init"), s("--company"), s("Climatec"), s("--address"), s("Lyon"), s("--vat-id"),
    s("FR32123456789"), s("--iban"), s("FR7630006000011234567890189"), s("--manager"), s("marie")};
} // namespace

TEST_CASE("init and demo on a server set up an empty company database; a database without the schema is refused")
{
    if (!TestServer::enabled())
        return; // a new company file: FileSafetyCliTest.cpp
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    // A database the owner has not prepared: refused with what to run, and still not a company.
    const QString bare = TestServer::createDatabase();
    const QString bareUri = TestServer::clerkUri(bare);
    const Run refused = cli(bareUri, Init);
    INFO(refused.err.toStdString());
    CHECK(refused.code == 3);
    CHECK(refused.err.contains(s("facturo-cli server init")));
    CHECK_FALSE(refused.err.contains(s("pw-"))); // the location is shown without its password
    CHECK(refused.out.isEmpty());
    CHECK(cli(bareUri, {s("customer"), s("list")}).err.contains(s("holds no Facturo company")));
    CHECK(cli(bareUri, {s("demo")}).code == 3);
    TestServer::dropDatabase(bare);

    // A prepared one: init sets the company up once, as on a new file.
    const QString company = newCompanyLocation(dir, s("firm.facturo"));
    REQUIRE(company.startsWith(s("postgresql:")));
    const Run made = cli(company, Init);
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    CHECK(cli(company, {s("customer"), s("add"), s("--name"), s("Brasserie"), s("--address"), s("Lyon")}).code == 0);
    const QByteArray before = companyContent(company);
    const Run again = cli(company, Init);
    CHECK(again.code == 1);
    CHECK(again.err.contains(s("already set up")));
    CHECK(cli(company, {s("demo")}).code == 1);
    CHECK(companyContent(company) == before);

    // demo fills another prepared database.
    const QString demo = newCompanyLocation(dir, s("demo.facturo"));
    const Run demoMade = cli(demo, {s("--quiet"), s("demo"), s("--invoices"), s("10"), s("--as-of"), s("2026-06-30")});
    INFO(demoMade.err.toStdString());
    REQUIRE(demoMade.code == 0);
    CHECK(cli(demo, {s("check"), s("--quick")}).code == 0);

    // A demo whose making was killed on a server is not replaced: the database stays as it is.
    const QString demoDatabase = QUrl(demo).path().mid(1);
    TestServer::runAsSuperuser(demoDatabase,
        {s("INSERT INTO settings (key, value) VALUES ('demo_unfinished', '1') "
           "ON CONFLICT (key) DO UPDATE SET value = excluded.value")});
    const QByteArray unfinished = companyContent(demo);
    const Run replaced = cli(demo, {s("demo")});
    INFO(replaced.err.toStdString());
    CHECK(replaced.code == 1);
    CHECK(replaced.err.contains(s("not finished")));
    CHECK(replaced.err.contains(s("server init")));
    CHECK_FALSE(replaced.err.contains(s("pw-")));
    CHECK(companyContent(demo) == unfinished);
}

TEST_CASE("backups and restores of files are refused on a server with what to do instead, and change nothing")
{
    if (!TestServer::enabled())
        return; // backups of a company file: BackupCliTest.cpp, PasswordCliTest.cpp
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString company = newCompanyLocation(dir, s("firm.facturo"));
    REQUIRE(cli(company, Init).code == 0);
    const QByteArray before = companyContent(company);

    // A backup file: refused before any folder is made for it.
    const QString target = dir.filePath(s("new-folder/backup.facturo"));
    const Run backup = cli(company, {s("backup"), target});
    CHECK(backup.code == 1);
    CHECK(backup.err.contains(s("backed up by the server")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(s("new-folder"))));

    // Scheduled backups into a folder: neither set up nor run.
    const QString folder = dir.filePath(s("backups"));
    REQUIRE(QDir().mkpath(folder));
    const Run settings = cli(company, {s("settings"), s("backup"), s("--folder"), folder, s("--every"), s("daily")});
    CHECK(settings.code == 1);
    CHECK(settings.err.contains(s("backed up by the server")));
    const Run now = cli(company, {s("backup"), s("--now")});
    CHECK(now.code == 1);
    CHECK(now.err.contains(s("backed up by the server")));
    CHECK(cli(company, {s("backup"), s("--rotate")}).code == 0); // nothing is ever due
    CHECK(QDir(folder).isEmpty());

    // A company file's backup restored "into" the server location, from the server or from a file.
    const QString file = dir.filePath(s("file.facturo"));
    REQUIRE(cli(file, Init).code == 0);
    const QString fileBackup = dir.filePath(s("file-backup.facturo"));
    REQUIRE(cli(file, {s("backup"), fileBackup}).code == 0);
    for (const QStringList &args : {QStringList {s("--db"), company, s("restore"), fileBackup},
             QStringList {s("--db"), file, s("restore"), fileBackup, s("--into"), company}}) {
        Run r;
        r.code = runProgram(QString::fromLocal8Bit(qgetenv("FACTURO_CLI")), args, &r.out, &r.err);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        CHECK(r.code == 1);
        CHECK(r.err.contains(s("restored by the server")));
        CHECK(r.err.contains(s("Nothing was changed")));
        CHECK_FALSE(r.err.contains(s("pw-")));
    }
    // No folder named after the location appeared where the program ran.
    CHECK_FALSE(QFileInfo::exists(s("postgresql:")));
    CHECK(companyContent(company) == before);
}
