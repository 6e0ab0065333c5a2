#include "BenchCluster.h"

#include "PgConnection.h"
#include "PgSchema.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QUrl>

#include <cstdio>
#include <libpq-fe.h>

namespace {
const QString password = QStringLiteral("bench-password");

bool script(const QString &command, const QString &dir)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral(FACTURO_PG_CLUSTER_SCRIPT), {command, dir});
    return p.waitForFinished(-1) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}
} // namespace

BenchCluster::BenchCluster()
{
    m_adminUri = qEnvironmentVariable("FACTURO_TEST_PG");
    if (m_adminUri.isEmpty()) {
        m_dir = std::make_unique<QTemporaryDir>();
        // The server runs as another user when this runs as root: it must reach its folder.
        QFile::setPermissions(m_dir->path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                | QFileDevice::ExeOther);
        m_clusterDir = m_dir->filePath(QStringLiteral("pg"));
        if (!script(QStringLiteral("start"), m_clusterDir))
            return;
        QFile uri(m_clusterDir + QStringLiteral("/uri"));
        if (!uri.open(QIODevice::ReadOnly))
            return;
        m_adminUri = QString::fromUtf8(uri.readAll().trimmed());
    }
    const QString suffix = QString::number(QCoreApplication::applicationPid());
    m_owner = QStringLiteral("bench_owner_") + suffix;
    m_app = QStringLiteral("bench_app_") + suffix;
    m_clerk = QStringLiteral("bench_clerk_") + suffix;
    for (const QString &role : {m_clerk, m_app, m_owner})
        admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    if (!admin(QStringLiteral("CREATE ROLE %1 LOGIN CREATEDB PASSWORD '%2'").arg(m_owner, password))
        || !admin(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(m_app))
        || !admin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE %3").arg(m_clerk, password, m_app)))
        m_adminUri.clear();
}

BenchCluster::~BenchCluster()
{
    if (!m_clusterDir.isEmpty())
        script(QStringLiteral("stop"), m_clusterDir);
}

QString BenchCluster::uriAs(const QString &user, const QString &database) const
{
    QUrl url(m_adminUri);
    if (!user.isEmpty()) {
        url.setUserName(user);
        url.setPassword(password);
    }
    if (!database.isEmpty())
        url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

QString BenchCluster::ownerUri(const QString &database) const
{
    return uriAs(m_owner, database);
}
QString BenchCluster::clerkUri(const QString &database) const
{
    return uriAs(m_clerk, database);
}
QString BenchCluster::adminUriIn(const QString &database) const
{
    return uriAs({}, database);
}

QString BenchCluster::createCompany(const QString &name)
{
    const QString database = name + QStringLiteral("_") + QString::number(QCoreApplication::applicationPid());
    admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
    if (!admin(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(database, m_owner)))
        return {};
    const Status made = PgSchema::init(ownerUri(database), m_app);
    if (!made) {
        std::fprintf(stderr, "schema: %s\n", qPrintable(made.message()));
        return {};
    }
    return database;
}

bool BenchCluster::admin(const QString &sql, const QString &database)
{
    PGconn *conn = PQconnectdb(adminUriIn(database).toUtf8().constData());
    PGresult *r = PQexec(conn, sql.toUtf8().constData());
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
    if (!ok && !sql.startsWith(QLatin1String("DROP")))
        std::fprintf(stderr, "%s: %s\n", qPrintable(sql.left(120)), PQerrorMessage(conn));
    PQclear(r);
    PQfinish(conn);
    return ok;
}

QString BenchCluster::adminValue(const QString &sql, const QString &database)
{
    PGconn *conn = PQconnectdb(adminUriIn(database).toUtf8().constData());
    PGresult *r = PQexec(conn, sql.toUtf8().constData());
    QString value;
    if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) > 0)
        value = QString::fromUtf8(PQgetvalue(r, 0, 0));
    else
        std::fprintf(stderr, "%s: %s\n", qPrintable(sql.left(120)), PQerrorMessage(conn));
    PQclear(r);
    PQfinish(conn);
    return value;
}
