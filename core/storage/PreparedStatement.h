#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVariant>

// One prepared statement of the company's engine: SqliteStatement on a company file,
// PgStatement on a PostgreSQL server. The services reach it through SqlStatement. Values come
// back as QSqlQuery gives them (INTEGER as qint64, REAL as double, TEXT as QString, BLOB as
// QByteArray, NULL as a null QString) on both engines, so callers cannot tell them apart.
// Owned by Database's statement cache; not shared between threads.
class PreparedStatement
{
public:
    virtual ~PreparedStatement() = default;
    PreparedStatement(const PreparedStatement &) = delete;
    PreparedStatement &operator=(const PreparedStatement &) = delete;

    // Binds :name (with its colon); a name the statement does not have is ignored, as
    // QSqlQuery::bindValue does. Bindings stay until bound again.
    virtual void bind(const char *name, const QVariant &value) = 0;

    // Runs the statement from the start; the first row, if any, is read by next().
    virtual bool exec() = 0;
    virtual bool next() = 0;
    // Done with the rows: releases the statement's read lock, keeps the bindings.
    virtual void finish() = 0;

    virtual QVariant value(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual QString text(int column) const = 0;
    // How the current row holds a column (its storage class), and a TEXT value's UTF-8 bytes as
    // the engine holds them (valid until the next step or finish): for code that writes stored
    // bytes out again without the round trip through QString (row digests).
    enum class Storage { Integer, Real, Text, Blob, Null };
    virtual Storage storage(int column) const = 0;
    virtual QByteArrayView utf8(int column) const = 0;
    virtual qint64 lastInsertId() const = 0;
    virtual int rowsAffected() const = 0;

    // The engine's result code and message of the last failure (prepare, exec or next): an
    // SQLite result code, or for PostgreSQL one of the codes of PgError.
    int errorCode() const { return m_errorCode; }
    const QString &errorText() const { return m_errorText; }

protected:
    PreparedStatement() = default;
    int m_errorCode = 0;
    QString m_errorText;
};
