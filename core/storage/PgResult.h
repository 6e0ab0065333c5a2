#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct pg_conn;
struct pg_result;

// The outcome of one statement sent to the server with libpq's simple query protocol (PQexec),
// for the owner's work that does not go through PgStatement (the schema, moving a company):
// rows as the server sends them (text, or binary from a BINARY cursor), or the failure's SQLSTATE
// and message. Owns the result and frees it.
class PgResult
{
public:
    // Sends `sql` (one or more statements without parameters) and waits for the last result.
    static PgResult exec(pg_conn *conn, const QByteArray &sql);
    explicit PgResult(pg_result *result)
        : m_result(result)
    { }
    ~PgResult();
    PgResult(PgResult &&other) noexcept
        : m_result(other.m_result)
    {
        other.m_result = nullptr;
    }
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    // The statement ran (with or without rows).
    bool ok() const;
    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    // A value's bytes as sent (valid while this result lives).
    QByteArrayView bytes(int row, int column) const;
    QString text(int row, int column) const;
    qint64 integer(int row, int column) const;

    QByteArray sqlState() const;
    // The server's primary message, else the connection's (a lost session).
    QString message(pg_conn *conn) const;
    // The message with the server's detail, if it gave one ("Key (id)=(3) already exists.").
    QString messageWithDetail(pg_conn *conn) const;
    pg_result *get() const { return m_result; }

private:
    pg_result *m_result = nullptr;
};
