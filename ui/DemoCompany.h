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
    // Creates `path`. invoices 0: the realistic sample company. An existing company file is never
    // replaced, except a demo whose making was killed (isUnfinished): that one is made again from
    // scratch; an empty file (no company yet) is filled.
    static Status create(const QString &path, const QDate &today, qint64 invoices = 0,
                         const std::function<void(qint64 done, qint64 total)> &progress = {});
    // Whether `path` is a demo company whose making did not finish (a killed program).
    static bool isUnfinished(const QString &path);
};
