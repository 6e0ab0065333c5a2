#pragma once

#include <QStringList>

#include <optional>

// The test line runs the storage-facing tests on both engines: with FACTURO_TEST_ENGINE=postgresql
// (and the private cluster's URI in the file FACTURO_TEST_PG_URI_FILE names, see
// tests/server/README.md) each TestLedger is a fresh database on the server instead of a file.
// Per test program: an owner role, an application role and a clerk login in it; the company
// template is set up once and copied (CREATE DATABASE ... TEMPLATE) for each test.
namespace TestServer {
bool enabled();
// Overrides FACTURO_TEST_ENGINE for the TestLedgers made from now on (a test comparing the
// engines makes one of each); std::nullopt goes back to the environment.
void force(std::optional<bool> server);
// The program's application role (the clerks' role: writes rows, owns nothing).
QString appRole();
// The cluster's superuser URI.
QString adminUri();
// A new, empty database owned by this program's owner role; its name.
QString createDatabase(const QString &templateName = {});
// Sets up the company schema in the database (as the owner), for the program's application role.
void initSchema(const QString &database);
// The location a clerk opens: the clerk's login on that database.
QString clerkUri(const QString &database);
// The superuser's location on that database.
QString superuserUri(const QString &database);
// Runs statements on the database as the superuser, in one session (SET lasts for the next ones):
// owner-level changes a test makes behind the application's back.
void runAsSuperuser(const QString &database, const QStringList &statements);
// The database a clerk's (or the superuser's) URI names.
QString databaseOf(const QString &uri);
// Drops the database (after every connection to it is closed).
void dropDatabase(const QString &database);
// A new database with the company schema and no company in it yet (what `facturo-cli server init`
// leaves), copied from a template made once per program; dropped when the test case ends. Its name.
QString createEmptyCompany();
} // namespace TestServer
