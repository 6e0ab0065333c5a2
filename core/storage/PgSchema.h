#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

// The company's schema on a PostgreSQL server, made and upgraded by its owner (the role of the
// location's user, which owns every table): `facturo-cli server init|upgrade`. The clerks work
// as members of the application role, which may read and write rows but owns nothing, cannot
// TRUNCATE and cannot change the schema (resources/migrations/postgresql/roles.sql).
class PgSchema
{
    Q_DECLARE_TR_FUNCTIONS(PgSchema)
public:
    // The role the clerks' logins are granted.
    static QString defaultApplicationRole() { return QStringLiteral("facturo_app"); }

    // Makes the company's schema in an empty database, in one transaction: the tables, rules and
    // the application role. A database that already has tables is refused and left as it is.
    static Status init(const QString &location, const QString &applicationRole = defaultApplicationRole());
    // Runs the scripts newer than the database's schema, in one transaction.
    static Status upgrade(const QString &location, const QString &applicationRole = defaultApplicationRole());
};
