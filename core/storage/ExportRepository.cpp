#include "ExportRepository.h"

#include "SqlStatement.h"

Status ExportRepository::documents(
    const QDate &from, const QDate &to, const std::function<Status(const ExportDocumentRow &)> &visit) const
{
    // The customer's VAT id in the document's snapshot (JSON text): SQLite's json_extract, or
    // PostgreSQL's path operator.
    const QString vatId = m_db.isServer() ? QStringLiteral("CAST(d.snapshot AS jsonb) #>> '{customer,vat_id}'")
                                          : QStringLiteral("json_extract(d.snapshot, '$.customer.vat_id')");
    SqlStatement q(m_db,
        QStringLiteral("SELECT d.number, d.doc_type, d.status, d.issue_date, d.due_date, d.customer_name, "
                       "coalesce(%1, ''), d.customer_reference, "
                       "coalesce(i.number, ''), d.total_net, d.total_tax, d.total_gross, d.amount_paid, "
                       "d.amount_credited FROM documents d LEFT JOIN documents i ON i.id = d.credited_document_id "
                       "WHERE d.doc_type IN ('invoice', 'credit_note') AND d.issue_date BETWEEN :from AND :to "
                       "AND d.status <> 'draft' ORDER BY d.issue_date, d.doc_type DESC, d.number")
            .arg(vatId));
    q.bind(":from", from.toString(Qt::ISODate)).bind(":to", to.toString(Qt::ISODate));
    FACTURO_TRY(q.exec(tr("read the documents to export")));
    while (q.next()) {
        ExportDocumentRow r;
        r.number = q.text(0);
        r.creditNote = q.text(1) == QLatin1String("credit_note");
        r.status = q.text(2);
        r.issueDate = SqlValue::toDate(q.value(3));
        r.dueDate = SqlValue::toDate(q.value(4));
        r.customerName = q.text(5);
        r.customerVatId = q.text(6);
        r.customerReference = q.text(7);
        r.creditedNumber = q.text(8);
        r.net = q.integer(9);
        r.tax = q.integer(10);
        r.gross = q.integer(11);
        r.paid = q.integer(12);
        r.credited = q.integer(13);
        FACTURO_TRY(visit(r));
    }
    return {};
}

Status ExportRepository::payments(
    const QDate &from, const QDate &to, const std::function<Status(const ExportPaymentRow &)> &visit) const
{
    SqlStatement q(m_db,
        "SELECT p.id, p.payment_date, p.kind, p.method, p.amount, p.reference, d.number, "
        "d.customer_name FROM payments p JOIN documents d ON d.id = p.document_id "
        "WHERE p.payment_date BETWEEN :from AND :to ORDER BY p.payment_date, p.id");
    q.bind(":from", from.toString(Qt::ISODate)).bind(":to", to.toString(Qt::ISODate));
    FACTURO_TRY(q.exec(tr("read the payments to export")));
    while (q.next()) {
        const ExportPaymentRow r {q.integer(0), SqlValue::toDate(q.value(1)), q.text(2), q.text(3), q.integer(4),
            q.text(5), q.text(6), q.text(7)};
        FACTURO_TRY(visit(r));
    }
    return {};
}

Status ExportRepository::journal(
    const QDate &from, const QDate &to, const std::function<Status(const ExportJournalRow &)> &visit) const
{
    SqlStatement q(m_db,
        "SELECT e.id, e.entry_date, e.kind, coalesce(d.number, e.reference), d.issue_date, "
        "coalesce(p.reference, ''), e.description, a.code, a.name, coalesce(a.role, ''), "
        "coalesce(d.customer_id, 0), coalesce(d.customer_name, ''), l.debit, l.credit, "
        "substr(e.created_at, 1, 10) FROM journal_entries e "
        "JOIN journal_lines l ON l.entry_id = e.id JOIN accounts a ON a.id = l.account_id "
        "LEFT JOIN documents d ON d.id = e.document_id LEFT JOIN payments p ON p.id = e.payment_id "
        "WHERE e.entry_date BETWEEN :from AND :to ORDER BY e.entry_date, e.id, l.id");
    q.bind(":from", from.toString(Qt::ISODate)).bind(":to", to.toString(Qt::ISODate));
    FACTURO_TRY(q.exec(tr("read the journal to export")));
    while (q.next()) {
        ExportJournalRow r;
        r.entryId = q.integer(0);
        r.date = SqlValue::toDate(q.value(1));
        r.kind = q.text(2);
        r.documentNumber = q.text(3);
        r.documentDate = SqlValue::toDate(q.value(4));
        r.paymentReference = q.text(5);
        r.description = q.text(6);
        r.accountCode = q.text(7);
        r.accountName = q.text(8);
        r.accountRole = q.text(9);
        r.customerId = q.integer(10);
        r.customerName = q.text(11);
        r.debit = q.integer(12);
        r.credit = q.integer(13);
        r.recordedOn = SqlValue::toDate(q.value(14));
        FACTURO_TRY(visit(r));
    }
    return {};
}
