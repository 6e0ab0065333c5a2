#include "PaymentListRepository.h"

#include "SqlStatement.h"

namespace {
PaymentRow readRow(SqlStatement &q)
{
    PaymentRow r;
    r.id = q.integer(0);
    r.documentId = q.integer(1);
    r.documentNumber = q.text(2);
    r.customerName = q.text(3);
    r.kind = PaymentKinds::fromKey(q.text(4));
    r.amount = q.integer(5);
    r.date = SqlValue::toDate(q.value(6));
    PaymentMethods::fromKey(q.text(7), &r.method);
    r.reference = q.text(8);
    r.createdBy = q.text(9);
    r.reversed = q.integer(10) > 0;
    return r;
}
} // namespace

Result<QList<PaymentRow>> PaymentListRepository::recent(const QString &search, int limit) const
{
    SqlStatement q(m_db, "SELECT p.id, p.document_id, coalesce(d.number, ''), d.customer_name, p.kind, p.amount, "
                         "p.payment_date, p.method, p.reference, p.created_by, "
                         "(SELECT count(*) FROM payments r WHERE r.reverses_payment_id = p.id) "
                         "FROM payments p JOIN documents d ON d.id = p.document_id "
                         "WHERE :search = '' OR d.number LIKE :search || '%' "
                         "OR d.customer_name LIKE '%' || :search || '%' OR p.reference LIKE '%' || :search || '%' "
                         "ORDER BY p.payment_date DESC, p.id DESC LIMIT :limit");
    q.bind(":search", search.trimmed()).bind(":limit", limit);
    FACTURO_TRY(q.exec(tr("list the payments")));
    QList<PaymentRow> rows;
    while (q.next())
        rows.append(readRow(q));
    return rows;
}

Result<QList<PaymentRow>> PaymentListRepository::forDocument(qint64 documentId) const
{
    SqlStatement q(m_db, "SELECT p.id, p.document_id, coalesce(d.number, ''), d.customer_name, p.kind, p.amount, "
                         "p.payment_date, p.method, p.reference, p.created_by, "
                         "(SELECT count(*) FROM payments r WHERE r.reverses_payment_id = p.id) "
                         "FROM payments p JOIN documents d ON d.id = p.document_id "
                         "WHERE p.document_id = :document ORDER BY p.payment_date, p.id");
    q.bind(":document", documentId);
    FACTURO_TRY(q.exec(tr("list the payments of document %1").arg(documentId)));
    QList<PaymentRow> rows;
    while (q.next())
        rows.append(readRow(q));
    return rows;
}
