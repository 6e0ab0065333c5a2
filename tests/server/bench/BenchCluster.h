#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

// The server a benchmark runs on: FACTURO_TEST_PG (a superuser URI) when set, else a private
// cluster started with tests/server/pg-cluster.sh in a temporary folder and stopped at the end.
// Makes an owner role, an application role and a clerk login in it, and company databases set up
// with PgSchema::init.
class BenchCluster
{
public:
    BenchCluster();
    ~BenchCluster();
    bool ok() const { return !m_adminUri.isEmpty(); }
    QString adminUri() const { return m_adminUri; }
    QString clerk() const { return m_clerk; }
    // A new company database (schema set up, nobody signed in yet); its name.
    QString createCompany(const QString &name);
    QString ownerUri(const QString &database) const;
    QString clerkUri(const QString &database) const;
    QString adminUriIn(const QString &database) const;
    // Runs statements as the superuser in a database (default: the cluster's own).
    bool admin(const QString &sql, const QString &database = {});
    // The first value of a query run as the superuser.
    QString adminValue(const QString &sql, const QString &database = {});

private:
    QString uriAs(const QString &user, const QString &database) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_clusterDir;
    QString m_adminUri;
    QString m_owner, m_app, m_clerk;
};
