#include "TransferCatalog.h"

#include "Database.h"
#include "PgResult.h"
#include "SqlStatement.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace {
// The names are written into the copying statements: only plain lower-case identifiers.
bool plainName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return plain.match(name).hasMatch();
}

struct FileTable
{
    QStringList columns;
    QStringList declared; // the declared types ("" for a full-text table's columns)
    bool search = false;
};

// The kind of a file's declared type by SQLite's affinity rules; none for a column that takes any.
std::optional<TransferCatalog::Type> fileType(const QString &declared)
{
    const QString type = declared.toUpper();
    if (type.contains(QLatin1String("INT")))
        return TransferCatalog::Type::Integer;
    if (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB"))
        || type.contains(QLatin1String("TEXT")))
        return TransferCatalog::Type::Text;
    if (type.contains(QLatin1String("BLOB")))
        return TransferCatalog::Type::Bytes;
    return std::nullopt;
}

QString typeName(TransferCatalog::Type type)
{
    switch (type) {
    case TransferCatalog::Type::Integer:
        return QStringLiteral("INTEGER");
    case TransferCatalog::Type::Bytes:
        return QStringLiteral("BLOB");
    case TransferCatalog::Type::Text:
        break;
    }
    return QStringLiteral("TEXT");
}

// What differs between a table's columns in the file and on the server, in a few words.
QString columnDifferences(
    const TransferCatalog::Table &table, const FileTable &inFile, const QStringList &serverColumns)
{
    QStringList fileColumns;
    QStringList serverNames;
    for (qsizetype i = 0; i < inFile.columns.size(); ++i)
        fileColumns << (inFile.columns.at(i) + QLatin1Char(' ') + inFile.declared.at(i)).trimmed();
    for (const TransferCatalog::Column &column : table.columns)
        serverNames << column.name;
    QStringList onlyFile;
    QStringList onlyServer;
    for (const QString &name : inFile.columns)
        if (!serverNames.contains(name))
            onlyFile << name;
    for (const QString &name : std::as_const(serverNames))
        if (!inFile.columns.contains(name))
            onlyServer << name;
    QStringList parts;
    if (!onlyFile.isEmpty())
        parts << TransferCatalog::tr("the columns %1 only in the file").arg(onlyFile.join(QStringLiteral(", ")));
    if (!onlyServer.isEmpty())
        parts << TransferCatalog::tr("the columns %1 only on the server").arg(onlyServer.join(QStringLiteral(", ")));
    if (parts.isEmpty()) // the same names, in another order or of other kinds
        parts << TransferCatalog::tr("the columns (%1) in the file and (%2) on the server")
                     .arg(fileColumns.join(QStringLiteral(", ")), serverColumns.join(QStringLiteral(", ")));
    return TransferCatalog::tr("the table %1 has %2").arg(table.name, parts.join(QStringLiteral(" and ")));
}

Result<QMap<QString, FileTable>> readFile(Database &db)
{
    const QString doing = TransferCatalog::tr("read the tables of the company file");
    QMap<QString, FileTable> tables;
    {
        SqlStatement q(db,
            "SELECT name, sql LIKE 'CREATE VIRTUAL TABLE%' FROM sqlite_master "
            "WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
        FACTURO_TRY(q.exec(doing));
        while (q.next()) {
            FileTable table;
            table.search = q.integer(1) != 0;
            tables.insert(q.text(0), table);
        }
    }
    // FTS5 keeps a full-text table's index and rows in shadow tables of its own.
    static const QStringList shadows = {QStringLiteral("data"), QStringLiteral("idx"), QStringLiteral("content"),
        QStringLiteral("docsize"), QStringLiteral("config")};
    for (const QString &name : tables.keys())
        if (tables.value(name).search)
            for (const QString &shadow : shadows)
                tables.remove(name + QLatin1Char('_') + shadow);
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        if (it->search) { // rowid is hidden in a full-text table: it holds the row's id
            it->columns << QStringLiteral("rowid");
            it->declared << QStringLiteral("INTEGER");
        }
        SqlStatement q(db, "SELECT name, type FROM pragma_table_info(:table) ORDER BY cid");
        q.bind(":table", it.key());
        FACTURO_TRY(q.exec(doing));
        while (q.next()) {
            it->columns << q.text(0);
            it->declared << q.text(1);
        }
    }
    return tables;
}

Result<PgResult> query(pg_conn *server, const char *sql)
{
    PgResult result = PgResult::exec(server, sql);
    if (!result.ok())
        return Error::storage(
            TransferCatalog::tr("Could not read the tables of the server's database: %1").arg(result.message(server)));
    return result;
}

Result<QList<TransferCatalog::Table>> readServer(pg_conn *server)
{
    auto columns = query(server,
        "SELECT c.table_name, c.column_name, c.data_type, c.is_identity "
        "FROM information_schema.columns c JOIN information_schema.tables t "
        "ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
        "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' "
        "AND c.is_generated = 'NEVER' AND c.table_name <> 'facturo_schema' "
        "ORDER BY c.table_name, c.ordinal_position");
    if (!columns)
        return columns.error();
    QList<TransferCatalog::Table> tables;
    for (int row = 0; row < columns->rows(); ++row) {
        const QString table = columns->text(row, 0);
        if (tables.isEmpty() || tables.last().name != table)
            tables.append(TransferCatalog::Table {table, {}, {}, false, false});
        const QString type = columns->text(row, 2);
        TransferCatalog::Column column {columns->text(row, 1), TransferCatalog::Type::Text};
        if (type == QLatin1String("bigint") || type == QLatin1String("integer") || type == QLatin1String("smallint"))
            column.type = TransferCatalog::Type::Integer;
        else if (type == QLatin1String("bytea"))
            column.type = TransferCatalog::Type::Bytes;
        else if (type != QLatin1String("text"))
            return Error::refused(TransferCatalog::tr("The column %1.%2 on the server is of type %3, which no Facturo "
                                                      "schema has.")
                                      .arg(table, column.name, type));
        if (column.name == QLatin1String("id") && columns->text(row, 3) == QLatin1String("YES"))
            tables.last().identity = true;
        tables.last().columns.append(column);
    }
    auto keys = query(server,
        "SELECT c.relname, a.attname FROM pg_index i "
        "JOIN pg_class c ON c.oid = i.indrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k (attnum, position) "
        "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum "
        "WHERE i.indisprimary AND n.nspname = current_schema() ORDER BY c.relname, k.position");
    if (!keys)
        return keys.error();
    for (int row = 0; row < keys->rows(); ++row)
        for (TransferCatalog::Table &table : tables)
            if (table.name == keys->text(row, 0))
                table.key << keys->text(row, 1);
    return tables;
}

// Parents first: each table after the tables its foreign keys name (a table naming itself, as a
// credit note names its invoice, is copied in the order of its key).
Result<QList<TransferCatalog::Table>> parentsFirst(pg_conn *server, QList<TransferCatalog::Table> tables)
{
    auto references = query(server,
        "SELECT c.relname, p.relname FROM pg_constraint k "
        "JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE k.contype = 'f' AND n.nspname = current_schema()");
    if (!references)
        return references.error();
    QHash<QString, QSet<QString>> parents;
    for (int row = 0; row < references->rows(); ++row)
        if (references->text(row, 0) != references->text(row, 1))
            parents[references->text(row, 0)].insert(references->text(row, 1));
    QList<TransferCatalog::Table> ordered;
    QSet<QString> placed;
    while (!tables.isEmpty()) {
        qsizetype next = 0; // a cycle (none in the schema) would leave the rest in name order
        for (qsizetype i = 0; i < tables.size(); ++i) {
            const QSet<QString> needed = parents.value(tables.at(i).name);
            if (std::all_of(needed.begin(), needed.end(), [&](const QString &p) { return placed.contains(p); })) {
                next = i;
                break;
            }
        }
        placed.insert(tables.at(next).name);
        ordered.append(tables.takeAt(next));
    }
    return ordered;
}
} // namespace

QString TransferCatalog::Table::columnList() const
{
    QStringList names;
    for (const Column &column : columns)
        names << column.name;
    return names.join(QStringLiteral(", "));
}

QString TransferCatalog::Table::orderBy() const
{
    return key.isEmpty() ? columnList() : key.join(QStringLiteral(", "));
}

Result<QList<TransferCatalog::Table>> TransferCatalog::read(Database &file, pg_conn *server)
{
    auto fileTables = readFile(file);
    if (!fileTables)
        return fileTables.error();
    auto serverTables = readServer(server);
    if (!serverTables)
        return serverTables.error();

    QStringList differences;
    QSet<QString> onServer;
    for (Table &table : serverTables.value()) {
        onServer.insert(table.name);
        if (!fileTables->contains(table.name)) {
            differences << tr("the table %1 is only on the server").arg(table.name);
            continue;
        }
        const FileTable &inFile = fileTables->value(table.name);
        table.search = inFile.search;
        QStringList serverColumns;
        bool same = inFile.columns.size() == table.columns.size();
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            const Column &column = table.columns.at(i);
            serverColumns << column.name + QLatin1Char(' ') + typeName(column.type);
            if (!same)
                continue;
            const std::optional<Type> type = fileType(inFile.declared.at(i));
            same = inFile.columns.at(i) == column.name && (!type || *type == column.type);
        }
        if (!same)
            differences << columnDifferences(table, inFile, serverColumns);
        if (!plainName(table.name))
            differences << tr("the table name %1 is not a plain name").arg(table.name);
        for (const Column &column : std::as_const(table.columns))
            if (!plainName(column.name))
                differences << tr("the column name %1.%2 is not a plain name").arg(table.name, column.name);
    }
    for (const QString &name : fileTables->keys())
        if (!onServer.contains(name))
            differences << tr("the table %1 is only in the company file").arg(name);
    if (!differences.isEmpty())
        return Error::refused(tr("The company file and the server's database do not have the same schema: %1. "
                                 "Both must have the schema of this version of Facturo.")
                                  .arg(differences.join(QStringLiteral("; "))));
    return parentsFirst(server, std::move(serverTables).value());
}
