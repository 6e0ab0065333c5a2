#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <memory>

struct pg_conn;

// One session with a PostgreSQL server holding a company (libpq). Knows what the statements
// prepared on it need: the tables whose key is an identity column `id`, and a generation that
// changes when the session is made again, so statements prepared on the old one are prepared anew.
class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)
public:
    // A company location that names a server: postgresql://... or postgres://...
    static bool isServerLocation(const QString &location);
    // The location without its password, to show and to remember in the recent list.
    static QString displayLocation(const QString &location);

    static Result<std::unique_ptr<PgConnection>> connect(const QString &location);
    // The application_name of the sessions this process opens: program, process and computer.
    static QByteArray applicationName();
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    pg_conn *handle() const { return m_conn; }
    const QString &location() const { return m_location; }
    const QSet<QString> &tablesWithId() const { return m_tablesWithId; }
    // The column names that are NOT NULL in every table having one (PgDialect's ORDER BY).
    const QSet<QString> &notNullColumns() const { return m_notNullColumns; }
    // Reads which tables have an identity id (after the schema was made or changed).
    Status readCatalog();
    quint64 generation() const { return m_generation; }
    // A name for the next statement prepared on the server.
    QByteArray nextStatementName();
    // Whether the session is still there; if not, tries once to make it again.
    bool alive() const;
    Status reconnect();

    // Runs statements without parameters and without rows (transaction control, DDL).
    Status execute(const QByteArray &sql);

    // A write transaction: BEGIN, then the company's advisory lock (the file's one-writer rule:
    // writers wait for each other, so they can neither deadlock nor see each other half done).
    Status beginWrite();
    // COMMIT, telling the other clerks' windows (LISTEN ChangeChannel) when something was written.
    // A transaction the server had already aborted is not reported as saved.
    Status commitWrite();
    // ROLLBACK (a lost session has nothing left to undo).
    void rollbackWrite();
    // Whether the server aborted the current (or last) write transaction for a deadlock or a
    // serialization failure: the same work may simply be run again. Cleared by beginWrite().
    bool retryAsked() const { return m_retryAsked; }
    void setRetryAsked() { m_retryAsked = true; }
    // Whether a transaction is open on the session.
    bool inTransaction() const;
    // The server process of this session (a change notice names the process that made it).
    int backendPid() const;
    // The channel on which committed changes are announced.
    static const char *changeChannel() { return "facturo_changes"; }
    // The advisory lock key of the one-writer rule ("FACT").
    static constexpr qint64 WriteLockKey = 0x46414354;

    // A user-readable message for a failed connection or statement.
    static Error connectionError(pg_conn *conn, const QString &location);

private:
    explicit PgConnection(QString location) : m_location(std::move(location)) {}
    Status open();

    QString m_location;
    pg_conn *m_conn = nullptr;
    QSet<QString> m_tablesWithId;
    QSet<QString> m_notNullColumns;
    quint64 m_generation = 0;
    quint64 m_statements = 0;
    bool m_retryAsked = false;
};
