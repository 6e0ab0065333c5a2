#include "TestServer.h"

#include "PgConnection.h"
#include "PgSchema.h"

#include <QCoreApplication>
#include <QFile>
#include <QUrl>

#include <catch2/catch.hpp>

#include <functional>
#include <vector>

std::vector<std::function<void()>> &facturoTestCaseEndHooks(); // CatchRunner.cpp

namespace {
struct Roles
{
    QString owner;
    QString app;
    QString clerk;
    QString password;
    int databases = 0;
};

void run(PgConnection &connection, const QString &sql)
{
    const Status done = connection.execute(sql.toUtf8());
    INFO(sql.toStdString() << ": " << done.message().toStdString());
    REQUIRE(done.ok());
}

QString uriAs(const QString &user, const QString &password, const QString &database)
{
    QUrl url(TestServer::adminUri());
    url.setUserName(user);
    url.setPassword(password);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

PgConnection &admin()
{
    static std::unique_ptr<PgConnection> connection = [] {
        auto made = PgConnection::connect(TestServer::adminUri());
        INFO(made.message().toStdString());
        REQUIRE(made.ok());
        return std::move(made).value();
    }();
    return *connection;
}

Roles &roles()
{
    static Roles made = [] {
        Roles r;
        const QString suffix = QString::number(QCoreApplication::applicationPid());
        r.owner = QStringLiteral("t_owner_") + suffix;
        r.app = QStringLiteral("t_app_") + suffix;
        r.clerk = QStringLiteral("t_clerk_") + suffix;
        r.password = QStringLiteral("pw-") + suffix;
        // Left over from an earlier program with the same process id: made again.
        for (const QString &role : {r.clerk, r.app, r.owner}) {
            const QByteArray drop = QStringLiteral("DROP ROLE IF EXISTS %1").arg(role).toUtf8();
            (void)admin().execute(drop);
        }
        run(admin(), QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(r.owner, r.password));
        run(admin(), QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(r.app));
        run(admin(), QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE %3").arg(r.clerk, r.password, r.app));
        return r;
    }();
    return made;
}
} // namespace

namespace {
std::optional<bool> &forced()
{
    static std::optional<bool> server;
    return server;
}
} // namespace

bool TestServer::enabled()
{
    if (forced().has_value())
        return *forced();
    return qEnvironmentVariable("FACTURO_TEST_ENGINE") == QLatin1String("postgresql");
}

void TestServer::force(std::optional<bool> server)
{
    forced() = server;
}

QString TestServer::appRole()
{
    return roles().app;
}

QString TestServer::adminUri()
{
    const QString direct = qEnvironmentVariable("FACTURO_TEST_PG");
    if (!direct.isEmpty())
        return direct;
    QFile file(qEnvironmentVariable("FACTURO_TEST_PG_URI_FILE"));
    INFO("FACTURO_TEST_ENGINE=postgresql needs the cluster's URI in FACTURO_TEST_PG or FACTURO_TEST_PG_URI_FILE");
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString TestServer::createDatabase(const QString &templateName)
{
    Roles &r = roles();
    const QString name = QStringLiteral("t_%1_%2").arg(QCoreApplication::applicationPid()).arg(++r.databases);
    run(admin(), QStringLiteral("CREATE DATABASE %1 OWNER %2 TEMPLATE %3")
                     .arg(name, r.owner, templateName.isEmpty() ? QStringLiteral("template0") : templateName));
    return name;
}

void TestServer::initSchema(const QString &database)
{
    const Roles &r = roles();
    const Status done = PgSchema::init(uriAs(r.owner, r.password, database), r.app);
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
}

QString TestServer::clerkUri(const QString &database)
{
    const Roles &r = roles();
    return uriAs(r.clerk, r.password, database);
}

QString TestServer::databaseOf(const QString &uri)
{
    return QUrl(uri).path().mid(1);
}

void TestServer::dropDatabase(const QString &database)
{
    (void)admin().execute(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database).toUtf8());
}

QString TestServer::superuserUri(const QString &database)
{
    QUrl url(adminUri());
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

void TestServer::runAsSuperuser(const QString &database, const QStringList &statements)
{
    auto connection = PgConnection::connect(superuserUri(database));
    INFO(connection.message().toStdString());
    REQUIRE(connection.ok());
    for (const QString &sql : statements)
        run(*connection.value(), sql);
}

QString TestServer::createEmptyCompany()
{
    static const QString schemaOnly = [] {
        const QString name = createDatabase();
        initSchema(name);
        return name;
    }();
    // Dropped after the test case: the programs it ran (facturo-cli) are done with it by then.
    static std::vector<QString> made;
    static const bool hooked = [] {
        facturoTestCaseEndHooks().emplace_back([] {
            for (const QString &database : made)
                dropDatabase(database);
            made.clear();
        });
        return true;
    }();
    (void)hooked;
    made.push_back(createDatabase(schemaOnly));
    return made.back();
}
