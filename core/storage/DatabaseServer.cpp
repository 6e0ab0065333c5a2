// Database on a PostgreSQL server: opening a company there and checking its schema. The schema
// itself is made and upgraded by PgSchema (`facturo-cli server init|upgrade`), by the owner role:
// the clerks' role may not change it.
#include "Database.h"
#include "PgConnection.h"
#include "PgStatement.h"

Result<std::unique_ptr<Database>> Database::openServer(const QString &location, OpenMode mode)
{
    auto connection = PgConnection::connect(location);
    if (!connection)
        return connection.error();
    std::unique_ptr<Database> db(new Database(PgConnection::displayLocation(location), QString()));
    db->m_server = std::move(connection).value();
    db->m_location = location;
    FACTURO_TRY(db->checkServerSchema(mode));
    return db;
}

Status Database::checkServerSchema(OpenMode mode)
{
    Q_UNUSED(mode);
    PreparedStatement &tables = statement(
        QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() "
                       "AND table_name = 'facturo_schema'"));
    if (!tables.exec() || !tables.next())
        return queryError(tables, tr("read the company's schema"));
    const bool hasMeta = tables.integer(0) > 0;
    tables.finish();
    if (!hasMeta)
        return Error::storage(tr("The database %1 holds no Facturo company. Make one there with "
                                 "`facturo-cli server init` (or move a company file there with "
                                 "`facturo-cli server import`).")
                                  .arg(m_path));
    PreparedStatement &version = statement(QStringLiteral("SELECT version FROM facturo_schema"));
    if (!version.exec() || !version.next())
        return queryError(version, tr("read the company's schema version"));
    m_schemaVersion = version.text(0).toInt();
    version.finish();
    if (m_schemaVersion > latestServerSchemaVersion())
        return Error::storage(tr("The company on %1 was set up by a newer version of Facturo (schema %2; this "
                                 "version reads up to schema %3). Install the newer version to open it.")
                                  .arg(m_path)
                                  .arg(m_schemaVersion)
                                  .arg(latestServerSchemaVersion()));
    if (m_schemaVersion < latestServerSchemaVersion())
        return Error::storage(tr("The company on %1 has schema %2, older than this version's %3. Its owner "
                                 "upgrades it with `facturo-cli server upgrade %1`.")
                                  .arg(m_path)
                                  .arg(m_schemaVersion)
                                  .arg(latestServerSchemaVersion()));
    return {};
}
