#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

struct pg_conn;

// Moves a whole company between a company file and a database on a PostgreSQL server
// (`facturo-cli server import|export`, docs/server.md), as the database's owner (the location's
// user). Every row of every table is copied with the same values: ids, dates and times as the same
// text, blobs byte for byte, so the row digests and the audit hash chain verify on the other side.
// Both sides must have the same schema (TransferCatalog compares their catalogs first).
// The rules' triggers do not run during the copy (they would refuse to write posted documents and
// keep the summaries and search tables a second time): the copy writes those tables' rows as they
// are, and the triggers are back, unchanged, when it commits.
class ServerTransfer
{
    Q_DECLARE_TR_FUNCTIONS(ServerTransfer)
public:
    struct Summary
    {
        int tables = 0;
        qint64 rows = 0;
    };
    // Called after each table with its name and the number of its rows copied.
    using Progress = std::function<void(const QString &table, qint64 rows)>;

    // Copies the company file `file` (of this version's schema; only read) into the database at
    // `location`, which `server init` prepared and which holds no company yet (no documents,
    // customers or audit events: else refused). One transaction on the server under the company's
    // lock: all of it or nothing. The identity sequences continue after the copied ids.
    static Result<Summary> importFile(const QString &file, const QString &location, const Progress &progress = {});

    // Writes the company at `location` into the new company file `file` (refused if anything
    // exists under that name), from one snapshot of the server (REPEATABLE READ, READ ONLY): the
    // file is written under a temporary name and takes its name only once complete.
    static Result<Summary> exportTo(const QString &location, const QString &file, const Progress &progress = {});

private:
    // The server holds a company schema of `version` (the file's).
    static Status checkSchema(pg_conn *server, const QString &where, int version);
    // Runs statements without rows; `doing` completes "Could not ...".
    static Status run(pg_conn *server, const QString &sql, const QString &doing);
};
