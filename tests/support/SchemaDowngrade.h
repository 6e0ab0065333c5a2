#pragma once

#include "Database.h"

#include <QSqlQuery>
#include <QStringList>

#include <catch2/catch.hpp>

// Turns an open file of the current schema back into a file of schema 8 (before the structured
// party data of migration 0009): the columns it added are removed, user_version says 8.
//
// Migration 0009 added its columns by one edit of each table's definition (text appended at the
// end); this undoes that edit the same way, then VACUUM writes every row again without the
// removed trailing values, so a later upgrade reads each added column's default, as it would in
// a real schema-8 file. 33 ALTER TABLE DROP COLUMN statements did the same in ten times the time
// (each one parses the whole schema and rewrites its table).
inline void downgradeToSchema8(Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("DROP INDEX customers_address_review")));
    REQUIRE(q.exec(QStringLiteral("PRAGMA writable_schema = ON")));
    REQUIRE(q.exec(QStringLiteral("UPDATE sqlite_master SET sql = substr(sql, 1, instr(sql, ', address_line1 TEXT') - 1) || ')' "
                                  "WHERE type = 'table' AND name IN ('company', 'customers') "
                                  "AND instr(sql, ', address_line1 TEXT') > 0")));
    REQUIRE(q.numRowsAffected() == 2);
    REQUIRE(q.exec(QStringLiteral("PRAGMA writable_schema = RESET")));
    REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 8")));
    REQUIRE(q.exec(QStringLiteral("VACUUM")));
    for (const QString &table : {QStringLiteral("company"), QStringLiteral("customers")}) {
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('%1') WHERE name = 'address_line1'").arg(table)));
        REQUIRE(q.next());
        REQUIRE(q.value(0).toInt() == 0);
    }
    REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(q.next());
    REQUIRE(q.value(0).toString() == QStringLiteral("ok"));
}
