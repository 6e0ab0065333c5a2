// The application role of roles.sql reads and writes rows and nothing more: it owns nothing, and
// cannot truncate, drop, alter, create or switch the rules off; the owner cannot truncate a table
// whose rows the rules keep either.
#include "CatchQtStrings.h"
#include "PgTestDatabase.h"

#include <catch2/catch.hpp>

TEST_CASE("the application role only reads and writes rows", "[server]")
{
    PgTestDatabase pg;
    PgTestConnection &app = pg.app();

    // Rows: written with ids drawn from the identity sequences, and read back.
    REQUIRE(
        app.exec(QStringLiteral("INSERT INTO customers (name, created_at, updated_at) VALUES ('Atelier', 't', 't')"))
            .ok);
    REQUIRE(app.exec(QStringLiteral(
                         "INSERT INTO customers (name, created_at, updated_at) VALUES ('Boulangerie', 't', 't')"))
                .ok);
    CHECK(app.lines(QStringLiteral("SELECT id, name FROM customers ORDER BY id"))
        == QStringList {QStringLiteral("1|Atelier"), QStringLiteral("2|Boulangerie")});
    CHECK(app.exec(QStringLiteral("DELETE FROM customers WHERE id = 2")).ok);
    CHECK(app.value(QStringLiteral("SELECT version FROM facturo_schema")) == QLatin1String("17"));

    // Anything beyond rows is refused for lack of privilege (SQLSTATE 42501).
    for (const QString &sql : {QStringLiteral("TRUNCATE audit_events"), QStringLiteral("TRUNCATE customers"),
             QStringLiteral("DROP TABLE payments"), QStringLiteral("ALTER TABLE documents DISABLE TRIGGER ALL"),
             QStringLiteral("ALTER TABLE documents DISABLE TRIGGER documents_posted_frozen"),
             QStringLiteral("DROP TRIGGER documents_posted_frozen ON documents"),
             QStringLiteral("CREATE TABLE notes (id BIGINT)"), QStringLiteral("UPDATE facturo_schema SET version = 18"),
             QStringLiteral("SET session_replication_role = replica"),
             QStringLiteral("CREATE OR REPLACE FUNCTION facturo_refuse() RETURNS trigger LANGUAGE plpgsql AS "
                            "$$ BEGIN RETURN NEW; END; $$")}) {
        INFO(sql.toStdString());
        const PgOutcome outcome = app.exec(sql);
        INFO(outcome.message.toStdString());
        CHECK_FALSE(outcome.ok);
        CHECK(outcome.sqlState == QLatin1String("42501"));
    }
    CHECK(app.value(QStringLiteral("SELECT count(*) FROM customers")) == QLatin1String("1"));

    // It owns nothing in the database; the owner owns every table.
    const QString owned
        = QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                         "WHERE n.nspname = 'public' AND c.relowner = '%1'::regrole");
    CHECK(pg.admin().value(
              QStringLiteral("SELECT count(*) FROM pg_class WHERE relowner = '%1'::regrole").arg(pg.appRole()))
        == QLatin1String("0"));
    PgTestConnection inDatabase(PgTestDatabase::uriIn(pg.name()));
    REQUIRE(inDatabase.isOpen());
    CHECK(inDatabase.value(owned.arg(pg.appRole())) == QLatin1String("0"));
    CHECK(inDatabase.value(
              QStringLiteral("SELECT count(*) FROM pg_proc WHERE proowner = '%1'::regrole").arg(pg.appRole()))
        == QLatin1String("0"));
    CHECK(inDatabase.value(
              QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspowner = '%1'::regrole").arg(pg.appRole()))
        == QLatin1String("0"));
    CHECK(pg.owner().value(owned.arg(pg.ownerRole())).toInt() > 40);

    // The owner may truncate, but the rules refuse it where SQLite's would refuse the deletes.
    const PgOutcome truncated = pg.owner().exec(QStringLiteral("TRUNCATE audit_events"));
    CHECK_FALSE(truncated.ok);
    CHECK(truncated.sqlState == QLatin1String("P0001"));
    CHECK(truncated.message == QLatin1String("audit events are immutable"));
    CHECK(pg.owner().exec(QStringLiteral("TRUNCATE settings")).ok);

    // Password sign-in (SCRAM): a wrong password is refused.
    PgTestConnection wrong(PgTestDatabase::uriFor(pg.appRole(), QStringLiteral("not-the-password"), pg.name()));
    CHECK_FALSE(wrong.isOpen());
    CHECK(wrong.error().contains(QLatin1String("password authentication failed")));
}
