#include "TransferTestSupport.h"

#include "PgTestDatabase.h"
#include "TestDatabase.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <catch2/catch.hpp>

namespace {
void require(PgTestConnection &connection, const QString &sql)
{
    const PgOutcome outcome = connection.exec(sql);
    INFO(sql.toStdString() << ": " << outcome.message.toStdString());
    REQUIRE(outcome.ok);
}

// Runs `read` on a read-only connection to a company file.
template<typename Read>
void withFile(const QString &file, Read read, bool readOnly = true)
{
    const QString name = QStringLiteral("transfer-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        INFO(file.toStdString());
        REQUIRE(db.open());
        read(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList fileColumn(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(q.exec(sql));
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}
} // namespace

CliRun runCli(const QStringList &arguments)
{
    CliRun run;
    run.code = runProgram(qEnvironmentVariable("FACTURO_CLI"), arguments, &run.out, &run.err);
    return run;
}

ServerCompany::ServerCompany()
{
    const QString suffix = QStringLiteral("%1_%2")
                               .arg(QCoreApplication::applicationPid())
                               .arg(QRandomGenerator::global()->bounded(1000000));
    m_name = QStringLiteral("facturo_xfer_") + suffix;
    m_owner = QStringLiteral("facturo_xowner_") + suffix;
    m_app = QStringLiteral("facturo_xapp_") + suffix;
    m_clerk = QStringLiteral("facturo_xclerk_") + suffix;
    m_password = QStringLiteral("pw-") + suffix;
    m_cluster = std::make_unique<PgTestConnection>(PgTestDatabase::clusterUri());
    INFO(m_cluster->error().toStdString());
    REQUIRE(m_cluster->isOpen());
    require(*m_cluster, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_owner, m_password));
    require(*m_cluster, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(m_app));
    require(
        *m_cluster, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE %3").arg(m_clerk, m_password, m_app));
    require(*m_cluster,
        QStringLiteral("CREATE DATABASE %1 OWNER %2 TEMPLATE template0 ENCODING 'UTF8'").arg(m_name, m_owner));
    const CliRun init
        = runCli({QStringLiteral("server"), QStringLiteral("init"), ownerUri(), QStringLiteral("--role"), m_app});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    m_inDatabase = std::make_unique<PgTestConnection>(PgTestDatabase::uriIn(m_name));
    REQUIRE(m_inDatabase->isOpen());
}

ServerCompany::~ServerCompany()
{
    m_inDatabase.reset();
    if (!m_cluster || !m_cluster->isOpen())
        return;
    for (const QString &database : std::as_const(m_databases))
        m_cluster->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
    m_cluster->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    for (const QString &role : {m_clerk, m_app, m_owner})
        m_cluster->exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
}

QString ServerCompany::ownerUri() const
{
    return ownerUriWithPassword(m_password);
}

QString ServerCompany::ownerUriWithPassword(const QString &password) const
{
    return PgTestDatabase::uriFor(m_owner, password, m_name);
}

QString ServerCompany::clerkUri() const
{
    return clerkUriIn(m_name);
}

QString ServerCompany::addDatabase(const QString &suffix)
{
    const QString name = m_name + QLatin1Char('_') + suffix;
    require(*m_cluster,
        QStringLiteral("CREATE DATABASE %1 OWNER %2 TEMPLATE template0 ENCODING 'UTF8'").arg(name, m_owner));
    m_databases << name;
    return name;
}

QString ServerCompany::ownerUriIn(const QString &database) const
{
    return PgTestDatabase::uriFor(m_owner, m_password, database);
}

QString ServerCompany::clerkUriIn(const QString &database) const
{
    return PgTestDatabase::uriFor(m_clerk, m_password, database);
}

TableColumns fileTables(const QString &file)
{
    TableColumns tables;
    withFile(file, [&](QSqlDatabase &db) {
        const QStringList names = fileColumn(db,
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                           "AND name NOT LIKE 'sqlite%' ORDER BY name"));
        const QStringList fullText
            = fileColumn(db, QStringLiteral("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"));
        for (const QString &name : names) {
            bool shadow = false;
            for (const QString &table : fullText)
                for (const char *suffix : {"_data", "_idx", "_content", "_docsize", "_config"})
                    shadow = shadow || name == table + QLatin1String(suffix);
            if (shadow)
                continue;
            QStringList columns;
            if (fullText.contains(name))
                columns << QStringLiteral("rowid");
            columns << fileColumn(
                db, QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(name));
            tables.insert(name, columns);
        }
    });
    return tables;
}

TableColumns serverTables(PgTestConnection &server)
{
    TableColumns tables;
    const QStringList rows = server.lines(QStringLiteral(
        "SELECT c.table_name, c.column_name FROM information_schema.columns c JOIN information_schema.tables t "
        "USING (table_schema, table_name) WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' "
        "AND c.is_generated = 'NEVER' AND c.table_name <> 'facturo_schema' ORDER BY c.table_name, c.ordinal_position"));
    for (const QString &row : rows)
        tables[row.section(QLatin1Char('|'), 0, 0)] << row.section(QLatin1Char('|'), 1);
    return tables;
}

QStringList fileRows(const QString &file, const QString &table, const QStringList &columns)
{
    QStringList values;
    for (const QString &c : columns)
        values << QStringLiteral(
            "CASE typeof(%1) WHEN 'null' THEN 'null' WHEN 'blob' THEN 'blob:\\x' || lower(hex(%1)) "
            "ELSE typeof(%1) || ':' || CAST(%1 AS TEXT) END")
                      .arg(c);
    QStringList rows;
    withFile(file, [&](QSqlDatabase &db) {
        rows = fileColumn(
            db, QStringLiteral("SELECT %1 FROM %2").arg(values.join(QStringLiteral(" || char(31) || ")), table));
    });
    rows.sort();
    return rows;
}

QStringList serverRows(PgTestConnection &server, const QString &table, const QStringList &columns)
{
    const QStringList types
        = server.column(QStringLiteral("SELECT data_type FROM information_schema.columns "
                                       "WHERE table_schema = current_schema() AND table_name = '%1' "
                                       "AND is_generated = 'NEVER' ORDER BY ordinal_position")
                            .arg(table));
    REQUIRE(types.size() == columns.size());
    QStringList values;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString kind = types.at(i) == QLatin1String("bigint") ? QStringLiteral("integer")
            : types.at(i) == QLatin1String("bytea")                 ? QStringLiteral("blob")
                                                                    : QStringLiteral("text");
        values
            << QStringLiteral("CASE WHEN %1 IS NULL THEN 'null' ELSE '%2:' || %1::text END").arg(columns.at(i), kind);
    }
    QStringList rows = server.column(
        QStringLiteral("SELECT concat_ws(chr(31), %1) FROM %2").arg(values.join(QStringLiteral(", ")), table));
    rows.sort();
    return rows;
}

QString fileValue(const QString &file, const QString &sql)
{
    QString value;
    withFile(file, [&](QSqlDatabase &db) { value = fileColumn(db, sql).value(0); });
    return value;
}

void changeFile(const QString &file, const QString &sql)
{
    withFile(
        file,
        [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
            REQUIRE(q.exec(sql));
        },
        false);
}

QString serverState(PgTestConnection &server)
{
    QStringList state;
    const QStringList tables = server.column(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                                            "table_schema = current_schema() AND table_type = 'BASE "
                                                            "TABLE' ORDER BY table_name"));
    for (const QString &table : tables)
        state << table + QLatin1Char(' ')
                + server.value(QStringLiteral("SELECT count(*) || ' ' || coalesce(md5(string_agg(t::text, '|' ORDER BY "
                                              "t::text)), '') FROM %1 t")
                                   .arg(table));
    state << server.lines(QStringLiteral("SELECT sequencename, last_value FROM pg_sequences "
                                         "WHERE schemaname = current_schema() ORDER BY 1"));
    state << server.lines(QStringLiteral("SELECT tgrelid::regclass || '.' || tgname, tgenabled FROM pg_trigger "
                                         "WHERE NOT tgisinternal ORDER BY 1"));
    return state.join(QLatin1Char('\n'));
}
