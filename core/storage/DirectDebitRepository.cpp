#include "DirectDebitRepository.h"

#include "CanonicalRows.h"
#include "SqlStatement.h"

Result<QList<DirectDebitCandidate>> DirectDebitRepository::due(const QDate &collectOn) const
{
    SqlStatement q(m_db,
        "SELECT * FROM (SELECT d.id, d.number, d.customer_id, d.customer_name, "
        "d.total_gross - d.amount_paid - d.amount_credited, d.issue_date, d.due_date, "
        "(SELECT max(m.id) FROM mandates m WHERE m.customer_id = d.customer_id "
        "AND m.revoked_on IS NULL AND m.signed_on <= :collect) AS mandate FROM documents d "
        "WHERE d.doc_type = 'invoice' AND (d.status = 'posted' OR d.status = 'partially_paid') "
        "AND d.deleted_at IS NULL AND d.payment_means = 'direct-debit' "
        "AND (d.due_date IS NULL OR d.due_date <= :collect) "
        "AND d.total_gross - d.amount_paid - d.amount_credited > 0 "
        "AND NOT EXISTS (SELECT 1 FROM direct_debit_collections c WHERE c.document_id = d.id AND NOT EXISTS "
        "(SELECT 1 FROM direct_debit_returns r WHERE r.collection_id = c.id))) candidate "
        "WHERE mandate IS NOT NULL ORDER BY coalesce(due_date, issue_date), id");
    q.bind(":collect", SqlValue::date(collectOn));
    FACTURO_TRY(q.exec(tr("find the invoices to collect by direct debit")));
    QList<DirectDebitCandidate> list;
    while (q.next()) {
        DirectDebitCandidate c;
        c.documentId = q.integer(0);
        c.number = q.text(1);
        c.customerId = q.integer(2);
        c.customerName = q.text(3);
        c.amountDue = q.integer(4);
        c.issueDate = SqlValue::toDate(q.value(5));
        c.dueDate = SqlValue::toDate(q.value(6));
        c.mandateId = q.integer(7);
        list.append(c);
    }
    return list;
}

Result<qint64> DirectDebitRepository::insertCollection(const DirectDebitCollection &c)
{
    SqlStatement q(m_db,
        "INSERT INTO direct_debit_collections (document_id, mandate_id, payment_id, amount, collect_on, sequence, "
        "message_id, end_to_end_id, created_at, created_by) VALUES (:document, :mandate, :payment, :amount, "
        ":collect, :sequence, :message, :e2e, :now, :user)");
    q.bind(":document", c.documentId).bind(":mandate", c.mandateId).bind(":payment", c.paymentId);
    q.bind(":amount", c.amount).bind(":collect", SqlValue::date(c.collectOn)).bind(":sequence", c.sequence);
    q.bind(":message", c.messageId).bind(":e2e", c.endToEndId);
    q.bind(":now", SqlValue::timestamp(c.createdAt)).bind(":user", c.createdBy);
    FACTURO_TRY(q.exec(tr("record the direct debit collection")));
    return q.lastInsertId();
}

Result<QList<DirectDebitCollection>> DirectDebitRepository::forDocument(qint64 documentId) const
{
    SqlStatement q(m_db,
        "SELECT c.id, c.document_id, coalesce(d.number, ''), c.mandate_id, c.payment_id, c.amount, c.collect_on, "
        "c.sequence, c.message_id, c.end_to_end_id, c.created_at, c.created_by, coalesce(r.id, 0) "
        "FROM direct_debit_collections c JOIN documents d ON d.id = c.document_id "
        "LEFT JOIN direct_debit_returns r ON r.collection_id = c.id WHERE c.document_id = :id ORDER BY c.id");
    q.bind(":id", documentId);
    FACTURO_TRY(q.exec(tr("read the direct debit collections")));
    QList<DirectDebitCollection> list;
    while (q.next()) {
        DirectDebitCollection c;
        c.id = q.integer(0);
        c.documentId = q.integer(1);
        c.documentNumber = q.text(2);
        c.mandateId = q.integer(3);
        c.paymentId = q.integer(4);
        c.amount = q.integer(5);
        c.collectOn = SqlValue::toDate(q.value(6));
        c.sequence = q.text(7);
        c.messageId = q.text(8);
        c.endToEndId = q.text(9);
        c.createdAt = SqlValue::toTimestamp(q.value(10));
        c.createdBy = q.text(11);
        c.returnId = q.integer(12);
        list.append(c);
    }
    return list;
}

Result<qint64> DirectDebitRepository::insertReturn(const DirectDebitReturn &r)
{
    SqlStatement q(m_db,
        "INSERT INTO direct_debit_returns (collection_id, returned_on, fee, reason, reversal_payment_id, "
        "fee_document_id, created_at, created_by) VALUES (:collection, :on, :fee, :reason, :reversal, :feedoc, "
        ":now, :user)");
    q.bind(":collection", r.collectionId).bind(":on", SqlValue::date(r.returnedOn)).bind(":fee", r.fee);
    q.bind(":reason", r.reason).bind(":reversal", r.reversalPaymentId);
    q.bind(":feedoc", SqlValue::nullableId(r.feeDocumentId));
    q.bind(":now", SqlValue::timestamp(r.createdAt)).bind(":user", r.createdBy);
    FACTURO_TRY(q.exec(tr("record the returned direct debit")));
    return q.lastInsertId();
}

Result<qint64> DirectDebitRepository::collectionCount() const
{
    SqlStatement q(m_db, "SELECT count(*) FROM direct_debit_collections");
    FACTURO_TRY(q.exec(tr("read the direct debit collections")));
    q.next();
    return q.integer(0);
}

Result<std::optional<QString>> DirectDebitRepository::returnDigest(qint64 returnId)
{
    const QString doing = tr("read the rows of a returned direct debit");
    CanonicalRows rows;
    QVariant collection;
    {
        SqlStatement q(m_db,
            "SELECT id, collection_id, returned_on, fee, reason, reversal_payment_id, fee_document_id, created_at, "
            "created_by FROM direct_debit_returns WHERE id = :id");
        q.bind(":id", returnId);
        FACTURO_TRY(q.exec(doing));
        if (!q.next())
            return std::optional<QString>();
        rows.record("direct_debit_return")
            .integer("id", q.value(0))
            .integer("collection_id", q.value(1))
            .date("returned_on", q.value(2))
            .integer("fee", q.value(3))
            .text("reason", q.value(4))
            .integer("reversal_payment_id", q.value(5))
            .integer("fee_document_id", q.value(6))
            .timestamp("created_at", q.value(7))
            .text("created_by", q.value(8));
        collection = q.value(1);
    }
    SqlStatement c(m_db,
        "SELECT id, document_id, mandate_id, payment_id, amount, collect_on, sequence, message_id, end_to_end_id, "
        "created_at, created_by FROM direct_debit_collections WHERE id = :id");
    c.bind(":id", collection);
    FACTURO_TRY(c.exec(doing));
    if (c.next())
        rows.record("direct_debit_collection")
            .integer("id", c.value(0))
            .integer("document_id", c.value(1))
            .integer("mandate_id", c.value(2))
            .integer("payment_id", c.value(3))
            .integer("amount", c.value(4))
            .date("collect_on", c.value(5))
            .text("sequence", c.value(6))
            .text("message_id", c.value(7))
            .text("end_to_end_id", c.value(8))
            .timestamp("created_at", c.value(9))
            .text("created_by", c.value(10));
    return std::optional<QString>(rows.sha256());
}

Result<qint64> DirectDebitRepository::documentOfEndToEnd(const QString &endToEndId) const
{
    SqlStatement q(m_db, "SELECT document_id FROM direct_debit_collections WHERE end_to_end_id = :e2e");
    q.bind(":e2e", endToEndId);
    FACTURO_TRY(q.exec(tr("read the direct debit collections")));
    return q.next() ? q.integer(0) : qint64(0);
}
