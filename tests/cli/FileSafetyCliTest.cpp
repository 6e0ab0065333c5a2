// What facturo-cli writes and opens: outputs never replace what is not a regular file, refused
// work never creates or grows a company file, `check` only reads.
#include "TestDatabase.h"
#include "TestServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <thread>

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QString &db, QStringList args)
{
    args.prepend(db);
    args.prepend(QStringLiteral("--db"));
    Run r;
    r.code = runProgram(QString::fromLocal8Bit(qgetenv("FACTURO_CLI")), args, &r.out, &r.err);
    return r;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

mode_t typeOf(const QString &path)
{
    struct stat st
    {
    };
    REQUIRE(::lstat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode & S_IFMT;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// A small demo company: posted invoices to export.
QString demoCompany(const QTemporaryDir &dir)
{
    const QString db = newCompanyLocation(dir, QStringLiteral("firm.facturo"));
    const Run made = cli(db,
        {QStringLiteral("--quiet"), QStringLiteral("demo"), QStringLiteral("--as-of"), QStringLiteral("2026-06-30")});
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    return db;
}

QStringList exportTo(const QString &out)
{
    return {QStringLiteral("export"), QStringLiteral("invoices"), QStringLiteral("--from"),
        QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-06-30"), QStringLiteral("--out"),
        out};
}
} // namespace

TEST_CASE("export --out writes devices and pipes through and never replaces them")
{
    QTemporaryDir dir;
    const QString db = demoCompany(dir);
    const QString plain = dir.filePath(QStringLiteral("plain.csv"));
    const Run regular = cli(db, exportTo(plain));
    REQUIRE(regular.code == 0);
    const QByteArray expected = bytesOf(plain);
    REQUIRE(expected.size() > 1000);

    // /dev/full: the disk-full error, exit 3, and the device is still a device.
    const Run full = cli(db, exportTo(QStringLiteral("/dev/full")));
    CHECK(full.code == 3);
    CHECK(full.err.contains(QStringLiteral("disk is full")));
    CHECK(typeOf(QStringLiteral("/dev/full")) == S_IFCHR);

    CHECK(cli(db, exportTo(QStringLiteral("/dev/null"))).code == 0);
    CHECK(typeOf(QStringLiteral("/dev/null")) == S_IFCHR);

    // /dev/stdout: the rows on standard output.
    const Run toStdout = cli(db, exportTo(QStringLiteral("/dev/stdout")));
    CHECK(toStdout.code == 0);
    CHECK(toStdout.out.toUtf8().contains(expected.mid(3))); // the byte order mark aside

    // /dev/stdout redirected to a regular file (as `> file` does): written into, not replaced.
    {
        const QString redirected = dir.filePath(QStringLiteral("redirected.csv"));
        QFile seed(redirected);
        REQUIRE(seed.open(QIODevice::WriteOnly));
        seed.write("before\n");
        seed.close();
        struct stat st
        {
        };
        REQUIRE(::stat(QFile::encodeName(redirected).constData(), &st) == 0);
        const ino_t inode = st.st_ino;
        QProcess process;
        process.setStandardOutputFile(redirected, QIODevice::Append);
        QStringList args {QStringLiteral("--db"), db};
        args << exportTo(QStringLiteral("/dev/stdout"));
        process.start(QString::fromLocal8Bit(qgetenv("FACTURO_CLI")), args);
        REQUIRE(process.waitForFinished(60000));
        CHECK(process.exitCode() == 0);
        REQUIRE(::stat(QFile::encodeName(redirected).constData(), &st) == 0);
        CHECK(st.st_ino == inode);
        const QByteArray written = bytesOf(redirected);
        CHECK(written.startsWith("before\n"));
        CHECK(written.contains(expected));
        QFile::remove(redirected);
    }

    // A named pipe: its reader gets every byte, the pipe stays a pipe.
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QByteArray received;
    std::thread reader([&] {
        QFile in(fifo);
        if (in.open(QIODevice::ReadOnly))
            received = in.readAll();
    });
    const Run piped = cli(db, exportTo(fifo));
    reader.join();
    CHECK(piped.code == 0);
    CHECK(received == expected);
    CHECK(typeOf(fifo) == S_IFIFO);

    // A symbolic link: the file it points to gets the export, the link stays.
    const QString link = dir.filePath(QStringLiteral("latest.csv"));
    REQUIRE(QFile::link(plain, link));
    REQUIRE(QFile::resize(plain, 10));
    CHECK(cli(db, exportTo(link)).code == 0);
    CHECK(typeOf(link) == S_IFLNK);
    CHECK(bytesOf(plain) == expected);

    // A "folder" that is a regular file (root writes into read-only folders, so that is the
    // folder nobody can write into): a clear message, nothing created.
    const Run underFile = cli(db, exportTo(plain + QStringLiteral("/out.csv")));
    CHECK(underFile.code == 3);
    CHECK(underFile.err.contains(QStringLiteral("is not a folder")));
    QStringList written {QStringLiteral("latest.csv"), QStringLiteral("pipe"), QStringLiteral("plain.csv")};
    if (!TestServer::enabled())
        written.prepend(QStringLiteral("firm.facturo"));
    CHECK(entries(dir.path()) == written);
}

namespace {
QByteArray hashOf(const QString &path)
{
    return QCryptographicHash::hash(bytesOf(path), QCryptographicHash::Sha256);
}

QStringList initArguments(const QString &vatId)
{
    return {QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Climatec"),
        QStringLiteral("--address"), QStringLiteral("Lyon"), QStringLiteral("--vat-id"), vatId,
        QStringLiteral("--iban"), QStringLiteral("FR7630006000011234567890189")};
}
} // namespace

// [file]: an empty file, a file's bytes and permissions, its log and shared-memory files.
TEST_CASE(
    "check only reads: an empty file is not a company file and stays empty, a company file stays as it was", "[file]")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.facturo"));
    QFile touch(empty);
    REQUIRE(touch.open(QIODevice::WriteOnly));
    touch.close();

    const Run checked = cli(empty, {QStringLiteral("check")});
    CHECK(checked.code == 3);
    CHECK(checked.err.contains(QStringLiteral("not a company file")));
    CHECK(QFileInfo(empty).size() == 0);
    CHECK(entries(dir.path()) == QStringList {QStringLiteral("empty.facturo")});

    const QString db = demoCompany(dir);
    const QByteArray before = hashOf(db);
    const QStringList around = entries(dir.path());
    const Run sound = cli(db, {QStringLiteral("check"), QStringLiteral("--quick")});
    INFO(sound.err.toStdString());
    CHECK(sound.code == 0);
    CHECK(hashOf(db) == before);
    CHECK(entries(dir.path()) == around); // no log or shared-memory file left either

    // A file it cannot write is still checked.
    REQUIRE(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup));
    CHECK(cli(db, {QStringLiteral("check"), QStringLiteral("--quick")}).code == 0);
    CHECK(hashOf(db) == before);
}

// [file]: files that must not appear or grow (on a server init needs a database with the schema:
// "init on a server" in CliServerInitTest.cpp).
TEST_CASE("a refused command never creates or grows a company file", "[file]")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.facturo"));
    QFile touch(empty);
    REQUIRE(touch.open(QIODevice::WriteOnly));
    touch.close();

    const Run added = cli(empty,
        {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Nobody"),
            QStringLiteral("--address"), QStringLiteral("Lyon")});
    CHECK(added.code == 3);
    CHECK(added.err.contains(QStringLiteral("not a company file")));
    CHECK(QFileInfo(empty).size() == 0);
    CHECK(cli(empty, {QStringLiteral("customer"), QStringLiteral("list")}).code == 3);
    CHECK(QFileInfo(empty).size() == 0);

    // A missing file stays missing, also when init refuses its options.
    const QString missing = dir.filePath(QStringLiteral("missing.facturo"));
    CHECK(cli(missing, {QStringLiteral("customer"), QStringLiteral("list")}).code == 4);
    const Run badInit = cli(missing, initArguments(QStringLiteral("FR00000000000")));
    CHECK(badInit.code != 0);
    CHECK_FALSE(QFileInfo::exists(missing));
    CHECK(entries(dir.path()) == QStringList {QStringLiteral("empty.facturo")});

    // init is what makes a company of an empty file.
    const Run made = cli(empty, initArguments(QStringLiteral("FR32123456789")));
    INFO(made.err.toStdString());
    CHECK(made.code == 0);
    CHECK(cli(empty, {QStringLiteral("check"), QStringLiteral("--quick")}).code == 0);
}

// [file]: the unfinished demo's file is removed and made again (on a server: refused, see
// CliServerInitTest.cpp).
TEST_CASE("a demo whose making was killed is made again, a finished one is refused", "[file]")
{
    QTemporaryDir dir;
    const QString db = demoCompany(dir);
    // A finished demo: refused, the file as it was.
    const QByteArray before = hashOf(db);
    const Run again = cli(db, {QStringLiteral("demo")});
    CHECK(again.code == 1);
    CHECK(hashOf(db) == before);

    REQUIRE(cli(db,
                {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                    QStringLiteral("half-made"), QStringLiteral("--address"), QStringLiteral("Lyon")})
                .code
        == 0);
    // The mark a killed demo leaves (set before its first change, cleared by its last).
    {
        const QString name = QStringLiteral("mark-unfinished");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(db);
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            REQUIRE(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('demo_unfinished', '1') "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value")));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    const Run replaced = cli(db,
        {QStringLiteral("--quiet"), QStringLiteral("demo"), QStringLiteral("--as-of"), QStringLiteral("2026-06-30")});
    INFO(replaced.err.toStdString());
    CHECK(replaced.code == 0);
    CHECK(replaced.err.contains(QStringLiteral("unfinished demo")));
    CHECK(cli(db, {QStringLiteral("check"), QStringLiteral("--quick")}).code == 0);
    const Run list = cli(db, {QStringLiteral("customer"), QStringLiteral("list")});
    CHECK_FALSE(list.out.contains(QStringLiteral("half-made")));
    CHECK(cli(db, {QStringLiteral("demo")}).code == 1); // finished now
}
