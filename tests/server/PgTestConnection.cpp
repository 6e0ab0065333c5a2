#include "PgTestConnection.h"

#include <QElapsedTimer>
#include <QThread>

#include <catch2/catch.hpp>

#include <libpq-fe.h>

PgTestConnection::PgTestConnection(const QString &uri)
{
    m_conn = PQconnectdb(uri.toUtf8().constData());
    if (PQstatus(m_conn) != CONNECTION_OK)
        m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    else
        PQsetClientEncoding(m_conn, "UTF8");
}

PgTestConnection::~PgTestConnection()
{
    PQfinish(m_conn);
}

bool PgTestConnection::isOpen() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

namespace {
PgOutcome outcomeOf(pg_conn *conn, PGresult *result)
{
    PgOutcome outcome;
    const ExecStatusType status = PQresultStatus(result);
    outcome.ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    if (!outcome.ok) {
        outcome.sqlState = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_SQLSTATE));
        const char *primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
        outcome.message = primary ? QString::fromUtf8(primary) : QString::fromUtf8(PQerrorMessage(conn));
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
} // namespace

PgOutcome PgTestConnection::exec(const QString &sql)
{
    return outcomeOf(m_conn, PQexec(m_conn, sql.toUtf8().constData()));
}

bool PgTestConnection::send(const QString &sql)
{
    return PQsendQuery(m_conn, sql.toUtf8().constData()) == 1;
}

bool PgTestConnection::stillWaiting(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    do {
        if (PQconsumeInput(m_conn) != 1 || !PQisBusy(m_conn))
            return false;
        QThread::msleep(10);
    } while (timer.elapsed() < milliseconds);
    return true;
}

PgOutcome PgTestConnection::finish()
{
    PgOutcome outcome;
    bool first = true;
    while (PGresult *result = PQgetResult(m_conn)) {
        PgOutcome next = outcomeOf(m_conn, result);
        if (first || !next.ok)
            outcome = next;
        first = false;
    }
    return outcome;
}

QString PgTestConnection::value(const QString &sql)
{
    const PgOutcome outcome = exec(sql);
    INFO(sql.toStdString() << ": " << outcome.message.toStdString());
    REQUIRE(outcome.ok);
    REQUIRE_FALSE(outcome.rows.isEmpty());
    return outcome.rows.first().value(0);
}

QStringList PgTestConnection::column(const QString &sql)
{
    const PgOutcome outcome = exec(sql);
    INFO(sql.toStdString() << ": " << outcome.message.toStdString());
    REQUIRE(outcome.ok);
    QStringList values;
    for (const QStringList &row : outcome.rows)
        values << row.value(0);
    return values;
}

QStringList PgTestConnection::lines(const QString &sql)
{
    const PgOutcome outcome = exec(sql);
    INFO(sql.toStdString() << ": " << outcome.message.toStdString());
    REQUIRE(outcome.ok);
    QStringList values;
    for (const QStringList &row : outcome.rows)
        values << row.join(QLatin1Char('|'));
    return values;
}
