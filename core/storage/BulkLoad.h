#pragma once

#include "Database.h"
#include "Result.h"

#include <memory>

// A bulk load into a brand-new company file (the demo generator): while it runs, the file is
// written without waiting for the disk (PRAGMA synchronous = OFF, a page cache of up to 1 GB, fewer
// checkpoints) and the full-text search index (migration 0005) is not kept current row by row:
// its triggers are suspended and the index is filled once, in one insert per table, when the
// load finishes. So are the indexes that only lists and reports read (unique ones stay): each is
// rebuilt in one sorted pass at the end. Inner transaction levels join the caller's
// transaction (Database::setFlatNesting); the caller commits every so often, so a killed load
// leaves a sound file with what was committed. The suspension is recorded in the file in the
// same transaction as the drops, and Database::open restores the index and indexes of such a file.
// Copying the write-ahead log into the file (the checkpoint) runs on a thread of its own with
// its own connection, beside the load, instead of stopping it every few thousand pages.
// On a server only the joined transactions remain: the server keeps its search rows and
// indexes current and is as durable as its administrator set it.
class BulkLoad
{
    Q_DECLARE_TR_FUNCTIONS(BulkLoad)
public:
    explicit BulkLoad(Database &db);
    ~BulkLoad(); // finishes (ignoring errors: the next open repairs) if finish() was not called
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    // Outside any transaction.
    Status begin();
    // Fills the search index, restores its triggers, the suspended indexes and the durable settings.
    Status finish();
    // Between two of the caller's transactions: lets the write-ahead log start over once the
    // checkpoint thread has copied it (a log that outgrows 1 GB is copied here and now).
    void committed();

    // Restores the search index of a file whose bulk load was interrupted (nothing to do on
    // any other file). Called by Database::open.
    static Status repairSearchIndex(Database &db);

private:
    class Checkpointer;
    Database &m_db;
    bool m_active = false;
    std::unique_ptr<Checkpointer> m_checkpointer;
};
