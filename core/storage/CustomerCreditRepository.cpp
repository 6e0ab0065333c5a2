#include "CustomerCreditRepository.h"

#include "CanonicalRows.h"
#include "SqlStatement.h"

Result<qint64> CustomerCreditRepository::insert(const CustomerCreditMovement &m)
{
    SqlStatement q(m_db,
        "INSERT INTO customer_credits (customer_id, kind, amount, credit_date, document_id, payment_id, "
        "journal_entry_id, method, reference, created_at, created_by) VALUES (:customer, :kind, :amount, :date, "
        ":document, :payment, :entry, :method, :reference, :now, :user)");
    q.bind(":customer", m.customerId).bind(":kind", CustomerCreditMovement::kindKey(m.kind)).bind(":amount", m.amount);
    q.bind(":date", SqlValue::date(m.date)).bind(":document", SqlValue::nullableId(m.documentId));
    q.bind(":payment", SqlValue::nullableId(m.paymentId)).bind(":entry", SqlValue::nullableId(m.journalEntryId));
    q.bind(":method", m.kind == CustomerCreditKind::Applied ? QString() : PaymentMethods::key(m.method));
    q.bind(":reference", m.reference).bind(":now", SqlValue::timestamp(m.createdAt)).bind(":user", m.createdBy);
    FACTURO_TRY(q.exec(tr("record the customer's credit")));
    return q.lastInsertId();
}

Result<qint64> CustomerCreditRepository::balance(qint64 customerId) const
{
    SqlStatement q(m_db, "SELECT coalesce(sum(amount), 0) FROM customer_credits WHERE customer_id = :id");
    q.bind(":id", customerId);
    FACTURO_TRY(q.exec(tr("read the customer's credit")));
    q.next();
    return q.integer(0);
}

Result<qint64> CustomerCreditRepository::total() const
{
    SqlStatement q(m_db, "SELECT coalesce(sum(amount), 0) FROM customer_credits");
    FACTURO_TRY(q.exec(tr("read the customers' credits")));
    q.next();
    return q.integer(0);
}

Result<QList<CustomerCreditMovement>> CustomerCreditRepository::forCustomer(qint64 customerId) const
{
    SqlStatement q(m_db,
        "SELECT id, customer_id, kind, amount, credit_date, coalesce(document_id, 0), coalesce(payment_id, 0), "
        "coalesce(journal_entry_id, 0), method, reference, created_at, created_by FROM customer_credits "
        "WHERE customer_id = :id ORDER BY id");
    q.bind(":id", customerId);
    FACTURO_TRY(q.exec(tr("read the customer's credit")));
    QList<CustomerCreditMovement> list;
    while (q.next()) {
        CustomerCreditMovement m;
        m.id = q.integer(0);
        m.customerId = q.integer(1);
        m.kind = CustomerCreditMovement::kindFromKey(q.text(2));
        m.amount = q.integer(3);
        m.date = SqlValue::toDate(q.value(4));
        m.documentId = q.integer(5);
        m.paymentId = q.integer(6);
        m.journalEntryId = q.integer(7);
        PaymentMethods::fromKey(q.text(8), &m.method);
        m.reference = q.text(9);
        m.createdAt = SqlValue::toTimestamp(q.value(10));
        m.createdBy = q.text(11);
        list.append(m);
    }
    return list;
}

Result<std::optional<QString>> CustomerCreditRepository::digest(qint64 movementId)
{
    const QString doing = tr("read the rows of a customer credit");
    CanonicalRows rows;
    QVariant entryId;
    {
        SqlStatement q(m_db,
            "SELECT id, customer_id, kind, amount, credit_date, document_id, payment_id, journal_entry_id, method, "
            "reference, created_at, created_by FROM customer_credits WHERE id = :id");
        q.bind(":id", movementId);
        FACTURO_TRY(q.exec(doing));
        if (!q.next())
            return std::optional<QString>();
        rows.record("customer_credit")
            .integer("id", q.value(0))
            .integer("customer_id", q.value(1))
            .text("kind", q.value(2))
            .integer("amount", q.value(3))
            .date("credit_date", q.value(4))
            .integer("document_id", q.value(5))
            .integer("payment_id", q.value(6))
            .integer("journal_entry_id", q.value(7))
            .text("method", q.value(8))
            .text("reference", q.value(9))
            .timestamp("created_at", q.value(10))
            .text("created_by", q.value(11));
        entryId = q.value(7);
    }
    if (!entryId.isNull()) {
        SqlStatement e(m_db,
            "SELECT id, entry_date, kind, document_id, payment_id, reference, description, created_at "
            "FROM journal_entries WHERE id = :id");
        e.bind(":id", entryId);
        FACTURO_TRY(e.exec(doing));
        if (e.next())
            rows.record("journal_entry")
                .integer("id", e.value(0))
                .date("entry_date", e.value(1))
                .text("kind", e.value(2))
                .integer("document_id", e.value(3))
                .integer("payment_id", e.value(4))
                .text("reference", e.value(5))
                .text("description", e.value(6))
                .timestamp("created_at", e.value(7));
        e.finish();
        SqlStatement lines(
            m_db, "SELECT id, account_id, debit, credit FROM journal_lines WHERE entry_id = :id ORDER BY id");
        lines.bind(":id", entryId);
        FACTURO_TRY(lines.exec(doing));
        while (lines.next())
            rows.record("journal_line")
                .integer("id", lines.value(0))
                .integer("account_id", lines.value(1))
                .integer("debit", lines.value(2))
                .integer("credit", lines.value(3));
    }
    return std::optional<QString>(rows.sha256());
}
