#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

class PgConnection;
class PreparedStatement;
struct sqlite3;

// One open company: a file (a SQLite database in WAL mode with foreign keys on, migrated to the
// current schema) or a database on a PostgreSQL server (postgresql://user@host/db, a libpq
// session; its schema is made and upgraded by `facturo-cli server`). Each Database owns its own
// connection and a cache of prepared statements. Not shared between threads.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class OpenMode {
        CreateIfMissing, // a missing or empty file is made a company file (init, demo)
        MustExist,       // an existing company file, migrated if older; a missing or empty file, or
                         // one without Facturo's schema, is refused and left as it is
        ReadOnly,        // an existing company file of this version, only read (check): never
                         // created, migrated or repaired
    };

    // path: a company file, or a server location (PgConnection::isServerLocation).
    static Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode = OpenMode::MustExist);
    ~Database();

    enum class Engine { Sqlite, PostgreSql };
    Engine engine() const { return m_server ? Engine::PostgreSql : Engine::Sqlite; }
    bool isServer() const { return m_server != nullptr; }
    // The server session (nullptr on a company file).
    PgConnection *server() const { return m_server.get(); }
    // The schema version of a server database this build makes and reads.
    static int latestServerSchemaVersion();
    // The server's scripts above `fromVersion`, in order (PgSchema runs them).
    static QStringList serverMigrationFiles(int fromVersion);
    // A script's schema version, on either engine: "…/0003_outbox.sql" → 3.
    static int scriptVersion(const QString &file);

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The file's path, or the server location without its password (to show, to remember).
    const QString &path() const { return m_path; }
    // What it was opened with (a server location with its password, if one was given): for
    // opening another connection to the same company (background reads).
    const QString &location() const { return m_location.isEmpty() ? m_path : m_location; }
    // The Qt SQL connection of a company file (not open on a server).
    QSqlDatabase &connection() { return m_db; }
    int schemaVersion() const { return m_schemaVersion; }
    static int latestSchemaVersion();
    // The statements of the migration scripts 1 to upToVersion, in order (SchemaFingerprint
    // replays them to know the schema a file of that version must have).
    static QStringList migrationStatements(int upToVersion);

    // A prepared statement from the cache (prepared once per connection, run through SQLite's
    // own API). It is finished and has its old bindings when handed out: bind, exec, read, done.
    PreparedStatement &statement(const QString &sql);
    // The same for a string literal, looked up by its address (the hot path of the services).
    PreparedStatement &statement(const char *literalSql);

    // Runs one statement without parameters (PRAGMA, DDL). Failure carries the engine's message.
    Status execute(const QString &sql);

    // Transaction nesting: the outermost level is BEGIN IMMEDIATE (on a server: BEGIN and the
    // company's advisory lock, the same one-writer rule), inner levels are savepoints.
    int transactionDepth() const { return m_depth; }
    Status beginLevel();
    Status commitLevel();
    void rollbackLevel();
    // Bulk work (BulkLoad): inner levels join the outermost transaction instead of opening
    // savepoints. A rollback at an inner level then dooms the whole transaction: its commit
    // fails and rolls everything back, so nothing half-done is ever kept.
    void setFlatNesting(bool flat) { m_flatNesting = flat; }

    // Runs `work`, one service call that makes its own transaction, again when the server rolled
    // that transaction back for a deadlock or a serialization failure (possible only with a
    // session outside the program: the program's writers wait for each other). Such a failure is
    // never the user's problem; only its fifth occurrence in a row is reported. Inside an open
    // transaction the work runs once: the outermost caller retries.
    template<typename Work>
    auto retrying(Work &&work) -> decltype(work())
    {
        for (int attempt = 1;; ++attempt) {
            auto result = work();
            if (result || m_depth > 0 || attempt == MaxAttempts || !retryAsked())
                return result;
            pauseBeforeRetry(attempt);
        }
    }
    static constexpr int MaxAttempts = 5;

    // Identifies the current write transaction for caches: while it stays the same (and is not
    // 0) this connection holds the write lock and nothing else can have changed the file.
    // 0 outside a transaction; changes on every new transaction and every rollback.
    quint64 cacheSerial() const { return m_depth > 0 ? m_serial : 0; }

    // A user-readable message for a failed query, with what was being done.
    static Error queryError(const QSqlQuery &query, const QString &doing);
    Error queryError(const PreparedStatement &statement, const QString &doing) const;

private:
    Database(QString path, QString connectionName);
    bool retryAsked() const;
    static void pauseBeforeRetry(int attempt);
    Status configure();
    Status control(const QString &sql);
    Status migrate(OpenMode mode);
    static Result<std::unique_ptr<Database>> openServer(const QString &location, OpenMode mode);
    Status checkServerSchema(OpenMode mode);

    QString m_path;
    QString m_location;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
    int m_depth = 0;
    bool m_flatNesting = false;
    bool m_doomed = false;
    bool m_tidyAfterRead = false; // read-only: remove the logs this read made SQLite create
    quint64 m_serial = 0;
    sqlite3 *m_handle = nullptr;
    std::unique_ptr<PgConnection> m_server;
    QHash<QString, PreparedStatement *> m_statements;
    QHash<const void *, PreparedStatement *> m_literalStatements;
};
