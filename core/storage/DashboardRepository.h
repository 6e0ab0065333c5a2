#pragma once

#include "Database.h"

#include <QDate>
#include <QList>

// The dashboard's reads (DashboardService), over the maintained summaries of migration 0006 and
// the drafts and service orders; the same SQL on either engine (dates as ISO text, any date
// arithmetic left to the caller).
class DashboardRepository
{
    Q_DECLARE_TR_FUNCTIONS(DashboardRepository)
public:
    explicit DashboardRepository(Database &db) : m_db(db) {}

    struct OpenByDue
    {
        QString dueDate; // ISO; empty for none
        qint64 count = 0;
        qint64 amount = 0;
    };
    struct Month
    {
        QString month; // yyyy-MM
        qint64 invoiced = 0;
        qint64 collected = 0;
    };
    struct Drafts
    {
        qint64 waiting = 0;
        qint64 awaitingApproval = 0;
    };

    // Payments less reversals dated from `from` to `to`.
    Result<qint64> collected(const QDate &from, const QDate &to) const;
    Result<Drafts> drafts() const;
    Result<qint64> ordersToInvoice() const;
    // The open invoices per due date (receivables_by_due).
    Result<QList<OpenByDue>> openByDueDate() const;
    // Invoiced and collected per month, from `from` to `to`.
    Result<QList<Month>> months(const QDate &from, const QDate &to) const;

private:
    Database &m_db;
};
