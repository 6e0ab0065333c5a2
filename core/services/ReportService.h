#pragma once

#include "LedgerContext.h"
#include "ReportRequest.h"
#include "ReportTable.h"

// The reports of the Reports page and `facturo-cli report NAME` (issue 6): the same figures
// for both, read-only, from indexed queries (ReportRepository).
class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(ReportService)
public:
    explicit ReportService(LedgerContext &context)
        : m_ctx(context)
        , m_repo(context.db)
    { }

    struct Info
    {
        QString name;
        QString title;
        bool usesPeriod = true; // false: as of a day
    };
    static QList<Info> available();

    Result<ReportTable> run(const ReportRequest &request);

    Result<ReportTable> agedReceivables(const QDate &asOf);
    Result<ReportTable> salesByMonth(const QDate &from, const QDate &to);
    Result<ReportTable> salesByCustomer(const QDate &from, const QDate &to);
    Result<ReportTable> salesByItem(const QDate &from, const QDate &to);
    Result<ReportTable> taxSummary(const QDate &from, const QDate &to);
    Result<ReportTable> collections(const QDate &from, const QDate &to);
    Result<ReportTable> invoiceRegister(const ReportRegisterFilter &filter, qint64 limit = 0);

private:
    Result<ReportTable> started(const QString &name) const;

    LedgerContext &m_ctx;
    ReportRepository m_repo;
};
