#pragma once

#include "PgTestConnection.h"

#include <QString>

#include <memory>

// A fresh company database on the test cluster (tests/server/README.md): its own owner role,
// which runs resources/migrations/postgresql/0017_schema.sql, and its own application role, given
// its rights by roles.sql. Database and roles are dropped again at the end.
class PgTestDatabase
{
public:
    PgTestDatabase();
    ~PgTestDatabase();
    PgTestDatabase(const PgTestDatabase &) = delete;
    PgTestDatabase &operator=(const PgTestDatabase &) = delete;

    // The cluster's superuser URI: FACTURO_TEST_PG, else the URI in the file that
    // FACTURO_TEST_PG_URI_FILE names (written by `pg-cluster.sh start`).
    static QString clusterUri();
    // The cluster URI for another role, password and database.
    static QString uriFor(const QString &user, const QString &password, const QString &database);
    // The cluster URI (its superuser) for another database.
    static QString uriIn(const QString &database);
    // A script of resources/migrations/postgresql.
    static QString script(const QString &name);

    PgTestConnection &admin() { return *m_admin; }
    PgTestConnection &owner() { return *m_owner; }
    PgTestConnection &app() { return *m_app; }
    QString name() const { return m_name; }
    QString ownerRole() const { return m_ownerRole; }
    QString appRole() const { return m_appRole; }
    QString appPassword() const { return m_appPassword; }

private:
    QString m_name;
    QString m_ownerRole;
    QString m_appRole;
    QString m_appPassword;
    std::unique_ptr<PgTestConnection> m_admin;
    std::unique_ptr<PgTestConnection> m_owner;
    std::unique_ptr<PgTestConnection> m_app;
};
