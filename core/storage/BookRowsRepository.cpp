#include "BookRowsRepository.h"

#include "CanonicalRows.h"
#include "SqlStatement.h"

namespace {
// Writes the columns of the current row of a statement, in the order they were selected, as
// their fields: straight from the bytes SQLite holds where those are the canonical form (whole
// numbers, text CanonicalRows::isPlainUtf8(), canonical dates and times), through CanonicalRows' QVariant path
// for anything else, so that both give the same bytes for the same rows.
class RowWriter
{
public:
    RowWriter(SqlStatement &q, CanonicalRows &rows)
        : m_q(q)
        , m_rows(rows)
    { }
    RowWriter &record(const char *name)
    {
        m_rows.record(name);
        m_column = 0;
        return *this;
    }
    RowWriter &integer(const char *name)
    {
        const int c = m_column++;
        switch (m_q.storage(c)) {
        case PreparedStatement::Storage::Integer:
            m_rows.integer(name, m_q.integer(c));
            break;
        case PreparedStatement::Storage::Null:
            m_rows.null(name);
            break;
        default:
            m_rows.integer(name, m_q.value(c));
        }
        return *this;
    }
    RowWriter &text(const char *name)
    {
        const int c = m_column++;
        const PreparedStatement::Storage storage = m_q.storage(c);
        if (storage == PreparedStatement::Storage::Null)
            m_rows.null(name);
        else if (const QByteArrayView utf8 = m_q.utf8(c);
                 storage == PreparedStatement::Storage::Text && CanonicalRows::isPlainUtf8(utf8))
            m_rows.utf8Text(name, utf8);
        else
            m_rows.text(name, m_q.value(c));
        return *this;
    }
    RowWriter &date(const char *name)
    {
        const int c = m_column++;
        if (const QByteArrayView utf8 = m_q.utf8(c); CanonicalRows::isCanonicalDate(utf8))
            m_rows.canonicalText(name, utf8);
        else
            m_rows.date(name, m_q.value(c));
        return *this;
    }
    RowWriter &timestamp(const char *name)
    {
        const int c = m_column++;
        if (const QByteArrayView utf8 = m_q.utf8(c); CanonicalRows::isCanonicalTimestamp(utf8))
            m_rows.canonicalText(name, utf8);
        else
            m_rows.timestamp(name, m_q.value(c));
        return *this;
    }

private:
    SqlStatement &m_q;
    CanonicalRows &m_rows;
    int m_column = 0;
};

// The journal entries selected by entriesSql (bound to :id), each followed by its lines.
Status journalRows(Database &db, CanonicalRows &rows, const char *entriesSql, qint64 id, const QString &doing)
{
    SqlStatement entries(db, entriesSql);
    entries.bind(":id", id);
    FACTURO_TRY(entries.exec(doing));
    RowWriter entry(entries, rows);
    while (entries.next()) {
        entry.record("journal_entry")
            .integer("id")
            .date("entry_date")
            .text("kind")
            .integer("document_id")
            .integer("payment_id")
            .text("reference")
            .text("description")
            .timestamp("created_at");
        SqlStatement lines(
            db, "SELECT id, account_id, debit, credit FROM journal_lines WHERE entry_id = :id ORDER BY id");
        lines.bind(":id", entries.value(0));
        FACTURO_TRY(lines.exec(doing));
        RowWriter line(lines, rows);
        while (lines.next())
            line.record("journal_line").integer("id").integer("account_id").integer("debit").integer("credit");
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
        RowWriter(q, rows)
            .record("document")
            .integer("id")
            .text("doc_type")
            .text("number")
            .integer("customer_id")
            .text("customer_name")
            .date("issue_date")
            .date("service_date")
            .date("due_date")
            .integer("payment_terms_days")
            .text("customer_reference")
            .text("printed_notes")
            .text("internal_notes")
            .text("language")
            .text("currency")
            .integer("total_net")
            .integer("total_tax")
            .integer("total_gross")
            .integer("credited_document_id")
            .text("credit_reason")
            .integer("service_order_id")
            .integer("quotation_id")
            .text("snapshot")
            .text("approved_by")
            .timestamp("approved_at")
            .timestamp("posted_at")
            .text("posted_by")
            .timestamp("created_at")
            .text("created_by")
            .text("buyer_reference")
            .text("order_reference")
            .text("payment_means");
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
        RowWriter line(q, rows);
        while (q.next())
            line.record("line")
                .integer("id")
                .integer("position")
                .text("kind")
                .text("description")
                .integer("quantity")
                .text("unit")
                .integer("unit_price")
                .integer("discount")
                .text("tax_category")
                .integer("tax_rate")
                .text("exemption_reason")
                .integer("line_net")
                .integer("catalog_item_id")
                .integer("source_line_id")
                .text("unit_code")
                .text("vatex_code");
    }
    {
        SqlStatement q(m_db,
            "SELECT id, tax_category, tax_rate, exemption_reason, base, tax FROM document_tax_lines "
            "WHERE document_id = :id ORDER BY id");
        q.bind(":id", documentId);
        FACTURO_TRY(q.exec(doing));
        RowWriter tax(q, rows);
        while (q.next())
            tax.record("tax_line")
                .integer("id")
                .text("tax_category")
                .integer("tax_rate")
                .text("exemption_reason")
                .integer("base")
                .integer("tax");
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
        RowWriter(q, rows)
            .record("payment")
            .integer("id")
            .integer("document_id")
            .text("kind")
            .integer("amount")
            .date("payment_date")
            .text("method")
            .text("reference")
            .integer("reverses_payment_id")
            .timestamp("created_at")
            .text("created_by");
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
