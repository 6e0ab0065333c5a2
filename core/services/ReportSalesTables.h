#pragma once

#include "ReportRepository.h"
#include "ReportTable.h"

// The period reports built from posted documents: sales by month, customer and item, the tax
// summary and the invoice register. Credit notes reduce sales; ReportService fills in the name,
// title and currency, these fill in the columns, rows, totals and figures.
class ReportSalesTables
{
    Q_DECLARE_TR_FUNCTIONS(ReportSalesTables)
public:
    static Status byMonth(const ReportRepository &repo, const QDate &from, const QDate &to, ReportTable &t);
    static Status byCustomer(const ReportRepository &repo, const QDate &from, const QDate &to, ReportTable &t);
    static Status byItem(const ReportRepository &repo, const QDate &from, const QDate &to, ReportTable &t);
    static Status taxSummary(const ReportRepository &repo, const QDate &from, const QDate &to, ReportTable &t);
    static Status invoiceRegister(
        const ReportRepository &repo, const ReportRegisterFilter &filter, qint64 limit, ReportTable &t);
};
