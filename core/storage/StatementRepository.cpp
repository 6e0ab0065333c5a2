#include "StatementRepository.h"

#include "SqlStatement.h"

namespace {
const char *const SelectEntry
    = "SELECT id, statement_id, entry_key, direction, reversal, return_reason, amount, charges, currency, "
      "booking_date, "
      "value_date, entry_ref, servicer_ref, end_to_end_id, debtor_name, debtor_iban, remittance, structured_reference, "
      "status, applied_amount FROM bank_entries ";

StatementEntry readEntry(const SqlStatement &q)
{
    StatementEntry e;
    e.id = q.integer(0);
    e.statementId = q.integer(1);
    e.key = q.text(2);
    e.credit = q.text(3) == QLatin1String("credit");
    e.reversal = q.integer(4) != 0;
    e.returnReason = q.text(5);
    e.amount = q.integer(6);
    e.charges = q.integer(7);
    e.currency = q.text(8);
    e.bookingDate = SqlValue::toDate(q.value(9));
    e.valueDate = SqlValue::toDate(q.value(10));
    e.entryRef = q.text(11);
    e.servicerRef = q.text(12);
    e.endToEndId = q.text(13);
    e.debtorName = q.text(14);
    e.debtorIban = q.text(15);
    e.remittance = q.text(16);
    e.structuredReference = q.text(17);
    e.status = StatementEntryStatus::fromKey(q.text(18));
    e.appliedAmount = q.integer(19);
    return e;
}
} // namespace

Result<qint64> StatementRepository::findStatement(const ParsedStatement &s) const
{
    SqlStatement q(m_db,
        "SELECT id FROM bank_statements WHERE account_iban = :account AND format = :format "
        "AND statement_ref = :ref");
    q.bind(":account", s.accountIban).bind(":format", s.format).bind(":ref", s.statementRef);
    FACTURO_TRY(q.exec(tr("look for the statement")));
    return q.next() ? q.integer(0) : 0;
}

Result<qint64> StatementRepository::insertStatement(
    const ParsedStatement &s, const QDateTime &nowUtc, const QString &user)
{
    SqlStatement q(m_db,
        "INSERT INTO bank_statements (format, statement_ref, account_iban, currency, file_sha256, "
        "imported_at, imported_by) VALUES (:format, :ref, :account, :currency, :sha, :now, :user)");
    q.bind(":format", s.format).bind(":ref", s.statementRef).bind(":account", s.accountIban);
    q.bind(":currency", s.currency).bind(":sha", QString::fromLatin1(s.sha256));
    q.bind(":now", SqlValue::timestamp(nowUtc)).bind(":user", user);
    FACTURO_TRY(q.exec(tr("record the statement")));
    return q.lastInsertId();
}

Result<bool> StatementRepository::hasEntry(const QString &key) const
{
    SqlStatement q(m_db, "SELECT 1 FROM bank_entries WHERE entry_key = :key");
    q.bind(":key", key);
    FACTURO_TRY(q.exec(tr("look for the statement entry")));
    return q.next();
}

Result<qint64> StatementRepository::insertEntry(const StatementEntry &e)
{
    SqlStatement q(m_db,
        "INSERT INTO bank_entries (statement_id, entry_key, direction, reversal, return_reason, amount, "
        "charges, currency, booking_date, value_date, entry_ref, servicer_ref, end_to_end_id, debtor_name, "
        "debtor_iban, remittance, structured_reference, status, applied_amount) VALUES (:statement, :key, "
        ":direction, :reversal, :reason, :amount, :charges, :currency, :booking, :value, :entry_ref, "
        ":servicer_ref, :e2e, :name, :iban, :remittance, :reference, :status, 0)");
    q.bind(":statement", e.statementId).bind(":key", e.key);
    q.bind(":direction", e.credit ? QStringLiteral("credit") : QStringLiteral("debit"));
    q.bind(":reversal", e.reversal ? 1 : 0).bind(":reason", e.returnReason).bind(":amount", e.amount);
    q.bind(":charges", e.charges).bind(":currency", e.currency).bind(":booking", SqlValue::date(e.bookingDate));
    q.bind(":value", SqlValue::date(e.valueDate)).bind(":entry_ref", e.entryRef).bind(":servicer_ref", e.servicerRef);
    q.bind(":e2e", e.endToEndId).bind(":name", e.debtorName).bind(":iban", e.debtorIban);
    q.bind(":remittance", e.remittance).bind(":reference", e.structuredReference);
    q.bind(":status", StatementEntryStatus::key(e.status));
    FACTURO_TRY(q.exec(tr("record the statement entry")));
    return q.lastInsertId();
}

Result<StatementEntry> StatementRepository::find(qint64 id) const
{
    SqlStatement q(m_db, QString::fromLatin1(SelectEntry) + QStringLiteral("WHERE id = :id"));
    q.bind(":id", id);
    FACTURO_TRY(q.exec(tr("read statement entry %1").arg(id)));
    if (!q.next())
        return Error::notFound(tr("Statement entry %1 does not exist.").arg(id));
    return readEntry(q);
}

Result<QList<StatementEntry>> StatementRepository::list(bool openOnly, qint64 limit) const
{
    SqlStatement q(m_db,
        QString::fromLatin1(SelectEntry) + (openOnly ? QStringLiteral("WHERE status = 'open' ") : QString())
            + QStringLiteral("ORDER BY id LIMIT :limit"));
    q.bind(":limit", limit);
    FACTURO_TRY(q.exec(tr("read the statement entries")));
    QList<StatementEntry> entries;
    while (q.next())
        entries.append(readEntry(q));
    return entries;
}

Status StatementRepository::setProgress(qint64 id, qint64 appliedAmount, StatementEntry::Status status)
{
    SqlStatement q(m_db, "UPDATE bank_entries SET applied_amount = :applied, status = :status WHERE id = :id");
    q.bind(":applied", appliedAmount).bind(":status", StatementEntryStatus::key(status)).bind(":id", id);
    FACTURO_TRY(q.exec(tr("update statement entry %1").arg(id)));
    if (q.rowsAffected() != 1)
        return Error::notFound(tr("Statement entry %1 does not exist.").arg(id));
    return {};
}

Status StatementRepository::linkPayment(qint64 entryId, const StatementEntryPayment &p)
{
    SqlStatement q(m_db,
        "INSERT INTO bank_entry_payments (entry_id, payment_id, document_id, amount) "
        "VALUES (:entry, :payment, :document, :amount)");
    q.bind(":entry", entryId).bind(":payment", p.paymentId).bind(":document", p.documentId).bind(":amount", p.amount);
    return q.exec(tr("link the payment to statement entry %1").arg(entryId));
}

Result<QList<StatementEntryPayment>> StatementRepository::paymentsOf(qint64 entryId) const
{
    SqlStatement q(m_db,
        "SELECT p.payment_id, p.document_id, coalesce(d.number, ''), p.amount FROM bank_entry_payments p "
        "JOIN documents d ON d.id = p.document_id WHERE p.entry_id = :entry ORDER BY p.payment_id");
    q.bind(":entry", entryId);
    FACTURO_TRY(q.exec(tr("read the payments of statement entry %1").arg(entryId)));
    QList<StatementEntryPayment> list;
    while (q.next())
        list.append({q.integer(0), q.integer(1), q.text(2), q.integer(3)});
    return list;
}
