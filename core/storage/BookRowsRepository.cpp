#include "BookRowsRepository.h"

#include "CanonicalRows.h"
#include "SqlStatement.h"

namespace {
// The journal entries selected by entriesSql (bound to :id), each followed by its lines.
Status journalRows(Database &db, CanonicalRows &rows, const char *entriesSql, qint64 id, const QString &doing)
{
    QList<QVariantList> entries;
    {
        SqlStatement q(db, entriesSql);
        q.bind(":id", id);
        FACTURO_TRY(q.exec(doing));
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < 8; ++i)
                row.append(q.value(i));
            entries.append(row);
        }
    }
    for (const QVariantList &e : entries) {
        rows.record("journal_entry")
            .integer("id", e.at(0))
            .date("entry_date", e.at(1))
            .text("kind", e.at(2))
            .integer("document_id", e.at(3))
            .integer("payment_id", e.at(4))
            .text("reference", e.at(5))
            .text("description", e.at(6))
            .timestamp("created_at", e.at(7));
        SqlStatement lines(
            db, "SELECT id, account_id, debit, credit FROM journal_lines WHERE entry_id = :id ORDER BY id");
        lines.bind(":id", e.at(0));
        FACTURO_TRY(lines.exec(doing));
        while (lines.next())
            rows.record("journal_line")
                .integer("id", lines.value(0))
                .integer("account_id", lines.value(1))
                .integer("debit", lines.value(2))
                .integer("credit", lines.value(3));
    }
    return {};
}
} // namespace

Result<std::optional<QString>> BookRowsRepository::documentDigest(qint64 documentId)
{
    const QString doing = tr("read the rows of a posted document");
    CanonicalRows rows;
    {
        SqlStatement q(m_db,
            "SELECT id, doc_type, number, customer_id, customer_name, issue_date, service_date, "
            "due_date, payment_terms_days, customer_reference, printed_notes, internal_notes, language, "
            "currency, total_net, total_tax, total_gross, credited_document_id, credit_reason, "
            "service_order_id, quotation_id, snapshot, approved_by, approved_at, posted_at, posted_by, "
            "created_at, created_by, buyer_reference, order_reference, payment_means, "
            "(SELECT reference FROM document_payment_references r WHERE r.document_id = documents.id) "
            "FROM documents WHERE id = :id");
        q.bind(":id", documentId);
        FACTURO_TRY(q.exec(doing));
        if (!q.next())
            return std::optional<QString>();
        rows.record("document")
            .integer("id", q.value(0))
            .text("doc_type", q.value(1))
            .text("number", q.value(2))
            .integer("customer_id", q.value(3))
            .text("customer_name", q.value(4))
            .date("issue_date", q.value(5))
            .date("service_date", q.value(6))
            .date("due_date", q.value(7))
            .integer("payment_terms_days", q.value(8))
            .text("customer_reference", q.value(9))
            .text("printed_notes", q.value(10))
            .text("internal_notes", q.value(11))
            .text("language", q.value(12))
            .text("currency", q.value(13))
            .integer("total_net", q.value(14))
            .integer("total_tax", q.value(15))
            .integer("total_gross", q.value(16))
            .integer("credited_document_id", q.value(17))
            .text("credit_reason", q.value(18))
            .integer("service_order_id", q.value(19))
            .integer("quotation_id", q.value(20))
            .text("snapshot", q.value(21))
            .text("approved_by", q.value(22))
            .timestamp("approved_at", q.value(23))
            .timestamp("posted_at", q.value(24))
            .text("posted_by", q.value(25))
            .timestamp("created_at", q.value(26))
            .text("created_by", q.value(27))
            .text("buyer_reference", q.value(28))
            .text("order_reference", q.value(29))
            .text("payment_means", q.value(30));
        // Schema 14: named only when set, so that a document posted before keeps its digest.
        if (!q.value(31).isNull())
            rows.text("payment_reference", q.value(31));
    }
    {
        SqlStatement q(m_db,
            "SELECT id, position, kind, description, quantity, unit, unit_price, discount, "
            "tax_category, tax_rate, exemption_reason, line_net, catalog_item_id, source_line_id, unit_code, "
            "vatex_code "
            "FROM document_lines WHERE document_id = :id ORDER BY position, id");
        q.bind(":id", documentId);
        FACTURO_TRY(q.exec(doing));
        while (q.next())
            rows.record("line")
                .integer("id", q.value(0))
                .integer("position", q.value(1))
                .text("kind", q.value(2))
                .text("description", q.value(3))
                .integer("quantity", q.value(4))
                .text("unit", q.value(5))
                .integer("unit_price", q.value(6))
                .integer("discount", q.value(7))
                .text("tax_category", q.value(8))
                .integer("tax_rate", q.value(9))
                .text("exemption_reason", q.value(10))
                .integer("line_net", q.value(11))
                .integer("catalog_item_id", q.value(12))
                .integer("source_line_id", q.value(13))
                .text("unit_code", q.value(14))
                .text("vatex_code", q.value(15));
    }
    {
        SqlStatement q(m_db,
            "SELECT id, tax_category, tax_rate, exemption_reason, base, tax FROM document_tax_lines "
            "WHERE document_id = :id ORDER BY id");
        q.bind(":id", documentId);
        FACTURO_TRY(q.exec(doing));
        while (q.next())
            rows.record("tax_line")
                .integer("id", q.value(0))
                .text("tax_category", q.value(1))
                .integer("tax_rate", q.value(2))
                .text("exemption_reason", q.value(3))
                .integer("base", q.value(4))
                .integer("tax", q.value(5));
    }
    FACTURO_TRY(journalRows(m_db, rows,
        "SELECT id, entry_date, kind, document_id, payment_id, reference, description, created_at "
        "FROM journal_entries WHERE document_id = :id AND payment_id IS NULL "
        "AND kind IN ('invoice', 'credit_note') ORDER BY id",
        documentId, doing));
    return std::optional<QString>(rows.sha256());
}

Result<std::optional<QString>> BookRowsRepository::paymentDigest(qint64 paymentId)
{
    const QString doing = tr("read the rows of a payment");
    CanonicalRows rows;
    {
        SqlStatement q(m_db,
            "SELECT id, document_id, kind, amount, payment_date, method, reference, "
            "reverses_payment_id, created_at, created_by FROM payments WHERE id = :id");
        q.bind(":id", paymentId);
        FACTURO_TRY(q.exec(doing));
        if (!q.next())
            return std::optional<QString>();
        rows.record("payment")
            .integer("id", q.value(0))
            .integer("document_id", q.value(1))
            .text("kind", q.value(2))
            .integer("amount", q.value(3))
            .date("payment_date", q.value(4))
            .text("method", q.value(5))
            .text("reference", q.value(6))
            .integer("reverses_payment_id", q.value(7))
            .timestamp("created_at", q.value(8))
            .text("created_by", q.value(9));
    }
    FACTURO_TRY(journalRows(m_db, rows,
        "SELECT id, entry_date, kind, document_id, payment_id, reference, description, created_at "
        "FROM journal_entries WHERE payment_id = :id ORDER BY id",
        paymentId, doing));
    return std::optional<QString>(rows.sha256());
}

Result<qint64> BookRowsRepository::documentIdOfNumber(const QString &number)
{
    SqlStatement q(m_db, "SELECT id FROM documents WHERE number = :number");
    q.bind(":number", number);
    FACTURO_TRY(q.exec(tr("find a document by its number")));
    return q.next() ? q.integer(0) : qint64(0);
}

QString BookRowsRepository::documentName(qint64 documentId)
{
    SqlStatement q(m_db, "SELECT number FROM documents WHERE id = :id");
    q.bind(":id", documentId);
    if (q.exec(tr("read a document")) && q.next() && !q.text(0).isEmpty())
        return q.text(0);
    return tr("document %1").arg(documentId);
}
