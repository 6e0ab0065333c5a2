#include "PgResult.h"

#include <libpq-fe.h>

PgResult PgResult::exec(pg_conn *conn, const QByteArray &sql)
{
    return PgResult(PQexec(conn, sql.constData()));
}

PgResult::~PgResult()
{
    PQclear(m_result);
}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        PQclear(m_result);
        m_result = other.m_result;
        other.m_result = nullptr;
    }
    return *this;
}

bool PgResult::ok() const
{
    const ExecStatusType status = PQresultStatus(m_result);
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

int PgResult::rows() const
{
    return PQntuples(m_result);
}

int PgResult::columns() const
{
    return PQnfields(m_result);
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QByteArrayView PgResult::bytes(int row, int column) const
{
    return QByteArrayView(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QString PgResult::text(int row, int column) const
{
    return isNull(row, column) ? QString() : QString::fromUtf8(bytes(row, column));
}

qint64 PgResult::integer(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column)).toLongLong();
}

QByteArray PgResult::sqlState() const
{
    return QByteArray(PQresultErrorField(m_result, PG_DIAG_SQLSTATE));
}

QString PgResult::message(pg_conn *conn) const
{
    QString message = QString::fromUtf8(PQresultErrorField(m_result, PG_DIAG_MESSAGE_PRIMARY));
    if (message.isEmpty())
        message = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    return message;
}

QString PgResult::messageWithDetail(pg_conn *conn) const
{
    const QString detail = QString::fromUtf8(PQresultErrorField(m_result, PG_DIAG_MESSAGE_DETAIL));
    return detail.isEmpty() ? message(conn) : message(conn) + QStringLiteral(" (") + detail + QLatin1Char(')');
}
