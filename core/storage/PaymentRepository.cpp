#include "PaymentRepository.h"

#include "SqlStatement.h"

namespace {
const char *const SelectPayment = "SELECT id, document_id, kind, amount, payment_date, method, reference, "
                                  "coalesce(reverses_payment_id, 0), created_at, created_by FROM payments ";

Payment readPayment(SqlStatement &q)
{
    Payment p;
    p.id = q.integer(0);
    p.documentId = q.integer(1);
    p.kind = PaymentKinds::fromKey(q.text(2));
    p.amount = q.integer(3);
    p.date = SqlValue::toDate(q.value(4));
    PaymentMethods::fromKey(q.text(5), &p.method);
    p.reference = q.text(6);
    p.reversesPaymentId = q.integer(7);
    p.createdAt = SqlValue::toTimestamp(q.value(8));
    p.createdBy = q.text(9);
    return p;
}

} // namespace

Result<qint64> PaymentRepository::insert(const Payment &p)
{
    SqlStatement q(m_db, "INSERT INTO payments (document_id, kind, amount, payment_date, method, reference, "
                         "reverses_payment_id, created_at, created_by) VALUES (:document, :kind, :amount, :date, "
                         ":method, :reference, :reverses, :now, :user)");
    q.bind(":document", p.documentId).bind(":kind", PaymentKinds::key(p.kind)).bind(":amount", p.amount);
    q.bind(":date", SqlValue::date(p.date)).bind(":method", PaymentMethods::key(p.method));
    q.bind(":reference", p.reference).bind(":reverses", SqlValue::nullableId(p.reversesPaymentId));
    q.bind(":now", SqlValue::timestamp(p.createdAt)).bind(":user", p.createdBy);
    FACTURO_TRY(q.exec(tr("record the payment")));
    return q.lastInsertId();
}

Result<Payment> PaymentRepository::find(qint64 id) const
{
    SqlStatement q(m_db, QString::fromLatin1(SelectPayment) + QStringLiteral("WHERE id = :id"));
    q.bind(":id", id);
    FACTURO_TRY(q.exec(tr("read payment %1").arg(id)));
    if (!q.next())
        return Error::notFound(tr("Payment %1 does not exist.").arg(id));
    return readPayment(q);
}

Result<QList<Payment>> PaymentRepository::forDocument(qint64 documentId) const
{
    SqlStatement q(m_db, QString::fromLatin1(SelectPayment) + QStringLiteral("WHERE document_id = :id ORDER BY id"));
    q.bind(":id", documentId);
    FACTURO_TRY(q.exec(tr("read the payments")));
    QList<Payment> payments;
    while (q.next())
        payments.append(readPayment(q));
    return payments;
}

Result<qint64> PaymentRepository::sumForDocument(qint64 documentId) const
{
    SqlStatement q(m_db, "SELECT coalesce(sum(amount), 0) FROM payments WHERE document_id = :id");
    q.bind(":id", documentId);
    FACTURO_TRY(q.exec(tr("total the payments")));
    q.next();
    return q.integer(0);
}

Result<bool> PaymentRepository::isReversed(qint64 paymentId) const
{
    SqlStatement q(m_db, "SELECT count(*) FROM payments WHERE reverses_payment_id = :id");
    q.bind(":id", paymentId);
    FACTURO_TRY(q.exec(tr("read the payment's reversals")));
    q.next();
    return q.integer(0) > 0;
}
