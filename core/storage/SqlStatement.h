#pragma once

#include "Database.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

// A cached prepared statement in use: bind by name, exec with what it is for, read rows.
// Finishes the query when it goes out of scope so no read lock outlives its use.
class SqlStatement
{
public:
    SqlStatement(Database &db, const char *literalSql) : m_query(db.statement(literalSql)) {}
    SqlStatement(Database &db, const QString &sql) : m_query(db.statement(sql)) {}
    ~SqlStatement() { m_query.finish(); }
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    SqlStatement &bind(const char *name, const QVariant &value)
    {
        // A null QString would be stored as SQL NULL: text columns get '' instead. Use
        // SqlValue::nullableText() where NULL is meant.
        if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
            m_query.bindValue(QLatin1String(name), QStringLiteral(""));
        else
            m_query.bindValue(QLatin1String(name), value);
        return *this;
    }
    // `doing` completes "Could not ...": e.g. tr("save the customer").
    Status exec(const QString &doing)
    {
        if (!m_query.exec())
            return Database::queryError(m_query, doing);
        return {};
    }
    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    qint64 integer(int index) const { return m_query.value(index).toLongLong(); }
    QString text(int index) const { return m_query.value(index).toString(); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &query() { return m_query; }

private:
    QSqlQuery &m_query;
};

// Storage formats of dates and times.
namespace SqlValue {
inline QVariant date(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}
inline QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}
inline QString timestamp(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}
inline QDateTime toTimestamp(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}
inline QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}
inline QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}
} // namespace SqlValue
