#include "DashboardService.h"

#include "DashboardRepository.h"

#include <QHash>

Result<DashboardData> DashboardService::load(const QDate &today, int months) const
{
    DashboardData data;
    auto aging = receivablesByAge(today);
    if (!aging)
        return aging.error();
    data.aging = aging.value();
    for (const AgingBucket &bucket : std::as_const(data.aging)) {
        data.figures.outstanding += bucket.amount;
        data.figures.outstandingCount += bucket.count;
        if (bucket.fromDays > 0) {
            data.figures.overdue += bucket.amount;
            data.figures.overdueCount += bucket.count;
        }
    }
    FACTURO_TRY(addWaitingWork(data.figures, today));
    if (months > 0) {
        auto monthly = this->monthly(today, months);
        if (!monthly)
            return monthly.error();
        data.months = monthly.value();
    }
    return data;
}

Result<DashboardFigures> DashboardService::figures(const QDate &today) const
{
    auto data = load(today, 0);
    if (!data)
        return data.error();
    return data->figures;
}

Status DashboardService::addWaitingWork(DashboardFigures &f, const QDate &today) const
{
    DashboardRepository repository(m_db);
    auto collected = repository.collected(QDate(today.year(), today.month(), 1), today);
    if (!collected)
        return collected.error();
    f.collectedThisMonth = collected.value();
    auto drafts = repository.drafts();
    if (!drafts)
        return drafts.error();
    f.draftsWaiting = drafts->waiting;
    f.awaitingApproval = drafts->awaitingApproval;
    auto orders = repository.ordersToInvoice();
    if (!orders)
        return orders.error();
    f.ordersToInvoice = orders.value();
    return {};
}

Result<QList<AgingBucket>> DashboardService::receivablesByAge(const QDate &today) const
{
    QList<AgingBucket> buckets = {{0, 0, 0, 0}, {1, 30, 0, 0}, {31, 60, 0, 0}, {61, 90, 0, 0}, {91, -1, 0, 0}};
    auto open = DashboardRepository(m_db).openByDueDate();
    if (!open)
        return open.error();
    for (const DashboardRepository::OpenByDue &row : std::as_const(open.value())) {
        // No due date ('') or one that does not read falls in the last bucket.
        const QDate due = QDate::fromString(row.dueDate, Qt::ISODate);
        qsizetype index = buckets.size() - 1;
        if (due.isValid()) {
            const qint64 overdue = due.daysTo(today);
            index = overdue <= 0 ? 0 : overdue <= 30 ? 1 : overdue <= 60 ? 2 : overdue <= 90 ? 3 : 4;
        }
        buckets[index].count += row.count;
        buckets[index].amount += row.amount;
    }
    return buckets;
}

Result<QList<MonthFigures>> DashboardService::monthly(const QDate &today, int months) const
{
    QList<MonthFigures> rows;
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-(months - 1));
    QHash<QString, qsizetype> index;
    for (int i = 0; i < months; ++i) {
        const QDate month = first.addMonths(i);
        index.insert(month.toString(QStringLiteral("yyyy-MM")), rows.size());
        rows.append({month, 0, 0});
    }
    auto found = DashboardRepository(m_db).months(first, today);
    if (!found)
        return found.error();
    for (const DashboardRepository::Month &month : std::as_const(found.value())) {
        if (!index.contains(month.month))
            continue;
        MonthFigures &row = rows[index.value(month.month)];
        row.invoiced = month.invoiced;
        row.collected = month.collected;
    }
    return rows;
}
