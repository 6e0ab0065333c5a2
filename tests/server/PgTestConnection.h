#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct pg_conn;

// What a statement sent to PostgreSQL did: the rows it returned (every value as text, NULL as a
// null QString), or its error's SQLSTATE and primary message (the text a trigger raised).
struct PgOutcome
{
    bool ok = false;
    QString sqlState;
    QString message;
    QList<QStringList> rows;
};

// One libpq connection for the server tests. exec() uses the simple query protocol, so a text of
// several statements (a schema script) runs as one implicit transaction.
class PgTestConnection
{
public:
    explicit PgTestConnection(const QString &uri);
    ~PgTestConnection();
    PgTestConnection(const PgTestConnection &) = delete;
    PgTestConnection &operator=(const PgTestConnection &) = delete;

    bool isOpen() const;
    QString error() const { return m_error; }
    PgOutcome exec(const QString &sql);
    // The first value of the first row; fails the test when the statement fails.
    QString value(const QString &sql);
    // The first value of every row.
    QStringList column(const QString &sql);
    // Every row, its values joined with '|'.
    QStringList lines(const QString &sql);

    // A statement sent without waiting for it (for tests of concurrent transactions): send() it,
    // stillWaiting() tells whether it has not finished within the given time (blocked on a lock),
    // finish() waits for it and returns what it did.
    bool send(const QString &sql);
    bool stillWaiting(int milliseconds);
    PgOutcome finish();

private:
    pg_conn *m_conn = nullptr;
    QString m_error;
};
