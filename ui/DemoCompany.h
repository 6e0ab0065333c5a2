#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

// Fills a new company file with a year of a small service firm's life: customers, a catalog,
// jobs done and invoiced, payments (some late, some partial), a credit note, drafts, jobs
// waiting to be invoiced and quotations. Deterministic, built through the services only, so
// every rule of the ledger holds. Used by "Open the demo company" and the screenshot script.
class DemoCompany
{
    Q_DECLARE_TR_FUNCTIONS(DemoCompany)
public:
    // Creates `path` (which must not exist yet) with business up to `today`.
    static Status create(const QString &path, const QDate &today);
};
