#pragma once

#include "PgTestConnection.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

// What the server transfer tests (ServerTransferTest.cpp) need around facturo-cli.

// facturo-cli (FACTURO_CLI) with the given arguments.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};
CliRun runCli(const QStringList &arguments);

// A database made the way docs/server.md says: an administrator creates the owner role, the
// application role (NOLOGIN), a clerk's login in it and the database owned by the owner; the owner
// runs `facturo-cli server init URI --role APP`. Roles and database are dropped at the end.
class ServerCompany
{
public:
    ServerCompany();
    ~ServerCompany();
    ServerCompany(const ServerCompany &) = delete;
    ServerCompany &operator=(const ServerCompany &) = delete;

    QString ownerUri() const;
    QString ownerUriWithPassword(const QString &password) const;
    QString clerkUri() const;
    // Another empty database owned by the owner (as an administrator makes one to restore into),
    // dropped at the end; its name.
    QString addDatabase(const QString &suffix);
    QString ownerUriIn(const QString &database) const;
    QString clerkUriIn(const QString &database) const;
    // The cluster's superuser in this database (to look and to spoil).
    PgTestConnection &admin() { return *m_inDatabase; }

private:
    QString m_name;
    QString m_owner;
    QString m_app;
    QString m_clerk;
    QString m_password;
    QStringList m_databases;
    std::unique_ptr<PgTestConnection> m_cluster;
    std::unique_ptr<PgTestConnection> m_inDatabase;
};

// A company's tables as each engine's catalog has them: name -> columns in order (a full-text
// table of a file has its hidden rowid first, as the server's search tables; the server's
// generated columns and its facturo_schema are left out, as a file has neither).
using TableColumns = QMap<QString, QStringList>;
TableColumns fileTables(const QString &file);
TableColumns serverTables(PgTestConnection &server);

// Every row of a table, one line each ("kind:value" per column: null, integer, text, blob as
// \x + hex), sorted: the same for the same rows on either engine.
QStringList fileRows(const QString &file, const QString &table, const QStringList &columns);
QStringList serverRows(PgTestConnection &server, const QString &table, const QStringList &columns);

// One value of a company file ("" when there is no row).
QString fileValue(const QString &file, const QString &sql);
// Runs a statement on a company file (to spoil it).
void changeFile(const QString &file, const QString &sql);
// The whole state of a server database: every table's rows (digest), the sequences, the
// triggers and whether each is enabled.
QString serverState(PgTestConnection &server);
