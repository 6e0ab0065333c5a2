#include "DocumentRepository.h"

#include "PaymentReference.h"
#include "SqlStatement.h"
#include "UnitCodes.h"

#include <QSet>
#include <QSqlError>

#include <algorithm>
#include <functional>
#include <optional>

namespace {
const char *const SelectDocument =
    "SELECT id, doc_type, status, coalesce(number, ''), customer_id, customer_name, issue_date, service_date, "
    "due_date, payment_terms_days, customer_reference, printed_notes, internal_notes, language, currency, "
    "total_net, total_tax, total_gross, amount_paid, amount_credited, coalesce(credited_document_id, 0), "
    "credit_reason, coalesce(service_order_id, 0), coalesce(quotation_id, 0), coalesce(snapshot, ''), "
    "coalesce(approved_by, ''), approved_at, posted_at, coalesce(posted_by, ''), created_at, created_by, "
    "updated_at, deleted_at, buyer_reference, order_reference, payment_means, "
    "coalesce((SELECT reference FROM document_payment_references r WHERE r.document_id = documents.id), '') "
    "FROM documents WHERE id = :id";

void bindLine(SqlStatement &q, const DocumentLine &l)
{
    q.bind(":position", l.position).bind(":kind", LineKinds::key(l.kind)).bind(":description", l.description);
    q.bind(":quantity", l.quantity.scaled()).bind(":unit", l.unit).bind(":price", l.unitPrice.scaled());
    q.bind(":discount", l.discount.scaled()).bind(":category", TaxCategories::key(l.taxCategory));
    q.bind(":rate", l.taxRate.scaled()).bind(":reason", l.exemptionReason).bind(":net", l.net);
    q.bind(":unit_code", l.unitCode.isEmpty() ? UnitCodes::fromUnitText(l.unit) : l.unitCode);
    q.bind(":vatex", l.vatexCode);
    q.bind(":item", SqlValue::nullableId(l.catalogItemId)).bind(":source", SqlValue::nullableId(l.sourceLineId));
}

// How a list is searched. Number: a typed document number, read through the number column's
// index (prefix ranges); Text: FTS5, reading the hits in the list's order a page at a time;
// AllTextHits: FTS5, every hit collected first (totals, and pages too deep for Text).
enum class SearchPlan { None, Number, Text, AllTextHits };

struct Search
{
    SearchPlan plan = SearchPlan::None;
    QStringList starts; // Number: the ranges [start, prefixEnd(start)) of the number column
};

using FilterBinder = std::function<void(SqlStatement &)>;

// The prefix range [from, to) of a typed number: one word with a digit and a dash or slash, as
// the numbering patterns make them ("INV-2026-00042", "inv-2026-0004"). Empty when it is not one.
QString numberPrefix(const QString &text)
{
    const QString word = text.trimmed();
    bool digit = false, separator = false;
    for (const QChar c : word) {
        if (c.isSpace())
            return {};
        digit = digit || c.isDigit();
        separator = separator || c == QLatin1Char('-') || c == QLatin1Char('/');
    }
    return digit && separator ? word : QString();
}

QString prefixEnd(const QString &prefix)
{
    QString end = prefix;
    end.back() = QChar(end.back().unicode() + 1);
    return end;
}

void bindSearch(SqlStatement &q, const QString &text, const Search &search)
{
    if (search.plan == SearchPlan::Number) {
        for (qsizetype i = 0; i < search.starts.size(); ++i) {
            q.bind(QStringLiteral(":numfrom%1").arg(i), search.starts.at(i));
            q.bind(QStringLiteral(":numto%1").arg(i), prefixEnd(search.starts.at(i)));
        }
    } else if (search.plan == SearchPlan::AllTextHits) {
        q.bind(":search", DocumentRepository::ftsQuery(text));
    }
}

QString numberCondition(qsizetype ranges)
{
    QStringList parts;
    for (qsizetype i = 0; i < ranges; ++i)
        parts << QStringLiteral("number >= :numfrom%1 AND number < :numto%1").arg(i);
    return QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

// The list's total and amount due as it shows them (a credit note negative, nothing due on a
// draft), written exactly as the indexes of migration 0010 are.
const char *const SignedTotal = "(CASE WHEN doc_type = 'credit_note' THEN -total_gross ELSE total_gross END)";
const char *const SignedDue = "(CASE WHEN status = 'draft' THEN NULL WHEN doc_type = 'credit_note' THEN amount_paid + "
                              "amount_credited - total_gross ELSE total_gross - amount_paid - amount_credited END)";
const char *const StatusRank = "(CASE status WHEN 'draft' THEN 0 WHEN 'posted' THEN 1 WHEN 'partially_paid' THEN 2 "
                               "WHEN 'paid' THEN 3 WHEN 'credited' THEN 4 ELSE 5 END)";

// "id is one of the ids of the JSON array bound to :ids".
QString idsIn(const Database &db)
{
    return db.isServer() ? QStringLiteral("id IN (SELECT value::bigint FROM json_array_elements_text(:ids::json))")
                         : QStringLiteral("id IN (SELECT value FROM json_each(:ids))");
}

// ORDER BY for the list's order, read forwards or from its end; the id breaks ties, so that a
// page read from the end is exactly the same rows as read from the start.
QString orderClause(const DocumentFilter &f, bool fromEnd)
{
    const QString direction = f.descending != fromEnd ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString key;
    switch (f.order) {
    case DocumentOrder::Newest: break;
    case DocumentOrder::Number: key = QStringLiteral("number"); break;
    case DocumentOrder::Type: // then by date: documents_type_issue_date serves it
        key = QStringLiteral("doc_type") + direction + QStringLiteral(", issue_date");
        break;
    case DocumentOrder::Customer: key = QStringLiteral("customer_name COLLATE NOCASE"); break;
    case DocumentOrder::IssueDate: key = QStringLiteral("issue_date"); break;
    case DocumentOrder::DueDate: key = QStringLiteral("due_date"); break;
    case DocumentOrder::Total: key = QLatin1String(SignedTotal); break;
    case DocumentOrder::AmountDue: key = QLatin1String(SignedDue); break;
    case DocumentOrder::Status: key = QLatin1String(StatusRank); break;
    }
    return QStringLiteral(" ORDER BY ") + (key.isEmpty() ? QString() : key + direction + QStringLiteral(", "))
        + QStringLiteral("id") + direction;
}

QString searchCondition(const Search &search)
{
    switch (search.plan) {
    case SearchPlan::Number:
        return numberCondition(search.starts.size());
    case SearchPlan::AllTextHits:
        return QStringLiteral("id IN (SELECT rowid FROM document_search WHERE document_search MATCH :search "
                              "UNION SELECT document_id FROM line_search WHERE line_search MATCH :search)");
    case SearchPlan::None:
    case SearchPlan::Text:
        break;
    }
    return {};
}

Result<bool> anyNumberIn(Database &db, const Search &search)
{
    SqlStatement q(db, QStringLiteral("SELECT 1 FROM documents WHERE %1 LIMIT 1").arg(searchCondition(search)));
    bindSearch(q, {}, search);
    FACTURO_TRY(q.exec(DocumentRepository::tr("search the documents")));
    return q.next();
}

// What each numbering in use puts before its first digit ("INV-", "CN-"), read through the
// unique index on the number a few entries at a time: from one head to the next.
Result<QStringList> numberHeads(Database &db)
{
    QStringList heads;
    QString after;
    for (int i = 0; i < 16; ++i) {
        SqlStatement q(db, "SELECT number FROM documents WHERE number > :after ORDER BY number LIMIT 1");
        q.bind(":after", after);
        FACTURO_TRY(q.exec(DocumentRepository::tr("search the documents")));
        if (!q.next())
            break;
        const QString number = q.text(0);
        qsizetype digit = 0;
        while (digit < number.size() && !number.at(digit).isDigit())
            ++digit;
        const QString head = number.left(digit);
        if (!head.isEmpty())
            heads << head;
        // Past every number with this head (U+FFFF sorts after what a number holds).
        after = (head.isEmpty() ? number.left(1) : head) + QChar(0xFFFF);
    }
    return heads;
}

// A typed number that begins some document's number is looked up by number only, and so is one
// that begins after a numbering's head ("2026-0004" of INV-2026-00042); anything else (words, a
// number-like text no number holds, such as a part code "R-410A") goes to FTS.
Result<Search> searchPlan(Database &db, const QString &text)
{
    if (DocumentRepository::ftsQuery(text).isEmpty())
        return Search{SearchPlan::None, {}};
    const QString typed = numberPrefix(text);
    if (typed.isEmpty())
        return Search{SearchPlan::Text, {}};
    Search byNumber{SearchPlan::Number, {typed}};
    if (typed.toUpper() != typed)
        byNumber.starts << typed.toUpper();
    auto found = anyNumberIn(db, byNumber);
    if (!found)
        return found.error();
    if (found.value())
        return byNumber;
    if (typed.front().isDigit()) {
        auto heads = numberHeads(db);
        if (!heads)
            return heads.error();
        Search inside{SearchPlan::Number, {}};
        for (const QString &head : std::as_const(heads.value()))
            inside.starts << head + typed.toUpper();
        if (!inside.starts.isEmpty()) {
            found = anyNumberIn(db, inside);
            if (!found)
                return found.error();
            if (found.value())
                return inside;
        }
    }
    return Search{SearchPlan::Text, {}};
}

QString withCondition(const QString &where, const QString &condition)
{
    if (condition.isEmpty())
        return where;
    return where + (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + condition;
}

QString idArray(const QList<qint64> &ids)
{
    QString text = QStringLiteral("[");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            text += QLatin1Char(',');
        text += QString::number(ids.at(i));
    }
    return text + QLatin1Char(']');
}
} // namespace

Result<qint64> DocumentRepository::insertDraft(const Document &d)
{
    SqlStatement q(m_db, "INSERT INTO documents (doc_type, status, customer_id, customer_name, issue_date, "
                         "service_date, due_date, payment_terms_days, customer_reference, printed_notes, "
                         "internal_notes, language, currency, total_net, total_tax, total_gross, "
                         "credited_document_id, credit_reason, service_order_id, quotation_id, created_at, "
                         "created_by, updated_at, buyer_reference, order_reference, payment_means) VALUES (:type, "
                         "'draft', :customer, :customer_name, :issue, :service, :due, :terms, :reference, :printed, "
                         ":internal, :language, :currency, :net, :tax, :gross, :credited, :reason, :order, "
                         ":quotation, :now, :user, :now, :buyer_reference, :order_reference, :payment_means)");
    q.bind(":type", DocumentTypes::key(d.type)).bind(":customer", d.customerId);
    q.bind(":customer_name", d.customerName).bind(":issue", SqlValue::date(d.issueDate));
    q.bind(":service", SqlValue::date(d.serviceDate)).bind(":due", SqlValue::date(d.dueDate));
    q.bind(":terms", d.paymentTermsDays).bind(":reference", d.customerReference);
    q.bind(":printed", d.printedNotes).bind(":internal", d.internalNotes).bind(":language", d.language);
    q.bind(":currency", d.currency).bind(":net", d.totalNet).bind(":tax", d.totalTax).bind(":gross", d.totalGross);
    q.bind(":credited", SqlValue::nullableId(d.creditedDocumentId)).bind(":reason", d.creditReason);
    q.bind(":order", SqlValue::nullableId(d.serviceOrderId)).bind(":quotation", SqlValue::nullableId(d.quotationId));
    q.bind(":now", SqlValue::timestamp(d.createdAt)).bind(":user", d.createdBy);
    q.bind(":buyer_reference", d.buyerReference).bind(":order_reference", d.orderReference);
    q.bind(":payment_means", PaymentMeansKeys::key(d.paymentMeans));
    FACTURO_TRY(q.exec(tr("create the draft")));
    return q.lastInsertId();
}

Status DocumentRepository::updateDraftHeader(const Document &d)
{
    SqlStatement q(m_db, "UPDATE documents SET customer_id = :customer, customer_name = :customer_name, "
                         "issue_date = :issue, service_date = :service, due_date = :due, payment_terms_days = :terms, "
                         "customer_reference = :reference, printed_notes = :printed, internal_notes = :internal, "
                         "language = :language, total_net = :net, total_tax = :tax, total_gross = :gross, "
                         "credit_reason = :reason, approved_by = :approved_by, approved_at = :approved_at, "
                         "buyer_reference = :buyer_reference, order_reference = :order_reference, "
                         "payment_means = :payment_means, updated_at = :now WHERE id = :id AND status = 'draft'");
    q.bind(":customer", d.customerId).bind(":customer_name", d.customerName);
    q.bind(":issue", SqlValue::date(d.issueDate)).bind(":service", SqlValue::date(d.serviceDate));
    q.bind(":due", SqlValue::date(d.dueDate)).bind(":terms", d.paymentTermsDays);
    q.bind(":reference", d.customerReference).bind(":printed", d.printedNotes);
    q.bind(":internal", d.internalNotes).bind(":language", d.language);
    q.bind(":net", d.totalNet).bind(":tax", d.totalTax).bind(":gross", d.totalGross).bind(":reason", d.creditReason);
    q.bind(":approved_by", SqlValue::nullableText(d.approvedBy));
    q.bind(":approved_at", d.approvedAt.isValid() ? QVariant(SqlValue::timestamp(d.approvedAt))
                                                  : QVariant(QMetaType(QMetaType::QString)));
    q.bind(":buyer_reference", d.buyerReference).bind(":order_reference", d.orderReference);
    q.bind(":payment_means", PaymentMeansKeys::key(d.paymentMeans));
    q.bind(":now", SqlValue::timestamp(d.updatedAt)).bind(":id", d.id);
    FACTURO_TRY(q.exec(tr("save the draft")));
    if (q.rowsAffected() != 1)
        return Error::refused(tr("%1 is not a draft: it cannot be changed.").arg(d.displayName()));
    return {};
}

Result<qint64> DocumentRepository::insertLine(qint64 documentId, const DocumentLine &line)
{
    SqlStatement q(m_db, "INSERT INTO document_lines (document_id, position, kind, description, quantity, unit, "
                         "unit_price, discount, tax_category, tax_rate, exemption_reason, line_net, "
                         "catalog_item_id, source_line_id, unit_code, vatex_code) VALUES (:document, :position, "
                         ":kind, :description, :quantity, :unit, :price, :discount, :category, :rate, :reason, :net, "
                         ":item, :source, :unit_code, :vatex)");
    q.bind(":document", documentId);
    bindLine(q, line);
    FACTURO_TRY(q.exec(tr("add the line")));
    return q.lastInsertId();
}

Status DocumentRepository::updateLine(const DocumentLine &line)
{
    SqlStatement q(m_db, "UPDATE document_lines SET position = :position, kind = :kind, description = :description, "
                         "quantity = :quantity, unit = :unit, unit_price = :price, discount = :discount, "
                         "tax_category = :category, tax_rate = :rate, exemption_reason = :reason, line_net = :net, "
                         "catalog_item_id = :item, source_line_id = :source, unit_code = :unit_code, "
                         "vatex_code = :vatex WHERE id = :id");
    bindLine(q, line);
    q.bind(":id", line.id);
    return q.exec(tr("save the line"));
}

Status DocumentRepository::deleteLine(qint64 lineId)
{
    SqlStatement q(m_db, "DELETE FROM document_lines WHERE id = :id");
    q.bind(":id", lineId);
    return q.exec(tr("remove the line"));
}

Result<Document> DocumentRepository::find(qint64 id, bool withLines) const
{
    SqlStatement q(m_db, SelectDocument);
    q.bind(":id", id);
    FACTURO_TRY(q.exec(tr("read document %1").arg(id)));
    if (!q.next())
        return Error::notFound(tr("Document %1 does not exist.").arg(id));
    Document d;
    d.id = q.integer(0);
    d.type = DocumentTypes::fromKey(q.text(1));
    d.status = DocumentStatuses::fromKey(q.text(2));
    d.number = q.text(3);
    d.customerId = q.integer(4);
    d.customerName = q.text(5);
    d.issueDate = SqlValue::toDate(q.value(6));
    d.serviceDate = SqlValue::toDate(q.value(7));
    d.dueDate = SqlValue::toDate(q.value(8));
    d.paymentTermsDays = q.value(9).toInt();
    d.customerReference = q.text(10);
    d.printedNotes = q.text(11);
    d.internalNotes = q.text(12);
    d.language = q.text(13);
    d.currency = q.text(14);
    d.totalNet = q.integer(15);
    d.totalTax = q.integer(16);
    d.totalGross = q.integer(17);
    d.amountPaid = q.integer(18);
    d.amountCredited = q.integer(19);
    d.creditedDocumentId = q.integer(20);
    d.creditReason = q.text(21);
    d.serviceOrderId = q.integer(22);
    d.quotationId = q.integer(23);
    d.snapshot = q.text(24);
    d.approvedBy = q.text(25);
    d.approvedAt = SqlValue::toTimestamp(q.value(26));
    d.postedAt = SqlValue::toTimestamp(q.value(27));
    d.postedBy = q.text(28);
    d.createdAt = SqlValue::toTimestamp(q.value(29));
    d.createdBy = q.text(30);
    d.updatedAt = SqlValue::toTimestamp(q.value(31));
    d.deletedAt = SqlValue::toTimestamp(q.value(32));
    d.buyerReference = q.text(33);
    d.orderReference = q.text(34);
    const auto means = PaymentMeansKeys::fromKey(q.text(35)); // the CHECK constraint allows only the keys
    d.paymentMeans = means ? means.value() : PaymentMeans::CreditTransfer;
    d.paymentReference = q.text(36);
    q.finish();
    if (withLines) {
        auto lines = this->lines(id);
        if (!lines)
            return lines.error();
        d.lines = lines.value();
        if (!d.isDraft()) {
            auto taxes = taxLines(id);
            if (!taxes)
                return taxes.error();
            d.taxSubtotals = taxes.value();
        }
    }
    return d;
}

Result<QList<DocumentLine>> DocumentRepository::lines(qint64 documentId) const
{
    SqlStatement q(m_db, "SELECT id, position, kind, description, quantity, unit, unit_price, discount, tax_category, "
                         "tax_rate, exemption_reason, line_net, coalesce(catalog_item_id, 0), "
                         "coalesce(source_line_id, 0), unit_code, vatex_code FROM document_lines WHERE document_id = :id "
                         "ORDER BY position, id");
    q.bind(":id", documentId);
    FACTURO_TRY(q.exec(tr("read the lines of document %1").arg(documentId)));
    QList<DocumentLine> lines;
    while (q.next()) {
        DocumentLine l;
        l.id = q.integer(0);
        l.position = q.value(1).toInt();
        l.kind = LineKinds::fromKey(q.text(2));
        l.description = q.text(3);
        l.quantity = Quantity::fromScaled(q.integer(4));
        l.unit = q.text(5);
        l.unitPrice = UnitPrice::fromScaled(q.integer(6));
        l.discount = Percentage::fromScaled(q.integer(7));
        l.taxCategory = TaxCategories::fromKey(q.text(8)).value();
        l.taxRate = Percentage::fromScaled(q.integer(9));
        l.exemptionReason = q.text(10);
        l.net = q.integer(11);
        l.catalogItemId = q.integer(12);
        l.sourceLineId = q.integer(13);
        l.unitCode = q.text(14);
        l.vatexCode = q.text(15);
        lines.append(l);
    }
    return lines;
}

Result<QList<TaxSubtotal>> DocumentRepository::taxLines(qint64 documentId) const
{
    SqlStatement q(m_db, "SELECT tax_category, tax_rate, exemption_reason, base, tax FROM document_tax_lines "
                         "WHERE document_id = :id ORDER BY id");
    q.bind(":id", documentId);
    FACTURO_TRY(q.exec(tr("read the tax breakdown of document %1").arg(documentId)));
    QList<TaxSubtotal> rows;
    while (q.next())
        rows.append({TaxCategories::fromKey(q.text(0)).value(), Percentage::fromScaled(q.integer(1)), q.text(2),
                     q.integer(3), q.integer(4)});
    return rows;
}

Result<bool> DocumentRepository::any() const
{
    SqlStatement q(m_db, "SELECT count(*) FROM documents");
    FACTURO_TRY(q.exec(tr("check the documents")));
    return q.next() && q.integer(0) > 0;
}

Result<qint64> DocumentRepository::idByNumber(const QString &number) const
{
    SqlStatement q(m_db, "SELECT id FROM documents WHERE number = :number");
    q.bind(":number", number.trimmed());
    FACTURO_TRY(q.exec(tr("look up %1").arg(number)));
    if (!q.next())
        return Error::notFound(tr("There is no document numbered %1.").arg(number));
    return q.integer(0);
}

// ---- Structured payment references ----
Result<std::optional<Document>> DocumentRepository::findOpenByPaymentReference(const QString &reference) const
{
    const auto parsed = PaymentReference::parse(reference);
    if (!parsed)
        return std::optional<Document>();
    SqlStatement q(m_db, "SELECT d.id FROM document_payment_references r JOIN documents d ON d.id = r.document_id "
                         "WHERE r.reference = :reference AND d.doc_type = 'invoice' "
                         "AND d.status IN ('posted', 'partially_paid') AND d.deleted_at IS NULL");
    q.bind(":reference", parsed->text);
    FACTURO_TRY(q.exec(tr("look up the payment reference %1").arg(parsed->printed())));
    if (!q.next())
        return std::optional<Document>();
    const qint64 id = q.integer(0);
    q.finish();
    auto found = find(id, false);
    if (!found)
        return found.error();
    return std::optional<Document>(found.value());
}

Result<bool> DocumentRepository::paymentReferenceTaken(const QString &reference) const
{
    SqlStatement q(m_db, "SELECT 1 FROM document_payment_references WHERE reference = :reference");
    q.bind(":reference", reference);
    FACTURO_TRY(q.exec(tr("look up the payment reference %1").arg(reference)));
    return q.next();
}

Status DocumentRepository::insertPaymentReference(qint64 documentId, const QString &reference)
{
    SqlStatement q(m_db, "INSERT INTO document_payment_references (document_id, reference) VALUES (:id, :reference)");
    q.bind(":id", documentId).bind(":reference", reference);
    return q.exec(tr("save the payment reference %1").arg(reference));
}
// ---- end of payment references ----

Status DocumentRepository::markPosted(const Document &d)
{
    SqlStatement q(m_db, "UPDATE documents SET status = 'posted', number = :number, customer_name = :customer_name, "
                         "issue_date = :issue, service_date = :service, due_date = :due, total_net = :net, "
                         "total_tax = :tax, total_gross = :gross, snapshot = :snapshot, approved_by = :approved_by, "
                         "approved_at = :approved_at, posted_at = :now, posted_by = :user, updated_at = :now "
                         "WHERE id = :id AND status = 'draft' AND deleted_at IS NULL");
    q.bind(":number", d.number).bind(":customer_name", d.customerName).bind(":issue", SqlValue::date(d.issueDate));
    q.bind(":service", SqlValue::date(d.serviceDate)).bind(":due", SqlValue::date(d.dueDate));
    q.bind(":net", d.totalNet).bind(":tax", d.totalTax).bind(":gross", d.totalGross);
    q.bind(":snapshot", d.snapshot).bind(":approved_by", SqlValue::nullableText(d.approvedBy));
    q.bind(":approved_at", d.approvedAt.isValid() ? QVariant(SqlValue::timestamp(d.approvedAt))
                                                  : QVariant(QMetaType(QMetaType::QString)));
    q.bind(":now", SqlValue::timestamp(d.postedAt)).bind(":user", d.postedBy).bind(":id", d.id);
    FACTURO_TRY(q.exec(tr("post %1").arg(d.number)));
    if (q.rowsAffected() != 1)
        return Error::refused(tr("Only a draft can be posted."));
    return {};
}

Status DocumentRepository::insertTaxLines(qint64 documentId, const QList<TaxSubtotal> &subtotals)
{
    for (const TaxSubtotal &t : subtotals) {
        SqlStatement q(m_db, "INSERT INTO document_tax_lines (document_id, tax_category, tax_rate, exemption_reason, "
                             "base, tax) VALUES (:document, :category, :rate, :reason, :base, :tax)");
        q.bind(":document", documentId).bind(":category", TaxCategories::key(t.category));
        q.bind(":rate", t.rate.scaled()).bind(":reason", t.exemptionReason).bind(":base", t.base).bind(":tax", t.tax);
        FACTURO_TRY(q.exec(tr("save the tax breakdown")));
    }
    return {};
}

Status DocumentRepository::setSettlement(qint64 id, qint64 amountPaid, qint64 amountCredited, DocumentStatus status,
                                         const QDateTime &nowUtc)
{
    SqlStatement q(m_db, "UPDATE documents SET amount_paid = :paid, amount_credited = :credited, status = :status, "
                         "updated_at = :now WHERE id = :id AND status <> 'draft'");
    q.bind(":paid", amountPaid).bind(":credited", amountCredited).bind(":status", DocumentStatuses::key(status));
    q.bind(":now", SqlValue::timestamp(nowUtc)).bind(":id", id);
    FACTURO_TRY(q.exec(tr("update what is due on document %1").arg(id)));
    if (q.rowsAffected() != 1)
        return Error::refused(tr("Document %1 is not posted.").arg(id));
    return {};
}

Status DocumentRepository::setDeleted(qint64 id, const QDateTime &deletedAtUtc, const QString &user)
{
    SqlStatement q(m_db, "UPDATE documents SET deleted_at = :at, deleted_by = :user WHERE id = :id "
                         "AND status = 'draft'");
    q.bind(":at", deletedAtUtc.isValid() ? QVariant(SqlValue::timestamp(deletedAtUtc))
                                         : QVariant(QMetaType(QMetaType::QString)));
    q.bind(":user", deletedAtUtc.isValid() ? QVariant(user) : QVariant(QMetaType(QMetaType::QString)));
    q.bind(":id", id);
    FACTURO_TRY(q.exec(tr("move the draft to the trash")));
    if (q.rowsAffected() != 1)
        return Error::refused(tr("Only a draft can be deleted or restored."));
    return {};
}

Result<QHash<qint64, qint64>> DocumentRepository::creditedQuantities(qint64 invoiceId) const
{
    SqlStatement q(m_db, "SELECT l.source_line_id, sum(l.quantity) FROM document_lines l "
                         "JOIN documents d ON d.id = l.document_id WHERE d.credited_document_id = :invoice "
                         "AND d.status <> 'draft' AND l.source_line_id IS NOT NULL GROUP BY l.source_line_id");
    q.bind(":invoice", invoiceId);
    FACTURO_TRY(q.exec(tr("read what was already credited")));
    QHash<qint64, qint64> credited;
    while (q.next())
        credited.insert(q.integer(0), q.integer(1));
    return credited;
}

Result<QList<DocumentSummary>> DocumentRepository::creditNotesOf(qint64 invoiceId) const
{
    DocumentFilter filter;
    filter.type = DocumentType::CreditNote;
    QList<DocumentSummary> notes;
    SqlStatement q(m_db, "SELECT id FROM documents WHERE credited_document_id = :invoice AND status <> 'draft' "
                         "ORDER BY id");
    q.bind(":invoice", invoiceId);
    FACTURO_TRY(q.exec(tr("read the credit notes")));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.integer(0));
    q.finish();
    for (qint64 id : ids) {
        auto doc = find(id, false);
        if (!doc)
            return doc.error();
        notes.append({doc->id, doc->type, doc->status, doc->number, doc->customerId, doc->customerName,
                      doc->issueDate, doc->dueDate, doc->totalNet, doc->totalTax, doc->totalGross,
                      doc->amountDue(), false});
    }
    return notes;
}

QString DocumentRepository::ftsQuery(const QString &text)
{
    // Every word the user typed, as a prefix, all required: "INV-2026-0004" finds
    // INV-2026-00042, "hotel parc" finds "Hôtel du Parc". Words are quoted, so nothing the user
    // types is read as FTS syntax.
    QStringList terms;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            terms << QLatin1Char('"') + word + QStringLiteral("\"*");
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            word += c;
        else
            flush();
    }
    flush();
    return terms.mid(0, 8).join(QLatin1Char(' '));
}

QString DocumentRepository::whereClause(const DocumentFilter &f)
{
    QStringList where;
    if (f.type)
        where << QStringLiteral("doc_type = :type");
    if (!f.statuses.isEmpty()) {
        QStringList keys;
        for (DocumentStatus s : f.statuses)
            keys << QLatin1Char('\'') + DocumentStatuses::key(s) + QLatin1Char('\'');
        where << QStringLiteral("status IN (%1)").arg(keys.join(QLatin1Char(',')));
    }
    if (f.customerId > 0)
        where << QStringLiteral("customer_id = :customer");
    if (f.issuedFrom.isValid())
        where << QStringLiteral("issue_date >= :from");
    if (f.issuedTo.isValid())
        where << QStringLiteral("issue_date <= :to");
    if (f.overdueAsOf.isValid())
        where << QStringLiteral("doc_type = 'invoice' AND status IN ('posted', 'partially_paid') AND due_date < :asof");
    if (f.sent)
        where << (*f.sent ? QStringLiteral("EXISTS (SELECT 1 FROM document_sends s WHERE s.document_id = documents.id)")
                          : QStringLiteral("NOT EXISTS (SELECT 1 FROM document_sends s WHERE s.document_id = documents.id)"));
    if (f.amount)
        where << QStringLiteral("(%1 IN (:amount, :negamount) OR %2 IN (:amount, :negamount))")
                     .arg(QLatin1String(SignedTotal), QLatin1String(SignedDue));
    switch (f.trash) {
    case DocumentFilter::Trash::Exclude: where << QStringLiteral("deleted_at IS NULL"); break;
    case DocumentFilter::Trash::Only: where << QStringLiteral("deleted_at IS NOT NULL"); break;
    case DocumentFilter::Trash::Include: break;
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

void DocumentRepository::bindFilter(SqlStatement &q, const DocumentFilter &f)
{
    if (f.type)
        q.bind(":type", DocumentTypes::key(*f.type));
    if (f.customerId > 0)
        q.bind(":customer", f.customerId);
    if (f.issuedFrom.isValid())
        q.bind(":from", f.issuedFrom.toString(Qt::ISODate));
    if (f.issuedTo.isValid())
        q.bind(":to", f.issuedTo.toString(Qt::ISODate));
    if (f.overdueAsOf.isValid())
        q.bind(":asof", f.overdueAsOf.toString(Qt::ISODate));
    if (f.amount)
        q.bind(":amount", *f.amount).bind(":negamount", -*f.amount);
}

namespace {
// Of the candidate documents, the ids of those the list's other filters keep, newest first: at
// least the first `wanted` of them, or all when fewer pass. The candidates are tested newest first
// in growing slices, so a deep page of a frequent word does not test every hit read (9,000 index
// lookups on the server for a page that needs 5,100).
Result<QList<qint64>> filteredIds(
    Database &db, const QString &where, const FilterBinder &bindFilter, const QSet<qint64> &candidates, qint64 wanted)
{
    QList<qint64> list(candidates.cbegin(), candidates.cend());
    std::sort(list.begin(), list.end(), std::greater<>());
    SqlStatement q(db,
        QStringLiteral("SELECT id FROM documents") + withCondition(where, idsIn(db))
            + QStringLiteral(" ORDER BY id DESC"));
    QList<qint64> ids;
    qsizetype tested = 0;
    for (qsizetype slice = wanted + wanted / 4 + 32; tested < list.size() && ids.size() < wanted; slice *= 4) {
        const QList<qint64> part = list.mid(tested, slice);
        tested += part.size();
        bindFilter(q);
        q.bind(":ids", idArray(part));
        FACTURO_TRY(q.exec(DocumentRepository::tr("search the documents")));
        while (q.next())
            ids.append(q.integer(0));
    }
    return ids;
}

// Hits of a search table, newest first: (rowid, 0) for document_search, (rowid, document_id) for
// line_search; `all` when they are every hit the table has.
struct SearchHits
{
    QList<std::pair<qint64, qint64>> rows;
    bool all = false;
};

Status readAll(SqlStatement &q, SearchHits &hits, qint64 limit)
{
    hits.rows.clear();
    FACTURO_TRY(q.exec(DocumentRepository::tr("search the documents")));
    while (q.next())
        hits.rows.append({q.integer(0), q.integer(1)});
    hits.all = hits.rows.size() < limit;
    return {};
}

// At least the first `window` hits of a search table in descending rowid order; `columns`:
// "rowid, 0" (document_search) or "rowid, document_id" (line_search). SQLite's FTS5 reads its
// hits in rowid order. On PostgreSQL the planner cannot tell a word on every other row from a
// word on none (the query is a parameter): it walked the key backwards testing each row, which
// reads the whole table when the word is rare (56 s for a word in no document of 1,000,000, the
// search query computed again for each row). So the server first tests the newest rows only (the
// window, then 16 times the window, by the key); when they hold the whole window, that is the
// answer (a frequent word). Otherwise the words' GIN index gives every hit (few, by then) and
// they are sorted ("rowid + 0" keeps the planner off the backward walk); as they are all found
// anyway, up to 4 times the window (at least 4,096) are kept, so that a rare word's hits are
// known to be all of them. The search query is computed once (a sub-select).
Result<SearchHits> readHits(Database &db, const char *columns, const char *table, const QString &match, qint64 window)
{
    SearchHits hits;
    if (!db.isServer()) {
        SqlStatement q(db, QStringLiteral("SELECT %1 FROM %2 WHERE %2 MATCH :search ORDER BY rowid DESC LIMIT :window")
                               .arg(QLatin1String(columns), QLatin1String(table)));
        q.bind(":search", match).bind(":window", window);
        FACTURO_TRY(readAll(q, hits, window));
        return hits;
    }
    // The newest `window` rows first: a word on none or few of them (under one in 16) would not
    // fill the window from 16 times as many either, so the index is asked at once.
    for (const qint64 scan : {window, window * 16}) {
        SqlStatement q(db, QStringLiteral("SELECT %1 FROM (SELECT * FROM %2 ORDER BY rowid DESC LIMIT :scan) newest "
                                          "WHERE search @@ (SELECT facturo_search_query(:search)) "
                                          "ORDER BY rowid DESC LIMIT :window")
                               .arg(QLatin1String(columns), QLatin1String(table)));
        q.bind(":search", match).bind(":window", window).bind(":scan", scan);
        FACTURO_TRY(readAll(q, hits, window));
        hits.all = false; // only the newest rows were tested
        if (hits.rows.size() == window)
            return hits;
        if (hits.rows.size() * 16 < window)
            break;
    }
    const qint64 limit = std::max<qint64>(window * 4, 4096);
    SqlStatement q(db, QStringLiteral("SELECT %1 FROM %2 WHERE search @@ (SELECT facturo_search_query(:search)) "
                                      "ORDER BY rowid + 0 DESC LIMIT :window")
                           .arg(QLatin1String(columns), QLatin1String(table)));
    q.bind(":search", match).bind(":window", limit);
    FACTURO_TRY(readAll(q, hits, limit));
    return hits;
}

// The ids of the first `wanted` documents of a list searched by text, or null when the caller
// should collect every hit instead.
Result<std::optional<QList<qint64>>> textSearchIds(
    Database &db, const QString &search, const QString &where, const FilterBinder &bindFilter, qint64 wanted)
{
    // The list is in descending id order. FTS5 reads its hits in rowid order, so the first
    // `window` hits of each index in descending rowid order are read: documents by their id,
    // lines by their id (a line is nearly always younger than its document, so line order
    // follows document order). Of the documents found, those passing the other filters are
    // kept; `cutoff` is the id of the last one the page needs. The page is exact once nothing
    // left unread can rank above the cutoff: all matching documents above it were read, and
    // every line of a document above it that was not read (an older line of a newer document)
    // is checked against the index one by one. Otherwise a larger window is read; past
    // MaxWindow, null: the caller collects every hit.
    constexpr qint64 MaxWindow = 65536;
    const QString match = DocumentRepository::ftsQuery(search);
    for (qint64 window = std::max<qint64>(256, wanted * 2); window <= MaxWindow; window *= 4) {
        QSet<qint64> candidates;
        bool allDocuments = true, allLines = true;
        qint64 lowestDocument = 0, lowestLine = 0;
        {
            auto hits = readHits(db, "rowid, 0", "document_search", match, window);
            if (!hits)
                return hits.error();
            for (const auto &[rowid, unused] : hits->rows) {
                lowestDocument = rowid;
                candidates.insert(rowid);
            }
            allDocuments = hits->all;
        }
        {
            auto hits = readHits(db, "rowid, document_id", "line_search", match, window);
            if (!hits)
                return hits.error();
            for (const auto &[rowid, document] : hits->rows) {
                lowestLine = rowid;
                candidates.insert(document);
            }
            allLines = hits->all;
        }
        for (;;) {
            auto kept = filteredIds(db, where, bindFilter, candidates, wanted);
            if (!kept)
                return kept.error();
            const QList<qint64> &ids = kept.value();
            const bool full = ids.size() >= wanted;
            // Below the cutoff the page needs nothing; with too few documents, everything counts.
            const qint64 cutoff = full && wanted > 0 ? ids.at(wanted - 1) : 0;
            if (!allDocuments && lowestDocument > cutoff)
                break; // matching documents above the cutoff may be unread: a larger window
            if (allLines)
                return std::optional<QList<qint64>>(ids.mid(0, wanted));
            if (!full)
                break; // too few documents so far: any older line could add one
            // Lines not read (ids below lowestLine) of documents above the cutoff.
            SqlStatement q(db,
                "SELECT l.document_id FROM document_lines l WHERE l.document_id > :cutoff "
                "AND l.id < :line AND EXISTS (SELECT 1 FROM line_search s "
                "WHERE line_search MATCH :search AND s.rowid = l.id)");
            q.bind(":cutoff", cutoff).bind(":line", lowestLine).bind(":search", match);
            FACTURO_TRY(q.exec(DocumentRepository::tr("search the documents")));
            bool added = false;
            while (q.next())
                if (!candidates.contains(q.integer(0))) {
                    candidates.insert(q.integer(0));
                    added = true;
                }
            if (!added)
                return std::optional<QList<qint64>>(ids.mid(0, wanted));
        }
    }
    return std::optional<QList<qint64>>();
}

} // namespace

Result<QList<DocumentSummary>> DocumentRepository::list(const DocumentFilter &f, qint64 offset, qint64 limit) const
{
    return page(f, offset, limit, false);
}

Result<QList<DocumentSummary>> DocumentRepository::listFromEnd(const DocumentFilter &f, qint64 offsetFromEnd,
                                                               qint64 limit) const
{
    return page(f, offsetFromEnd, limit, true);
}

Result<QList<DocumentSummary>> DocumentRepository::page(const DocumentFilter &f, qint64 offset, qint64 limit,
                                                        bool fromEnd) const
{
    auto planned = searchPlan(m_db, f.search);
    if (!planned)
        return planned.error();
    Search plan = planned.value();
    const bool newestFirst = f.order == DocumentOrder::Newest && f.descending;
    if ((fromEnd || !newestFirst) && plan.plan == SearchPlan::Text)
        plan.plan = SearchPlan::AllTextHits; // the text windows run newest first only
    QString where = whereClause(f);
    QString ids; // Text: the ids of the page, as a JSON array
    if (plan.plan == SearchPlan::Text) {
        auto page = textSearchIds(
            m_db, f.search, where, [&](SqlStatement &q) { bindFilter(q, f); }, offset + limit);
        if (!page)
            return page.error();
        if (page.value().has_value()) {
            // Exact and in the list's order: the page's own ids, read from the start.
            ids = idArray(page.value()->mid(std::min<qint64>(offset, page.value()->size())));
            offset = 0;
        } else
            plan.plan = SearchPlan::AllTextHits;
    }
    if (!ids.isEmpty())
        where = withCondition(where, idsIn(m_db));
    else
        where = withCondition(where, searchCondition(plan));
    // The Overdue list alone (no customer, no search): walk the open invoices in the list's order
    // (migration 0007); SQLite would otherwise sort every open invoice to show the first 50.
    const bool overdueOnly = f.overdueAsOf.isValid() && f.customerId == 0 && f.search.trimmed().isEmpty()
        && !f.amount && f.trash == DocumentFilter::Trash::Exclude && f.order == DocumentOrder::Newest;
    const QString sql = QStringLiteral("SELECT id, doc_type, status, coalesce(number, ''), customer_id, "
                                       "customer_name, issue_date, due_date, total_net, total_tax, total_gross, "
                                       "total_gross - amount_paid - amount_credited, deleted_at IS NOT NULL "
                                       "FROM documents")
        + (overdueOnly && !m_db.isServer() ? QStringLiteral(" INDEXED BY documents_open_invoices") : QString()) + where
        + orderClause(f, fromEnd) + QStringLiteral(" LIMIT :limit OFFSET :offset");
    SqlStatement q(m_db, sql);
    bindFilter(q, f);
    if (!ids.isEmpty())
        q.bind(":ids", ids);
    else
        bindSearch(q, f.search, plan);
    q.bind(":limit", limit).bind(":offset", offset);
    FACTURO_TRY(q.exec(tr("list the documents")));
    QList<DocumentSummary> rows;
    while (q.next())
        rows.append({q.integer(0), DocumentTypes::fromKey(q.text(1)), DocumentStatuses::fromKey(q.text(2)),
                     q.text(3), q.integer(4), q.text(5), SqlValue::toDate(q.value(6)), SqlValue::toDate(q.value(7)),
                     q.integer(8), q.integer(9), q.integer(10), q.integer(11), q.value(12).toBool()});
    if (fromEnd)
        std::reverse(rows.begin(), rows.end()); // back in the list's order
    return rows;
}

Result<DocumentTotalsRow> DocumentRepository::totals(const DocumentFilter &f) const
{
    auto planned = searchPlan(m_db, f.search);
    if (!planned)
        return planned.error();
    Search plan = planned.value();
    if (plan.plan == SearchPlan::Text)
        plan.plan = SearchPlan::AllTextHits;
    // As the list shows them: a credit note negative; drafts apart (not invoiced, nothing due).
    const QString sql
        = QStringLiteral(
              "SELECT count(*), "
              "coalesce(sum(CASE WHEN status = 'draft' THEN 0 WHEN doc_type = 'credit_note' THEN -total_net "
              "ELSE total_net END), 0), "
              "coalesce(sum(CASE WHEN status = 'draft' THEN 0 WHEN doc_type = 'credit_note' THEN -total_tax "
              "ELSE total_tax END), 0), "
              "coalesce(sum(CASE WHEN status = 'draft' THEN 0 ELSE %1 END), 0), coalesce(sum(%2), 0), "
              "coalesce(sum(CASE WHEN status = 'draft' THEN 1 ELSE 0 END), 0), coalesce(sum(CASE WHEN status = 'draft' THEN %1 END), 0) "
              "FROM documents")
              .arg(QLatin1String(SignedTotal), QLatin1String(SignedDue))
        + withCondition(whereClause(f), searchCondition(plan));
    SqlStatement q(m_db, sql);
    bindFilter(q, f);
    bindSearch(q, f.search, plan);
    FACTURO_TRY(q.exec(tr("total the documents")));
    q.next();
    return DocumentTotalsRow{q.integer(0), q.integer(1), q.integer(2), q.integer(3),
                             q.integer(4), q.integer(5), q.integer(6)};
}
