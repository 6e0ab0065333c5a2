// A company file moved onto a server (`server import`); the way back is ServerTransferExport.cpp.
#include "ServerTransfer.h"

#include "Database.h"
#include "PgConnection.h"
#include "PgCopyIn.h"
#include "PgResult.h"
#include "PreparedStatement.h"
#include "SqlStatement.h"
#include "TransferCatalog.h"

#include <QDir>
#include <QFileInfo>

#include <libpq-fe.h>

namespace {
// The company's one-writer lock (Database::beginLevel): no clerk writes while the copy runs.
constexpr qint64 CompanyLock = 0x46414354;

QString shown(const QString &file)
{
    return QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath());
}

// The server's transaction: rolled back unless committed.
class ServerTransaction
{
public:
    explicit ServerTransaction(pg_conn *server)
        : m_server(server)
    { }
    ~ServerTransaction()
    {
        if (m_open)
            PQclear(PQexec(m_server, "ROLLBACK"));
    }
    ServerTransaction(const ServerTransaction &) = delete;
    ServerTransaction &operator=(const ServerTransaction &) = delete;
    void began() { m_open = true; }
    void ended() { m_open = false; }

private:
    pg_conn *m_server;
    bool m_open = false;
};

// The file's rows are read in one read transaction: a consistent picture, even while the
// desktop application writes to it.
class FileRead
{
public:
    explicit FileRead(Database &db)
        : m_db(db)
    { }
    ~FileRead()
    {
        if (m_open)
            (void)m_db.execute(QStringLiteral("ROLLBACK"));
    }
    FileRead(const FileRead &) = delete;
    FileRead &operator=(const FileRead &) = delete;
    Status begin()
    {
        FACTURO_TRY(m_db.execute(QStringLiteral("BEGIN")));
        m_open = true;
        return {};
    }

private:
    Database &m_db;
    bool m_open = false;
};

Error unchanged(const Error &error)
{
    return Error(
        error.kind(), error.message() + QLatin1Char(' ') + ServerTransfer::tr("Nothing was changed on the server."));
}

// One value of the file's current row, as the server's column takes it.
Status sendValue(const PreparedStatement &q, int c, const TransferCatalog::Table &table, qint64 row, PgCopyIn &copy)
{
    using Storage = PreparedStatement::Storage;
    const Storage storage = q.storage(c);
    if (storage == Storage::Null) {
        copy.null();
        return {};
    }
    if (table.columns.at(c).type == TransferCatalog::Type::Integer) {
        if (storage != Storage::Integer)
            return Error::invalid(ServerTransfer::tr("The company file's table %1 holds \"%2\" in its column %3 "
                                                     "(row %4), which takes whole numbers only: repair the file first.")
                                      .arg(table.name, q.text(c).left(40), table.columns.at(c).name)
                                      .arg(row));
        copy.integer(q.integer(c));
        return {};
    }
    // Text and bytea alike: the bytes the file holds (text as its UTF-8).
    if (storage == Storage::Text)
        copy.bytes(q.utf8(c));
    else if (storage == Storage::Blob)
        copy.bytes(q.value(c).toByteArray());
    else
        copy.bytes(q.text(c).toUtf8());
    return {};
}

// Every row of one table of the file, sent in the order of its key (the rowid if it has none).
Result<qint64> copyTable(Database &db, pg_conn *server, const TransferCatalog::Table &table)
{
    PgCopyIn copy(server);
    FACTURO_TRY(copy.begin(table.name, table.columnList()));
    const QString orderBy = table.key.isEmpty() ? QStringLiteral("rowid") : table.orderBy();
    PreparedStatement &q
        = db.statement(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(table.columnList(), table.name, orderBy));
    struct Finish
    {
        PreparedStatement &q;
        ~Finish() { q.finish(); }
    } finish {q};
    const QString doing = ServerTransfer::tr("read the table %1 of the company file").arg(table.name);
    if (!q.exec())
        return db.queryError(q, doing);
    const int columns = static_cast<int>(table.columns.size());
    qint64 rows = 0;
    while (q.next()) {
        ++rows;
        copy.row(columns);
        for (int c = 0; c < columns; ++c)
            FACTURO_TRY(sendValue(q, c, table, rows, copy));
        FACTURO_TRY(copy.sent());
    }
    if (q.errorCode() != 0)
        return db.queryError(q, doing);
    auto copied = copy.finish();
    if (!copied)
        return copied.error();
    if (copied.value() != rows)
        return Error::storage(ServerTransfer::tr("The server took %1 rows of the table %2 instead of %3.")
                                  .arg(copied.value())
                                  .arg(table.name)
                                  .arg(rows));
    return rows;
}
} // namespace

Status ServerTransfer::run(pg_conn *server, const QString &sql, const QString &doing)
{
    PgResult result = PgResult::exec(server, sql.toUtf8());
    if (result.ok())
        return {};
    if (result.sqlState() == "42501")
        return Error::permission(tr("Could not %1: only the owner of the company's tables (the role that ran "
                                    "`server init`) may do this. Connect as that role.")
                                     .arg(doing));
    return Error::storage(tr("Could not %1 on the server: %2").arg(doing, result.messageWithDetail(server)));
}

Status ServerTransfer::checkSchema(pg_conn *server, const QString &where, int version)
{
    PgResult result = PgResult::exec(server, "SELECT version FROM facturo_schema");
    if (result.sqlState() == "42P01")
        return Error::notFound(tr("The database %1 has no Facturo schema: its owner sets it up first with "
                                  "`facturo-cli server init %1`.")
                                   .arg(where));
    if (!result.ok() || result.rows() != 1)
        return Error::storage(tr("Could not read the schema version of %1: %2").arg(where, result.message(server)));
    const qint64 serverVersion = result.integer(0, 0);
    if (serverVersion != version)
        return Error::refused(tr("The database %1 has schema %2 and the company file schema %3: both must be of the "
                                 "same version (the owner brings the server up to date with `facturo-cli server "
                                 "upgrade`, a file is brought up to date by opening it with this version).")
                                  .arg(where)
                                  .arg(serverVersion)
                                  .arg(version));
    return {};
}

Result<ServerTransfer::Summary> ServerTransfer::importFile(
    const QString &file, const QString &location, const Progress &progress)
{
    if (PgConnection::isServerLocation(file) || !PgConnection::isServerLocation(location))
        return Error::invalid(tr("Import reads a company file into a server location: server import FILE "
                                 "postgresql://owner@host/database."));
    auto opened = Database::open(file, Database::OpenMode::ReadOnly);
    if (!opened)
        return opened.error();
    Database &db = *opened.value();
    {
        // A file whose bulk load was cut short has its search index to rebuild (BulkLoad).
        SqlStatement q(db, "SELECT count(*) FROM settings WHERE key = 'search_index_suspended'");
        FACTURO_TRY(q.exec(tr("read the company file's settings")));
        if (q.next() && q.integer(0) > 0)
            return Error::refused(tr("The search index of %1 is incomplete (an interrupted load): open the file "
                                     "once with Facturo to rebuild it, then import it.")
                                      .arg(shown(file)));
    }
    auto connection = PgConnection::connect(location);
    if (!connection)
        return connection.error();
    pg_conn *server = connection.value()->handle();
    const QString where = PgConnection::displayLocation(location);
    FACTURO_TRY(checkSchema(server, where, db.schemaVersion()));

    FileRead read(db);
    FACTURO_TRY(read.begin());
    ServerTransaction tx(server);
    FACTURO_TRY(run(
        server, QStringLiteral("BEGIN; SELECT pg_advisory_xact_lock(%1)").arg(CompanyLock), tr("start the import")));
    tx.began();
    PgResult held = PgResult::exec(server,
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM customers), "
        "(SELECT count(*) FROM audit_events)");
    if (!held.ok())
        return unchanged(Error::storage(tr("Could not read the database %1: %2").arg(where, held.message(server))));
    if (held.integer(0, 0) + held.integer(0, 1) + held.integer(0, 2) > 0)
        return Error::refused(tr("The database %1 already holds a company (%2 documents, %3 customers, %4 audit "
                                 "events): a company file is imported only into a database that `server init` has "
                                 "just prepared. Nothing was changed.")
                                  .arg(where)
                                  .arg(held.integer(0, 0))
                                  .arg(held.integer(0, 1))
                                  .arg(held.integer(0, 2)));
    auto tables = TransferCatalog::read(db, server);
    if (!tables)
        return unchanged(tables.error());

    // The rules' triggers stay out of the copy (they would refuse posted rows and count the
    // summaries twice); only an owner may do this, and only inside this transaction.
    for (const TransferCatalog::Table &table : std::as_const(tables.value()))
        if (Status off = run(server, QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table.name),
                tr("suspend the rules of the table %1").arg(table.name));
            !off)
            return unchanged(off.error());
    // What `server init` put there (the company row, the default accounts) makes way for the file's.
    for (auto it = tables->crbegin(); it != tables->crend(); ++it)
        if (Status emptied
            = run(server, QStringLiteral("DELETE FROM %1").arg(it->name), tr("empty the table %1").arg(it->name));
            !emptied)
            return unchanged(emptied.error());
    Summary summary;
    for (const TransferCatalog::Table &table : std::as_const(tables.value())) {
        auto rows = copyTable(db, server, table);
        if (!rows)
            return unchanged(rows.error());
        ++summary.tables;
        summary.rows += rows.value();
        if (progress)
            progress(table.name, rows.value());
    }
    // New rows take the ids after the copied ones.
    for (const TransferCatalog::Table &table : std::as_const(tables.value())) {
        if (!table.identity)
            continue;
        if (Status set = run(server,
                QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                               "coalesce(max(id), 0) + 1, false) FROM %1")
                    .arg(table.name),
                tr("set the next id of the table %1").arg(table.name));
            !set)
            return unchanged(set.error());
    }
    for (const TransferCatalog::Table &table : std::as_const(tables.value()))
        if (Status on = run(server, QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(table.name),
                tr("restore the rules of the table %1").arg(table.name));
            !on)
            return unchanged(on.error());
    if (Status committed = run(server, QStringLiteral("COMMIT"), tr("commit the import")); !committed)
        return unchanged(committed.error());
    tx.ended();
    return summary;
}
