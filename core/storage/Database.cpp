#include "Database.h"

#include "BulkLoad.h"
#include "PartyAddressMigration.h"
#include "PgConnection.h"
#include "PgStatement.h"
#include "SqliteStatement.h"
#include "UnitCodeMigration.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QStorageInfo>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

namespace {
constexpr int ApplicationId = 0x46414354; // "FACT"
// The numbered scripts of an engine compiled into the program
// (resources/migrations/ENGINE/NNNN_name.sql), in order.
QStringList scriptsIn(const QString &folder)
{
    QStringList names = QDir(folder).entryList({QStringLiteral("[0-9]*.sql")}, QDir::Files, QDir::Name);
    for (QString &name : names)
        name.prepend(folder + QLatin1Char('/'));
    return names;
}

// The company file's scripts: the newest one's number is the schema version this build writes.
const QStringList &migrationFiles()
{
    static const QStringList files = scriptsIn(QStringLiteral(":/migrations/sqlite"));
    return files;
}

// The server's scripts, numbered as the file's (the first one makes the whole schema).
const QStringList &serverScripts()
{
    static const QStringList files = scriptsIn(QStringLiteral(":/migrations/postgresql"));
    return files;
}

// Splits a migration script into statements: a statement ends with ';' at the end of a line;
// inside a CREATE TRIGGER it ends with the line "END;".
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (current.isEmpty() && (line.isEmpty() || line.startsWith(QLatin1String("--"))))
            continue;
        if (current.isEmpty() && line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += rawLine + QLatin1Char('\n');
        const bool ends = inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(QLatin1Char(';'));
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

// The files of the open connections, so a failed query can name its file and look at its disk.
QHash<const QSqlDriver *, QString> &openFiles()
{
    static QHash<const QSqlDriver *, QString> files;
    return files;
}

// A write that failed for lack of space shows up as SQLITE_FULL, or as an I/O error from the WAL
// or its shared memory: look at the disk itself to tell the user what happened.
bool diskIsFull(const QString &path)
{
    if (path.isEmpty())
        return false;
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return storage.isValid() && storage.bytesAvailable() < 256 * 1024;
}

// The steps of a migration that SQL alone does poorly, run after its script in its transaction.
Status migrationStep(Database &db, int version)
{
    if (version == 9)
        return PartyAddressMigration::run(db);
    if (version == 12)
        return UnitCodeMigration::run(db);
    return {};
}

Error storageError(int nativeCode, const QString &reason, const QString &path)
{
    const int code = nativeCode & 0xff;
    const QString file = QDir::toNativeSeparators(path);
    if (code == 5 || code == 6)
        return Error::storage(Database::tr("The company file %1 is in use by another program. "
                                           "Try again in a moment.").arg(file));
    if (code == 8)
        return Error::storage(Database::tr("The company file %1 is read-only.").arg(file));
    if (code == 13 || (code == 10 && diskIsFull(path)))
        return Error::storage(Database::tr("The disk is full: nothing was saved. Free some space and try again."));
    if (code == 10)
        return Error::storage(Database::tr("The company file %1 could not be read or written (disk I/O error): nothing "
                                           "was saved. Check the disk.").arg(file));
    if (code == 11 || code == 26)
        return Error::storage(Database::tr("The file %1 is damaged or is not a Facturo company file.").arg(file));
    if (code == 14)
        return Error::storage(Database::tr("The company file %1 cannot be opened.").arg(file));
    return Error::storage(Database::tr("Database error in %1: %2").arg(file, reason));
}

Error notACompanyFile(const QString &file)
{
    return Error::storage(Database::tr("%1 is not a company file: it is empty or has no Facturo schema. It was "
                                       "left as it is.")
                              .arg(file));
}

Error storageError(const QSqlError &error, const QString &path)
{
    return storageError(error.nativeErrorCode().toInt(), error.text(), path);
}

// Rules enforced by triggers and constraints come back as refusals with their own words; the
// rest names what happened to the file.
Error failedQuery(int nativeCode, const QString &reason, const QString &path, const QString &doing)
{
    const int primary = nativeCode & 0xff;
    if (primary == SQLITE_CONSTRAINT) {
        if (reason.contains(QLatin1String("UNIQUE")))
            return Error::conflict(Database::tr("Could not %1: it already exists (%2).").arg(doing, reason));
        return Error::refused(Database::tr("Could not %1: %2.").arg(doing, reason));
    }
    if (primary == SQLITE_FULL || (primary == SQLITE_IOERR && diskIsFull(path)))
        return Error::storage(Database::tr("Could not %1: the disk is full. Nothing was saved.").arg(doing));
    if (primary == SQLITE_IOERR)
        return Error::storage(Database::tr("Could not %1: the company file could not be written (disk I/O error). "
                                           "Nothing was saved.").arg(doing));
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return Error::storage(Database::tr("Could not %1: the company file is in use by another program.").arg(doing));
    if (primary == SQLITE_READONLY)
        return Error::storage(Database::tr("Could not %1: the company file is read-only.").arg(doing));
    return Error::storage(Database::tr("Could not %1: %2").arg(doing, reason));
}
} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    // Every statement is finalized before Qt closes the connection.
    qDeleteAll(m_statements);
    m_statements.clear();
    m_literalStatements.clear();
    if (m_server) {
        while (m_depth > 0)
            rollbackLevel();
        return;
    }
    if (m_db.isOpen()) {
        while (m_depth > 0)
            rollbackLevel();
        m_db.close();
    }
    openFiles().remove(m_db.driver());
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_tidyAfterRead) {
        // A read-only connection to a WAL file makes SQLite create its log and shared-memory
        // files, and it cannot remove them. A plain connection that only reads does so when it
        // closes as the last one (nothing is checkpointed into the file: the log is empty); with
        // another program on the file, they stay, as that program's.
        sqlite3 *handle = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(m_path).constData(), &handle, SQLITE_OPEN_READWRITE, nullptr)
            == SQLITE_OK)
            (void)sqlite3_exec(handle, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
        sqlite3_close(handle);
    }
}

int Database::scriptVersion(const QString &file)
{
    return QFileInfo(file).fileName().section(QLatin1Char('_'), 0, 0).toInt();
}

int Database::latestServerSchemaVersion()
{
    return serverScripts().isEmpty() ? 0 : scriptVersion(serverScripts().last());
}

QStringList Database::serverMigrationFiles(int fromVersion)
{
    QStringList files;
    for (const QString &file : serverScripts())
        if (scriptVersion(file) > fromVersion)
            files.append(file);
    return files;
}

int Database::latestSchemaVersion()
{
    // The schema version is the number in front of the newest script (NNNN_name.sql).
    return migrationFiles().isEmpty() ? 0 : scriptVersion(migrationFiles().last());
}

QStringList Database::migrationStatements(int upToVersion)
{
    QStringList statements;
    for (const QString &migration : migrationFiles()) {
        if (scriptVersion(migration) > upToVersion)
            break;
        QFile script(migration);
        if (script.open(QIODevice::ReadOnly))
            statements << splitStatements(QString::fromUtf8(script.readAll()));
    }
    return statements;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    if (path.trimmed().isEmpty())
        return Error::invalid(tr("No company file was given."));
    if (PgConnection::isServerLocation(path))
        return openServer(path, mode);
    const QFileInfo info(path);
    const QString file = QDir::toNativeSeparators(info.absoluteFilePath());
    const bool readOnly = mode == OpenMode::ReadOnly;
    if (info.exists()) {
        if (!info.isFile())
            return Error::storage(tr("%1 is not a file.").arg(file));
        if (!info.isReadable())
            return Error::storage(tr("The company file %1 cannot be read (permission denied).").arg(file));
        // An empty file is no company: only the verbs that make one (init, demo) may fill it.
        if (info.size() == 0 && mode != OpenMode::CreateIfMissing)
            return notACompanyFile(file);
        if (!readOnly && !info.isWritable())
            return Error::storage(tr("The company file %1 is read-only. Copy it to a writable folder or "
                                     "change its permissions to work with it.").arg(file));
        if (!readOnly && !QFileInfo(info.absolutePath()).isWritable())
            return Error::storage(tr("The folder of the company file %1 is read-only.").arg(file));
        if (info.size() > 0 && info.size() < 512)
            return Error::storage(tr("The file %1 is damaged or is not a Facturo company file.").arg(file));
    } else {
        if (mode != OpenMode::CreateIfMissing)
            return Error::notFound(tr("The company file %1 does not exist.").arg(file));
        if (!QDir().mkpath(info.absolutePath()))
            return Error::storage(tr("The folder for %1 cannot be created.").arg(file));
    }

    const QString name = QStringLiteral("facturo-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), name));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!db->m_db.isValid())
        return Error::storage(tr("The SQLite driver for Qt is missing (package libqt6sql6-sqlite)."));
    db->m_db.setDatabaseName(info.absoluteFilePath());
    db->m_tidyAfterRead = readOnly && info.isWritable()
        && !QFileInfo::exists(info.absoluteFilePath() + QStringLiteral("-wal"))
        && !QFileInfo::exists(info.absoluteFilePath() + QStringLiteral("-shm"));
    db->m_db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                        : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_db.open())
        return storageError(db->m_db.lastError(), info.absoluteFilePath());
    openFiles().insert(db->m_db.driver(), db->m_path);
    const QVariant handle = db->m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0 || !*static_cast<sqlite3 *const *>(handle.data()))
        return Error::storage(tr("The SQLite driver for Qt gives no SQLite connection for %1.").arg(file));
    db->m_handle = *static_cast<sqlite3 *const *>(handle.data());
    FACTURO_TRY(db->configure());
    FACTURO_TRY(db->migrate(mode));
    if (readOnly)
        return db;
    // A bulk load that was killed left its search index to be filled: do it now. Best effort: a
    // file busy with another program's work is repaired at a later open.
    (void)BulkLoad::repairSearchIndex(*db);
    return db;
}

Status Database::configure()
{
    QSqlQuery query(m_db);
    // The first read of the header tells a damaged or foreign file apart.
    if (!query.exec(QStringLiteral("PRAGMA application_id")))
        return storageError(query.lastError(), m_path);
    FACTURO_TRY(execute(QStringLiteral("PRAGMA foreign_keys = ON")));
    FACTURO_TRY(execute(QStringLiteral("PRAGMA synchronous = FULL")));
    // A company file grows to gigabytes over the years: a larger page cache and memory-mapped
    // reads keep lists, reports and bulk work from re-reading the same index pages.
    FACTURO_TRY(execute(QStringLiteral("PRAGMA cache_size = -32768")));
    FACTURO_TRY(execute(QStringLiteral("PRAGMA mmap_size = 0")));
    FACTURO_TRY(execute(QStringLiteral("PRAGMA temp_store = MEMORY")));
    return {};
}

Status Database::migrate(OpenMode mode)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return storageError(query.lastError(), m_path);
    const int applicationId = query.value(0).toInt();
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return storageError(query.lastError(), m_path);
    m_schemaVersion = query.value(0).toInt();
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return storageError(query.lastError(), m_path);
    const int objects = query.value(0).toInt();
    query.finish();
    const QString file = QDir::toNativeSeparators(m_path);

    if (applicationId != ApplicationId && (objects > 0 || m_schemaVersion > 0))
        return Error::storage(tr("The file %1 is not a Facturo company file.").arg(file));
    // A SQLite file without any schema: only init and demo make a company of it.
    if (mode != OpenMode::CreateIfMissing && objects == 0 && m_schemaVersion == 0)
        return notACompanyFile(file);
    if (m_schemaVersion > latestSchemaVersion())
        return Error::storage(tr("The company file %1 was written by a newer version of Facturo (schema %2; "
                                 "this version reads up to schema %3). Install the newer version to open it.")
                                  .arg(file)
                                  .arg(m_schemaVersion)
                                  .arg(latestSchemaVersion()));
    if (mode == OpenMode::ReadOnly) {
        if (m_schemaVersion < latestSchemaVersion())
            return Error::storage(tr("The company file %1 has schema %2, older than this version's %3: it is only "
                                     "read here. Open it once with Facturo (any command) to upgrade it, then check "
                                     "it again.")
                                      .arg(file)
                                      .arg(m_schemaVersion)
                                      .arg(latestSchemaVersion()));
        return {};
    }
    // Only now that the file is known to be ours: switching to WAL rewrites its header.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return storageError(query.lastError(), m_path);
    query.finish();

    for (const QString &migration : migrationFiles()) {
        const int version = scriptVersion(migration);
        if (version <= m_schemaVersion)
            continue;
        QFile script(migration);
        if (!script.open(QIODevice::ReadOnly))
            return Error::storage(tr("Migration %1 is missing from this build.").arg(version));
        const QString sql = QString::fromUtf8(script.readAll());
        FACTURO_TRY(beginLevel());
        for (const QString &statement : splitStatements(sql)) {
            if (!query.exec(statement)) {
                const Error error = storageError(query.lastError(), m_path)
                                        .prefixed(tr("Upgrading the company file to schema %1").arg(version));
                rollbackLevel();
                return error;
            }
        }
        Status stamped = migrationStep(*this, version);
        if (!stamped) {
            rollbackLevel();
            return stamped.error().prefixed(tr("Upgrading the company file to schema %1").arg(version));
        }
        stamped = execute(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
        if (stamped)
            stamped = execute(QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (!stamped) {
            rollbackLevel();
            return stamped;
        }
        FACTURO_TRY(commitLevel());
        m_schemaVersion = version;
    }
    return {};
}

PreparedStatement &Database::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql, m_server ? static_cast<PreparedStatement *>(new PgStatement(*m_server, sql))
                                               : new SqliteStatement(m_handle, sql));
    (*it)->finish();
    return **it;
}

PreparedStatement &Database::statement(const char *literalSql)
{
    auto it = m_literalStatements.find(literalSql);
    if (it == m_literalStatements.end()) {
        PreparedStatement &prepared = statement(QString::fromUtf8(literalSql));
        it = m_literalStatements.insert(literalSql, &prepared);
    }
    (*it)->finish();
    return **it;
}

Status Database::execute(const QString &sql)
{
    if (m_server)
        return m_server->execute(sql.toUtf8());
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return storageError(query.lastError(), m_path);
    return {};
}

Status Database::control(const QString &sql)
{
    if (m_server)
        return m_server->execute(sql.toUtf8());
    // Transaction control runs for every service call: keep those statements prepared.
    PreparedStatement &query = statement(sql);
    const bool done = query.exec();
    query.finish();
    if (!done)
        return storageError(query.errorCode(), query.errorText(), m_path);
    return {};
}

bool Database::retryAsked() const
{
    return m_server && m_server->retryAsked();
}

void Database::pauseBeforeRetry(int attempt)
{
    // A short, growing and uneven pause, so that two sessions that collided do not collide again.
    QThread::msleep(static_cast<unsigned long>(attempt * 15 + QRandomGenerator::global()->bounded(20)));
}

Status Database::beginLevel()
{
    if (m_depth > 0 && m_flatNesting) {
        ++m_depth;
        return {};
    }
    if (m_depth == 0 && m_server)
        FACTURO_TRY(m_server->beginWrite());
    else
        FACTURO_TRY(control(m_depth > 0 ? QStringLiteral("SAVEPOINT level%1").arg(m_depth)
                                        : QStringLiteral("BEGIN IMMEDIATE")));
    if (m_depth == 0) {
        ++m_serial;
        m_doomed = false;
    }
    ++m_depth;
    return {};
}

Status Database::commitLevel()
{
    Q_ASSERT(m_depth > 0);
    if (m_depth > 1 && m_flatNesting) {
        --m_depth;
        return {};
    }
    if (m_depth == 1 && m_doomed) // still open: the caller rolls back, as after any failed commit
        return Error::storage(tr("A part of this work failed, so none of it was saved."));
    Status done = m_depth == 1 && m_server
        ? m_server->commitWrite()
        : control(m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE level%1").arg(m_depth - 1));
    if (!done)
        return done; // still open: the caller rolls back
    --m_depth;
    return {};
}

void Database::rollbackLevel()
{
    Q_ASSERT(m_depth > 0);
    for (PreparedStatement *query : std::as_const(m_statements))
        query->finish();
    ++m_serial; // whatever was cached during this transaction may be gone
    if (m_depth > 1 && m_flatNesting) {
        m_doomed = true;
        --m_depth;
        return;
    }
    if (m_depth == 1 && m_server) {
        m_server->rollbackWrite();
    } else if (m_depth == 1) {
        (void)control(QStringLiteral("ROLLBACK"));
    } else {
        (void)control(QStringLiteral("ROLLBACK TO level%1").arg(m_depth - 1));
        (void)control(QStringLiteral("RELEASE level%1").arg(m_depth - 1));
    }
    --m_depth;
}

Error Database::queryError(const QSqlQuery &query, const QString &doing)
{
    const QSqlError error = query.lastError();
    QString reason = error.databaseText();
    if (reason.isEmpty())
        reason = error.text();
    return failedQuery(error.nativeErrorCode().toInt(), reason, openFiles().value(query.driver()), doing);
}

Error Database::queryError(const PreparedStatement &statement, const QString &doing) const
{
    if (!m_server)
        return failedQuery(statement.errorCode(), statement.errorText(), m_path, doing);
    const QString &reason = statement.errorText();
    switch (statement.errorCode()) {
    case PgError::Unique:
        return Error::conflict(tr("Could not %1: it already exists (%2).").arg(doing, reason));
    case PgError::Constraint:
    case PgError::Refused:
        return Error::refused(tr("Could not %1: %2.").arg(doing, reason));
    case PgError::ConnectionLost:
        return PgConnection::connectionError(m_server->handle(), m_server->location())
            .prefixed(tr("Could not %1").arg(doing));
    default:
        return Error::storage(tr("Could not %1: %2").arg(doing, reason));
    }
}
