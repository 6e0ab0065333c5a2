#include "BackupRestore.h"

#include "AtomicFile.h"
#include "Database.h"
#include "IntegrityCheck.h"
#include "Ledger.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QStorageInfo>
#include <QUuid>

#include <fcntl.h>
#include <filesystem>
#include <system_error>
#include <unistd.h>

namespace {
constexpr quint32 FacturoApplicationId = 0x46414354; // "FACT", as Database writes it
const QStringList Sidecars = {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

quint32 bigEndian(const QByteArray &bytes, int at, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | static_cast<quint8>(bytes.at(at + i));
    return value;
}

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

// Flushes a file (or a folder's entries) to the disk.
bool syncPath(const QString &path, bool directory = false)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? (O_RDONLY | O_DIRECTORY) : O_RDONLY);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

bool diskFull(const QString &path)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return storage.isValid() && storage.bytesAvailable() < 1024 * 1024;
}

// Copies a file whole; false (and the partial copy removed) on any read or write error.
bool copyFile(const QString &from, const QString &to)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    bool ok = true;
    while (ok && !in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        ok = !chunk.isEmpty() && out.write(chunk) == chunk.size();
    }
    ok = ok && out.flush() && ::fsync(out.handle()) == 0 && out.size() == in.size();
    out.close();
    if (!ok)
        QFile::remove(to);
    return ok;
}
} // namespace

BackupRestore::BackupRestore(
    const QString &backupPath, const QString &targetPath, const Clock &clock, const QString &userName,
    UserSignIn::PasswordSource password)
    : m_backup(QFileInfo(backupPath).absoluteFilePath())
    , m_target(QFileInfo(targetPath).absoluteFilePath())
    , m_clock(clock)
    , m_user(userName)
    , m_password(std::move(password))
{
    const QFileInfo target(m_target);
    m_working = target.absoluteDir().filePath(
        QStringLiteral(".%1.restoring-%2").arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
}

BackupRestore::~BackupRestore()
{
    if (!m_swapped)
        removeWorkingCopy();
    unlock();
}

void BackupRestore::unlock()
{
    if (m_lock >= 0)
        ::close(m_lock);
    m_lock = -1;
}

void BackupRestore::removeWorkingCopy()
{
    QFile::remove(m_working);
    for (const QString &suffix : Sidecars)
        QFile::remove(m_working + suffix);
}

Error BackupRestore::aboutBackup(const Error &error) const
{
    QString message = error.message();
    message.replace(native(m_working), native(m_backup));
    message.replace(m_working, native(m_backup));
    return Error(error.kind(), message);
}

Result<RestoreOutcome> BackupRestore::run()
{
    FACTURO_TRY(checkPaths());
    FACTURO_TRY(checkReplacer());
    FACTURO_TRY(checkHeader());
    FACTURO_TRY(makeWorkingCopy());
    auto passed = verifyWorkingCopy();
    if (!passed)
        return passed.error();
    FACTURO_TRY(releaseTarget());
    FACTURO_TRY(swap());
    RestoreOutcome outcome;
    outcome.restored = m_target;
    outcome.keptAs = m_keep;
    outcome.passed = passed.value();
    return outcome;
}

Status BackupRestore::checkPaths()
{
    const QFileInfo backup(m_backup);
    if (!backup.exists())
        return Error::notFound(tr("The backup %1 does not exist.").arg(native(m_backup)));
    if (!backup.isFile())
        return Error::invalid(tr("The backup %1 is not a file.").arg(native(m_backup)));
    if (!backup.isReadable())
        return Error::storage(tr("The backup %1 cannot be read (permission denied).").arg(native(m_backup)));
    const QFileInfo target(m_target);
    if (target.exists() && !target.isFile())
        return Error::invalid(tr("%1 is not a file: give the company file to restore into.").arg(native(m_target)));
    if (target.exists() && backup.canonicalFilePath() == target.canonicalFilePath())
        return Error::invalid(tr("The backup and the company file to replace are the same file."));
    if (!QDir().mkpath(target.absolutePath()))
        return Error::storage(tr("The folder %1 cannot be created.").arg(native(target.absolutePath())));
    if (!QFileInfo(target.absolutePath()).isWritable())
        return Error::storage(tr("The folder %1 is read-only: the company file cannot be replaced there.")
                                  .arg(native(target.absolutePath())));
    if (target.exists()) {
        m_keep = m_target + QStringLiteral(".before-restore");
        for (int n = 2; QFileInfo::exists(m_keep) || QFileInfo::exists(m_keep + QStringLiteral("-wal")); ++n)
            m_keep = m_target + QStringLiteral(".before-restore-%1").arg(n);
    }
    return {};
}

Status BackupRestore::checkReplacer()
{
    auto current = m_keep.isEmpty() ? Result<std::unique_ptr<Ledger>>(Error::notFound(QString()))
                                    : Ledger::open(m_target, Database::OpenMode::ReadOnly, m_clock);
    if (!current) {
        m_backupDecides = true;
        return {};
    }
    auto signedIn = UserSignIn::signIn(*current.value(), m_user, m_password);
    if (!signedIn)
        return Error::permission(tr("Only a manager of %1 can replace it with a backup: %2 Nothing was changed.")
                                     .arg(native(m_target), signedIn.message()));
    if (!current.value()->user().isManager())
        return Error::permission(tr("Only a manager of %1 can replace it with a backup (%2 is a clerk there). "
                                    "Nothing was changed.")
                                     .arg(native(m_target), current.value()->user().name));
    return {};
}

Status BackupRestore::checkHeader()
{
    // The SQLite header (sqlite.org/fileformat.html): magic, page size at 16, page count at 28
    // (valid when the change counter at 24 equals the number at 92), user_version (our schema)
    // at 60, application_id at 68.
    QFile file(m_backup);
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(tr("The backup %1 cannot be read: %2").arg(native(m_backup), file.errorString()));
    const QByteArray header = file.read(100);
    const qint64 size = file.size();
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Error::storage(
            tr("%1 is not a Facturo backup: it is not a company file, or it is damaged.").arg(native(m_backup)));
    if (bigEndian(header, 68, 4) != FacturoApplicationId)
        return Error::storage(
            tr("%1 is not a Facturo backup: it is a database of another program.").arg(native(m_backup)));
    const int schema = static_cast<int>(bigEndian(header, 60, 4));
    if (schema > Database::latestSchemaVersion())
        return Error::storage(tr("The backup %1 was written by a newer version of Facturo (schema %2; this version "
                                 "reads up to schema %3). Restore it with the newer version.")
                                  .arg(native(m_backup))
                                  .arg(schema)
                                  .arg(Database::latestSchemaVersion()));
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = bigEndian(header, 28, 4);
    const bool countValid = pages > 0 && bigEndian(header, 24, 4) == bigEndian(header, 92, 4);
    const qint64 expected = static_cast<qint64>(pageSize) * pages;
    if (pageSize < 512 || (countValid && size < expected))
        return Error::storage(tr("The backup %1 is truncated: it holds %2 bytes of the %3 its header announces.")
                                  .arg(native(m_backup))
                                  .arg(size)
                                  .arg(expected));
    return {};
}

Status BackupRestore::makeWorkingCopy()
{
    removeWorkingCopy();
    Ledger::removeLeftovers(m_target); // of a restore that was killed
    m_lock = AtomicFile::createLocked(m_working);
    const QString folder = native(QFileInfo(m_target).absolutePath());
    auto failed = [&]() -> Error {
        removeWorkingCopy();
        if (diskFull(m_working))
            return Error::storage(tr("The disk of %1 is full: the backup could not be copied there. Nothing was "
                                     "changed; free some space and try again.")
                                      .arg(folder));
        return Error::storage(tr("The backup could not be copied to %1. Nothing was changed.").arg(folder));
    };
    if (!copyFile(m_backup, m_working))
        return failed();
    // A backup that is itself a company file in WAL mode may keep recent changes beside it.
    const QFileInfo wal(m_backup + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0 && !copyFile(wal.absoluteFilePath(), m_working + QStringLiteral("-wal")))
        return failed();
    return {};
}

Result<QStringList> BackupRestore::verifyWorkingCopy()
{
    const QString backup = native(m_backup);
    auto opened = Ledger::open(m_working, Database::OpenMode::MustExist, m_clock);
    if (!opened)
        return aboutBackup(opened.error()).prefixed(tr("The backup %1 cannot be restored").arg(backup));
    std::unique_ptr<Ledger> ledger = std::move(opened).value();

    IntegrityCheck check(ledger->context(), ledger->audit());
    auto report = check.run(false);
    if (!report)
        return aboutBackup(report.error()).prefixed(tr("The backup %1 cannot be checked").arg(backup));
    if (!report->ok())
        return Error::refused(
            tr("The backup %1 failed its check: %2 Nothing was restored.").arg(backup, report->problems.first()));

    // The user proved who they are to the file replaced: in the backup they only sign the event.
    // When that file could not be read, the backup's own managers (and passwords) decide.
    auto signedIn = m_backupDecides ? UserSignIn::signIn(*ledger, m_user, m_password)
                                    : UserSignIn::continueAs(*ledger, m_user);
    if (!signedIn)
        return signedIn.error().prefixed(tr("Restoring %1").arg(backup));
    if (m_backupDecides && !ledger->user().isManager())
        return Error::permission(
            tr("Only a manager can restore a backup (%1 is a clerk in it).").arg(ledger->user().name));
    QJsonObject details {{QStringLiteral("backup"), m_backup}, {QStringLiteral("into"), m_target}};
    if (!m_keep.isEmpty())
        details.insert(QStringLiteral("replaced_file_kept_as"), m_keep);
    FACTURO_TRY(ledger->audit().record(QStringLiteral("file"), 0, QStringLiteral("restore"), details));
    // One self-contained file: the write-ahead log folded in and removed.
    FACTURO_TRY(ledger->database().execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    FACTURO_TRY(ledger->database().execute(QStringLiteral("PRAGMA journal_mode = DELETE")));
    ledger.reset();
    for (const QString &suffix : Sidecars)
        if (QFileInfo::exists(m_working + suffix))
            return Error::storage(
                tr("The restored copy %1 could not be closed cleanly. Nothing was changed.").arg(native(m_working)));
    if (!syncPath(m_working))
        return Error::storage(tr("The restored copy could not be written to the disk. Nothing was changed."));
    return report->passed;
}

Status BackupRestore::releaseTarget()
{
    if (m_keep.isEmpty())
        return {};
    bool hasSidecar = false;
    for (const QString &suffix : Sidecars)
        hasSidecar = hasSidecar || QFileInfo::exists(m_target + suffix);
    if (!hasSidecar)
        return {}; // closed by everyone, nothing beside it: the file is kept byte for byte
    // Fold the write-ahead log into the file being replaced, so that the copy kept is complete.
    // Switching the journal mode needs the file to itself: it fails while anyone has it open.
    const QString name = QStringLiteral("facturo-release-") + QUuid::createUuid().toString(QUuid::Id128);
    QString mode;
    QSqlError error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_target);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && q.next())
                mode = q.value(0).toString().toLower();
            error = q.lastError();
            q.finish();
        } else {
            error = db.lastError();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == 5 || code == 6 || (mode != QLatin1String("delete") && error.type() == QSqlError::NoError))
        return Error::storage(tr("The company file %1 is in use by another program (is Facturo still open with it?): "
                                 "close it, then restore again. Nothing was changed.")
                                  .arg(native(m_target)));
    if (mode == QLatin1String("delete")) {
        QFile::remove(m_target + QStringLiteral("-shm"));
        if (!QFileInfo::exists(m_target + QStringLiteral("-wal"))
            && !QFileInfo::exists(m_target + QStringLiteral("-journal")))
            return {};
    }
    // A damaged file that SQLite cannot open: its logs go with it, under the name it is kept as.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(m_target + suffix) && !QFile::rename(m_target + suffix, m_keep + suffix))
            return Error::storage(tr("%1 cannot be moved aside. Nothing was changed.").arg(native(m_target + suffix)));
    }
    QFile::remove(m_target + QStringLiteral("-shm"));
    return {};
}

Status BackupRestore::swap()
{
    // Closed before the rename: a descriptor closed later on the company file would drop the
    // SQLite locks this process may come to hold on it. Killed from here on, the working copy
    // is an ordinary leftover.
    unlock();
    std::error_code ec;
    if (!m_keep.isEmpty()) {
        // A second name for the old file: it stays whole even if the rename below never happens.
        std::filesystem::create_hard_link(fsPath(m_target), fsPath(m_keep), ec);
        if (ec && !copyFile(m_target, m_keep))
            return Error::storage(tr("The company file %1 could not be kept as %2. Nothing was changed.")
                                      .arg(native(m_target), native(m_keep)));
    }
    std::filesystem::rename(fsPath(m_working), fsPath(m_target), ec);
    if (ec) {
        if (!m_keep.isEmpty())
            QFile::remove(m_keep);
        return Error::storage(tr("The company file %1 could not be replaced (%2). Nothing was changed.")
                                  .arg(native(m_target), QString::fromLocal8Bit(ec.message().c_str())));
    }
    m_swapped = true;
    (void)syncPath(QFileInfo(m_target).absolutePath(), true);
    return {};
}
