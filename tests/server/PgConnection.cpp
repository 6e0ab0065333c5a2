#include "PgConnection.h"

#include <catch2/catch.hpp>

#include <libpq-fe.h>

PgConnection::PgConnection(const QString &uri)
{
    m_conn = PQconnectdb(uri.toUtf8().constData());
    if (PQstatus(m_conn) != CONNECTION_OK)
        m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    else
        PQsetClientEncoding(m_conn, "UTF8");
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

bool PgConnection::isOpen() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

PgOutcome PgConnection::exec(const QString &sql)
{
    PgOutcome outcome;
    PGresult *result = PQexec(m_conn, sql.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(result);
    outcome.ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    if (!outcome.ok) {
        outcome.sqlState = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_SQLSTATE));
        const char *primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
        outcome.message = primary ? QString::fromUtf8(primary) : QString::fromUtf8(PQerrorMessage(m_conn));
    }
    for (int row = 0; outcome.ok && row < PQntuples(result); ++row) {
        QStringList values;
        for (int column = 0; column < PQnfields(result); ++column)
            values << (PQgetisnull(result, row, column) ? QString()
                                                        : QString::fromUtf8(PQgetvalue(result, row, column)));
        outcome.rows << values;
    }
    PQclear(result);
    return outcome;
}

QString PgConnection::value(const QString &sql)
{
    const PgOutcome outcome = exec(sql);
    INFO(sql.toStdString() << ": " << outcome.message.toStdString());
    REQUIRE(outcome.ok);
    REQUIRE_FALSE(outcome.rows.isEmpty());
    return outcome.rows.first().value(0);
}

QStringList PgConnection::column(const QString &sql)
{
    const PgOutcome outcome = exec(sql);
    INFO(sql.toStdString() << ": " << outcome.message.toStdString());
    REQUIRE(outcome.ok);
    QStringList values;
    for (const QStringList &row : outcome.rows)
        values << row.value(0);
    return values;
}

QStringList PgConnection::lines(const QString &sql)
{
    const PgOutcome outcome = exec(sql);
    INFO(sql.toStdString() << ": " << outcome.message.toStdString());
    REQUIRE(outcome.ok);
    QStringList values;
    for (const QStringList &row : outcome.rows)
        values << row.join(QLatin1Char('|'));
    return values;
}
