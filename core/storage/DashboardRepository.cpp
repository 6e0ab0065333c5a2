#include "DashboardRepository.h"

#include "SqlStatement.h"

Result<qint64> DashboardRepository::collected(const QDate &from, const QDate &to) const
{
    // figures_by_day (migration 0006): payments and reversals per payment date.
    SqlStatement q(m_db, "SELECT coalesce(sum(collected), 0) FROM figures_by_day WHERE day >= :from AND day <= :to");
    q.bind(":from", SqlValue::date(from)).bind(":to", SqlValue::date(to));
    FACTURO_TRY(q.exec(tr("sum the payments of the month")));
    return q.next() ? q.integer(0) : 0;
}

Result<DashboardRepository::Drafts> DashboardRepository::drafts() const
{
    SqlStatement q(m_db, "SELECT count(*), coalesce(sum(CASE WHEN d.doc_type = 'invoice' "
                         "AND c.approval_threshold > 0 AND d.total_gross > c.approval_threshold "
                         "AND d.approved_by IS NULL THEN 1 ELSE 0 END), 0) "
                         "FROM documents d, company c WHERE d.status = 'draft' AND d.deleted_at IS NULL");
    FACTURO_TRY(q.exec(tr("count the drafts")));
    Drafts drafts;
    if (q.next()) {
        drafts.waiting = q.integer(0);
        drafts.awaitingApproval = q.integer(1);
    }
    return drafts;
}

Result<qint64> DashboardRepository::ordersToInvoice() const
{
    SqlStatement q(m_db, "SELECT count(*) FROM service_orders WHERE status = 'done'");
    FACTURO_TRY(q.exec(tr("count the service orders to invoice")));
    return q.next() ? q.integer(0) : 0;
}

Result<QList<DashboardRepository::OpenByDue>> DashboardRepository::openByDueDate() const
{
    // receivables_by_due (migration 0006): kept current by triggers, one row per due date.
    SqlStatement q(m_db, "SELECT due_date, open_count, open_amount FROM receivables_by_due ORDER BY due_date");
    FACTURO_TRY(q.exec(tr("age the receivables")));
    QList<OpenByDue> rows;
    while (q.next())
        rows.append({q.text(0), q.integer(1), q.integer(2)});
    return rows;
}

Result<QList<DashboardRepository::Month>> DashboardRepository::months(const QDate &from, const QDate &to) const
{
    // figures_by_day (migration 0006): invoices per issue date, payments and reversals per payment date.
    SqlStatement q(m_db, "SELECT substr(day, 1, 7), sum(invoiced), sum(collected) FROM figures_by_day "
                         "WHERE day >= :from AND day <= :to GROUP BY substr(day, 1, 7)");
    q.bind(":from", SqlValue::date(from)).bind(":to", SqlValue::date(to));
    FACTURO_TRY(q.exec(tr("sum the invoices per month")));
    QList<Month> rows;
    while (q.next())
        rows.append({q.text(0), q.integer(1), q.integer(2)});
    return rows;
}
