#include "ChronologyRepository.h"

#include "SqlStatement.h"

Result<std::optional<ChronologyRepository::Issued>> ChronologyRepository::lastIssued(const QString &docType)
{
    // The type is part of the SQL text, not bound: SQLite weighs a bound doc_type against the
    // partial index documents_open_invoices (doc_type = 'invoice') and so re-prepares a statement
    // that binds it on every run, which cost posting about 5 %.
    const char *sql = nullptr;
    if (docType == QLatin1String("invoice"))
        sql = "SELECT issue_date, number FROM documents WHERE doc_type = 'invoice' AND status <> 'draft' "
              "AND issue_date IS NOT NULL ORDER BY issue_date DESC, id DESC LIMIT 1";
    else if (docType == QLatin1String("credit_note"))
        sql = "SELECT issue_date, number FROM documents WHERE doc_type = 'credit_note' AND status <> 'draft' "
              "AND issue_date IS NOT NULL ORDER BY issue_date DESC, id DESC LIMIT 1";
    else
        sql = "SELECT issue_date, number FROM documents WHERE doc_type = :type AND status <> 'draft' "
              "AND issue_date IS NOT NULL ORDER BY issue_date DESC, id DESC LIMIT 1";
    SqlStatement q(m_db, sql);
    q.bind(":type", docType);
    FACTURO_TRY(q.exec(tr("read the last document issued")));
    if (!q.next())
        return std::optional<Issued>();
    return std::optional<Issued>(Issued {SqlValue::toDate(q.value(0)), q.text(1)});
}

Result<QString> ChronologyRepository::firstOrderBreak()
{
    // Posting order is the order of the "post" events of the audit chain, which a clock set back
    // does not change.
    SqlStatement q(m_db,
        "WITH posted AS (SELECT d.doc_type, d.number, d.issue_date, e.id AS event, "
        "max(d.issue_date) OVER (PARTITION BY d.doc_type ORDER BY e.id ROWS BETWEEN UNBOUNDED PRECEDING "
        "AND 1 PRECEDING) AS latest_before FROM audit_events e JOIN documents d ON d.id = e.entity_id "
        "AND d.doc_type = e.entity WHERE e.action = 'post' AND d.status <> 'draft') "
        "SELECT p.number, p.issue_date, p.latest_before, (SELECT o.number FROM posted o WHERE "
        "o.doc_type = p.doc_type AND o.event < p.event AND o.issue_date = p.latest_before "
        "ORDER BY o.event LIMIT 1) FROM posted p WHERE p.issue_date < p.latest_before "
        "ORDER BY p.event LIMIT 1");
    FACTURO_TRY(q.exec(tr("check the order of the numbers")));
    if (!q.next())
        return QString();
    return tr("%1 is dated %2, before %3 (dated %4), which was posted earlier")
        .arg(q.text(0), q.text(1), q.text(3), q.text(2));
}

Result<QString> ChronologyRepository::firstPaymentBeforeItsDocument()
{
    SqlStatement q(m_db,
        "SELECT p.id, p.kind, p.payment_date, d.number, d.issue_date, NULL FROM payments p "
        "JOIN documents d ON d.id = p.document_id WHERE p.kind IN ('payment', 'refund') "
        "AND p.payment_date < d.issue_date "
        "UNION ALL SELECT r.id, r.kind, r.payment_date, d.number, o.payment_date, o.id FROM payments r "
        "JOIN payments o ON o.id = r.reverses_payment_id JOIN documents d ON d.id = r.document_id "
        "WHERE r.payment_date < o.payment_date ORDER BY 1 LIMIT 1");
    FACTURO_TRY(q.exec(tr("check the dates of the payments")));
    if (!q.next())
        return QString();
    if (!q.value(5).isNull())
        return tr("reversal %1 on %2 is dated %3, before the payment %4 it reverses (dated %5)")
            .arg(q.text(0), q.text(3), q.text(2), q.text(5), q.text(4));
    return tr("%1 %2 on %3 is dated %4, before %3 was issued (%5)")
        .arg(q.text(1), q.text(0), q.text(3), q.text(2), q.text(4));
}
