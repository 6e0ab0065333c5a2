#pragma once

#include "Database.h"
#include "PreparedStatement.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QVariant>

// A cached prepared statement in use: bind by name, exec with what it is for, read rows.
// Finishes the statement when it goes out of scope so no read lock outlives its use.
class SqlStatement
{
public:
    SqlStatement(Database &db, const char *literalSql) : m_db(db), m_statement(db.statement(literalSql)) {}
    SqlStatement(Database &db, const QString &sql) : m_db(db), m_statement(db.statement(sql)) {}
    ~SqlStatement() { m_statement.finish(); }
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    SqlStatement &bind(const char *name, const QVariant &value)
    {
        // A null QString would be stored as SQL NULL: text columns get '' instead. Use
        // SqlValue::nullableText() where NULL is meant.
        if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
            m_statement.bind(name, QStringLiteral(""));
        else
            m_statement.bind(name, value);
        return *this;
    }
    // For names built at run time (optional filters).
    SqlStatement &bind(const QString &name, const QVariant &value)
    {
        return bind(name.toUtf8().constData(), value);
    }
    // `doing` completes "Could not ...": e.g. tr("save the customer").
    Status exec(const QString &doing)
    {
        if (!m_statement.exec())
            return m_db.queryError(m_statement, doing);
        return {};
    }
    bool next() { return m_statement.next(); }
    // Done with the rows before the end of the scope (releases the read lock).
    void finish() { m_statement.finish(); }
    QVariant value(int index) const { return m_statement.value(index); }
    qint64 integer(int index) const { return m_statement.integer(index); }
    QString text(int index) const { return m_statement.text(index); }
    PreparedStatement::Storage storage(int index) const { return m_statement.storage(index); }
    QByteArrayView utf8(int index) const { return m_statement.utf8(index); }
    qint64 lastInsertId() const { return m_statement.lastInsertId(); }
    int rowsAffected() const { return m_statement.rowsAffected(); }

private:
    Database &m_db;
    PreparedStatement &m_statement;
};

// Storage formats of dates and times.
namespace SqlValue {
namespace Detail {
// Writes n decimal digits of value at out (the hot path of every write: no format parsing).
inline char16_t *digits(char16_t *out, int value, int n)
{
    for (int i = n - 1; i >= 0; --i, value /= 10)
        out[i] = static_cast<char16_t>(u'0' + value % 10);
    return out + n;
}
// yyyy-MM-dd, as QDate::toString(Qt::ISODate) writes it for the years 0001 to 9999.
inline char16_t *isoDate(char16_t *out, int year, int month, int day)
{
    out = digits(out, year, 4);
    *out++ = u'-';
    out = digits(out, month, 2);
    *out++ = u'-';
    return digits(out, day, 2);
}
} // namespace Detail

inline QVariant date(const QDate &date)
{
    if (!date.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (y < 1 || y > 9999)
        return QVariant(date.toString(Qt::ISODate));
    char16_t text[10];
    Detail::isoDate(text, y, m, d);
    return QVariant(QString(reinterpret_cast<const QChar *>(text), 10));
}
inline QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}
// yyyy-MM-ddTHH:mm:ss.zzzZ: exactly QDateTime::toString(Qt::ISODateWithMs) of the UTC time
// (the audit chain hashes this text), written by hand for the years 0001 to 9999.
inline QString timestamp(const QDateTime &utc)
{
    const QDateTime t = utc.toUTC();
    int y = 0, m = 0, d = 0;
    t.date().getDate(&y, &m, &d);
    if (!t.isValid() || y < 1 || y > 9999)
        return t.toString(Qt::ISODateWithMs);
    const int ms = t.time().msecsSinceStartOfDay();
    char16_t text[24];
    char16_t *out = Detail::isoDate(text, y, m, d);
    *out++ = u'T';
    out = Detail::digits(out, ms / 3600000, 2);
    *out++ = u':';
    out = Detail::digits(out, ms / 60000 % 60, 2);
    *out++ = u':';
    out = Detail::digits(out, ms / 1000 % 60, 2);
    *out++ = u'.';
    out = Detail::digits(out, ms % 1000, 3);
    *out = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 24);
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
