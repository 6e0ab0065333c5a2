#include "ReportRepository.h"

#include "SqlStatement.h"

#include <QHash>

#include <algorithm>

namespace {
QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// Posted documents of both types issued in [:from, :to], read through (doc_type, issue_date).
const char *const PostedInPeriod = "d.doc_type IN ('invoice', 'credit_note') AND d.issue_date BETWEEN :from AND :to "
                                   "AND d.status <> 'draft'";

Result<QList<ReportSums>> readSums(SqlStatement &q, const QString &doing)
{
    FACTURO_TRY(q.exec(doing));
    QList<ReportSums> rows;
    while (q.next()) {
        ReportSums s;
        s.group = q.text(0);
        s.label = q.text(1);
        s.creditNote = q.text(2) == QLatin1String("credit_note");
        s.count = q.integer(3);
        s.quantity = q.integer(4);
        s.net = q.integer(5);
        s.tax = q.integer(6);
        s.gross = q.integer(7);
        rows.append(s);
    }
    return rows;
}
} // namespace

Result<QList<ReportOpenItem>> ReportRepository::openItems(const QDate &asOf) const
{
    // Candidates: invoices open now, credit notes still owing something now, and every document
    // whose payments or credit notes came after the day (it may have been open then). The unary
    // + keeps SQLite on the status index (a few open documents) rather than the type index (all).
    SqlStatement q(m_db,
        "WITH candidates(id) AS ("
        " SELECT id FROM documents WHERE status IN ('posted', 'partially_paid') AND +doc_type = 'invoice'"
        " UNION SELECT id FROM documents WHERE status = 'posted' AND +doc_type = 'credit_note'"
        "  AND total_gross <> amount_paid + amount_credited"
        " UNION SELECT document_id FROM payments WHERE payment_date > :asof"
        " UNION SELECT credited_document_id FROM documents WHERE doc_type = 'credit_note'"
        "  AND issue_date > :asof AND status <> 'draft') "
        "SELECT d.id, d.doc_type, d.customer_id, coalesce(c.name, d.customer_name), d.issue_date, "
        "d.due_date, d.total_gross "
        " - coalesce((SELECT sum(p.amount) FROM payments p WHERE p.document_id = d.id "
        "   AND p.payment_date <= :asof), 0) "
        " - CASE WHEN d.doc_type = 'invoice' THEN coalesce((SELECT sum(n.amount_credited) FROM documents n "
        "   WHERE n.credited_document_id = d.id AND n.status <> 'draft' AND n.issue_date <= :asof), 0) "
        "   ELSE d.amount_credited END "
        "FROM candidates k JOIN documents d ON d.id = k.id LEFT JOIN customers c ON c.id = d.customer_id "
        "WHERE d.status <> 'draft' AND d.issue_date <= :asof");
    q.bind(":asof", iso(asOf));
    FACTURO_TRY(q.exec(tr("read the receivables")));
    QList<ReportOpenItem> rows;
    while (q.next()) {
        ReportOpenItem item;
        item.documentId = q.integer(0);
        item.creditNote = q.text(1) == QLatin1String("credit_note");
        item.customerId = q.integer(2);
        item.customerName = q.text(3);
        item.issueDate = SqlValue::toDate(q.value(4));
        item.dueDate = SqlValue::toDate(q.value(5));
        item.open = item.creditNote ? -q.integer(6) : q.integer(6);
        if (item.open != 0)
            rows.append(item);
    }
    return rows;
}

Result<QList<ReportAgedSums>> ReportRepository::agedSums(const QDate &asOf) const
{
    // The age bucket of a due date ('' for none, and for credit notes: current), by comparing
    // ISO dates with the first due date of each bucket (as days = due.daysTo(asOf)).
    const char *const Bucket = "CASE WHEN due_date = '' OR due_date >= :asof THEN 0 WHEN due_date >= :d30 THEN 1 "
                               "WHEN due_date >= :d60 THEN 2 WHEN due_date >= :d90 THEN 3 ELSE 4 END";
    auto bindDays = [&](SqlStatement &q) {
        q.bind(":asof", iso(asOf)).bind(":d30", iso(asOf.addDays(-30))).bind(":d60", iso(asOf.addDays(-60)));
        q.bind(":d90", iso(asOf.addDays(-90)));
    };
    const char *const Name
        = "coalesce(c.name, (SELECT x.customer_name FROM documents x WHERE x.customer_id = a.customer_id "
          "AND x.status <> 'draft' LIMIT 1), '')";
    QHash<qint64, qsizetype> index;
    QList<ReportAgedSums> rows;
    auto add = [&](qint64 customer, const QString &name, qint64 count, int bucket, qint64 open) {
        auto it = index.find(customer);
        if (it == index.end()) {
            it = index.insert(customer, rows.size());
            rows.append({customer, name, 0, {0, 0, 0, 0, 0}});
        }
        ReportAgedSums &row = rows[*it];
        row.count += count;
        row.open[std::clamp(bucket, 0, 4)] += open;
    };
    {
        // What is open now, from the summary: one pass in (customer, due date) order summing
        // what is due from each bucket's first day on (cheaper than a bucket per row).
        SqlStatement q(m_db,
            QStringLiteral("SELECT a.customer_id, %1, a.n, a.total, a.none, a.g0, a.g30, a.g60, a.g90 FROM ("
                           "SELECT customer_id, sum(open_count) AS n, sum(open_amount) AS total, "
                           "sum(CASE WHEN due_date = '' THEN open_amount ELSE 0 END) AS none, "
                           "sum(CASE WHEN due_date >= :asof THEN open_amount ELSE 0 END) AS g0, "
                           "sum(CASE WHEN due_date >= :d30 THEN open_amount ELSE 0 END) AS g30, "
                           "sum(CASE WHEN due_date >= :d60 THEN open_amount ELSE 0 END) AS g60, "
                           "sum(CASE WHEN due_date >= :d90 THEN open_amount ELSE 0 END) AS g90 "
                           "FROM receivables_by_customer_due GROUP BY customer_id) a "
                           "LEFT JOIN customers c ON c.id = a.customer_id")
                .arg(QLatin1String(Name)));
        bindDays(q);
        FACTURO_TRY(q.exec(tr("read the receivables")));
        while (q.next()) {
            const qint64 total = q.integer(3), none = q.integer(4), g0 = q.integer(5), g30 = q.integer(6),
                         g60 = q.integer(7), g90 = q.integer(8);
            const qint64 buckets[5] = {g0 + none, g30 - g0, g60 - g30, g90 - g60, total - g90 - none};
            for (int b = 0; b < 5; ++b)
                add(q.integer(0), q.text(1), b == 0 ? q.integer(2) : 0, b, buckets[b]);
        }
    }
    {
        // The documents whose figures changed after the day (issued, paid, reversed, refunded or
        // credited later; posted without an issue date) leave with what they owe now and come
        // back with what they owed on the day, computed as in openItems().
        SqlStatement q(m_db,
            QStringLiteral(
                "WITH later(id) AS ("
                " SELECT document_id FROM payments WHERE payment_date > :asof"
                " UNION SELECT credited_document_id FROM documents WHERE doc_type = 'credit_note'"
                "  AND issue_date > :asof AND status <> 'draft'"
                " UNION SELECT id FROM documents WHERE issue_date > :asof AND status <> 'draft'"
                " UNION SELECT id FROM documents WHERE issue_date IS NULL AND status <> 'draft'), "
                "items(customer_id, due_date, open_count, open_amount) AS ("
                " SELECT d.customer_id, CASE WHEN d.doc_type = 'invoice' THEN coalesce(d.due_date, '') ELSE '' END,"
                "  -1, -CASE WHEN d.doc_type = 'invoice' THEN 1 ELSE -1 END"
                "   * (d.total_gross - d.amount_paid - d.amount_credited)"
                "  FROM later k JOIN documents d ON d.id = k.id"
                "  WHERE ((d.doc_type = 'invoice' AND d.status IN ('posted', 'partially_paid'))"
                "   OR (d.doc_type = 'credit_note' AND d.status = 'posted'))"
                "   AND d.total_gross - d.amount_paid - d.amount_credited <> 0"
                " UNION ALL SELECT customer_id, due_date, 1, open FROM ("
                "  SELECT d.customer_id AS customer_id,"
                "   CASE WHEN d.doc_type = 'invoice' THEN coalesce(d.due_date, '') ELSE '' END AS due_date,"
                "   CASE WHEN d.doc_type = 'invoice' THEN 1 ELSE -1 END * (d.total_gross"
                "   - coalesce((SELECT sum(p.amount) FROM payments p WHERE p.document_id = d.id"
                "     AND p.payment_date <= :asof), 0)"
                "   - CASE WHEN d.doc_type = 'invoice' THEN coalesce((SELECT sum(n.amount_credited) FROM documents n"
                "     WHERE n.credited_document_id = d.id AND n.status <> 'draft' AND n.issue_date <= :asof), 0)"
                "     ELSE d.amount_credited END) AS open"
                "  FROM later k JOIN documents d ON d.id = k.id WHERE d.status <> 'draft' AND d.issue_date <= :asof) o"
                " WHERE o.open <> 0) "
                "SELECT a.customer_id, %2, a.b, sum(a.open_count), sum(a.open_amount) FROM ("
                " SELECT customer_id, %1 AS b, open_count, open_amount FROM items) a "
                "LEFT JOIN customers c ON c.id = a.customer_id GROUP BY a.customer_id, a.b, c.id")
                .arg(QLatin1String(Bucket), QLatin1String(Name)));
        bindDays(q);
        FACTURO_TRY(q.exec(tr("read the receivables")));
        while (q.next())
            add(q.integer(0), q.text(1), q.integer(3), static_cast<int>(q.integer(2)), q.integer(4));
    }
    rows.removeIf([](const ReportAgedSums &row) { return row.count <= 0; });
    return rows;
}

Result<QList<ReportSums>> ReportRepository::salesByMonth(const QDate &from, const QDate &to) const
{
    SqlStatement q(m_db,
        QStringLiteral("SELECT substr(d.issue_date, 1, 7), '', d.doc_type, count(*), 0, "
                       "sum(d.total_net), sum(d.total_tax), sum(d.total_gross) FROM documents d "
                       "WHERE %1 GROUP BY 1, 3 ORDER BY 1, 3")
            .arg(QLatin1String(PostedInPeriod)));
    q.bind(":from", iso(from)).bind(":to", iso(to));
    return readSums(q, tr("total the sales by month"));
}

Result<QList<ReportSums>> ReportRepository::salesByCustomer(const QDate &from, const QDate &to) const
{
    SqlStatement q(m_db,
        QStringLiteral("SELECT d.customer_id, coalesce(max(c.name), max(d.customer_name)), d.doc_type, "
                       "count(*), 0, sum(d.total_net), sum(d.total_tax), sum(d.total_gross) "
                       "FROM documents d LEFT JOIN customers c ON c.id = d.customer_id "
                       "WHERE %1 GROUP BY d.customer_id, d.doc_type ORDER BY 2, 1, 3")
            .arg(QLatin1String(PostedInPeriod)));
    q.bind(":from", iso(from)).bind(":to", iso(to));
    return readSums(q, tr("total the sales by customer"));
}

Result<QList<ReportSums>> ReportRepository::salesByItem(const QDate &from, const QDate &to) const
{
    // A catalog item by its SKU; lines typed by hand or from service orders by their kind.
    SqlStatement q(m_db,
        QStringLiteral("SELECT CASE WHEN i.id IS NULL THEN l.kind ELSE 'sku:' || i.sku END, "
                       "coalesce(max(i.description), ''), d.doc_type, count(DISTINCT d.id), "
                       "sum(l.quantity), sum(l.line_net), 0, 0 FROM documents d "
                       "JOIN document_lines l ON l.document_id = d.id "
                       "LEFT JOIN catalog_items i ON i.id = l.catalog_item_id "
                       "WHERE %1 GROUP BY 1, 3 ORDER BY 1, 3")
            .arg(QLatin1String(PostedInPeriod)));
    q.bind(":from", iso(from)).bind(":to", iso(to));
    return readSums(q, tr("total the sales by item"));
}

Result<QList<ReportSums>> ReportRepository::taxByRate(const QDate &from, const QDate &to) const
{
    // From the per-rate lines frozen at posting: exactly what the invoices print.
    SqlStatement q(m_db,
        QStringLiteral("SELECT t.tax_category || '|' || t.tax_rate, '', d.doc_type, "
                       "count(DISTINCT d.id), 0, sum(t.base), sum(t.tax), sum(t.base + t.tax) "
                       "FROM documents d JOIN document_tax_lines t ON t.document_id = d.id "
                       "WHERE %1 GROUP BY t.tax_category, t.tax_rate, d.doc_type "
                       "ORDER BY t.tax_rate DESC, t.tax_category, d.doc_type")
            .arg(QLatin1String(PostedInPeriod)));
    q.bind(":from", iso(from)).bind(":to", iso(to));
    return readSums(q, tr("total the tax by rate"));
}

Result<QList<ReportPaymentSums>> ReportRepository::paymentSums(const QDate &from, const QDate &to, bool byMonth) const
{
    SqlStatement q(m_db,
        QStringLiteral("SELECT %1, d.doc_type, p.kind, count(*), sum(p.amount) FROM payments p "
                       "JOIN documents d ON d.id = p.document_id "
                       "WHERE p.payment_date BETWEEN :from AND :to GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")
            .arg(byMonth ? QStringLiteral("substr(p.payment_date, 1, 7)") : QStringLiteral("p.method")));
    q.bind(":from", iso(from)).bind(":to", iso(to));
    FACTURO_TRY(q.exec(tr("total the payments")));
    QList<ReportPaymentSums> rows;
    while (q.next())
        rows.append({q.text(0), q.text(1) == QLatin1String("credit_note"), q.text(2), q.integer(3), q.integer(4)});
    return rows;
}

Result<ReportCollectionSums> ReportRepository::collectionSums(const QDate &from, const QDate &to) const
{
    ReportCollectionSums s;
    {
        SqlStatement q(m_db,
            "SELECT count(*), coalesce(sum(total_gross), 0), coalesce(sum(amount_paid), 0), "
            "coalesce(sum(amount_credited), 0) FROM documents WHERE doc_type = 'invoice' "
            "AND issue_date BETWEEN :from AND :to AND status <> 'draft'");
        q.bind(":from", iso(from)).bind(":to", iso(to));
        FACTURO_TRY(q.exec(tr("total the invoices of the period")));
        q.next();
        s.invoices = q.integer(0);
        s.gross = q.integer(1);
        s.paid = q.integer(2);
        s.credited = q.integer(3);
    }
    SqlStatement q(m_db,
        "SELECT count(*), coalesce(sum(julianday(paid_on) - julianday(issue_date)), 0), "
        "coalesce(sum(max(0, julianday(paid_on) - julianday(due_date))), 0) FROM ("
        " SELECT d.issue_date, d.due_date, (SELECT max(p.payment_date) FROM payments p"
        "  WHERE p.document_id = d.id AND p.kind = 'payment') AS paid_on FROM documents d"
        " WHERE d.doc_type = 'invoice' AND d.issue_date BETWEEN :from AND :to"
        " AND d.status = 'paid') paid WHERE paid_on IS NOT NULL");
    q.bind(":from", iso(from)).bind(":to", iso(to));
    FACTURO_TRY(q.exec(tr("measure the days to pay")));
    q.next();
    s.paidInvoices = q.integer(0);
    s.daysToPayTotal = qRound64(q.value(1).toDouble()); // whole days: julianday of two dates
    s.daysLateTotal = qRound64(q.value(2).toDouble());
    return s;
}

namespace {
QString registerWhere(const ReportRegisterFilter &f)
{
    QStringList where {QStringLiteral("d.status <> 'draft'")};
    if (f.creditNotes)
        where << (*f.creditNotes ? QStringLiteral("+d.doc_type = 'credit_note'")
                                 : QStringLiteral("+d.doc_type = 'invoice'"));
    else
        where << QStringLiteral("+d.doc_type IN ('invoice', 'credit_note')");
    if (!f.numberFrom.isEmpty())
        where << QStringLiteral("d.number >= :number_from");
    if (!f.numberTo.isEmpty())
        where << QStringLiteral("d.number <= :number_to");
    if (f.from.isValid())
        where << QStringLiteral("d.issue_date >= :from");
    if (f.to.isValid())
        where << QStringLiteral("d.issue_date <= :to");
    if (f.customerId > 0)
        where << QStringLiteral("d.customer_id = :customer");
    return QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

void bindRegister(SqlStatement &q, const ReportRegisterFilter &f)
{
    if (!f.numberFrom.isEmpty())
        q.bind(":number_from", f.numberFrom);
    if (!f.numberTo.isEmpty())
        q.bind(":number_to", f.numberTo);
    if (f.from.isValid())
        q.bind(":from", iso(f.from));
    if (f.to.isValid())
        q.bind(":to", iso(f.to));
    if (f.customerId > 0)
        q.bind(":customer", f.customerId);
}
} // namespace

Result<QList<ReportRegisterRow>> ReportRepository::register_(const ReportRegisterFilter &f, qint64 limit) const
{
    SqlStatement q(m_db,
        QStringLiteral("SELECT d.id, d.number, d.doc_type, d.status, d.issue_date, d.due_date, "
                       "d.customer_name, coalesce(json_extract(d.snapshot, '$.customer.vat_id'), ''), "
                       "d.total_net, d.total_tax, d.total_gross, d.amount_paid, d.amount_credited "
                       "FROM documents d")
            + registerWhere(f) + QStringLiteral(" ORDER BY d.issue_date, d.number LIMIT :limit"));
    bindRegister(q, f);
    q.bind(":limit", limit > 0 ? limit : -1);
    FACTURO_TRY(q.exec(tr("read the invoice register")));
    QList<ReportRegisterRow> rows;
    while (q.next()) {
        ReportRegisterRow r;
        r.documentId = q.integer(0);
        r.number = q.text(1);
        r.creditNote = q.text(2) == QLatin1String("credit_note");
        r.status = q.text(3);
        r.issueDate = SqlValue::toDate(q.value(4));
        r.dueDate = SqlValue::toDate(q.value(5));
        r.customerName = q.text(6);
        r.customerVatId = q.text(7);
        r.net = q.integer(8);
        r.tax = q.integer(9);
        r.gross = q.integer(10);
        r.paid = q.integer(11);
        r.credited = q.integer(12);
        rows.append(r);
    }
    return rows;
}

Result<ReportRegisterTotals> ReportRepository::registerTotals(const ReportRegisterFilter &f) const
{
    SqlStatement q(m_db,
        QStringLiteral(
            "SELECT count(*), "
            "coalesce(sum(CASE d.doc_type WHEN 'credit_note' THEN -d.total_net ELSE d.total_net END), 0), "
            "coalesce(sum(CASE d.doc_type WHEN 'credit_note' THEN -d.total_tax ELSE d.total_tax END), 0), "
            "coalesce(sum(CASE d.doc_type WHEN 'credit_note' THEN -d.total_gross ELSE d.total_gross END), 0), "
            "coalesce(sum(d.amount_paid), 0), coalesce(sum(d.amount_credited), 0) FROM documents d")
            + registerWhere(f));
    bindRegister(q, f);
    FACTURO_TRY(q.exec(tr("total the invoice register")));
    q.next();
    return ReportRegisterTotals {q.integer(0), q.integer(1), q.integer(2), q.integer(3), q.integer(4), q.integer(5)};
}
