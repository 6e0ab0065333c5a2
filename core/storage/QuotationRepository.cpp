#include "QuotationRepository.h"

#include "SqlStatement.h"
#include "TaxCalculator.h"

Result<qint64> QuotationRepository::insert(const Quotation &qt, const QDateTime &nowUtc)
{
    SqlStatement q(m_db, "INSERT INTO quotations (customer_id, status, issue_date, valid_until, description, "
                         "printed_notes, created_at, updated_at) VALUES (:customer, 'draft', :issue, :valid, "
                         ":description, :notes, :now, :now)");
    q.bind(":customer", qt.customerId).bind(":issue", SqlValue::date(qt.issueDate));
    q.bind(":valid", SqlValue::date(qt.validUntil)).bind(":description", qt.description);
    q.bind(":notes", qt.printedNotes).bind(":now", SqlValue::timestamp(nowUtc));
    FACTURO_TRY(q.exec(tr("create the quotation")));
    const qint64 id = q.lastInsertId();
    FACTURO_TRY(replaceLines(id, qt.lines, nowUtc));
    return id;
}

Status QuotationRepository::replaceLines(qint64 id, const QList<DocumentLine> &lines, const QDateTime &nowUtc)
{
    SqlStatement del(m_db, "DELETE FROM quotation_lines WHERE quotation_id = :id");
    del.bind(":id", id);
    FACTURO_TRY(del.exec(tr("save the quotation lines")));
    for (const DocumentLine &l : lines) {
        SqlStatement q(m_db, "INSERT INTO quotation_lines (quotation_id, position, kind, description, quantity, unit, "
                             "unit_price, discount, tax_category, tax_rate, exemption_reason, line_net) VALUES (:id, "
                             ":position, :kind, :description, :quantity, :unit, :price, :discount, :category, :rate, "
                             ":reason, :net)");
        q.bind(":id", id).bind(":position", l.position).bind(":kind", LineKinds::key(l.kind));
        q.bind(":description", l.description).bind(":quantity", l.quantity.scaled()).bind(":unit", l.unit);
        q.bind(":price", l.unitPrice.scaled()).bind(":discount", l.discount.scaled());
        q.bind(":category", TaxCategories::key(l.taxCategory)).bind(":rate", l.taxRate.scaled());
        q.bind(":reason", l.exemptionReason).bind(":net", l.net);
        FACTURO_TRY(q.exec(tr("save the quotation lines")));
    }
    SqlStatement touch(m_db, "UPDATE quotations SET updated_at = :now WHERE id = :id");
    touch.bind(":now", SqlValue::timestamp(nowUtc)).bind(":id", id);
    return touch.exec(tr("save the quotation"));
}

Status QuotationRepository::setStatus(qint64 id, QuotationStatus status, const QString &number, qint64 serviceOrderId,
                                      const QDateTime &nowUtc)
{
    SqlStatement q(m_db, "UPDATE quotations SET status = :status, number = coalesce(number, :number), "
                         "service_order_id = coalesce(:order, service_order_id), updated_at = :now WHERE id = :id");
    q.bind(":status", QuotationStatuses::key(status)).bind(":number", SqlValue::nullableText(number));
    q.bind(":order", SqlValue::nullableId(serviceOrderId)).bind(":now", SqlValue::timestamp(nowUtc)).bind(":id", id);
    return q.exec(tr("change the status of the quotation"));
}

Result<Quotation> QuotationRepository::find(qint64 id) const
{
    SqlStatement q(m_db, "SELECT q.id, coalesce(q.number, ''), q.customer_id, c.name, q.status, q.issue_date, "
                         "q.valid_until, q.description, q.printed_notes, coalesce(q.service_order_id, 0) "
                         "FROM quotations q JOIN customers c ON c.id = q.customer_id WHERE q.id = :id");
    q.bind(":id", id);
    FACTURO_TRY(q.exec(tr("read quotation %1").arg(id)));
    if (!q.next())
        return Error::notFound(tr("Quotation %1 does not exist.").arg(id));
    Quotation qt;
    qt.id = q.integer(0);
    qt.number = q.text(1);
    qt.customerId = q.integer(2);
    qt.customerName = q.text(3);
    qt.status = QuotationStatuses::fromKey(q.text(4));
    qt.issueDate = SqlValue::toDate(q.value(5));
    qt.validUntil = SqlValue::toDate(q.value(6));
    qt.description = q.text(7);
    qt.printedNotes = q.text(8);
    qt.serviceOrderId = q.integer(9);
    q.finish();
    SqlStatement l(m_db, "SELECT id, position, kind, description, quantity, unit, unit_price, discount, tax_category, "
                         "tax_rate, exemption_reason, line_net FROM quotation_lines WHERE quotation_id = :id "
                         "ORDER BY position, id");
    l.bind(":id", id);
    FACTURO_TRY(l.exec(tr("read the quotation lines")));
    while (l.next()) {
        DocumentLine line;
        line.id = l.integer(0);
        line.position = l.value(1).toInt();
        line.kind = LineKinds::fromKey(l.text(2));
        line.description = l.text(3);
        line.quantity = Quantity::fromScaled(l.integer(4));
        line.unit = l.text(5);
        line.unitPrice = UnitPrice::fromScaled(l.integer(6));
        line.discount = Percentage::fromScaled(l.integer(7));
        line.taxCategory = TaxCategories::fromKey(l.text(8)).value();
        line.taxRate = Percentage::fromScaled(l.integer(9));
        line.exemptionReason = l.text(10);
        line.net = l.integer(11);
        qt.lines.append(line);
    }
    // The totals are not stored: they follow from the lines' nets, rounded per rate (EN 16931).
    TaxCalculator calculator(0);
    for (const DocumentLine &line : std::as_const(qt.lines))
        FACTURO_TRY(calculator.addNet(line.net, line.taxCategory, line.taxRate, line.exemptionReason));
    auto totals = calculator.totals();
    if (!totals)
        return totals.error();
    qt.totalNet = totals->net;
    qt.totalTax = totals->tax;
    qt.totalGross = totals->gross;
    return qt;
}

Result<QList<QuotationSummary>> QuotationRepository::list(const QString &search, int limit) const
{
    SqlStatement q(m_db, "SELECT q.id, coalesce(q.number, ''), c.name, q.status, q.issue_date, q.valid_until, "
                         "(SELECT coalesce(sum(line_net), 0) FROM quotation_lines l WHERE l.quotation_id = q.id) "
                         "FROM quotations q JOIN customers c ON c.id = q.customer_id "
                         "WHERE :search = '' OR c.name LIKE '%' || :search || '%' OR q.number LIKE :search || '%' "
                         "ORDER BY q.id DESC LIMIT :limit");
    q.bind(":search", search.trimmed()).bind(":limit", limit);
    FACTURO_TRY(q.exec(tr("list the quotations")));
    QList<QuotationSummary> rows;
    while (q.next())
        rows.append({q.integer(0), q.text(1), q.text(2), QuotationStatuses::fromKey(q.text(3)),
                     SqlValue::toDate(q.value(4)), SqlValue::toDate(q.value(5)), q.integer(6)});
    return rows;
}
