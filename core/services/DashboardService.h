#pragma once

#include "Database.h"

#include <QDate>
#include <QList>

// The figures of the invoicing dashboard, as of one day.
struct DashboardFigures
{
    qint64 outstanding = 0; // amount due on posted invoices, minor units
    qint64 outstandingCount = 0;
    qint64 overdue = 0; // of which due before today
    qint64 overdueCount = 0;
    qint64 collectedThisMonth = 0; // payments (less reversals) dated this month
    qint64 draftsWaiting = 0;      // drafts not in the trash
    qint64 awaitingApproval = 0;   // draft invoices above the approval threshold, not approved
    qint64 ordersToInvoice = 0;    // service orders Done, not yet invoiced
};

// Receivables of one age bucket: current, 1-30, 31-60, 61-90 and 90+ days overdue.
struct AgingBucket
{
    int fromDays = 0; // days overdue, inclusive; 0 for "not yet due"
    int toDays = 0;   // inclusive; -1 for open-ended
    qint64 amount = 0;
    qint64 count = 0;
};

struct MonthFigures
{
    QDate month; // first day of the month
    qint64 invoiced = 0;  // gross of invoices posted that month
    qint64 collected = 0; // payments dated that month, less reversals
};

// Everything the dashboard shows, read in one go (the receivables are scanned once).
struct DashboardData
{
    DashboardFigures figures;
    QList<AgingBucket> aging;
    QList<MonthFigures> months;
};

// The dashboard's figures, read (DashboardRepository) and aged here; it never writes.
class DashboardService
{
    Q_DECLARE_TR_FUNCTIONS(DashboardService)
public:
    explicit DashboardService(Database &db) : m_db(db) {}

    // months 0: the figures and the aging only.
    Result<DashboardData> load(const QDate &today, int months = 12) const;
    Result<DashboardFigures> figures(const QDate &today) const;
    // Always five buckets, in order: current, 1-30, 31-60, 61-90, 90+.
    Result<QList<AgingBucket>> receivablesByAge(const QDate &today) const;
    // The last `months` months up to and including today's, oldest first.
    Result<QList<MonthFigures>> monthly(const QDate &today, int months = 12) const;

private:
    Status addWaitingWork(DashboardFigures &figures, const QDate &today) const;

    Database &m_db;
};
