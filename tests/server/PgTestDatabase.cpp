#include "PgTestDatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QUrl>

#include <catch2/catch.hpp>

namespace {
QString readFile(const QString &path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

void require(PgTestConnection &connection, const QString &sql)
{
    const PgOutcome outcome = connection.exec(sql);
    INFO(sql.left(200).toStdString() << ": " << outcome.message.toStdString());
    REQUIRE(outcome.ok);
}
} // namespace

QString PgTestDatabase::clusterUri()
{
    const QString uri = qEnvironmentVariable("FACTURO_TEST_PG");
    if (!uri.isEmpty())
        return uri;
    const QString file = qEnvironmentVariable("FACTURO_TEST_PG_URI_FILE");
    INFO("no test cluster: set FACTURO_TEST_PG, or run the test through ctest (fixture pg_cluster)");
    REQUIRE_FALSE(file.isEmpty());
    return readFile(file).trimmed();
}

QString PgTestDatabase::uriFor(const QString &user, const QString &password, const QString &database)
{
    QUrl url(clusterUri());
    url.setUserName(user);
    url.setPassword(password);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

QString PgTestDatabase::uriIn(const QString &database)
{
    QUrl url(clusterUri());
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

QString PgTestDatabase::script(const QString &name)
{
    return readFile(
        qEnvironmentVariable("FACTURO_SOURCE_DIR") + QStringLiteral("/resources/migrations/postgresql/") + name);
}

PgTestDatabase::PgTestDatabase()
{
    // Roles belong to the whole cluster: the names are unique to this run.
    const QString suffix = QStringLiteral("%1_%2")
                               .arg(QCoreApplication::applicationPid())
                               .arg(QRandomGenerator::global()->bounded(1000000));
    m_name = QStringLiteral("facturo_test_") + suffix;
    m_ownerRole = QStringLiteral("facturo_owner_") + suffix;
    m_appRole = QStringLiteral("facturo_app_") + suffix;
    m_appPassword = QStringLiteral("app-") + suffix;
    const QString ownerPassword = QStringLiteral("owner-") + suffix;

    m_admin = std::make_unique<PgTestConnection>(clusterUri());
    INFO(m_admin->error().toStdString());
    REQUIRE(m_admin->isOpen());
    require(*m_admin, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_ownerRole, ownerPassword));
    require(*m_admin, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_appRole, m_appPassword));
    require(*m_admin,
        QStringLiteral("CREATE DATABASE %1 OWNER %2 TEMPLATE template0 ENCODING 'UTF8'").arg(m_name, m_ownerRole));

    m_owner = std::make_unique<PgTestConnection>(uriFor(m_ownerRole, ownerPassword, m_name));
    INFO(m_owner->error().toStdString());
    REQUIRE(m_owner->isOpen());
    require(*m_owner, script(QStringLiteral("0017_schema.sql")));
    QString roles = script(QStringLiteral("roles.sql"));
    roles.replace(QLatin1String("{{APP_ROLE}}"), QLatin1Char('"') + m_appRole + QLatin1Char('"'));
    require(*m_owner, roles);

    m_app = std::make_unique<PgTestConnection>(uriFor(m_appRole, m_appPassword, m_name));
    INFO(m_app->error().toStdString());
    REQUIRE(m_app->isOpen());
}

PgTestDatabase::~PgTestDatabase()
{
    m_app.reset();
    m_owner.reset();
    if (!m_admin || !m_admin->isOpen())
        return;
    m_admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    m_admin->exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_appRole));
    m_admin->exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_ownerRole));
}
