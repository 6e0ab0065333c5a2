// A company on a server written into a new company file (`server export`).
#include "AtomicFile.h"
#include "Database.h"
#include "PgConnection.h"
#include "PgResult.h"
#include "ServerTransfer.h"
#include "SqlStatement.h"
#include "Transaction.h"
#include "TransferCatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QtEndian>

#include <libpq-fe.h>

namespace {
constexpr int FetchRows = 1000;

// The server's read-only snapshot: ended (nothing to keep) whatever happens.
class Snapshot
{
public:
    explicit Snapshot(pg_conn *server)
        : m_server(server)
    { }
    ~Snapshot()
    {
        if (m_open)
            PQclear(PQexec(m_server, "ROLLBACK"));
    }
    Snapshot(const Snapshot &) = delete;
    Snapshot &operator=(const Snapshot &) = delete;
    void began() { m_open = true; }

private:
    pg_conn *m_server;
    bool m_open = false;
};

// One value of a row of a BINARY cursor, as the file stores it: whole numbers as integers,
// text as text, bytea as a blob (an empty one stays a blob, not NULL).
QVariant binaryValue(const PgResult &rows, int row, int column, TransferCatalog::Type type)
{
    if (rows.isNull(row, column))
        return type == TransferCatalog::Type::Integer ? QVariant(QMetaType(QMetaType::LongLong))
                                                      : QVariant(QMetaType(QMetaType::QString));
    const QByteArrayView bytes = rows.bytes(row, column);
    switch (type) {
    case TransferCatalog::Type::Integer:
        if (bytes.size() == 8)
            return qFromBigEndian<qint64>(bytes.data());
        if (bytes.size() == 4)
            return qint64(qFromBigEndian<qint32>(bytes.data()));
        return qint64(qFromBigEndian<qint16>(bytes.data()));
    case TransferCatalog::Type::Bytes:
        return bytes.isEmpty() ? QByteArray("", 0) : bytes.toByteArray();
    case TransferCatalog::Type::Text:
        break;
    }
    return bytes.isEmpty() ? QStringLiteral("") : QString::fromUtf8(bytes);
}

// Every row of one table of the server, in the order of its key, inserted into the file.
Result<qint64> copyTable(pg_conn *server, Database &db, const TransferCatalog::Table &table)
{
    const QString doing = ServerTransfer::tr("read the table %1 on the server").arg(table.name);
    PgResult declared = PgResult::exec(server,
        QStringLiteral("DECLARE transfer_rows BINARY NO SCROLL CURSOR FOR "
                       "SELECT %1 FROM %2 ORDER BY %3")
            .arg(table.columnList(), table.name, table.orderBy())
            .toUtf8());
    if (!declared.ok())
        return Error::storage(ServerTransfer::tr("Could not %1: %2").arg(doing, declared.message(server)));
    QStringList parameters;
    QList<QByteArray> names;
    for (int c = 0; c < table.columns.size(); ++c) {
        names << ":c" + QByteArray::number(c);
        parameters << QString::fromLatin1(names.last());
    }
    const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(table.name, table.columnList(), parameters.join(QStringLiteral(", ")));
    const QString writing = ServerTransfer::tr("write the table %1 into the company file").arg(table.name);
    qint64 count = 0;
    for (;;) {
        PgResult rows = PgResult::exec(server,
            QByteArrayLiteral("FETCH FORWARD ") + QByteArray::number(FetchRows)
                + QByteArrayLiteral(" FROM transfer_rows"));
        if (!rows.ok())
            return Error::storage(ServerTransfer::tr("Could not %1: %2").arg(doing, rows.message(server)));
        for (int row = 0; row < rows.rows(); ++row) {
            SqlStatement q(db, insert);
            for (int c = 0; c < table.columns.size(); ++c)
                q.bind(names.at(c).constData(), binaryValue(rows, row, c, table.columns.at(c).type));
            FACTURO_TRY(q.exec(writing));
        }
        count += rows.rows();
        if (rows.rows() < FetchRows)
            break;
    }
    PgResult closed = PgResult::exec(server, "CLOSE transfer_rows");
    if (!closed.ok())
        return Error::storage(ServerTransfer::tr("Could not %1: %2").arg(doing, closed.message(server)));
    return count;
}

// Inside the file's transaction: its triggers out of the way (saved with their text), the rows
// of the new file's seeds removed, every table copied, the triggers made again as they were.
Result<ServerTransfer::Summary> fill(pg_conn *server, Database &db, const QList<TransferCatalog::Table> &tables,
    const ServerTransfer::Progress &progress)
{
    Transaction tx(db);
    FACTURO_TRY(tx.began());
    // References are checked once, at the commit, whatever the order of the rows.
    FACTURO_TRY(db.execute(QStringLiteral("PRAGMA defer_foreign_keys = ON")));
    QList<std::pair<QString, QString>> triggers;
    {
        SqlStatement q(db, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid");
        FACTURO_TRY(q.exec(ServerTransfer::tr("read the rules of the new company file")));
        while (q.next())
            triggers.append({q.text(0), q.text(1)});
    }
    for (const auto &trigger : std::as_const(triggers))
        FACTURO_TRY(db.execute(QStringLiteral("DROP TRIGGER \"%1\"").arg(trigger.first)));
    for (auto it = tables.crbegin(); it != tables.crend(); ++it)
        FACTURO_TRY(db.execute(QStringLiteral("DELETE FROM %1").arg(it->name)));
    ServerTransfer::Summary summary;
    for (const TransferCatalog::Table &table : tables) {
        auto rows = copyTable(server, db, table);
        if (!rows)
            return rows.error();
        ++summary.tables;
        summary.rows += rows.value();
        if (progress)
            progress(table.name, rows.value());
    }
    for (const auto &trigger : std::as_const(triggers))
        FACTURO_TRY(db.execute(trigger.second));
    FACTURO_TRY(tx.commit());
    return summary;
}
} // namespace

Result<ServerTransfer::Summary> ServerTransfer::exportTo(
    const QString &location, const QString &file, const Progress &progress)
{
    if (!PgConnection::isServerLocation(location) || PgConnection::isServerLocation(file))
        return Error::invalid(tr("Export writes a company on a server into a new company file: server export "
                                 "postgresql://owner@host/database FILE."));
    const QFileInfo target(file);
    const QString shown = QDir::toNativeSeparators(target.absoluteFilePath());
    if (target.exists() || target.isSymLink())
        return Error::refused(
            tr("%1 already exists: choose a new file name for the export. Nothing was written.").arg(shown));
    auto connection = PgConnection::connect(location);
    if (!connection)
        return connection.error();
    pg_conn *server = connection.value()->handle();
    const QString where = PgConnection::displayLocation(location);

    // One snapshot of the whole company, without stopping the clerks' work.
    Snapshot snapshot(server);
    FACTURO_TRY(run(
        server, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"), tr("start reading %1").arg(where)));
    snapshot.began();
    FACTURO_TRY(checkSchema(server, where, Database::latestSchemaVersion()));

    if (!QDir().mkpath(target.absolutePath()))
        return Error::storage(
            tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(target.absolutePath())));
    AtomicFile out(target.absoluteFilePath(), AtomicFile::Existing::MustNotBe);
    FACTURO_TRY(out.open());
    Summary summary;
    {
        auto made = Database::open(out.writingPath(), Database::OpenMode::CreateIfMissing);
        if (!made)
            return made.error();
        Database &db = *made.value();
        auto tables = TransferCatalog::read(db, server);
        if (!tables)
            return Error(
                tables.error().kind(), tables.error().message() + QLatin1Char(' ') + tr("No file was written."));
        auto filled = fill(server, db, tables.value(), progress);
        if (!filled)
            return filled.error().prefixed(tr("The export was abandoned, no file was written"));
        summary = filled.value();
        SqlStatement check(db, "PRAGMA integrity_check");
        FACTURO_TRY(check.exec(tr("check the new company file")));
        if (!check.next() || check.text(0) != QLatin1String("ok"))
            return Error::storage(tr("The new company file failed its integrity check and was removed."));
        check.finish();
        // A single self-contained file: the write-ahead log folded back in.
        FACTURO_TRY(db.execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        FACTURO_TRY(db.execute(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    FACTURO_TRY(out.commit());
    return summary;
}
