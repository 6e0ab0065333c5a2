#include "SqliteStatement.h"

#include <QDateTime>

#include <sqlite3.h>

SqliteStatement::SqliteStatement(sqlite3 *db, const QString &sql) : m_db(db)
{
    const QByteArray utf8 = sql.toUtf8();
    // A failed prepare is reported by the exec() that follows, as QSqlQuery does.
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), static_cast<int>(utf8.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        fail(rc);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::fail(int code)
{
    m_errorCode = code;
    m_errorText = QString::fromUtf8(sqlite3_errmsg(m_db));
}

void SqliteStatement::bind(const char *name, const QVariant &value)
{
    if (!m_stmt)
        return;
    if (const int index = sqlite3_bind_parameter_index(m_stmt, name))
        bindAt(index, value);
}

void SqliteStatement::bindAt(int index, const QVariant &value)
{
    // A statement still stepping cannot take new values.
    if (m_state != State::Idle) {
        sqlite3_reset(m_stmt);
        m_state = State::Idle;
    }
    // Qt's SQLite driver: null and null-valued variants (a null QString or QByteArray) are NULL.
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    const auto bindText = [&](const QString &string) {
        const QByteArray text = string.toUtf8();
        sqlite3_bind_text(m_stmt, index, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    };
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob(m_stmt, index, bytes.constData(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
        return;
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::UChar:
    case QMetaType::SChar:
        sqlite3_bind_int(m_stmt, index, value.toInt());
        return;
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(m_stmt, index, value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_stmt, index, value.toDouble());
        return;
    case QMetaType::QDateTime:
        bindText(value.toDateTime().toString(Qt::ISODateWithMs));
        return;
    case QMetaType::QString:
        bindText(*static_cast<const QString *>(value.constData()));
        return;
    default:
        bindText(value.toString());
        return;
    }
}

bool SqliteStatement::exec()
{
    if (!m_stmt) {
        if (m_errorCode == 0)
            m_errorCode = SQLITE_MISUSE;
        return false;
    }
    sqlite3_reset(m_stmt);
    m_state = State::Idle;
    m_errorCode = 0;
    m_errorText.clear();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_state = State::FirstRow;
        return true;
    }
    if (rc == SQLITE_DONE) {
        m_state = State::Done;
        m_changes = sqlite3_changes(m_db);
        // Done with it: no read lock outlives a write or an empty read.
        sqlite3_reset(m_stmt);
        return true;
    }
    fail(rc);
    sqlite3_reset(m_stmt);
    m_state = State::Done;
    return false;
}

bool SqliteStatement::next()
{
    switch (m_state) {
    case State::FirstRow:
        m_state = State::OnRow;
        return true;
    case State::OnRow: {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            fail(rc);
        sqlite3_reset(m_stmt);
        m_state = State::Done;
        return false;
    }
    case State::Idle:
    case State::Done:
        break;
    }
    return false;
}

void SqliteStatement::finish()
{
    if (m_stmt && m_state != State::Idle)
        sqlite3_reset(m_stmt);
    m_state = State::Idle;
}

QVariant SqliteStatement::value(int column) const
{
    if (m_state != State::OnRow)
        return {};
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qint64>(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_NULL:
        return QVariant(QMetaType(QMetaType::QString));
    case SQLITE_BLOB: {
        const void *blob = sqlite3_column_blob(m_stmt, column);
        return QVariant(QByteArray(static_cast<const char *>(blob), sqlite3_column_bytes(m_stmt, column)));
    }
    default:
        return QVariant(text(column));
    }
}

qint64 SqliteStatement::integer(int column) const
{
    if (m_state != State::OnRow)
        return 0;
    // As QVariant::toLongLong() of the value: text that is not a whole number reads as 0, a
    // real number is rounded.
    if (sqlite3_column_type(m_stmt, column) != SQLITE_INTEGER)
        return value(column).toLongLong();
    return sqlite3_column_int64(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    if (m_state != State::OnRow)
        return {};
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return QString::number(static_cast<qint64>(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column)).toString();
    case SQLITE_BLOB:
        return value(column).toString();
    default: {
        const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return QString::fromUtf8(utf8, sqlite3_column_bytes(m_stmt, column));
    }
    }
}

PreparedStatement::Storage SqliteStatement::storage(int column) const
{
    if (m_state != State::OnRow)
        return Storage::Null;
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return Storage::Integer;
    case SQLITE_FLOAT:
        return Storage::Real;
    case SQLITE_NULL:
        return Storage::Null;
    case SQLITE_BLOB:
        return Storage::Blob;
    default:
        return Storage::Text;
    }
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    if (m_state != State::OnRow || sqlite3_column_type(m_stmt, column) != SQLITE_TEXT)
        return {};
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArrayView(bytes, sqlite3_column_bytes(m_stmt, column));
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteStatement::rowsAffected() const
{
    return m_changes;
}
