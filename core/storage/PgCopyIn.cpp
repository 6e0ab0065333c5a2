#include "PgCopyIn.h"

#include "PgResult.h"

#include <QtEndian>

#include <libpq-fe.h>

namespace {
// The binary format's header: signature, flags (no OIDs), no header extension.
const char Signature[] = "PGCOPY\n\377\r\n";
constexpr qsizetype Gather = 1 << 20; // bytes gathered before each send

template<typename T>
void appendBigEndian(QByteArray &buffer, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    buffer.append(bytes, sizeof(T));
}
} // namespace

PgCopyIn::~PgCopyIn()
{
    if (m_copying) {
        (void)PQputCopyEnd(m_conn, "abandoned");
        while (PGresult *result = PQgetResult(m_conn))
            PQclear(result);
    }
}

Error PgCopyIn::failure(const QString &reason) const
{
    return Error::storage(tr("Could not copy the rows of %1 to the server: %2").arg(m_table, reason));
}

Status PgCopyIn::begin(const QString &table, const QString &columnList)
{
    m_table = table;
    PgResult result = PgResult::exec(
        m_conn, QStringLiteral("COPY %1 (%2) FROM STDIN (FORMAT binary)").arg(table, columnList).toUtf8());
    if (PQresultStatus(result.get()) != PGRES_COPY_IN)
        return failure(result.message(m_conn));
    m_copying = true;
    m_buffer.clear();
    m_buffer.append(Signature, sizeof(Signature)); // with its closing NUL, part of the signature
    appendBigEndian<qint32>(m_buffer, 0);
    appendBigEndian<qint32>(m_buffer, 0);
    return {};
}

void PgCopyIn::row(int fields)
{
    appendBigEndian<qint16>(m_buffer, static_cast<qint16>(fields));
}

void PgCopyIn::null()
{
    appendBigEndian<qint32>(m_buffer, -1);
}

void PgCopyIn::integer(qint64 value)
{
    appendBigEndian<qint32>(m_buffer, 8);
    appendBigEndian<qint64>(m_buffer, value);
}

void PgCopyIn::bytes(QByteArrayView value)
{
    appendBigEndian<qint32>(m_buffer, static_cast<qint32>(value.size()));
    m_buffer.append(value.data(), value.size());
}

Status PgCopyIn::flush()
{
    if (!m_buffer.isEmpty() && PQputCopyData(m_conn, m_buffer.constData(), static_cast<int>(m_buffer.size())) != 1)
        return failure(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
    m_buffer.clear();
    return {};
}

Status PgCopyIn::sent()
{
    return m_buffer.size() >= Gather ? flush() : Status();
}

Result<qint64> PgCopyIn::finish()
{
    appendBigEndian<qint16>(m_buffer, -1);
    FACTURO_TRY(flush());
    m_copying = false;
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return failure(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
    PgResult result(PQgetResult(m_conn));
    while (PGresult *more = PQgetResult(m_conn))
        PQclear(more);
    if (!result.ok())
        return failure(result.messageWithDetail(m_conn));
    return QByteArray(PQcmdTuples(result.get())).toLongLong();
}
