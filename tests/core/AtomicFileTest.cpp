#include "AtomicFile.h"

#include "LedgerTestHelpers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <thread>
#include <unistd.h>

using namespace LedgerTest;

namespace {
QByteArray contentOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// The file's type as the kernel sees it, without following a link.
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
} // namespace

TEST_CASE("an atomic write replaces a regular file whole and leaves nothing beside it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    REQUIRE(AtomicFile::write(path, QByteArrayLiteral("first")).ok());
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    REQUIRE(AtomicFile::write(path, QByteArrayLiteral("second, longer")).ok());
    CHECK(contentOf(path) == QByteArrayLiteral("second, longer"));
    CHECK(QFile::permissions(path)
        == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup));
    CHECK(entries(dir.path()) == QStringList {QStringLiteral("out.csv")});

    // Discarded without a commit: the old file stays, the temporary one goes.
    {
        AtomicFile file(path);
        REQUIRE(file.open().ok());
        CHECK(file.writingPath() != path);
        CHECK(QFile::exists(file.writingPath()));
        file.device().write("never seen");
    }
    CHECK(contentOf(path) == QByteArrayLiteral("second, longer"));
    CHECK(entries(dir.path()) == QStringList {QStringLiteral("out.csv")});
}

TEST_CASE("a target that is not a regular file is written through, never replaced")
{
    QTemporaryDir dir;
    SECTION("/dev/null takes the bytes and stays the device")
    {
        REQUIRE(AtomicFile::write(QStringLiteral("/dev/null"), QByteArrayLiteral("gone")).ok());
        CHECK(typeOf(QStringLiteral("/dev/null")) == S_IFCHR);
    }
    SECTION("/dev/full: the write error is an error value and the device stays")
    {
        const Status written = AtomicFile::write(QStringLiteral("/dev/full"), QByteArray(100000, 'x'));
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().kind() == ErrorKind::Storage);
        CHECK(str(written.message()).find("disk is full") != std::string::npos);
        CHECK(typeOf(QStringLiteral("/dev/full")) == S_IFCHR);
    }
    SECTION("a named pipe is written into for its reader")
    {
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QByteArray received;
        std::thread reader([&] {
            QFile in(fifo);
            if (in.open(QIODevice::ReadOnly))
                received = in.readAll();
        });
        const QByteArray bytes(200000, 'p'); // more than a pipe holds: the reader must drain it
        const Status written = AtomicFile::write(fifo, bytes);
        reader.join();
        REQUIRE(written.ok());
        CHECK(received == bytes);
        CHECK(typeOf(fifo) == S_IFIFO);
        CHECK(entries(dir.path()) == QStringList {QStringLiteral("pipe")});
    }
    SECTION("a character device made for the test (as root) stays a device")
    {
        if (::geteuid() != 0) {
            WARN("not root: mknod is not allowed, only /dev/null and /dev/full were written through");
            return;
        }
        const QString device = dir.filePath(QStringLiteral("null-device"));
        REQUIRE(::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0600, makedev(1, 3)) == 0);
        REQUIRE(AtomicFile::write(device, QByteArrayLiteral("into the device")).ok());
        CHECK(typeOf(device) == S_IFCHR);
        const QString full = dir.filePath(QStringLiteral("full-device"));
        REQUIRE(::mknod(QFile::encodeName(full).constData(), S_IFCHR | 0600, makedev(1, 7)) == 0);
        CHECK_FALSE(AtomicFile::write(full, QByteArray(100000, 'x')).ok());
        CHECK(typeOf(full) == S_IFCHR);
        CHECK(entries(dir.path()) == (QStringList {QStringLiteral("full-device"), QStringLiteral("null-device")}));
    }
    SECTION("a folder is refused")
    {
        const Status written = AtomicFile::write(dir.path(), QByteArrayLiteral("x"));
        REQUIRE_FALSE(written.ok());
        CHECK(str(written.message()).find("is a folder") != std::string::npos);
    }
}

TEST_CASE("a symbolic link: the file it points to is replaced atomically, the link stays")
{
    QTemporaryDir dir;
    const QString real = dir.filePath(QStringLiteral("real.csv"));
    const QString link = dir.filePath(QStringLiteral("link.csv"));
    REQUIRE(QFile::link(real, link)); // dangling: the write creates the file it names
    REQUIRE(AtomicFile::write(link, QByteArrayLiteral("one")).ok());
    CHECK(typeOf(link) == S_IFLNK);
    CHECK(contentOf(real) == QByteArrayLiteral("one"));
    REQUIRE(AtomicFile::write(link, QByteArrayLiteral("two")).ok());
    CHECK(typeOf(link) == S_IFLNK);
    CHECK(typeOf(real) == S_IFREG);
    CHECK(contentOf(real) == QByteArrayLiteral("two"));
    CHECK(entries(dir.path()) == (QStringList {QStringLiteral("link.csv"), QStringLiteral("real.csv")}));
}

TEST_CASE("a folder that cannot take the file is a clear error and nothing is left behind")
{
    // Root writes into a folder without write permission, so a chmod 0555 folder proves nothing
    // in CI: the folders here cannot take a file for anyone (a "folder" that is a regular file,
    // a folder that does not exist, /proc), and a chmod 0555 one when not root.
    QTemporaryDir dir;
    const QString notAFolder = dir.filePath(QStringLiteral("plain-file"));
    REQUIRE(AtomicFile::write(notAFolder, QByteArrayLiteral("x")).ok());
    Status written = AtomicFile::write(notAFolder + QStringLiteral("/out.csv"), QByteArrayLiteral("y"));
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().kind() == ErrorKind::Storage);
    CHECK(str(written.message()).find("is not a folder") != std::string::npos);

    written = AtomicFile::write(dir.filePath(QStringLiteral("missing/out.csv")), QByteArrayLiteral("y"));
    REQUIRE_FALSE(written.ok());
    CHECK(str(written.message()).find("does not exist") != std::string::npos);

    written = AtomicFile::write(QStringLiteral("/proc/facturo-out.csv"), QByteArrayLiteral("y"));
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().kind() == ErrorKind::Storage);
    CHECK_FALSE(QFile::exists(QStringLiteral("/proc/facturo-out.csv")));

    if (::geteuid() != 0) {
        const QString locked = dir.filePath(QStringLiteral("read-only"));
        REQUIRE(QDir().mkdir(locked));
        REQUIRE(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
        written = AtomicFile::write(locked + QStringLiteral("/out.csv"), QByteArrayLiteral("y"));
        REQUIRE_FALSE(written.ok());
        CHECK(str(written.message()).find("read-only") != std::string::npos);
        CHECK(entries(locked).isEmpty());
    }
    CHECK(entries(dir.path()).size() == (::geteuid() != 0 ? 2 : 1));
}

TEST_CASE("a file that must not exist is never replaced, not even when it appears during the write")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("backup.facturo"));
    REQUIRE(AtomicFile::write(path, QByteArrayLiteral("old")).ok());
    const Status again = AtomicFile::write(path, QByteArrayLiteral("new"), AtomicFile::Existing::MustNotBe);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind() == ErrorKind::Refused);
    CHECK(contentOf(path) == QByteArrayLiteral("old"));

    const QString late = dir.filePath(QStringLiteral("late.facturo"));
    AtomicFile file(late, AtomicFile::Existing::MustNotBe);
    REQUIRE(file.open().ok());
    file.device().write("mine");
    REQUIRE(AtomicFile::write(late, QByteArrayLiteral("theirs")).ok()); // another writer got there first
    const Status committed = file.commit();
    REQUIRE_FALSE(committed.ok());
    CHECK(committed.error().kind() == ErrorKind::Refused);
    CHECK(contentOf(late) == QByteArrayLiteral("theirs"));
    CHECK(entries(dir.path()) == (QStringList {QStringLiteral("backup.facturo"), QStringLiteral("late.facturo")}));
}

TEST_CASE("leftovers of a killed writer are removed at the next write, a living writer's file is kept")
{
    QTemporaryDir dir;
    const QString dead
        = dir.filePath(QStringLiteral(".a.csv") + AtomicFile::partialMarker() + QStringLiteral("0badf00d"));
    REQUIRE(AtomicFile::write(dir.filePath(QStringLiteral("seed")), QByteArrayLiteral("x")).ok());
    QFile deadFile(dead);
    REQUIRE(deadFile.open(QIODevice::WriteOnly));
    deadFile.write("half");
    deadFile.close();
    QFile deadLog(dead + QStringLiteral("-wal"));
    REQUIRE(deadLog.open(QIODevice::WriteOnly));
    deadLog.close();
    const QString alive
        = dir.filePath(QStringLiteral(".b.csv") + AtomicFile::partialMarker() + QStringLiteral("600dcafe"));
    const int held = AtomicFile::createLocked(alive);
    REQUIRE(held >= 0);
    // The lock is what tells them apart: another open file description must not get it.
    REQUIRE(AtomicFile::write(dir.filePath(QStringLiteral("c.csv")), QByteArrayLiteral("c")).ok());
    CHECK_FALSE(QFile::exists(dead));
    CHECK_FALSE(QFile::exists(dead + QStringLiteral("-wal")));
    CHECK(QFile::exists(alive));
    ::close(held);
    AtomicFile::removeLeftovers(dir.path());
    CHECK_FALSE(QFile::exists(alive));
    CHECK(entries(dir.path()) == (QStringList {QStringLiteral("c.csv"), QStringLiteral("seed")}));
}
