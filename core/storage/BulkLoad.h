#pragma once

#include "Database.h"
#include "Result.h"

// A bulk load into a brand-new company file (the demo generator): while it runs, the file is
// written without waiting for the disk (PRAGMA synchronous = OFF, a larger page cache, fewer
// checkpoints) and the full-text search index (migration 0005) is not kept current row by row:
// its triggers are suspended and the index is filled once, in one insert per table, when the
// load finishes. Every document keeps its own savepoint and every day its own commit, so a
// killed load leaves a sound file; the suspension is recorded in the file in the same
// transaction as the dropped triggers, and Database::open restores the index of such a file.
class BulkLoad
{
    Q_DECLARE_TR_FUNCTIONS(BulkLoad)
public:
    explicit BulkLoad(Database &db) : m_db(db) {}
    ~BulkLoad(); // finishes (ignoring errors: the next open repairs) if finish() was not called
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    // Outside any transaction.
    Status begin();
    // Fills the search index, restores its triggers and the durable settings.
    Status finish();

    // Restores the search index of a file whose bulk load was interrupted (nothing to do on
    // any other file). Called by Database::open.
    static Status repairSearchIndex(Database &db);

private:
    Database &m_db;
    bool m_active = false;
};
