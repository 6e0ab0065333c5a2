#include "MatchCandidateRepository.h"

#include "SqlStatement.h"

namespace {
const char *const SelectOpen
    = "SELECT d.id, d.number, d.customer_id, c.name, d.customer_name, "
      "d.total_gross - d.amount_paid - d.amount_credited, d.issue_date FROM documents d "
      "JOIN customers c ON c.id = d.customer_id "
      "WHERE d.doc_type = 'invoice' AND d.status IN ('posted', 'partially_paid') AND d.deleted_at IS NULL "
      "AND d.total_gross - d.amount_paid - d.amount_credited > 0 ";

OpenInvoice readOpen(const SqlStatement &q)
{
    OpenInvoice o;
    o.id = q.integer(0);
    o.number = q.text(1);
    o.customerId = q.integer(2);
    o.customerName = q.text(3);
    o.billedName = q.text(4);
    o.due = q.integer(5);
    o.issueDate = SqlValue::toDate(q.value(6));
    return o;
}
} // namespace

Result<QList<OpenInvoice>> MatchCandidateRepository::openInvoices() const
{
    SqlStatement q(m_db, QString::fromLatin1(SelectOpen) + QStringLiteral("ORDER BY d.id"));
    FACTURO_TRY(q.exec(tr("read the open invoices")));
    QList<OpenInvoice> list;
    while (q.next())
        list.append(readOpen(q));
    return list;
}

Result<OpenInvoice> MatchCandidateRepository::openInvoice(qint64 documentId) const
{
    SqlStatement q(m_db, QString::fromLatin1(SelectOpen) + QStringLiteral("AND d.id = :id"));
    q.bind(":id", documentId);
    FACTURO_TRY(q.exec(tr("read invoice %1").arg(documentId)));
    if (!q.next())
        return Error::refused(tr("Invoice %1 is not an open posted invoice.").arg(documentId));
    return readOpen(q);
}

Result<QHash<QString, QList<qint64>>> MatchCandidateRepository::customerAccounts() const
{
    SqlStatement q(m_db, "SELECT iban, customer_id FROM customer_bank_accounts ORDER BY customer_id");
    FACTURO_TRY(q.exec(tr("read the customers' bank accounts")));
    QHash<QString, QList<qint64>> accounts;
    while (q.next())
        accounts[q.text(0)].append(q.integer(1));
    return accounts;
}

Result<QStringList> MatchCandidateRepository::accountsOf(qint64 customerId) const
{
    SqlStatement q(m_db, "SELECT iban FROM customer_bank_accounts WHERE customer_id = :customer ORDER BY iban");
    q.bind(":customer", customerId);
    FACTURO_TRY(q.exec(tr("read the customer's bank accounts")));
    QStringList list;
    while (q.next())
        list.append(q.text(0));
    return list;
}

Status MatchCandidateRepository::learnAccount(
    const QString &iban, qint64 customerId, qint64 entryId, const QDateTime &nowUtc)
{
    SqlStatement q(m_db,
        "INSERT OR IGNORE INTO customer_bank_accounts (iban, customer_id, learned_at, "
        "learned_from_entry) VALUES (:iban, :customer, :now, :entry)");
    q.bind(":iban", iban).bind(":customer", customerId).bind(":now", SqlValue::timestamp(nowUtc));
    q.bind(":entry", SqlValue::nullableId(entryId));
    return q.exec(tr("record the customer's bank account"));
}
