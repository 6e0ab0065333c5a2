#include "PgSchema.h"

#include "Database.h"
#include "PgConnection.h"
#include "PgResult.h"

#include <QFile>
#include <QRegularExpression>

#include <libpq-fe.h>

namespace {
Result<QByteArray> script(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return Error::storage(PgSchema::tr("The server script %1 is missing from this build.").arg(file));
    return in.readAll();
}

Result<qint64> scalar(PgConnection &connection, const char *sql)
{
    const PgResult result = PgResult::exec(connection.handle(), sql);
    if (!result.ok() || result.rows() != 1)
        return PgConnection::connectionError(connection.handle(), connection.location());
    return result.integer(0, 0);
}

Status runScripts(PgConnection &connection, int fromVersion, const QString &applicationRole)
{
    static const QRegularExpression roleName(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!roleName.match(applicationRole).hasMatch())
        return Error::invalid(
            PgSchema::tr("%1 is not a role name: use lower-case letters, digits and _.").arg(applicationRole));
    const QStringList files = Database::serverMigrationFiles(fromVersion);
    if (files.isEmpty())
        return {};
    char *escaped = PQescapeIdentifier(connection.handle(), applicationRole.toUtf8().constData(),
        static_cast<size_t>(applicationRole.toUtf8().size()));
    const QString quotedRole = QString::fromUtf8(escaped);
    PQfreemem(escaped);
    FACTURO_TRY(connection.execute("BEGIN"));
    const auto failed = [&](const Error &error) {
        (void)connection.execute("ROLLBACK");
        return error;
    };
    // The clerks' logins are granted this role; it logs in as nobody itself.
    auto exists = scalar(connection,
        QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(applicationRole).toUtf8().constData());
    if (!exists)
        return failed(exists.error());
    if (exists.value() == 0) {
        const Status made = connection.execute(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quotedRole).toUtf8());
        if (!made)
            return failed(Error::permission(
                PgSchema::tr("The role %1 does not exist and this user may not create it: ask the server's "
                             "administrator to run CREATE ROLE %1 NOLOGIN, then try again. Nothing was changed.")
                    .arg(applicationRole)));
    }
    int version = fromVersion;
    for (const QString &file : files) {
        auto sql = script(file);
        if (!sql)
            return failed(sql.error());
        version = Database::scriptVersion(file);
        Status done = connection.execute(sql.value());
        if (done && fromVersion > 0)
            done = connection.execute(QStringLiteral("UPDATE facturo_schema SET version = %1").arg(version).toUtf8());
        if (!done)
            return failed(done.error().prefixed(PgSchema::tr("Setting up schema %1").arg(version)));
    }
    auto roles = script(QStringLiteral(":/migrations/postgresql/roles.sql"));
    if (!roles)
        return failed(roles.error());
    const Status granted = connection.execute(
        QString::fromUtf8(roles.value()).replace(QStringLiteral("{{APP_ROLE}}"), quotedRole).toUtf8());
    if (!granted)
        return failed(granted.error());
    return connection.execute("COMMIT");
}
} // namespace

Status PgSchema::init(const QString &location, const QString &applicationRole)
{
    auto connection = PgConnection::connect(location);
    if (!connection)
        return connection.error();
    auto tables = scalar(*connection.value(),
        "SELECT count(*) FROM information_schema.tables "
        "WHERE table_schema = current_schema()");
    if (!tables)
        return tables.error();
    if (tables.value() > 0)
        return Error::refused(tr("The database %1 is not empty (%2 tables): a company is set up only in an empty "
                                 "database. Nothing was changed.")
                                  .arg(PgConnection::displayLocation(location))
                                  .arg(tables.value()));
    return runScripts(*connection.value(), 0, applicationRole);
}

Status PgSchema::upgrade(const QString &location, const QString &applicationRole)
{
    auto connection = PgConnection::connect(location);
    if (!connection)
        return connection.error();
    auto meta = scalar(*connection.value(),
        "SELECT count(*) FROM information_schema.tables "
        "WHERE table_schema = current_schema() AND table_name = 'facturo_schema'");
    if (!meta)
        return meta.error();
    if (meta.value() == 0)
        return Error::notFound(tr("The database %1 holds no Facturo company: set one up with `server init`.")
                                   .arg(PgConnection::displayLocation(location)));
    auto version = scalar(*connection.value(), "SELECT version FROM facturo_schema");
    if (!version)
        return version.error();
    return runScripts(*connection.value(), static_cast<int>(version.value()), applicationRole);
}
