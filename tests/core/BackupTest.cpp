#include "BackupService.h"
#include "LedgerTestHelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

using namespace LedgerTest;

namespace {
// Runs statements on a file through a plain SQLite connection, as another program would.
void rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            const bool done = q.exec(sql);
            INFO(str(sql) << ": " << str(q.lastError().text()));
            REQUIRE(done);
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

std::string bytesOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex().toStdString();
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

void copyTo(const QString &from, const QString &to)
{
    QFile::remove(to);
    REQUIRE(QFile::copy(from, to));
    REQUIRE(QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner));
}

QStringList numbersIn(const QString &path, const Clock &clock)
{
    auto ledger = Ledger::open(path, Database::OpenMode::MustExist, clock);
    INFO(str(ledger.message()));
    REQUIRE(ledger.ok());
    QSqlQuery q(ledger.value()->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT number FROM documents WHERE number IS NOT NULL ORDER BY number")));
    QStringList numbers;
    while (q.next())
        numbers << q.value(0).toString();
    return numbers;
}

BackupSettings scheduled(const QString &folder, int keep, BackupSettings::Interval interval)
{
    BackupSettings s;
    s.folder = folder;
    s.keep = keep;
    s.interval = interval;
    return s;
}

// A company with two posted invoices, its backup folder, and a closed copy of it standing for
// the company file a restore replaces.
struct RestoreScene
{
    TestLedger t;
    QString backups = t.dir() + QStringLiteral("/backups");
    QString backup; // two invoices
    QString current; // three invoices: the company file to restore into (closed)

    RestoreScene()
    {
        REQUIRE(QDir().mkpath(backups));
        t.postNew(QStringLiteral("100"));
        t.postNew(QStringLiteral("250.50"));
        BackupService service(t.ledger());
        need(service.saveSettings(scheduled(backups, 7, BackupSettings::Interval::Daily)));
        backup = need(service.backupNow()).written;
        t.postNew(QStringLiteral("75"));
        current = t.dir() + QStringLiteral("/current.facturo");
        need(t->backupTo(current));
    }

    // A refused restore names why and leaves the company file and its folder as they were.
    void requireRefused(const QString &bad, const QString &expected)
    {
        const std::string before = bytesOf(current);
        const QStringList filesBefore = filesIn(t.dir());
        auto refused = BackupService::restore(bad, current, t.clock());
        INFO(str(refused.ok() ? QStringLiteral("restored") : refused.message()));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().contains(expected, Qt::CaseInsensitive));
        CHECK(bytesOf(current) == before);
        CHECK(filesIn(t.dir()) == filesBefore);
        CHECK(numbersIn(current, t.clock()).size() == 3);
    }
};
} // namespace

TEST_CASE("the scheduled backup keeps N copies and deletes only its own", "[file]")
{
    TestLedger t;
    t.postNew();
    const QString folder = t.dir() + QStringLiteral("/backups");
    REQUIRE(QDir().mkpath(folder));
    // Files that are not this company file's rotated backups stay, whatever their age.
    const QStringList foreign = {QStringLiteral("other-20200101-000000.facturo"), QStringLiteral("company-notes.txt"),
        QStringLiteral("company-20200101-000000.facturo.bak"), QStringLiteral("company-2020.facturo"),
        QStringLiteral("company-copy-20200101-000000.facturo")};
    for (const QString &name : foreign) {
        QFile f(QDir(folder).filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    BackupService service(t.ledger());
    need(service.saveSettings(scheduled(folder, 3, BackupSettings::Interval::Daily)));
    CHECK(need(service.loadSettings()).keep == 3);

    QStringList written;
    for (int day = 0; day < 5; ++day) {
        const BackupOutcome done = need(service.runDue());
        REQUIRE_FALSE(done.written.isEmpty());
        written << QFileInfo(done.written).fileName();
        CHECK(done.removed.size() == (day < 3 ? 0 : 1));
        t.clock().advanceDays(1);
    }
    CHECK(written.first() == QStringLiteral("company-20260310-093000.facturo"));
    QStringList expected = foreign + written.mid(2);
    for (const QString &name : written.mid(2))
        expected << name + QStringLiteral(".anchor"); // each copy's anchor; the rotated ones' went with them
    expected.sort();
    CHECK(filesIn(folder) == expected);
    // The newest first; each one a whole, verifiable company file.
    const QList<QFileInfo> kept = need(service.backups());
    REQUIRE(kept.size() == 3);
    CHECK(kept.first().fileName() == written.last());
    auto copy = Ledger::open(kept.first().absoluteFilePath(), Database::OpenMode::MustExist, t.clock());
    REQUIRE(copy.ok());
    CHECK(need(copy.value()->audit().verify()).intact);
    // Every backup is an audit event of the company file.
    const QList<AuditEvent> events = need(t->context().audit.recent(100));
    CHECK(std::count_if(events.begin(), events.end(), [](const AuditEvent &e) {
        return e.entity == QStringLiteral("file") && e.action == QStringLiteral("backup");
    }) == 5);
}

TEST_CASE("the scheduled backup waits for its interval", "[file]")
{
    TestLedger t;
    const QString folder = t.dir() + QStringLiteral("/backups");
    REQUIRE(QDir().mkpath(folder));
    BackupService service(t.ledger());
    // Nothing is scheduled until a folder is set.
    BackupOutcome idle = need(service.runDue());
    CHECK(idle.written.isEmpty());
    CHECK_FALSE(idle.nextDueUtc.isValid());

    need(service.saveSettings(scheduled(folder, 7, BackupSettings::Interval::Daily)));
    const QDateTime first = t.clock().nowUtc();
    CHECK_FALSE(need(service.runDue()).written.isEmpty()); // none yet: due at once
    t.clock().set(first.addSecs(23 * 3600));
    BackupOutcome waiting = need(service.runDue());
    CHECK(waiting.written.isEmpty());
    CHECK(waiting.lastUtc == first);
    CHECK(waiting.nextDueUtc == first.addDays(1));
    t.clock().set(first.addDays(1));
    CHECK_FALSE(need(service.runDue()).written.isEmpty());

    need(service.saveSettings(scheduled(folder, 7, BackupSettings::Interval::Weekly)));
    t.clock().set(first.addDays(7));
    CHECK(need(service.runDue()).written.isEmpty());
    t.clock().set(first.addDays(8));
    CHECK_FALSE(need(service.runDue()).written.isEmpty());

    need(service.saveSettings(scheduled(folder, 7, BackupSettings::Interval::Off)));
    t.clock().set(first.addDays(100));
    CHECK(need(service.runDue()).written.isEmpty());
    // "Back up now" does not wait.
    CHECK_FALSE(need(service.backupNow()).written.isEmpty());
    CHECK(need(service.backups()).size() == 4);
}

TEST_CASE("backup settings are checked, audited and kept for managers", "[file]")
{
    TestLedger t;
    BackupService service(t.ledger());
    const QString folder = t.dir() + QStringLiteral("/backups");
    const QString before = t.dump();

    auto missing = service.saveSettings(scheduled(folder, 7, BackupSettings::Interval::Daily));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.message().contains(QStringLiteral("does not exist")));
    REQUIRE(QDir().mkpath(folder));
    CHECK_FALSE(service.saveSettings(scheduled(folder, 0, BackupSettings::Interval::Daily)).ok());
    CHECK_FALSE(service.saveSettings(scheduled(t.dir(), 7, BackupSettings::Interval::Daily)).ok());
    CHECK_FALSE(BackupService::intervalFromKey(QStringLiteral("hourly")).ok());
    CHECK(t.dump() == before);

    User clerk;
    clerk.name = QStringLiteral("paul");
    clerk.role = UserRole::Clerk;
    need(t->settings().addUser(clerk));
    need(t->signIn(QStringLiteral("paul")));
    const QString withClerk = t.dump();
    auto refused = service.saveSettings(scheduled(folder, 7, BackupSettings::Interval::Daily));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == ErrorKind::Permission);
    CHECK(t.dump() == withClerk);

    need(t->signIn(QStringLiteral("marie")));
    need(service.saveSettings(scheduled(folder, 12, BackupSettings::Interval::Weekly)));
    const BackupSettings saved = need(service.loadSettings());
    CHECK(saved.folder == QDir::cleanPath(folder));
    CHECK(saved.keep == 12);
    CHECK(saved.interval == BackupSettings::Interval::Weekly);
    CHECK(need(t->audit().history(QStringLiteral("settings"), 1))
              .last()
              .details.contains(QStringLiteral("backup_folder")));

    // The folder went away (an unplugged drive): a clear message, no copy, the file unchanged.
    REQUIRE(QDir(folder).removeRecursively());
    const QString beforeBackup = t.dump();
    auto gone = service.backupNow();
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.message().contains(QStringLiteral("does not exist")));
    CHECK(t.dump() == beforeBackup);
    CHECK_FALSE(QFileInfo::exists(folder));
}

TEST_CASE("restoring a verified backup replaces the file and keeps the one it replaced", "[file]")
{
    RestoreScene scene;
    const std::string replaced = bytesOf(scene.current);
    const RestoreOutcome done = need(BackupService::restore(scene.backup, scene.current, scene.t.clock()));
    CHECK(done.restored == scene.current);
    CHECK(done.keptAs == scene.current + QStringLiteral(".before-restore"));
    CHECK(done.passed.size() >= 10);
    CHECK(bytesOf(done.keptAs) == replaced);
    CHECK(filesIn(scene.t.dir()).filter(QStringLiteral("restoring")).isEmpty());

    CHECK(numbersIn(scene.current, scene.t.clock())
        == QStringList {QStringLiteral("INV-2026-00001"), QStringLiteral("INV-2026-00002")});
    CHECK(numbersIn(done.keptAs, scene.t.clock()).size() == 3);
    auto restored = Ledger::open(scene.current, Database::OpenMode::MustExist, scene.t.clock());
    REQUIRE(restored.ok());
    const AuditVerification verified = need(restored.value()->audit().verify());
    CHECK(verified.intact);
    const QList<AuditEvent> last = need(restored.value()->context().audit.recent(1));
    REQUIRE(last.size() == 1);
    CHECK(last.first().entity == QStringLiteral("file"));
    CHECK(last.first().action == QStringLiteral("restore"));
    CHECK(last.first().userName == QStringLiteral("marie"));
    CHECK(last.first().details.contains(QStringLiteral("before-restore")));
    restored.value().reset();

    // A second restore keeps the first replaced file too.
    const RestoreOutcome again = need(BackupService::restore(scene.backup, scene.current, scene.t.clock()));
    CHECK(again.keptAs == scene.current + QStringLiteral(".before-restore-2"));
    CHECK(numbersIn(done.keptAs, scene.t.clock()).size() == 3);
    // Into a new file: nothing to keep.
    const QString fresh = scene.t.dir() + QStringLiteral("/elsewhere/fresh.facturo");
    CHECK(need(BackupService::restore(scene.backup, fresh, scene.t.clock())).keptAs.isEmpty());
    CHECK(numbersIn(fresh, scene.t.clock()).size() == 2);
}

TEST_CASE("a damaged, tampered, foreign or newer backup is refused and the company file stays as it was", "[file]")
{
    RestoreScene scene;
    const QString dir = scene.t.dir();

    SECTION("truncated")
    {
        const QString bad = dir + QStringLiteral("/truncated.facturo");
        copyTo(scene.backup, bad);
        QFile f(bad);
        REQUIRE(f.resize(f.size() / 2));
        scene.requireRefused(bad, QStringLiteral("truncated"));
        REQUIRE(f.resize(60));
        scene.requireRefused(bad, QStringLiteral("not a Facturo backup"));
    }
    SECTION("a tampered audit event")
    {
        const QString bad = dir + QStringLiteral("/tampered.facturo");
        copyTo(scene.backup, bad);
        rawExec(bad,
            {QStringLiteral("DROP TRIGGER audit_events_immutable_update"),
                QStringLiteral("UPDATE audit_events SET user_name = 'mallory' WHERE id = 3")});
        scene.requireRefused(bad, QStringLiteral("Audit event 3"));
    }
    SECTION("a damaged page")
    {
        const QString bad = dir + QStringLiteral("/damaged.facturo");
        copyTo(scene.backup, bad);
        QFile f(bad);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        for (qint64 at = 2 * pageSize; at + pageSize <= f.size(); at += 3 * pageSize) {
            REQUIRE(f.seek(at + 8));
            f.write(QByteArray(64, '\x5a'));
        }
        f.close();
        scene.requireRefused(bad, QStringLiteral("backup"));
    }
    SECTION("another program's database")
    {
        const QString bad = dir + QStringLiteral("/notes.sqlite");
        rawExec(
            bad, {QStringLiteral("CREATE TABLE notes (body TEXT)"), QStringLiteral("INSERT INTO notes VALUES ('x')")});
        scene.requireRefused(bad, QStringLiteral("not a Facturo backup"));
        const QString text = dir + QStringLiteral("/readme.txt");
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        scene.requireRefused(text, QStringLiteral("not a Facturo backup"));
    }
    SECTION("a newer version")
    {
        const QString bad = dir + QStringLiteral("/newer.facturo");
        copyTo(scene.backup, bad);
        rawExec(bad, {QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)});
        scene.requireRefused(bad, QStringLiteral("newer version"));
    }
    SECTION("a company file in use")
    {
        // The open company file itself: another connection has it, so it is not replaced.
        const QString before = scene.t.dump();
        auto refused = BackupService::restore(scene.backup, scene.t.path(), scene.t.clock());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().contains(QStringLiteral("in use")));
        CHECK(scene.t.dump() == before);
        CHECK(filesIn(dir).filter(QStringLiteral("before-restore")).isEmpty());
        CHECK(filesIn(dir).filter(QStringLiteral("restoring")).isEmpty());
    }
    SECTION("a missing backup")
    {
        scene.requireRefused(dir + QStringLiteral("/nothing.facturo"), QStringLiteral("does not exist"));
    }
}

TEST_CASE("a backup is a new file; of a company on a server it is refused, naming the server's tools, writing nothing")
{
    TestLedger t;
    const QString folder = QDir(t.dir()).filePath(QStringLiteral("backups/2026"));
    const QString target = QDir(folder).filePath(QStringLiteral("copy.facturo"));
    const Status done = t->backupTo(target);
    INFO(done.message().toStdString());
    if (t->database().isServer()) {
        REQUIRE_FALSE(done.ok());
        CHECK(done.error().kind() == ErrorKind::Refused);
        CHECK(done.message().contains(QStringLiteral("pg_dump")));
        CHECK_FALSE(QFileInfo::exists(folder)); // not even the folder
    } else {
        REQUIRE(done.ok());
        CHECK(QFileInfo(target).size() > 0);
    }
}
