#include "PgStatement.h"

#include "PgConnection.h"
#include "PgDialect.h"

#include <QDateTime>

#include <libpq-fe.h>

namespace {
// Type OIDs of the server's built-in types (pg_type.dat).
constexpr Oid BoolOid = 16;
constexpr Oid ByteaOid = 17;
constexpr Oid Int8Oid = 20;
constexpr Oid Int2Oid = 21;
constexpr Oid Int4Oid = 23;
constexpr Oid TextOid = 25;
constexpr Oid OidOid = 26;
constexpr Oid Float4Oid = 700;
constexpr Oid Float8Oid = 701;
constexpr Oid NumericOid = 1700;

QByteArray hexBytea(const QByteArray &bytes)
{
    return QByteArrayLiteral("\\x") + bytes.toHex();
}

// Whether a statement changes rows (and so must run under the one-writer rule).
bool writesRows(const QByteArray &sql)
{
    const QByteArray head = sql.trimmed().left(7).toUpper();
    if (head.startsWith("INSERT") || head.startsWith("UPDATE") || head.startsWith("DELETE"))
        return true;
    if (!head.startsWith("WITH"))
        return false;
    const QByteArray upper = sql.toUpper();
    return upper.contains("INSERT ") || upper.contains("UPDATE ") || upper.contains("DELETE ");
}
} // namespace

PgStatement::PgStatement(PgConnection &connection, const QString &sql) : m_connection(connection)
{
    PgDialect::Translated translated
        = PgDialect::translate(sql, connection.tablesWithId(), connection.notNullColumns());
    m_sql = std::move(translated.sql);
    m_names = std::move(translated.names);
    m_returnsId = translated.returnsId;
    m_writes = writesRows(m_sql);
    m_limits = QList<bool>(m_names.size(), false);
    for (const QByteArray &name : std::as_const(translated.limits))
        if (const qsizetype index = m_names.indexOf(name); index >= 0)
            m_limits[index] = true;
    m_values.resize(m_names.size());
    m_null = QList<bool>(m_names.size(), true);
    m_types = QList<unsigned int>(m_names.size(), 0);
}

PgStatement::~PgStatement()
{
    // The statement prepared on the server goes with the session (statements live as long as
    // their Database's cache).
    PQclear(m_result);
}

void PgStatement::bind(const char *name, const QVariant &value)
{
    const qsizetype index = m_names.indexOf(QByteArrayView(name));
    if (index < 0)
        return;
    finish();
    if (value.isNull()) {
        m_null[index] = true;
        m_values[index].clear();
        return;
    }
    m_null[index] = false;
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        m_values[index] = hexBytea(value.toByteArray());
        m_types[index] = ByteaOid;
        return;
    case QMetaType::Bool:
        m_values[index] = value.toBool() ? QByteArrayLiteral("1") : QByteArrayLiteral("0");
        m_types[index] = Int8Oid;
        return;
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::UChar:
    case QMetaType::SChar:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        if (m_limits.at(index) && value.toLongLong() < 0) { // SQLite's "no limit"
            m_null[index] = true;
            m_values[index].clear();
            return;
        }
        m_values[index] = QByteArray::number(value.toLongLong());
        m_types[index] = Int8Oid;
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        m_values[index] = QByteArray::number(value.toDouble(), 'g', 17);
        m_types[index] = Float8Oid;
        return;
    case QMetaType::QDateTime:
        m_values[index] = value.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
        m_types[index] = TextOid;
        return;
    default:
        m_values[index] = value.toString().toUtf8();
        m_types[index] = TextOid;
        return;
    }
}

bool PgStatement::prepare(bool typed)
{
    m_name = m_connection.nextStatementName();
    // Untyped, the server gives each parameter the type its place in the statement asks for
    // (as SQLite takes any value anywhere); where it cannot tell, the types of the bound values.
    PGresult *result = PQprepare(m_connection.handle(), m_name.constData(), m_sql.constData(),
                                 static_cast<int>(m_names.size()),
                                 typed ? reinterpret_cast<const Oid *>(m_types.constData()) : nullptr);
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    if (!ok) {
        fail(result);
        m_name.clear();
    } else {
        m_preparedOn = m_connection.generation();
    }
    PQclear(result);
    return ok;
}

bool PgStatement::exec()
{
    if (!m_writes || m_connection.inTransaction())
        return execOnce();
    // A write outside any transaction is a transaction of its own, under the one-writer rule like
    // every other write; a deadlock with a session outside the program is run again.
    for (int attempt = 1;; ++attempt) {
        if (const Status began = m_connection.beginWrite(); !began) {
            failWith(began);
            return false;
        }
        if (execOnce()) {
            const Status committed = m_connection.commitWrite();
            if (committed)
                return true;
            m_connection.rollbackWrite();
            failWith(committed);
            return false;
        }
        m_connection.rollbackWrite();
        if (m_errorCode != PgError::Retry || attempt == MaxAttempts)
            return false;
    }
}

void PgStatement::failWith(const Status &status)
{
    finish();
    m_sqlState.clear();
    m_errorText = status.message();
    m_errorCode = m_connection.alive() ? PgError::Other : PgError::ConnectionLost;
}

bool PgStatement::execOnce()
{
    finish();
    m_errorCode = 0;
    m_errorText.clear();
    m_sqlState.clear();
    m_changes = 0;
    if (m_name.isEmpty() || m_preparedOn != m_connection.generation()) {
        if (!prepare(false)) {
            // 42P18: a parameter whose type the statement does not say (":x IS NULL").
            if (m_sqlState != "42P18" || !prepare(true))
                return false;
        }
    }
    QList<const char *> values(m_names.size(), nullptr);
    for (qsizetype i = 0; i < m_names.size(); ++i)
        values[i] = m_null.at(i) ? nullptr : m_values.at(i).constData();
    PGresult *result = PQexecPrepared(m_connection.handle(), m_name.constData(), static_cast<int>(m_names.size()),
                                      values.constData(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        fail(result);
        PQclear(result);
        return false;
    }
    const char *changed = PQcmdTuples(result);
    m_changes = changed && *changed ? QByteArray(changed).toInt() : 0;
    if (m_returnsId) {
        m_lastId = PQntuples(result) > 0 ? QByteArray(PQgetvalue(result, 0, 0)).toLongLong() : 0;
        PQclear(result);
        return true;
    }
    m_result = result;
    m_rows = PQntuples(result);
    m_row = -1;
    const int columns = PQnfields(result);
    m_kinds.resize(columns);
    for (int c = 0; c < columns; ++c) {
        switch (PQftype(result, c)) {
        case Int8Oid:
        case Int4Oid:
        case Int2Oid:
        case OidOid:
            m_kinds[c] = Kind::Integer;
            break;
        case Float4Oid:
        case Float8Oid:
            m_kinds[c] = Kind::Real;
            break;
        case NumericOid:
            m_kinds[c] = Kind::Numeric;
            break;
        case BoolOid:
            m_kinds[c] = Kind::Bool;
            break;
        case ByteaOid:
            m_kinds[c] = Kind::Bytea;
            break;
        default:
            m_kinds[c] = Kind::Text;
            break;
        }
    }
    return true;
}

void PgStatement::fail(pg_result *result)
{
    m_sqlState = QByteArray(PQresultErrorField(result, PG_DIAG_SQLSTATE));
    QString message = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
    if (message.isEmpty())
        message = QString::fromUtf8(PQerrorMessage(m_connection.handle())).trimmed();
    m_errorText = message;
    if (!m_connection.alive() || m_sqlState.startsWith("08") || m_sqlState.startsWith("57P"))
        m_errorCode = PgError::ConnectionLost;
    else if (m_sqlState == "23505")
        m_errorCode = PgError::Unique;
    else if (m_sqlState.startsWith("23"))
        m_errorCode = PgError::Constraint;
    else if (m_sqlState == "P0001")
        m_errorCode = PgError::Refused;
    else if (m_sqlState == "40001" || m_sqlState == "40P01") {
        m_errorCode = PgError::Retry;
        m_connection.setRetryAsked();
    }
    else
        m_errorCode = PgError::Other;
}

bool PgStatement::next()
{
    if (!m_result || m_row + 1 >= m_rows) {
        finish();
        return false;
    }
    ++m_row;
    return true;
}

void PgStatement::finish()
{
    PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    m_rows = 0;
}

bool PgStatement::onRow(int column) const
{
    return m_result && m_row >= 0 && m_row < m_rows && column >= 0 && column < m_kinds.size();
}

PgStatement::Kind PgStatement::kind(int column) const
{
    return m_kinds.at(column);
}

QVariant PgStatement::value(int column) const
{
    if (!onRow(column) || PQgetisnull(m_result, m_row, column))
        return onRow(column) ? QVariant(QMetaType(QMetaType::QString)) : QVariant();
    const char *raw = PQgetvalue(m_result, m_row, column);
    switch (kind(column)) {
    case Kind::Integer:
    case Kind::Bool:
        return QVariant(integer(column));
    case Kind::Real:
        return QVariant(QByteArray(raw).toDouble());
    case Kind::Numeric:
        if (storage(column) == Storage::Integer)
            return QVariant(integer(column));
        return QVariant(QByteArray(raw).toDouble());
    case Kind::Bytea: {
        size_t length = 0;
        unsigned char *bytes = PQunescapeBytea(reinterpret_cast<const unsigned char *>(raw), &length);
        QByteArray copy(reinterpret_cast<const char *>(bytes), static_cast<qsizetype>(length));
        PQfreemem(bytes);
        return QVariant(copy);
    }
    case Kind::Text:
        break;
    }
    return QVariant(text(column));
}

qint64 PgStatement::integer(int column) const
{
    if (!onRow(column) || PQgetisnull(m_result, m_row, column))
        return 0;
    const char *raw = PQgetvalue(m_result, m_row, column);
    switch (kind(column)) {
    case Kind::Bool:
        return raw[0] == 't' ? 1 : 0;
    case Kind::Integer:
        return QByteArray(raw).toLongLong();
    case Kind::Real:
    case Kind::Numeric:
        return qRound64(QByteArray(raw).toDouble());
    case Kind::Bytea:
    case Kind::Text:
        break;
    }
    // As QVariant::toLongLong() of the text: a whole number, else 0.
    return QByteArray(raw).toLongLong();
}

QString PgStatement::text(int column) const
{
    if (!onRow(column) || PQgetisnull(m_result, m_row, column))
        return {};
    switch (kind(column)) {
    case Kind::Bool:
        return QString::number(integer(column));
    case Kind::Bytea:
        return value(column).toString();
    case Kind::Integer:
    case Kind::Real:
    case Kind::Numeric:
    case Kind::Text:
        break;
    }
    return QString::fromUtf8(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

PreparedStatement::Storage PgStatement::storage(int column) const
{
    if (!onRow(column) || PQgetisnull(m_result, m_row, column))
        return Storage::Null;
    switch (kind(column)) {
    case Kind::Integer:
    case Kind::Bool:
        return Storage::Integer;
    case Kind::Real:
        return Storage::Real;
    case Kind::Numeric:
        return QByteArrayView(PQgetvalue(m_result, m_row, column)).contains('.') ? Storage::Real : Storage::Integer;
    case Kind::Bytea:
        return Storage::Blob;
    case Kind::Text:
        break;
    }
    return Storage::Text;
}

QByteArrayView PgStatement::utf8(int column) const
{
    if (storage(column) != Storage::Text)
        return {};
    return QByteArrayView(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

qint64 PgStatement::lastInsertId() const
{
    return m_lastId;
}

int PgStatement::rowsAffected() const
{
    return m_changes;
}
