#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

// One prepared SQLite statement on the connection Qt SQL opened (QSqlDriver::handle()), run
// directly through SQLite's C API. The services' statements go through here: QSqlQuery rebuilds
// a QSqlRecord of every column on each exec() and converts all text through UTF-16, which cost
// about a quarter of the time of posting an invoice. Values come back as QSqlQuery gives them
// (INTEGER as qint64, REAL as double, TEXT as QString, BLOB as QByteArray, NULL as a null
// QString) and bind as Qt's SQLite driver binds them, so callers cannot tell the difference.
// Owned by Database's statement cache; not shared between threads.
class PreparedStatement
{
public:
    PreparedStatement(sqlite3 *db, const QString &sql);
    ~PreparedStatement();
    PreparedStatement(const PreparedStatement &) = delete;
    PreparedStatement &operator=(const PreparedStatement &) = delete;

    // Binds :name (with its colon); a name the statement does not have is ignored, as
    // QSqlQuery::bindValue does. Bindings stay until bound again.
    void bind(const char *name, const QVariant &value);

    // Runs the statement from the start; the first row, if any, is read by next().
    bool exec();
    bool next();
    // Done with the rows: releases the statement's read lock, keeps the bindings.
    void finish();

    QVariant value(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;
    // How the current row holds a column (SQLite's storage class), and a TEXT value's bytes as
    // SQLite holds them (valid until the next step or finish): for code that writes stored
    // bytes out again without the round trip through QString (row digests).
    enum class Storage { Integer, Real, Text, Blob, Null };
    Storage storage(int column) const;
    QByteArrayView utf8(int column) const;
    qint64 lastInsertId() const;
    int rowsAffected() const;

    // The SQLite result code and message of the last failure (prepare, exec or next).
    int errorCode() const { return m_errorCode; }
    const QString &errorText() const { return m_errorText; }

private:
    void bindAt(int index, const QVariant &value);
    void fail(int code);

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    enum class State { Idle, FirstRow, OnRow, Done };
    State m_state = State::Idle;
    int m_errorCode = 0;
    QString m_errorText;
    int m_changes = 0;
};
