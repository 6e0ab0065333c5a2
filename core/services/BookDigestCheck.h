#pragma once

#include "LedgerContext.h"

// Recomputes the digest of the rows every money event vouches for (MoneyEvents) and compares it
// with the one the event carries. Used by `check`, `audit verify` and Help › Check. Reads only.
struct BookDigestReport
{
    qint64 checked = 0; // money events whose rows still match their digest
    qint64 withoutDigest = 0; // money events written before digests existed: nothing to compare
    QString problem; // the first document or payment whose rows no longer match; empty: none
    qint64 firstBrokenEvent = 0;
    bool ok() const { return problem.isEmpty(); }
    QString summary() const; // the "passed" line
};

class BookDigestCheck
{
    Q_DECLARE_TR_FUNCTIONS(BookDigestCheck)
public:
    explicit BookDigestCheck(LedgerContext &context)
        : m_ctx(context)
    { }
    Result<BookDigestReport> run();

private:
    LedgerContext &m_ctx;
};
