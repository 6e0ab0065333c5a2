#include "JournalRepository.h"

#include "SqlStatement.h"

Result<qint64> JournalRepository::insert(const JournalEntry &e, const QDateTime &nowUtc)
{
    if (!e.isBalanced() || e.lines.isEmpty())
        return Error::refused(tr("The journal entry for %1 does not balance (debit %2, credit %3): nothing was saved.")
                                  .arg(e.reference)
                                  .arg(e.totalDebit())
                                  .arg(e.totalCredit()));
    SqlStatement q(m_db, "INSERT INTO journal_entries (entry_date, kind, document_id, payment_id, reference, "
                         "description, created_at) VALUES (:date, :kind, :document, :payment, :reference, "
                         ":description, :now)");
    q.bind(":date", SqlValue::date(e.date)).bind(":kind", e.kind);
    q.bind(":document", SqlValue::nullableId(e.documentId)).bind(":payment", SqlValue::nullableId(e.paymentId));
    q.bind(":reference", e.reference).bind(":description", e.description).bind(":now", SqlValue::timestamp(nowUtc));
    FACTURO_TRY(q.exec(tr("write the journal entry")));
    const qint64 id = q.lastInsertId();
    for (const JournalLine &l : e.lines) {
        if (l.debit == 0 && l.credit == 0)
            continue;
        SqlStatement line(m_db, "INSERT INTO journal_lines (entry_id, account_id, debit, credit) "
                                "VALUES (:entry, :account, :debit, :credit)");
        line.bind(":entry", id).bind(":account", l.accountId).bind(":debit", l.debit).bind(":credit", l.credit);
        FACTURO_TRY(line.exec(tr("write the journal entry")));
    }
    return id;
}

Result<QList<JournalEntry>> JournalRepository::list(const QDate &from, const QDate &to, qint64 documentId) const
{
    SqlStatement q(m_db, "SELECT e.id, e.entry_date, e.kind, coalesce(e.document_id, 0), coalesce(e.payment_id, 0), "
                         "e.reference, e.description, l.account_id, a.code, a.name, l.debit, l.credit "
                         "FROM journal_entries e JOIN journal_lines l ON l.entry_id = e.id "
                         "JOIN accounts a ON a.id = l.account_id "
                         "WHERE (:from = '' OR e.entry_date >= :from) AND (:to = '' OR e.entry_date <= :to) "
                         "AND (:document = 0 OR e.document_id = :document) ORDER BY e.id, l.id");
    q.bind(":from", from.isValid() ? from.toString(Qt::ISODate) : QString());
    q.bind(":to", to.isValid() ? to.toString(Qt::ISODate) : QString()).bind(":document", documentId);
    FACTURO_TRY(q.exec(tr("read the journal")));
    QList<JournalEntry> entries;
    while (q.next()) {
        const qint64 id = q.integer(0);
        if (entries.isEmpty() || entries.last().id != id) {
            JournalEntry e;
            e.id = id;
            e.date = SqlValue::toDate(q.value(1));
            e.kind = q.text(2);
            e.documentId = q.integer(3);
            e.paymentId = q.integer(4);
            e.reference = q.text(5);
            e.description = q.text(6);
            entries.append(e);
        }
        entries.last().lines.append({q.integer(7), q.text(8), q.text(9), q.integer(10), q.integer(11)});
    }
    return entries;
}

Result<QList<AccountBalance>> JournalRepository::balances(const QDate &asOf) const
{
    SqlStatement q(m_db, "SELECT a.id, a.code, a.name, coalesce(sum(l.debit), 0), coalesce(sum(l.credit), 0) "
                         "FROM accounts a LEFT JOIN journal_lines l ON l.account_id = a.id "
                         "AND l.entry_id IN (SELECT id FROM journal_entries WHERE :asof = '' OR entry_date <= :asof) "
                         "GROUP BY a.id ORDER BY a.code");
    q.bind(":asof", asOf.isValid() ? asOf.toString(Qt::ISODate) : QString());
    FACTURO_TRY(q.exec(tr("read the account balances")));
    QList<AccountBalance> rows;
    while (q.next())
        rows.append({q.integer(0), q.text(1), q.text(2), q.integer(3), q.integer(4)});
    return rows;
}

Result<QList<qint64>> JournalRepository::unbalancedEntries() const
{
    SqlStatement q(m_db, "SELECT e.id FROM journal_entries e LEFT JOIN journal_lines l ON l.entry_id = e.id "
                         "GROUP BY e.id HAVING coalesce(sum(l.debit), 0) <> coalesce(sum(l.credit), 0) "
                         "OR count(l.id) = 0 ORDER BY e.id");
    FACTURO_TRY(q.exec(tr("check the journal")));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.integer(0));
    return ids;
}
