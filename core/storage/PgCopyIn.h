#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

struct pg_conn;

// Rows sent into one table of the server with COPY ... FROM STDIN in PostgreSQL's binary format:
// every value goes as its bytes (whole numbers as 8-byte integers, text as its UTF-8, bytea as
// is), with no quoting or escaping to get wrong. Fires the table's enabled triggers as INSERT does.
// Inside the caller's transaction; a failure leaves that transaction to be rolled back.
class PgCopyIn
{
    Q_DECLARE_TR_FUNCTIONS(PgCopyIn)
public:
    explicit PgCopyIn(pg_conn *conn)
        : m_conn(conn)
    { }
    ~PgCopyIn(); // abandons a COPY that was not finished
    PgCopyIn(const PgCopyIn &) = delete;
    PgCopyIn &operator=(const PgCopyIn &) = delete;

    // Starts COPY table (columns) FROM STDIN (FORMAT binary). The names are the caller's, checked.
    Status begin(const QString &table, const QString &columnList);
    void row(int fields);
    void null();
    void integer(qint64 value);
    void bytes(QByteArrayView value); // text (UTF-8) or bytea
    // After each row: sends what has gathered once it is large enough.
    Status sent();
    // Ends the COPY; the server's verdict on every row (the number of rows, or its refusal).
    Result<qint64> finish();

private:
    Status flush();
    Error failure(const QString &reason) const;

    pg_conn *m_conn;
    QString m_table;
    QByteArray m_buffer;
    bool m_copying = false;
};
