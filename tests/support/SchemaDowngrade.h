#pragma once

#include "Database.h"

#include <QSqlQuery>
#include <QStringList>

#include <catch2/catch.hpp>

// Turns an open file of the current schema back into a file of schema 8 (before the structured
// party data of migration 0009): the columns it added are dropped, user_version says 8.
inline void downgradeToSchema8(Database &db)
{
    QSqlQuery q(db.connection());
    // One transaction: one sync to disk instead of one per dropped column.
    REQUIRE(q.exec(QStringLiteral("BEGIN")));
    REQUIRE(q.exec(QStringLiteral("DROP INDEX customers_address_review")));
    const QStringList shared = {QStringLiteral("address_line1"), QStringLiteral("address_line2"),
                                QStringLiteral("address_line3"), QStringLiteral("postcode"),
                                QStringLiteral("city"), QStringLiteral("country_subdivision"),
                                QStringLiteral("country_code"), QStringLiteral("country_line"),
                                QStringLiteral("postcode_prefix"), QStringLiteral("address_review"),
                                QStringLiteral("registration_scheme"), QStringLiteral("registration_id"),
                                QStringLiteral("endpoint_scheme"), QStringLiteral("endpoint_id")};
    for (const QString &column : shared + QStringList{QStringLiteral("contact_name"), QStringLiteral("contact_phone"),
                                                      QStringLiteral("contact_email")}) {
        INFO(column.toStdString());
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE company DROP COLUMN %1").arg(column)));
    }
    for (const QString &column : shared + QStringList{QStringLiteral("buyer_reference"), QStringLiteral("einvoice_format")}) {
        INFO(column.toStdString());
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE customers DROP COLUMN %1").arg(column)));
    }
    REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 8")));
    REQUIRE(q.exec(QStringLiteral("COMMIT")));
}
