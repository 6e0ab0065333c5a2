// The PostgreSQL schema (resources/migrations/postgresql/0017_schema.sql) against a company file
// SQLite makes with every migration: the same tables, columns in the same order with the
// corresponding types, nullability and defaults, the same unique keys, foreign keys, indexes,
// triggers and views, and the same seeded rows. What the port changes on purpose is named here
// and in resources/migrations/postgresql/README.md.
#include "CatchQtStrings.h"
#include "Database.h"
#include "PgTestDatabase.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
// The tables of FTS5 (SQLite) and plain tables with a tsvector (PostgreSQL).
const QStringList SearchTables = {QStringLiteral("document_search"), QStringLiteral("line_search")};

struct Column
{
    QString name;
    QString type; // as PostgreSQL names it
    bool notNull = false;
    QString defaultValue;
};

QString describe(const Column &c)
{
    return QStringLiteral("%1 %2%3 default[%4]")
        .arg(c.name, c.type, c.notNull ? QStringLiteral(" not null") : QString(), c.defaultValue);
}

// A new SQLite company file, read through its own connection.
class SqliteCatalog
{
public:
    SqliteCatalog()
    {
        REQUIRE(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("parity.facturo")), Database::OpenMode::CreateIfMissing);
        INFO(db.message().toStdString());
        REQUIRE(db.ok());
        m_db = std::move(db.value());
    }

    QStringList strings(const QString &sql, int column = 0)
    {
        QSqlQuery q(m_db->connection());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        QStringList values;
        while (q.next())
            values << q.value(column).toString();
        return values;
    }

    QList<QStringList> rows(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        QList<QStringList> result;
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << (q.value(i).isNull() ? QString() : q.value(i).toString());
            result << row;
        }
        return result;
    }

    QStringList tables()
    {
        // FTS5 keeps each index in five shadow tables named after it.
        QStringList names = strings(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
        names.removeIf([](const QString &name) {
            for (const QString &search : SearchTables)
                if (name.startsWith(search + QLatin1Char('_')))
                    return true;
            return false;
        });
        return names;
    }

    QList<Column> columns(const QString &table)
    {
        static const QMap<QString, QString> types = {{QStringLiteral("INTEGER"), QStringLiteral("bigint")},
            {QStringLiteral("TEXT"), QStringLiteral("text")}, {QStringLiteral("BLOB"), QStringLiteral("bytea")},
            {QStringLiteral("REAL"), QStringLiteral("double precision")}, {QString(), QStringLiteral("text")}};
        QList<Column> columns;
        for (const QStringList &row : rows(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
            INFO(table.toStdString() << "." << row.at(1).toStdString() << " " << row.at(2).toStdString());
            REQUIRE(types.contains(row.at(2)));
            // A key column is never NULL in PostgreSQL; here it is a rowid or a WITHOUT ROWID key.
            columns.append({row.at(1), types.value(row.at(2)),
                row.at(3) == QLatin1String("1") || row.at(5) != QLatin1String("0"), row.at(4)});
        }
        return columns;
    }

    // Each unique key as its column list; a NOCASE column is compared as lower(column).
    QSet<QString> uniqueKeys(const QString &table)
    {
        QSet<QString> keys;
        for (const QStringList &index : rows(QStringLiteral("PRAGMA index_list(%1)").arg(table))) {
            if (index.at(2) != QLatin1String("1"))
                continue;
            QStringList parts;
            for (const QStringList &c : rows(QStringLiteral("PRAGMA index_xinfo(%1)").arg(index.at(1)))) {
                if (c.at(5) != QLatin1String("1"))
                    continue;
                parts << (c.at(4) == QLatin1String("NOCASE") ? QStringLiteral("lower(%1)").arg(c.at(2)) : c.at(2));
            }
            keys.insert(parts.join(QLatin1Char(',')));
        }
        // INTEGER PRIMARY KEY is the rowid: unique without an index.
        const QList<QStringList> info = rows(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        QStringList keyColumns;
        for (const QStringList &c : info)
            if (c.at(5) != QLatin1String("0"))
                keyColumns << c.at(1);
        if (!keyColumns.isEmpty())
            keys.insert(keyColumns.join(QLatin1Char(',')));
        return keys;
    }

    QSet<QString> foreignKeys(const QString &table)
    {
        QSet<QString> keys;
        for (const QStringList &fk : rows(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table)))
            keys.insert(
                QStringLiteral("%1 -> %2(%3) on delete %4").arg(fk.at(3), fk.at(2), fk.at(4), fk.at(6).toLower()));
        return keys;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

QList<Column> pgColumns(PgTestConnection &pg, const QString &table)
{
    QList<Column> columns;
    for (const QStringList &row :
        pg.exec(QStringLiteral(
                    "SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns "
                    "WHERE table_schema = 'public' AND table_name = '%1' ORDER BY ordinal_position")
                    .arg(table))
            .rows) {
        QString defaultValue = row.at(3);
        defaultValue.remove(QLatin1String("::text"));
        columns.append({row.at(0), row.at(1), row.at(2) == QLatin1String("NO"), defaultValue});
    }
    return columns;
}

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.begin(), list.end());
}
} // namespace

TEST_CASE("the PostgreSQL schema has SQLite's tables, columns, keys, indexes, triggers and views", "[server]")
{
    SqliteCatalog sqlite;
    PgTestDatabase pg;
    PgTestConnection &owner = pg.owner();

    const QSet<QString> sqliteTables = toSet(sqlite.tables());
    QSet<QString> pgTables = toSet(
        owner.column(QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                    "WHERE n.nspname = 'public' AND c.relkind = 'r'")));
    // What PRAGMA application_id and user_version hold in a SQLite file.
    REQUIRE(pgTables.remove(QStringLiteral("facturo_schema")));
    CHECK(owner.value(QStringLiteral("SELECT version FROM facturo_schema")) == QLatin1String("17"));
    CHECK(sqliteTables.size() > 40);
    CHECK(pgTables == sqliteTables);

    for (const QString &table : sqliteTables) {
        INFO("table " << table.toStdString());
        QList<Column> expected = sqlite.columns(table);
        QList<Column> actual = pgColumns(owner, table);
        if (SearchTables.contains(table)) {
            // FTS5's hidden rowid is a key column; the words are a generated tsvector.
            REQUIRE(actual.size() == expected.size() + 2);
            CHECK(actual.first().name == QLatin1String("rowid"));
            CHECK(actual.last().name == QLatin1String("search"));
            CHECK(actual.last().type == QLatin1String("tsvector"));
            actual = actual.mid(1, expected.size());
            for (Column &c : expected) // FTS5 columns carry no type or constraint
                c = {c.name, QStringLiteral("text"), true, QStringLiteral("''")};
            if (table == QLatin1String("line_search"))
                expected.last() = {QStringLiteral("document_id"), QStringLiteral("bigint"), true, QString()};
        }
        QStringList want, got;
        for (const Column &c : expected)
            want << describe(c);
        for (const Column &c : actual)
            got << describe(c);
        CHECK(got == want);

        if (!SearchTables.contains(table)) {
            const QSet<QString> pgUnique = toSet(owner.column(
                QStringLiteral("SELECT (SELECT string_agg(pg_get_indexdef(i.indexrelid, k, true), ',' ORDER BY k) "
                               "FROM generate_series(1, i.indnkeyatts) k) FROM pg_index i "
                               "WHERE i.indrelid = 'public.%1'::regclass AND i.indisunique")
                    .arg(table)));
            CHECK(pgUnique == sqlite.uniqueKeys(table));
        }
        const QSet<QString> pgForeign = toSet(owner.column(
            QStringLiteral("SELECT a.attname || ' -> ' || cf.relname || '(' || af.attname || ') on delete ' "
                           "|| CASE c.confdeltype WHEN 'c' THEN 'cascade' WHEN 'a' THEN 'no action' ELSE "
                           "c.confdeltype::text END FROM pg_constraint c JOIN pg_class cf ON cf.oid = c.confrelid "
                           "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
                           "JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1] "
                           "WHERE c.contype = 'f' AND c.conrelid = 'public.%1'::regclass")
                .arg(table)));
        CHECK(pgForeign == sqlite.foreignKeys(table));
    }

    // Every index and trigger SQLite has, under its name; the additions are the search indexes
    // and the TRUNCATE guards (README.md).
    const QSet<QString> pgIndexes
        = toSet(owner.column(QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")));
    const QStringList sqliteIndexes
        = sqlite.strings(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"));
    CHECK(sqliteIndexes.size() > 40);
    for (const QString &index : sqliteIndexes) {
        INFO("index " << index.toStdString());
        CHECK(pgIndexes.contains(index));
    }
    const QSet<QString> pgTriggers = toSet(owner.column(QStringLiteral(
        "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND NOT t.tgisinternal")));
    const QStringList sqliteTriggers
        = sqlite.strings(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'"));
    CHECK(sqliteTriggers.size() > 60);
    for (const QString &trigger : sqliteTriggers) {
        INFO("trigger " << trigger.toStdString());
        CHECK(pgTriggers.contains(trigger));
    }
    for (const QString &trigger : pgTriggers) {
        INFO("trigger " << trigger.toStdString());
        CHECK((sqliteTriggers.contains(trigger) || trigger.endsWith(QLatin1String("_truncate"))));
    }

    CHECK(toSet(owner.column(
              QStringLiteral("SELECT table_name FROM information_schema.views WHERE table_schema = 'public'")))
        == toSet(sqlite.strings(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'view'"))));

    // The rows a new company starts with.
    for (const QString &query : {QStringLiteral("SELECT id, code, name, kind, role FROM accounts ORDER BY id"),
             QStringLiteral("SELECT id, currency, invoice_pattern, reminder_levels FROM company ORDER BY id"),
             QStringLiteral("SELECT id, late_payment_mentions, recovery_indemnity FROM company_terms ORDER BY id")}) {
        INFO(query.toStdString());
        QStringList sqliteRows;
        for (const QStringList &row : sqlite.rows(query))
            sqliteRows << row.join(QLatin1Char('|'));
        CHECK_FALSE(sqliteRows.isEmpty());
        CHECK(owner.lines(query) == sqliteRows);
    }
    for (const QString &table : sqliteTables) {
        if (table == QLatin1String("accounts") || table == QLatin1String("company")
            || table == QLatin1String("company_terms"))
            continue;
        INFO("table " << table.toStdString());
        CHECK(owner.value(QStringLiteral("SELECT count(*) FROM %1").arg(table))
            == sqlite.strings(QStringLiteral("SELECT count(*) FROM %1").arg(table)).value(0));
    }
}
