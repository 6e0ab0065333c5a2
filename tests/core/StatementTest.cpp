#include "BulkLoad.h"
#include "SchemaDowngrade.h"
#include "SqlStatement.h"
#include "TestDatabase.h"
#include "Transaction.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

// The services' statements run through SQLite's C API (PreparedStatement); these tests hold it
// to what QSqlQuery gave them, on a real company file.

namespace {
// The same SELECT through QSqlQuery, the reference.
QVariant qtValue(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

QVariant nativeValue(Database &db, const QString &sql)
{
    SqlStatement q(db, sql);
    REQUIRE(q.exec(QStringLiteral("read a value")).ok());
    REQUIRE(q.next());
    return q.value(0);
}

DocumentStatus statusOf(TestLedger &t, qint64 id)
{
    return t->context().documents.find(id, false).value().status;
}
} // namespace

TEST_CASE("values read through SQLite's API are the values QSqlQuery reads", "[file]")
{
    TestLedger t;
    Database &db = t->database();
    const QStringList expressions = {
        QStringLiteral("42"), QStringLiteral("-9223372036854775807"), QStringLiteral("1.5"), QStringLiteral("NULL"),
        QStringLiteral("''"), QStringLiteral("'Hôtel du Parc — ☃ 🧾 مرحبا'"), QStringLiteral("x'00ff10'"),
        QStringLiteral("zeroblob(0)"), QStringLiteral("'2026-06-30'"),
    };
    for (const QString &e : expressions) {
        INFO(e.toStdString());
        const QString sql = QStringLiteral("SELECT ") + e;
        const QVariant qt = qtValue(db, sql);
        const QVariant native = nativeValue(db, sql);
        CHECK(native.typeId() == qt.typeId());
        CHECK(native.isNull() == qt.isNull());
        CHECK(native == qt);
        CHECK(native.toString() == qt.toString());
        CHECK(native.toLongLong() == qt.toLongLong());
        SqlStatement q(db, sql);
        REQUIRE(q.exec(QStringLiteral("read a value")).ok());
        REQUIRE(q.next());
        CHECK(q.text(0) == qt.toString());
        CHECK(q.text(0).isNull() == qt.toString().isNull());
        CHECK(q.integer(0) == qt.toLongLong());
    }
}

TEST_CASE("values bound through SQLite's API are stored as Qt's driver stores them", "[file]")
{
    TestLedger t;
    Database &db = t->database();
    REQUIRE(db.execute(QStringLiteral("CREATE TEMP TABLE probe (v)")).ok());
    const QList<QVariant> values = {
        QVariant(qint64(-7)), QVariant(3), QVariant(true), QVariant(2.25), QVariant(QStringLiteral("Müller 🧾")),
        QVariant(QByteArray("\x00\x01pdf", 5)), QVariant(QMetaType(QMetaType::QString)),
        QVariant(QMetaType(QMetaType::LongLong)), QVariant(QDate(2026, 6, 30)),
        QVariant(QDateTime(QDate(2026, 6, 30), QTime(9, 15, 2, 7), Qt::UTC)),
    };
    for (const QVariant &v : values) {
        INFO(v.toString().toStdString());
        REQUIRE(db.execute(QStringLiteral("DELETE FROM probe")).ok());
        QSqlQuery qt(db.connection());
        REQUIRE(qt.prepare(QStringLiteral("INSERT INTO probe (v) VALUES (:v)")));
        qt.bindValue(QStringLiteral(":v"), v);
        REQUIRE(qt.exec());
        SqlStatement native(db, "INSERT INTO probe (v) VALUES (:v)");
        native.bind(":v", v);
        REQUIRE(native.exec(QStringLiteral("store a value")).ok());
        CHECK(native.rowsAffected() == 1);
        CHECK(native.lastInsertId() == 2);
        QSqlQuery read(db.connection());
        REQUIRE(read.exec(QStringLiteral("SELECT typeof(v), quote(v) FROM probe ORDER BY rowid")));
        REQUIRE(read.next());
        const QString qtType = read.value(0).toString(), qtStored = read.value(1).toString();
        REQUIRE(read.next());
        CHECK(read.value(0).toString() == qtType);
        CHECK(read.value(1).toString() == qtStored);
    }
}

TEST_CASE("a cached statement keeps its bindings, ignores names it lacks and reports failures in words", "[file]")
{
    TestLedger t;
    Database &db = t->database();
    {
        SqlStatement q(db, "SELECT :a + :b");
        q.bind(":a", 2).bind(":b", 3).bind(":not_there", 99);
        REQUIRE(q.exec(QStringLiteral("add")).ok());
        REQUIRE(q.next());
        CHECK(q.integer(0) == 5);
        CHECK_FALSE(q.next());
    }
    {
        SqlStatement again(db, "SELECT :a + :b"); // the same cached statement, its bindings kept
        again.bind(":a", 10);
        REQUIRE(again.exec(QStringLiteral("add")).ok());
        REQUIRE(again.next());
        CHECK(again.integer(0) == 13);
    }
    SqlStatement broken(db, "SELECT anything FROM nowhere");
    const Status failed = broken.exec(QStringLiteral("read nowhere"));
    REQUIRE_FALSE(failed.ok());
    INFO(failed.message().toStdString());
    CHECK(failed.message().contains(QStringLiteral("Could not read nowhere")));
    CHECK(failed.message().contains(QStringLiteral("no such table")));

    // A rule of the schema (a trigger) comes back as a refusal in its own words; a duplicate as
    // a conflict.
    const QString number = t.postNew();
    const QString before = t.dump();
    SqlStatement change(db, "UPDATE documents SET total_gross = total_gross + 1 WHERE number = :number");
    change.bind(":number", number);
    const Status refused = change.exec(QStringLiteral("change the invoice"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == ErrorKind::Refused);
    CHECK(refused.message().startsWith(QStringLiteral("Could not change the invoice: ")));
    SqlStatement duplicate(db, "INSERT INTO users (name, full_name, role, created_at) "
                               "SELECT name, full_name, role, created_at FROM users LIMIT 1");
    const Status conflict = duplicate.exec(QStringLiteral("add the user"));
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().kind() == ErrorKind::Conflict);
    CHECK(t.dump() == before);
}

TEST_CASE("in a bulk load a failure inside a larger transaction rolls all of it back", "[file]")
{
    TestLedger t;
    const qint64 first = t.draftWith({{QStringLiteral("Filter"), QStringLiteral("1"), QStringLiteral("20"),
                                       QStringLiteral("20")}});
    const qint64 second = t.draftWith({{QStringLiteral("Pump"), QStringLiteral("1"), QStringLiteral("300"),
                                        QStringLiteral("20")}});
    const QString already = t.postNew();
    const qint64 posted = t->context().documents.idByNumber(already).value();

    SECTION("nested levels are savepoints: the outer transaction keeps what succeeded")
    {
        Transaction tx(t->database());
        REQUIRE(tx.began().ok());
        REQUIRE(t->posting().post(first).ok());
        CHECK(t->posting().post(posted).error().kind() == ErrorKind::Conflict);
        REQUIRE(t->posting().post(second).ok());
        REQUIRE(tx.commit().ok());
        CHECK(statusOf(t, first) == DocumentStatus::Posted);
        CHECK(statusOf(t, second) == DocumentStatus::Posted);
    }
    SECTION("a bulk load joins them: the commit refuses and nothing is kept")
    {
        BulkLoad bulk(t->database());
        REQUIRE(bulk.begin().ok());
        const QString before = t.dump();
        {
            Transaction tx(t->database());
            REQUIRE(tx.began().ok());
            REQUIRE(t->posting().post(first).ok());
            CHECK(t->posting().post(posted).error().kind() == ErrorKind::Conflict);
            REQUIRE(t->posting().post(second).ok()); // runs, but the transaction is doomed
            const Status committed = tx.commit();
            REQUIRE_FALSE(committed.ok());
            CHECK(committed.message().contains(QStringLiteral("none of it was saved")));
        }
        CHECK(t->database().transactionDepth() == 0);
        CHECK(t.dump() == before);
        // The next transaction starts clean.
        {
            Transaction tx(t->database());
            REQUIRE(tx.began().ok());
            REQUIRE(t->posting().post(first).ok());
            REQUIRE(tx.commit().ok());
        }
        REQUIRE(bulk.finish().ok());
        CHECK(statusOf(t, first) == DocumentStatus::Posted);
        CHECK(statusOf(t, second) == DocumentStatus::Draft);
    }
}

namespace {
// The tables whose inserts SQLite compiles with a temporary b-tree (OpenEphemeral): a CHECK
// written as `x IN (three or more constants)` does that on every row.
QStringList tablesWithTemporaryChecks(Database &db)
{
    QSqlQuery tables(db.connection());
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                       "'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%search_%'")));
    QStringList found;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery plan(db.connection());
        REQUIRE(plan.exec(QStringLiteral("EXPLAIN INSERT INTO %1 DEFAULT VALUES").arg(table)));
        while (plan.next()) {
            if (plan.value(1).toString() == QLatin1String("OpenEphemeral")) {
                found << table;
                break;
            }
        }
    }
    return found;
}

QString tableSql(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = '%1'").arg(table)));
    REQUIRE(q.next());
    return q.value(0).toString();
}
} // namespace

TEST_CASE("schema 8 checks each row's constraints without a temporary table and still refuses what they refuse", "[file]")
{
    TestLedger t;
    const QString number = t.postNew();
    const qint64 invoice = t->context().documents.idByNumber(number).value();
    CHECK(tablesWithTemporaryChecks(t->database()).join(QLatin1Char(',')).toStdString() == std::string());
    CHECK(tableSql(t->database(), QStringLiteral("payments"))
              .contains(QStringLiteral("CHECK (method = 'bank_transfer' OR method = 'card' OR method = 'cash' OR "
                                       "method = 'cheque' OR method = 'other'"))); // schema 16 adds two more

    // The rates of the categories schema 12 added cannot survive the round trip through schema 8
    // below (schema 11 refuses them); a file of that age never had them.
    REQUIRE(t->database()
                .execute(QStringLiteral("DELETE FROM tax_rates WHERE category IN ('intra-eu', 'export', 'out-of-scope')"))
                .ok());
    // The rules themselves hold: a kind or a status outside the list is refused, nothing changes.
    const QString before = t.dump();
    const QStringList refused = {
        QStringLiteral("INSERT INTO payments (document_id, kind, amount, payment_date, method, created_at, "
                       "created_by) VALUES (%1, 'gift', 100, '2026-06-30', 'card', '2026-06-30', 'marie')"),
        QStringLiteral("INSERT INTO payments (document_id, kind, amount, payment_date, method, created_at, "
                       "created_by) VALUES (%1, 'payment', 100, '2026-06-30', 'barter', '2026-06-30', 'marie')"),
        QStringLiteral("UPDATE documents SET status = 'archived' WHERE id = %1"),
        QStringLiteral("UPDATE document_lines SET tax_category = 'luxury' WHERE document_id = %1"),
    };
    for (const QString &sql : refused) {
        INFO(sql.toStdString());
        const Status done = t->database().execute(sql.arg(invoice));
        REQUIRE_FALSE(done.ok());
    }
    CHECK(t.dump() == before);

    // A file of schema 7 is upgraded in place: its data untouched, its checks rewritten.
    downgradeToSchema8(t->database()); // the later schemas are added again on the way up
    {
        QSqlQuery q(t->database().connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA writable_schema = ON")));
        REQUIRE(q.exec(QStringLiteral(
            "UPDATE sqlite_master SET sql = replace(sql, 'CHECK (method = ''bank_transfer'' OR method = ''card'' OR "
            "method = ''cash'' OR method = ''cheque'' OR method = ''other'')', 'CHECK (method IN (''bank_transfer'', "
            "''card'', ''cash'', ''cheque'', ''other''))') WHERE name = 'payments'")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA writable_schema = RESET")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 7")));
    }
    t.reopen();
    CHECK(t->database().schemaVersion() == Database::latestSchemaVersion());
    CHECK(tablesWithTemporaryChecks(t->database()).join(QLatin1Char(',')).toStdString() == std::string());
    CHECK(tableSql(t->database(), QStringLiteral("payments")).contains(QStringLiteral("method = 'cheque' OR")));
    QSqlQuery integrity(t->database().connection());
    REQUIRE(integrity.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(integrity.next());
    CHECK(integrity.value(0).toString() == QStringLiteral("ok"));
    CHECK(t.dump() == before); // the same definitions, the same rows, the same schema again
}
