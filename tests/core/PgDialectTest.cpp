#include "PgDialect.h"

#include <catch2/catch.hpp>

// The repositories' SQL as the PostgreSQL side prepares it.

namespace {
PgDialect::Translated pg(const char *sql, QSet<QString> tablesWithId = {})
{
    return PgDialect::translate(QString::fromUtf8(sql), tablesWithId);
}
} // namespace

TEST_CASE("named parameters become positional ones, a name used twice being one parameter")
{
    const auto t = pg("SELECT id FROM documents WHERE customer_id = :customer AND (:status = '' OR status = :status)");
    CHECK(t.sql == "SELECT id FROM documents WHERE customer_id = $1 AND ($2 = '' OR status = $2)");
    REQUIRE(t.names.size() == 2);
    CHECK(t.names.at(0) == ":customer");
    CHECK(t.names.at(1) == ":status");
    CHECK_FALSE(t.returnsId);
}

TEST_CASE("quoted text, identifiers, comments and casts are left alone")
{
    const auto t = pg("SELECT ':not' || \"col:x\", x::text -- :comment\nFROM t WHERE a = :a AND b LIKE 'it''s :b'");
    CHECK(t.sql == "SELECT ':not' || \"col:x\", x::text -- :comment\nFROM t WHERE a = $1 AND b ILIKE 'it''s :b'");
    REQUIRE(t.names.size() == 1);
}

TEST_CASE("SQLite's spellings become PostgreSQL's")
{
    CHECK(pg("INSERT OR IGNORE INTO disputes (document_id) VALUES (:id);").sql
          == "INSERT INTO disputes (document_id) VALUES ($1) ON CONFLICT DO NOTHING");
    CHECK(pg("SELECT CAST(amount AS INTEGER), CAST(x as integer) FROM t").sql
          == "SELECT CAST(amount AS BIGINT), CAST(x as BIGINT) FROM t");
    CHECK(pg("SELECT name FROM customers WHERE name LIKE :q ESCAPE '\\' AND alike = 1").sql
          == "SELECT name FROM customers WHERE name ILIKE $1 ESCAPE '\\' AND alike = 1");
    CHECK(pg("SELECT id FROM customers c WHERE c.name COLLATE NOCASE = :name COLLATE NOCASE ORDER BY name COLLATE "
             "nocase")
              .sql
          == "SELECT id FROM customers c WHERE lower(c.name) = lower($1) ORDER BY lower(name) NULLS FIRST");
}

TEST_CASE("ORDER BY sorts NULL as SQLite does")
{
    CHECK(pg("SELECT id FROM t ORDER BY number DESC, lower(name), f(a, b) ASC LIMIT :n").sql
        == "SELECT id FROM t ORDER BY number DESC NULLS LAST, lower(name) NULLS FIRST, f(a, b) ASC NULLS FIRST "
           "LIMIT $1");
    CHECK(pg("SELECT (SELECT x FROM u ORDER BY y LIMIT 1), z FROM t ORDER BY z DESC;").sql
          == "SELECT (SELECT x FROM u ORDER BY y NULLS FIRST LIMIT 1), z FROM t ORDER BY z DESC NULLS LAST");
    CHECK(pg("SELECT sum(a) OVER (ORDER BY b) FROM t ORDER BY c NULLS LAST").sql
          == "SELECT sum(a) OVER (ORDER BY b NULLS FIRST) FROM t ORDER BY c NULLS LAST");
    CHECK(pg("SELECT max(d) OVER (PARTITION BY k ORDER BY e.id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) "
             "FROM t")
              .sql
          == "SELECT max(d) OVER (PARTITION BY k ORDER BY e.id NULLS FIRST ROWS BETWEEN UNBOUNDED PRECEDING AND 1 "
             "PRECEDING) FROM t");
}

TEST_CASE("a full-text MATCH becomes the search column against a prefix query")
{
    const auto t = pg("SELECT rowid FROM document_search WHERE document_search MATCH :search "
                      "UNION SELECT document_id FROM line_search s WHERE line_search MATCH :search AND s.rowid > :x");
    CHECK(t.sql == "SELECT rowid FROM document_search WHERE search @@ (SELECT facturo_search_query($1)) "
                   "UNION SELECT document_id FROM line_search s WHERE search @@ (SELECT facturo_search_query($1)) AND s.rowid > $2");
    CHECK(t.names.size() == 2);
}

TEST_CASE("an insert into a table keyed by an identity id returns the new id")
{
    const QSet<QString> withId {QStringLiteral("customers"), QStringLiteral("disputes")};
    const auto insert = pg("INSERT INTO customers (name) VALUES (:name)", withId);
    CHECK(insert.sql == "INSERT INTO customers (name) VALUES ($1) RETURNING id");
    CHECK(insert.returnsId);
    const auto ignore = pg("INSERT OR IGNORE INTO disputes (document_id) VALUES (:id)", withId);
    CHECK(ignore.sql == "INSERT INTO disputes (document_id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING id");
    CHECK(pg("INSERT INTO settings (key, value) VALUES (:k, :v)", withId).returnsId == false);
    CHECK(pg("INSERT INTO customers (name) VALUES (:n) RETURNING id, name", withId).sql
          == "INSERT INTO customers (name) VALUES ($1) RETURNING id, name");
    CHECK_FALSE(pg("SELECT 1 FROM customers WHERE name = 'INSERT INTO customers'", withId).returnsId);
}

TEST_CASE("SQLite's date, JSON and scalar min/max functions become PostgreSQL's, nested calls too")
{
    CHECK(pg("SELECT CAST(julianday(:asof) - julianday(d.due_date) AS INTEGER) FROM documents d").sql
          == "SELECT CAST(extract(julian FROM CAST($1 AS date)) - extract(julian FROM CAST(d.due_date AS date)) AS "
             "BIGINT) FROM documents d");
    CHECK(pg("SELECT coalesce(json_extract(d.snapshot, '$.customer.vat_id'), '') FROM documents d").sql
          == "SELECT coalesce((CAST(d.snapshot AS jsonb) #>> '{customer,vat_id}'), '') FROM documents d");
    CHECK(pg("SELECT sum(max(0, julianday(paid_on) - julianday(due_date))), max(id), MIN(a, b, 3) FROM t").sql
          == "SELECT sum(greatest(0, extract(julian FROM CAST(paid_on AS date)) - extract(julian FROM CAST(due_date AS "
             "date)))), max(id), least(a, b, 3) FROM t");
    // Not rewritten: a path beyond object keys, a name in quotes, a parameter or a column called so.
    CHECK(pg("SELECT json_extract(x, '$.lines[0]'), 'max(1, 2)', \"min\"(a, b), :max FROM t").sql
          == "SELECT json_extract(x, '$.lines[0]'), 'max(1, 2)', \"min\"(a, b), $1 FROM t");
}

TEST_CASE("a unary + that keeps a column off SQLite's index is dropped, an addition is kept")
{
    CHECK(pg("SELECT id FROM documents d WHERE status = 'posted' AND +doc_type = 'invoice' AND (+d.kind IN (1)) "
             "AND a +b > 0 AND rowid + 0 > 1 AND x = +y AND '+z' = 'x'")
              .sql
          == "SELECT id FROM documents d WHERE status = 'posted' AND doc_type = 'invoice' AND (d.kind IN (1)) "
             "AND a +b > 0 AND rowid + 0 > 1 AND x = y AND '+z' = 'x'");
}

TEST_CASE("a limit bound as a parameter may be negative, as SQLite's no limit")
{
    const auto t = pg("SELECT id FROM bank_entries ORDER BY id LIMIT :limit OFFSET :offset");
    CHECK(t.sql == "SELECT id FROM bank_entries ORDER BY id NULLS FIRST LIMIT $1 OFFSET $2");
    CHECK(t.limits == QList<QByteArray> {QByteArrayLiteral(":limit")});
    CHECK(t.names.size() == 2);
    CHECK(pg("SELECT id FROM t LIMIT 1").sql == "SELECT id FROM t LIMIT 1");
}

TEST_CASE("an ORDER BY term that is a column never NULL gets no NULLS clause, so an index serves it")
{
    const QSet<QString> notNull {QStringLiteral("rowid"), QStringLiteral("status")};
    CHECK(PgDialect::translate(QStringLiteral("SELECT rowid FROM s ORDER BY rowid DESC LIMIT :n"), {}, notNull).sql
        == "SELECT rowid FROM s ORDER BY rowid DESC LIMIT $1");
    CHECK(PgDialect::translate(
              QStringLiteral("SELECT id FROM d ORDER BY d.status, number DESC, rowid + 0 DESC"), {}, notNull)
              .sql
        == "SELECT id FROM d ORDER BY d.status, number DESC NULLS LAST, rowid + 0 DESC NULLS LAST");
}
