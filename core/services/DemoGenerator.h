#pragma once

#include "Clock.h"
#include "Ledger.h"

#include <functional>

struct DemoOptions
{
    qint64 invoices = 0; // 0: the small realistic sample company (about 80 invoices)
    quint64 seed = 1;
    QDate asOf;          // "today" of the sample; empty: the clock's today
    std::function<void(qint64 done, qint64 total)> progress;
};

struct DemoSummary
{
    qint64 customers = 0;
    qint64 invoices = 0;
    qint64 creditNotes = 0;
    qint64 payments = 0;
    qint64 serviceOrders = 0;
};

// Fills a new company file with a realistic euro-zone service firm: complete seller details,
// customers, a catalog, service orders in every state, quotations, and a year of invoices in
// every state (drafts, posted, overdue, partially paid, paid, credited) made through the real
// services, so every rule, number, journal entry and audit event is as in daily use.
// Deterministic: the same seed and date give the same file.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    // The ledger must run on `clock`: the generator moves it through the sample's year.
    DemoGenerator(Ledger &ledger, FixedClock &clock) : m_ledger(ledger), m_clock(clock) {}

    Result<DemoSummary> generate(const DemoOptions &options);

    // A demo whose making was killed: the file carries a mark from before its first change to
    // its last transaction. Such a file is replaced by the next demo, not refused.
    static Result<bool> isUnfinished(Ledger &ledger);

private:
    Ledger &m_ledger;
    FixedClock &m_clock;
};
