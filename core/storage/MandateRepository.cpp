#include "MandateRepository.h"

#include "SqlStatement.h"

namespace {
const char *const SelectMandate = "SELECT id, customer_id, reference, signed_on, iban, bic, scheme, created_at, "
                                  "created_by, revoked_on, coalesce(revoked_by, '') FROM mandates ";

Mandate readMandate(SqlStatement &q)
{
    Mandate m;
    m.id = q.integer(0);
    m.customerId = q.integer(1);
    m.reference = q.text(2);
    m.signedOn = SqlValue::toDate(q.value(3));
    m.iban = q.text(4);
    m.bic = q.text(5);
    m.scheme = q.text(6) == QLatin1String("b2b") ? MandateScheme::B2B : MandateScheme::Core;
    m.createdAt = SqlValue::toTimestamp(q.value(7));
    m.createdBy = q.text(8);
    m.revokedOn = SqlValue::toDate(q.value(9));
    m.revokedBy = q.text(10);
    return m;
}
} // namespace

Result<qint64> MandateRepository::insert(const Mandate &m)
{
    SqlStatement q(m_db,
        "INSERT INTO mandates (customer_id, reference, signed_on, iban, bic, scheme, created_at, created_by) "
        "VALUES (:customer, :reference, :signed, :iban, :bic, :scheme, :now, :user)");
    q.bind(":customer", m.customerId).bind(":reference", m.reference).bind(":signed", SqlValue::date(m.signedOn));
    q.bind(":iban", m.iban).bind(":bic", m.bic).bind(":scheme", Mandate::schemeKey(m.scheme));
    q.bind(":now", SqlValue::timestamp(m.createdAt)).bind(":user", m.createdBy);
    FACTURO_TRY(q.exec(tr("save the mandate")));
    return q.lastInsertId();
}

Result<Mandate> MandateRepository::find(qint64 id) const
{
    SqlStatement q(m_db, QString::fromLatin1(SelectMandate) + QStringLiteral("WHERE id = :id"));
    q.bind(":id", id);
    FACTURO_TRY(q.exec(tr("read the mandate")));
    if (!q.next())
        return Error::notFound(tr("Mandate %1 does not exist.").arg(id));
    return readMandate(q);
}

Result<qint64> MandateRepository::idOfReference(const QString &reference) const
{
    SqlStatement q(m_db, "SELECT id FROM mandates WHERE reference = :reference");
    q.bind(":reference", reference);
    FACTURO_TRY(q.exec(tr("read the mandate")));
    return q.next() ? q.integer(0) : qint64(0);
}

Result<QList<Mandate>> MandateRepository::forCustomer(qint64 customerId) const
{
    SqlStatement q(
        m_db, QString::fromLatin1(SelectMandate) + QStringLiteral("WHERE customer_id = :id ORDER BY id DESC"));
    q.bind(":id", customerId);
    FACTURO_TRY(q.exec(tr("read the mandates")));
    QList<Mandate> list;
    while (q.next())
        list.append(readMandate(q));
    return list;
}

Result<Mandate> MandateRepository::active(qint64 customerId) const
{
    SqlStatement q(m_db,
        QString::fromLatin1(SelectMandate)
            + QStringLiteral("WHERE customer_id = :id AND revoked_on IS NULL ORDER BY id DESC LIMIT 1"));
    q.bind(":id", customerId);
    FACTURO_TRY(q.exec(tr("read the mandates")));
    if (!q.next())
        return Mandate();
    return readMandate(q);
}

Status MandateRepository::revoke(qint64 id, const QDate &on, const QString &by)
{
    SqlStatement q(
        m_db, "UPDATE mandates SET revoked_on = :on, revoked_by = :by WHERE id = :id AND revoked_on IS NULL");
    q.bind(":on", SqlValue::date(on)).bind(":by", by).bind(":id", id);
    return q.exec(tr("revoke the mandate"));
}

Result<QString> MandateRepository::nextSequence(qint64 mandateId) const
{
    SqlStatement q(m_db,
        "SELECT count(*) FROM direct_debit_collections c WHERE c.mandate_id = :id AND NOT EXISTS "
        "(SELECT 1 FROM direct_debit_returns r WHERE r.collection_id = c.id)");
    q.bind(":id", mandateId);
    FACTURO_TRY(q.exec(tr("read the mandate's collections")));
    q.next();
    return q.integer(0) > 0 ? QStringLiteral("RCUR") : QStringLiteral("FRST");
}
