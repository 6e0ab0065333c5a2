#include "DashboardService.h"

#include "SqlStatement.h"

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
    {
        // figures_by_day (migration 0006): payments and reversals per payment date.
        SqlStatement q(
            m_db, "SELECT coalesce(sum(collected), 0) FROM figures_by_day WHERE day >= :from AND day <= :to");
        q.bind(":from", SqlValue::date(QDate(today.year(), today.month(), 1))).bind(":to", SqlValue::date(today));
        FACTURO_TRY(q.exec(tr("sum the payments of the month")));
        if (q.next())
            f.collectedThisMonth = q.integer(0);
    }
    {
        SqlStatement q(m_db, "SELECT count(*), coalesce(sum(CASE WHEN d.doc_type = 'invoice' "
                             "AND c.approval_threshold > 0 AND d.total_gross > c.approval_threshold "
                             "AND d.approved_by IS NULL THEN 1 ELSE 0 END), 0) "
                             "FROM documents d, company c WHERE d.status = 'draft' AND d.deleted_at IS NULL");
        FACTURO_TRY(q.exec(tr("count the drafts")));
        if (q.next()) {
            f.draftsWaiting = q.integer(0);
            f.awaitingApproval = q.integer(1);
        }
    }
    {
        SqlStatement q(m_db, "SELECT count(*) FROM service_orders WHERE status = 'done'");
        FACTURO_TRY(q.exec(tr("count the service orders to invoice")));
        if (q.next())
            f.ordersToInvoice = q.integer(0);
    }
    return {};
}

Result<QList<AgingBucket>> DashboardService::receivablesByAge(const QDate &today) const
{
    QList<AgingBucket> buckets = {{0, 0, 0, 0}, {1, 30, 0, 0}, {31, 60, 0, 0}, {61, 90, 0, 0}, {91, -1, 0, 0}};
    // receivables_by_due (migration 0006): the open invoices per due date ('' for none, which
    // falls in the last bucket like a missing date did), kept current by triggers. At most 30, 60
    // or 90 days late is a due date on or after the day that many days back: ISO dates compare as
    // text, on SQLite and PostgreSQL alike.
    SqlStatement q(m_db,
        "SELECT CASE WHEN due_date >= :today THEN 0 "
        "WHEN due_date >= :late30 THEN 1 WHEN due_date >= :late60 THEN 2 "
        "WHEN due_date >= :late90 THEN 3 ELSE 4 END AS bucket, "
        "sum(open_count), sum(open_amount) FROM receivables_by_due GROUP BY 1");
    q.bind(":today", SqlValue::date(today))
        .bind(":late30", SqlValue::date(today.addDays(-30)))
        .bind(":late60", SqlValue::date(today.addDays(-60)))
        .bind(":late90", SqlValue::date(today.addDays(-90)));
    FACTURO_TRY(q.exec(tr("age the receivables")));
    while (q.next()) {
        const qint64 index = q.integer(0);
        if (index < 0 || index >= buckets.size())
            continue;
        buckets[index].count = q.integer(1);
        buckets[index].amount = q.integer(2);
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
    // figures_by_day (migration 0006): invoices per issue date, payments and reversals per payment date.
    SqlStatement q(m_db,
        "SELECT substr(day, 1, 7), sum(invoiced), sum(collected) FROM figures_by_day "
        "WHERE day >= :from AND day <= :to GROUP BY 1");
    q.bind(":from", SqlValue::date(first)).bind(":to", SqlValue::date(today));
    FACTURO_TRY(q.exec(tr("sum the invoices per month")));
    while (q.next()) {
        if (!index.contains(q.text(0)))
            continue;
        MonthFigures &row = rows[index.value(q.text(0))];
        row.invoiced = q.integer(1);
        row.collected = q.integer(2);
    }
    return rows;
}
