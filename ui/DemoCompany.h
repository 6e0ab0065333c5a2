#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

// "Open the demo company": a new company file filled by the ledger's DemoGenerator (a year
// of a small service firm, or a large file for measurements), as of `today`.
class DemoCompany
{
    Q_DECLARE_TR_FUNCTIONS(DemoCompany)
public:
    // Creates `path`, which must not exist yet. invoices 0: the realistic sample company.
    static Status create(const QString &path, const QDate &today, qint64 invoices = 0,
                         const std::function<void(qint64 done, qint64 total)> &progress = {});
};
