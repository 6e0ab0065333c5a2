#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

// The statements of the repositories, written once, as PostgreSQL runs them. The repositories
// write SQL both engines agree on; what differs only in spelling is rewritten here, once per
// statement when it is prepared:
// - :name parameters become $1, $2, ... (a name used twice is one parameter);
// - INSERT OR IGNORE becomes INSERT ... ON CONFLICT DO NOTHING;
// - CAST(x AS INTEGER) becomes CAST(x AS BIGINT) (SQLite's INTEGER is 64 bits);
// - LIKE becomes ILIKE (SQLite's LIKE ignores the case of ASCII letters);
// - words MATCH :text (FTS5) becomes search @@ (SELECT facturo_search_query(:text)), the query
//   made once per statement (the schema's search
//   tables keep their words in a tsvector column `search`);
// - each ORDER BY term sorts NULL as SQLite does (first ascending, last descending);
// - julianday(x), json_extract(x, '$.a.b'), max(a, b) and min(a, b) become PostgreSQL's
//   extract(julian ...), (x::jsonb #>> '{a,b}'), greatest() and least();
// - LIMIT :n becomes LIMIT CASE WHEN :n >= 0 THEN :n END (a negative limit is none in SQLite);
// - a unary +column (SQLite's way of keeping a column off an index) loses its +;
// - x COLLATE NOCASE becomes lower(x) (write a comparison as `a COLLATE NOCASE = b COLLATE NOCASE`);
// - an INSERT into a table whose key is an identity column `id` returns it (lastInsertId()).
// Everything in quotes, string literals and comments is left alone.
namespace PgDialect {

struct Translated
{
    QByteArray sql;
    QList<QByteArray> names; // ":name" of $1, $2, ... in order
    bool returnsId = false;  // RETURNING id was added: the first column of the row is the new id
    QList<QByteArray> limits; // ":name"s used as a LIMIT: a negative value is bound as NULL (none)
};

// tablesWithId: the tables whose key is an identity column named id. notNullColumns: the column
// names that are NOT NULL in every table having one (lower case); an ORDER BY term that is such a
// column gets no NULLS clause.
Translated translate(const QString &sql, const QSet<QString> &tablesWithId, const QSet<QString> &notNullColumns = {});

} // namespace PgDialect
