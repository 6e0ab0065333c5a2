#pragma once

#include "SqlStatement.h"

#include <QVariant>

#include <catch2/catch.hpp>

// Statements a test runs through the company's own connection (SqlStatement), so on either
// engine: a file, or a server database (where Database::connection() is not open).
namespace TestSql {

// The first column of the first row the query returns (the test fails without a row).
inline QVariant value(Database &db, const QString &sql)
{
    SqlStatement q(db, sql);
    const Status done = q.exec(QStringLiteral("read a value"));
    INFO(sql.toStdString() << ": " << done.message().toStdString());
    REQUIRE(done.ok());
    REQUIRE(q.next());
    return q.value(0);
}

inline qint64 integer(Database &db, const QString &sql)
{
    return value(db, sql).toLongLong();
}

// Runs a statement the application's role may try (a change the schema's rules may refuse):
// its outcome, with the engine's message on failure.
inline Status run(Database &db, const QString &sql)
{
    SqlStatement q(db, sql);
    return q.exec(QStringLiteral("change the rows"));
}

} // namespace TestSql
