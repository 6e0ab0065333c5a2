#pragma once

#include "PreparedStatement.h"
#include "Result.h"

#include <QList>

class PgConnection;
struct pg_result;

// What went wrong on the server, as PgStatement::errorCode() tells it (from the SQLSTATE).
namespace PgError {
enum Code {
    Other = 1,
    Unique,        // 23505: the row already exists
    Constraint,    // 23xxx: NOT NULL, CHECK, foreign key
    Refused,       // P0001: a rule of the schema (a trigger) said no, with its own words
    Retry,         // 40001, 40P01: serialization failure or deadlock: the work may be run again
    ConnectionLost, // the session is gone
};
} // namespace PgError

// One statement prepared on a PostgreSQL session through libpq: the repositories' SQL as
// PgDialect rewrites it, values sent apart from the SQL (never spliced into it), rows read as
// the SQLite side gives them: integers as qint64, text as QString, bytea as QByteArray.
class PgStatement final : public PreparedStatement
{
public:
    PgStatement(PgConnection &connection, const QString &sql);
    ~PgStatement() override;

    void bind(const char *name, const QVariant &value) override;
    bool exec() override;
    bool next() override;
    void finish() override;
    QVariant value(int column) const override;
    qint64 integer(int column) const override;
    QString text(int column) const override;
    Storage storage(int column) const override;
    QByteArrayView utf8(int column) const override;
    qint64 lastInsertId() const override;
    int rowsAffected() const override;

    // The SQLSTATE of the last failure ("" if none).
    const QByteArray &sqlState() const { return m_sqlState; }
    // How often a write run on its own is tried when the server asks to run it again.
    static constexpr int MaxAttempts = 5;

private:
    enum class Kind { Integer, Real, Numeric, Bool, Text, Bytea };
    bool execOnce();
    void failWith(const Status &status);
    bool prepare(bool typed);
    void fail(pg_result *result);
    Kind kind(int column) const;
    bool onRow(int column) const;

    PgConnection &m_connection;
    QByteArray m_sql;
    QList<QByteArray> m_names;
    bool m_returnsId = false;
    bool m_writes = false;           // INSERT, UPDATE or DELETE
    QByteArray m_name;               // the server's name of the prepared statement
    quint64 m_preparedOn = 0;        // the connection's generation it was prepared on
    QList<QByteArray> m_values;      // text form of each parameter
    QList<bool> m_null;
    QList<bool> m_limits; // used as a LIMIT: a negative value is bound as NULL
    QList<unsigned int> m_types;     // type of each parameter as bound (used when the server cannot tell)
    QList<Kind> m_kinds;             // of the result's columns
    pg_result *m_result = nullptr;
    int m_row = -1;
    int m_rows = 0;
    int m_changes = 0;
    qint64 m_lastId = 0;
    QByteArray m_sqlState;
};
