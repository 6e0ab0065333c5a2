#pragma once

#include "Database.h"
#include "Result.h"

// A scoped transaction (STYLE.md): begins on construction, rolls back in the destructor unless
// commit() succeeded. Nested guards become savepoints, so a service can run on its own or
// inside a caller's larger transaction (bulk work, the demo generator).
class Transaction
{
public:
    explicit Transaction(Database &db) : m_db(db), m_began(db.beginLevel()) {}
    ~Transaction()
    {
        if (m_began.ok() && !m_committed)
            m_db.rollbackLevel();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether the transaction could be started (the file may be locked by another program).
    const Status &began() const { return m_began; }

    Status commit()
    {
        Status done = m_db.commitLevel();
        if (done)
            m_committed = true;
        return done;
    }

private:
    Database &m_db;
    Status m_began;
    bool m_committed = false;
};
