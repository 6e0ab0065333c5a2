#include "PgConnection.h"

#include "LibPq.h"
#include "PgResult.h"

#include <QFileInfo>
#include <QSysInfo>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>

bool PgConnection::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString PgConnection::displayLocation(const QString &location)
{
    QUrl url(location, QUrl::StrictMode);
    if (!url.isValid())
        return location;
    url.setPassword(QString());
    return url.toString();
}

QByteArray PgConnection::applicationName()
{
    // Who holds a session, as the server shows it (pg_stat_activity, the outbox lock's refusal):
    // "facturo-cli, process 4242 on ws-marie". At most 63 ASCII characters reach the server.
    const QString program = QCoreApplication::instance()
        ? QFileInfo(QCoreApplication::applicationFilePath()).fileName()
        : QStringLiteral("facturo");
    QString name = QStringLiteral("%1, process %2 on %3")
                       .arg(program.isEmpty() ? QStringLiteral("facturo") : program)
                       .arg(QCoreApplication::applicationPid())
                       .arg(QSysInfo::machineHostName());
    QByteArray ascii;
    for (const QChar c : name)
        ascii.append(c.unicode() >= 0x20 && c.unicode() < 0x7f ? static_cast<char>(c.unicode()) : '?');
    return ascii.left(63);
}

Result<std::unique_ptr<PgConnection>> PgConnection::connect(const QString &location)
{
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
        return Error::invalid(tr("%1 is not a server location. Write it as postgresql://user@host[:port]/database "
                                 "(optionally ?sslmode=require).")
                                  .arg(displayLocation(location)));
    std::unique_ptr<PgConnection> connection(new PgConnection(location));
    FACTURO_TRY(connection->open());
    FACTURO_TRY(connection->readCatalog());
    return connection;
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

Status PgConnection::open()
{
    if (!LibPq::load())
        return Error::storage(LibPq::problem());
    PQfinish(m_conn);
    // The URI's own parameters come first; these only fill what it leaves out.
    const QByteArray uri = m_location.toUtf8();
    const char *keys[] = {"dbname", "application_name", "connect_timeout", "client_encoding", nullptr};
    const QByteArray application = applicationName();
    const char *values[] = {uri.constData(), application.constData(), "10", "UTF8", nullptr};
    m_conn = PQconnectdbParams(keys, values, 1);
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK)
        return connectionError(m_conn, m_location);
    ++m_generation;
    // The server's notices (IF EXISTS skipped, ...) are not for the user's terminal.
    PQsetNoticeProcessor(m_conn, [](void *, const char *) {}, nullptr);
    // Stored times are UTC text written by the program; the server's own clock is not used.
    return execute("SET TIME ZONE 'UTC'");
}

Status PgConnection::reconnect()
{
    return open();
}

bool PgConnection::alive() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

Status PgConnection::readCatalog()
{
    // Each row's first column, into `names`.
    auto read = [this](const char *sql, QSet<QString> &names) -> Status {
        const PgResult result = PgResult::exec(m_conn, sql);
        if (!result.ok())
            return connectionError(m_conn, m_location);
        names.clear();
        for (int row = 0; row < result.rows(); ++row)
            names.insert(result.text(row, 0));
        return {};
    };
    FACTURO_TRY(read("SELECT table_name FROM information_schema.columns WHERE "
                     "column_name = 'id' AND is_identity = 'YES' "
                     "AND table_schema = current_schema()",
        m_tablesWithId));
    FACTURO_TRY(read("SELECT lower(column_name) FROM information_schema.columns WHERE table_schema = current_schema() "
                     "GROUP BY 1 HAVING bool_and(is_nullable = 'NO')",
        m_notNullColumns));
    // A search table's rowid is its key.
    m_notNullColumns.insert(QStringLiteral("rowid"));
    return {};
}

QByteArray PgConnection::nextStatementName()
{
    return QByteArrayLiteral("s") + QByteArray::number(++m_statements);
}

Status PgConnection::execute(const QByteArray &sql)
{
    const PgResult result = PgResult::exec(m_conn, sql);
    if (result.ok())
        return {};
    const QString reason = QString::fromUtf8(PQresultErrorField(result.get(), PG_DIAG_MESSAGE_PRIMARY));
    if (!alive() || reason.isEmpty())
        return connectionError(m_conn, m_location);
    return Error::storage(tr("The server refused %1: %2").arg(QString::fromUtf8(sql), reason));
}

Status PgConnection::beginWrite()
{
    static const QByteArray begin = "BEGIN; SELECT pg_advisory_xact_lock(" + QByteArray::number(WriteLockKey) + ")";
    return execute(begin);
}

Status PgConnection::commitWrite()
{
    // Only a transaction that wrote has a transaction id: read-only work announces nothing.
    // The notice goes out at COMMIT, and only if it commits.
    static const QByteArray commit = QByteArrayLiteral("SELECT pg_notify('") + changeChannel()
        + QByteArrayLiteral("', '') WHERE pg_current_xact_id_if_assigned() IS NOT NULL; COMMIT");
    const PgResult result = PgResult::exec(m_conn, commit);
    if (!result.ok()) {
        const QString reason = result.message(m_conn);
        if (!alive() || reason.isEmpty())
            return connectionError(m_conn, m_location);
        if (result.sqlState() == "25P02") // a statement of it failed earlier
            return Error::storage(tr("A part of this work failed, so none of it was saved."));
        return Error::storage(tr("The server did not save this work: %1").arg(reason));
    }
    // COMMIT of a transaction the server had aborted answers ROLLBACK.
    if (qstrcmp(PQcmdStatus(result.get()), "COMMIT") != 0)
        return Error::storage(tr("A part of this work failed, so none of it was saved."));
    return {};
}

void PgConnection::rollbackWrite()
{
    if (alive())
        (void)execute("ROLLBACK");
}

bool PgConnection::inTransaction() const
{
    return m_conn && PQtransactionStatus(m_conn) != PQTRANS_IDLE;
}

int PgConnection::backendPid() const
{
    return m_conn ? PQbackendPID(m_conn) : 0;
}

Error PgConnection::connectionError(pg_conn *conn, const QString &location)
{
    const QString where = displayLocation(location);
    const QString reason = conn ? QString::fromUtf8(PQerrorMessage(conn)).trimmed() : QString();
    if (reason.contains(QLatin1String("password authentication failed"))
        || reason.contains(QLatin1String("no password supplied")))
        return Error::permission(tr("The server %1 did not accept the user name or password. Check the password "
                                    "(or ~/.pgpass) and try again.")
                                     .arg(where));
    if (reason.contains(QLatin1String("does not support SSL")))
        return Error::storage(tr("The server %1 does not offer an encrypted connection, and the location asks for one "
                                 "(sslmode=%2). Ask its administrator to turn encryption (SSL) on, or choose a "
                                 "weaker setting if the network is trusted. Nothing was changed.")
                                  .arg(where, QUrlQuery(QUrl(location)).queryItemValue(QStringLiteral("sslmode"))));
    if (reason.contains(QLatin1String("certificate")))
        return Error::permission(tr("The server %1 could not prove who it is with its certificate (%2). Check the "
                                    "encryption setting and the server's certificate with its administrator.")
                                     .arg(where, reason));
    if (reason.contains(QLatin1String("does not exist")))
        return Error::notFound(tr("The server %1 has no such database or user: %2").arg(where, reason));
    if (reason.contains(QLatin1String("Connection refused")) || reason.contains(QLatin1String("could not connect"))
        || reason.contains(QLatin1String("timeout expired")) || reason.contains(QLatin1String("No such file")))
        return Error::storage(tr("The server %1 cannot be reached: it may be down or the address may be wrong. "
                                 "Nothing was changed; try again when it is back.")
                                  .arg(where));
    if (conn && PQstatus(conn) != CONNECTION_OK)
        return Error::storage(tr("The connection to the server %1 was lost: nothing of the work in progress was "
                                 "saved. Reconnect and try again (%2).")
                                  .arg(where, reason));
    return Error::storage(tr("The server %1 reported an error: %2").arg(where, reason));
}
