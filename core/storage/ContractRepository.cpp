#include "ContractRepository.h"

#include "SqlStatement.h"

#include <cstdlib>

namespace {
const char *const SelectContract
    = "SELECT c.id, c.customer_id, k.name, c.every_n, c.every_unit, c.start_date, c.end_date, c.max_count, "
      "c.billing, c.lead_days, c.action, c.language, c.payment_terms_days, c.reference, c.status, c.paused_on, "
      "c.created_at, c.created_by, c.updated_at FROM contracts c JOIN customers k ON k.id = c.customer_id ";

Contract contractFrom(const SqlStatement &q)
{
    Contract c;
    c.id = q.integer(0);
    c.customerId = q.integer(1);
    c.customerName = q.text(2);
    c.every = static_cast<int>(q.integer(3));
    c.unit = ContractKeys::unitFrom(q.text(4)).value_or(ContractUnit::Month);
    c.startDate = SqlValue::toDate(q.value(5));
    c.endDate = SqlValue::toDate(q.value(6));
    c.maxCount = static_cast<int>(q.integer(7));
    c.billing = ContractKeys::billingFrom(q.text(8)).value_or(ContractBilling::Advance);
    c.leadDays = static_cast<int>(q.integer(9));
    c.action = ContractKeys::actionFrom(q.text(10)).value_or(ContractAction::Draft);
    c.language = q.text(11);
    if (!q.value(12).isNull())
        c.paymentTermsDays = static_cast<int>(q.integer(12));
    c.reference = q.text(13);
    c.status = ContractKeys::statusFrom(q.text(14)).value_or(ContractStatus::Active);
    c.pausedOn = SqlValue::toDate(q.value(15));
    c.createdAt = SqlValue::toTimestamp(q.value(16));
    c.createdBy = q.text(17);
    c.updatedAt = SqlValue::toTimestamp(q.value(18));
    return c;
}

void bindHeader(SqlStatement &q, const Contract &c)
{
    q.bind(":customer", c.customerId).bind(":every", c.every).bind(":unit", ContractKeys::unit(c.unit));
    q.bind(":start", SqlValue::date(c.startDate));
    q.bind(":end", c.endDate.isValid() ? SqlValue::date(c.endDate) : QVariant());
    q.bind(":count", c.maxCount > 0 ? QVariant(c.maxCount) : QVariant());
    q.bind(":billing", ContractKeys::billing(c.billing)).bind(":lead", c.leadDays);
    q.bind(":action", ContractKeys::action(c.action)).bind(":language", c.language);
    q.bind(":terms", c.paymentTermsDays ? QVariant(*c.paymentTermsDays) : QVariant());
    q.bind(":reference", c.reference);
    q.bind(":updated", SqlValue::timestamp(c.updatedAt));
}

OccurrenceSummary summaryFrom(const SqlStatement &q)
{
    OccurrenceSummary s;
    ContractOccurrence &o = s.occurrence;
    o.id = q.integer(0);
    o.contractId = q.integer(1);
    o.occurrence = static_cast<int>(q.integer(2));
    o.periodStart = SqlValue::toDate(q.value(3));
    o.periodEnd = SqlValue::toDate(q.value(4));
    o.billDate = SqlValue::toDate(q.value(5));
    o.outcome = ContractOccurrence::outcomeFrom(q.text(6));
    o.documentId = q.integer(7);
    o.attention = q.text(8);
    o.createdAt = SqlValue::toTimestamp(q.value(9));
    o.createdBy = q.text(10);
    const QString number = q.text(11);
    s.documentStatus = q.text(12);
    s.documentDeleted = !q.value(13).isNull();
    if (o.documentId > 0)
        s.documentLabel = number.isEmpty() ? ContractRepository::tr("Draft #%1").arg(o.documentId) : number;
    return s;
}

#define FACTURO_OCCURRENCE_COLUMNS                                                                                     \
    "SELECT o.id, o.contract_id, o.occurrence, o.period_start, o.period_end, o.bill_date, o.outcome, "                 \
    "o.document_id, o.attention, o.created_at, o.created_by, d.number, d.status, d.deleted_at "                        \
    "FROM contract_occurrences o LEFT JOIN documents d ON d.id = o.document_id "
} // namespace

Result<qint64> ContractRepository::insert(const Contract &c)
{
    SqlStatement q(m_db,
        "INSERT INTO contracts (customer_id, every_n, every_unit, start_date, end_date, max_count, "
        "billing, lead_days, action, language, payment_terms_days, reference, status, created_at, "
        "created_by, updated_at) VALUES (:customer, :every, :unit, :start, :end, :count, :billing, "
        ":lead, :action, :language, :terms, :reference, 'active', :created, :by, :updated)");
    bindHeader(q, c);
    q.bind(":created", SqlValue::timestamp(c.createdAt)).bind(":by", c.createdBy);
    FACTURO_TRY(q.exec(tr("save the contract")));
    return q.lastInsertId();
}

Status ContractRepository::update(const Contract &c)
{
    SqlStatement q(m_db,
        "UPDATE contracts SET customer_id = :customer, every_n = :every, every_unit = :unit, "
        "start_date = :start, end_date = :end, max_count = :count, billing = :billing, "
        "lead_days = :lead, action = :action, language = :language, payment_terms_days = :terms, "
        "reference = :reference, updated_at = :updated WHERE id = :id");
    bindHeader(q, c);
    q.bind(":id", c.id);
    return q.exec(tr("save the contract"));
}

Status ContractRepository::setStatus(
    qint64 contractId, ContractStatus status, const QDate &pausedOn, const QDateTime &nowUtc)
{
    SqlStatement q(m_db,
        "UPDATE contracts SET status = :status, paused_on = :paused, updated_at = :updated "
        "WHERE id = :id");
    q.bind(":status", ContractKeys::status(status));
    q.bind(":paused", pausedOn.isValid() ? SqlValue::date(pausedOn) : QVariant());
    q.bind(":updated", SqlValue::timestamp(nowUtc)).bind(":id", contractId);
    return q.exec(tr("change the contract's status"));
}

Status ContractRepository::setEndDate(qint64 contractId, const QDate &endDate, const QDateTime &nowUtc)
{
    SqlStatement q(m_db, "UPDATE contracts SET end_date = :end, updated_at = :updated WHERE id = :id");
    q.bind(":end", SqlValue::date(endDate)).bind(":updated", SqlValue::timestamp(nowUtc)).bind(":id", contractId);
    return q.exec(tr("end the contract"));
}

Result<Contract> ContractRepository::find(qint64 id) const
{
    QList<Contract> found;
    {
        SqlStatement q(m_db, QString::fromLatin1(SelectContract) + QStringLiteral("WHERE c.id = :id"));
        q.bind(":id", id);
        FACTURO_TRY(q.exec(tr("read contract %1").arg(id)));
        if (!q.next())
            return Error::notFound(tr("Contract %1 does not exist.").arg(id));
        found.append(contractFrom(q));
    }
    FACTURO_TRY(loadLines(found, -id));
    return found.first();
}

Result<QList<Contract>> ContractRepository::list(qint64 customerId) const
{
    QList<Contract> contracts;
    {
        SqlStatement q(m_db,
            QString::fromLatin1(SelectContract)
                + QStringLiteral("WHERE (:customer = 0 OR c.customer_id = :customer) ORDER BY c.id"));
        q.bind(":customer", customerId);
        FACTURO_TRY(q.exec(tr("list the contracts")));
        while (q.next())
            contracts.append(contractFrom(q));
    }
    FACTURO_TRY(loadLines(contracts, customerId));
    return contracts;
}

// scope > 0: the contracts of that customer; < 0: contract -scope; 0: all.
Status ContractRepository::loadLines(QList<Contract> &contracts, qint64 scope) const
{
    QHash<qint64, int> contractIndex;
    for (int i = 0; i < contracts.size(); ++i)
        contractIndex.insert(contracts[i].id, i);
    QHash<qint64, std::pair<int, int>> lineIndex; // line id → (contract index, line index)
    // Each scope its own statement, so that SQLite reads one contract through its index.
    const QString where = scope < 0 ? QStringLiteral("l.contract_id = :scope")
        : scope > 0                 ? QStringLiteral("c.customer_id = :scope")
                                    : QStringLiteral(":scope = 0");
    {
        SqlStatement q(m_db,
            QStringLiteral("SELECT l.id, l.contract_id, l.position, l.kind, l.description, l.quantity, "
                           "l.unit, l.catalog_item_id, l.ends_on, l.created_at, l.created_by FROM "
                           "contract_lines l JOIN contracts c ON c.id = l.contract_id WHERE ")
                + where + QStringLiteral(" ORDER BY l.contract_id, l.position, l.id"));
        q.bind(":scope", std::abs(scope));
        FACTURO_TRY(q.exec(tr("read the contract lines")));
        while (q.next()) {
            const int ci = contractIndex.value(q.integer(1), -1);
            if (ci < 0)
                continue;
            ContractLine l;
            l.id = q.integer(0);
            l.contractId = q.integer(1);
            l.position = static_cast<int>(q.integer(2));
            l.kind = LineKinds::fromKey(q.text(3));
            l.description = q.text(4);
            l.quantity = Quantity::fromScaled(q.integer(5));
            l.unit = q.text(6);
            l.catalogItemId = q.integer(7);
            l.endsOn = SqlValue::toDate(q.value(8));
            l.createdAt = SqlValue::toTimestamp(q.value(9));
            l.createdBy = q.text(10);
            lineIndex.insert(l.id, {ci, static_cast<int>(contracts[ci].lines.size())});
            contracts[ci].lines.append(l);
        }
    }
    SqlStatement q(m_db,
        QStringLiteral("SELECT v.id, v.contract_line_id, v.effective_from, v.unit_price, "
                       "v.tax_category, v.tax_rate, v.exemption_reason, v.created_at, v.created_by FROM "
                       "contract_versions v JOIN contract_lines l ON l.id = v.contract_line_id JOIN "
                       "contracts c ON c.id = l.contract_id WHERE ")
            + where + QStringLiteral(" ORDER BY v.contract_line_id, v.effective_from"));
    q.bind(":scope", std::abs(scope));
    FACTURO_TRY(q.exec(tr("read the contract prices")));
    while (q.next()) {
        const auto at = lineIndex.value(q.integer(1), {-1, -1});
        if (at.first < 0)
            continue;
        ContractVersion v;
        v.id = q.integer(0);
        v.lineId = q.integer(1);
        v.effectiveFrom = SqlValue::toDate(q.value(2));
        v.unitPrice = UnitPrice::fromScaled(q.integer(3));
        const auto category = TaxCategories::fromKey(q.text(4));
        v.taxCategory = category ? category.value() : TaxCategory::Standard;
        v.taxRate = Percentage::fromScaled(q.integer(5));
        v.exemptionReason = q.text(6);
        v.createdAt = SqlValue::toTimestamp(q.value(7));
        v.createdBy = q.text(8);
        contracts[at.first].lines[at.second].versions.append(v);
    }
    return {};
}

Result<qint64> ContractRepository::insertLine(const ContractLine &l)
{
    SqlStatement q(m_db,
        "INSERT INTO contract_lines (contract_id, position, kind, description, quantity, unit, "
        "catalog_item_id, created_at, created_by) VALUES (:contract, "
        "(SELECT COALESCE(MAX(position), 0) + 1 FROM contract_lines WHERE contract_id = :contract), "
        ":kind, :description, :quantity, :unit, :item, :created, :by)");
    q.bind(":contract", l.contractId).bind(":kind", LineKinds::key(l.kind)).bind(":description", l.description);
    q.bind(":quantity", l.quantity.scaled()).bind(":unit", l.unit).bind(":item", SqlValue::nullableId(l.catalogItemId));
    q.bind(":created", SqlValue::timestamp(l.createdAt)).bind(":by", l.createdBy);
    FACTURO_TRY(q.exec(tr("add the contract line")));
    return q.lastInsertId();
}

Status ContractRepository::setLineEnd(qint64 lineId, const QDate &endsOn)
{
    SqlStatement q(m_db, "UPDATE contract_lines SET ends_on = :ends WHERE id = :id");
    q.bind(":ends", SqlValue::date(endsOn)).bind(":id", lineId);
    return q.exec(tr("remove the contract line"));
}

Result<qint64> ContractRepository::insertVersion(const ContractVersion &v)
{
    SqlStatement q(m_db,
        "INSERT INTO contract_versions (contract_line_id, effective_from, unit_price, tax_category, "
        "tax_rate, exemption_reason, created_at, created_by) VALUES (:line, :from, :price, "
        ":category, :rate, :reason, :created, :by)");
    q.bind(":line", v.lineId).bind(":from", SqlValue::date(v.effectiveFrom)).bind(":price", v.unitPrice.scaled());
    q.bind(":category", TaxCategories::key(v.taxCategory)).bind(":rate", v.taxRate.scaled());
    q.bind(":reason", v.exemptionReason).bind(":created", SqlValue::timestamp(v.createdAt)).bind(":by", v.createdBy);
    FACTURO_TRY(q.exec(tr("save the contract price")));
    return q.lastInsertId();
}

Result<QHash<qint64, OccurrenceProgress>> ContractRepository::progress() const
{
    QHash<qint64, OccurrenceProgress> all;
    SqlStatement q(
        m_db, "SELECT contract_id, COUNT(*), MAX(occurrence) FROM contract_occurrences GROUP BY contract_id");
    FACTURO_TRY(q.exec(tr("read the contract occurrences")));
    while (q.next())
        all.insert(q.integer(0), {static_cast<int>(q.integer(1)), static_cast<int>(q.integer(2))});
    return all;
}

Result<OccurrenceProgress> ContractRepository::progressOf(qint64 contractId) const
{
    SqlStatement q(m_db,
        "SELECT COUNT(*), COALESCE(MAX(occurrence), -1) FROM contract_occurrences "
        "WHERE contract_id = :contract");
    q.bind(":contract", contractId);
    FACTURO_TRY(q.exec(tr("read the contract occurrences")));
    if (!q.next())
        return OccurrenceProgress {};
    return OccurrenceProgress {static_cast<int>(q.integer(0)), static_cast<int>(q.integer(1))};
}

Result<QSet<int>> ContractRepository::occurrenceNumbers(qint64 contractId) const
{
    QSet<int> numbers;
    SqlStatement q(m_db, "SELECT occurrence FROM contract_occurrences WHERE contract_id = :contract");
    q.bind(":contract", contractId);
    FACTURO_TRY(q.exec(tr("read the contract occurrences")));
    while (q.next())
        numbers.insert(static_cast<int>(q.integer(0)));
    return numbers;
}

Result<bool> ContractRepository::hasOccurrence(qint64 contractId, int occurrence) const
{
    SqlStatement q(m_db, "SELECT 1 FROM contract_occurrences WHERE contract_id = :contract AND occurrence = :k");
    q.bind(":contract", contractId).bind(":k", occurrence);
    FACTURO_TRY(q.exec(tr("read the contract occurrences")));
    return q.next();
}

Result<qint64> ContractRepository::insertOccurrence(const ContractOccurrence &o)
{
    SqlStatement q(m_db,
        "INSERT INTO contract_occurrences (contract_id, occurrence, period_start, period_end, "
        "bill_date, outcome, document_id, attention, created_at, created_by) VALUES (:contract, :k, "
        ":start, :end, :bill, :outcome, :document, :attention, :created, :by)");
    q.bind(":contract", o.contractId).bind(":k", o.occurrence).bind(":start", SqlValue::date(o.periodStart));
    q.bind(":end", SqlValue::date(o.periodEnd)).bind(":bill", SqlValue::date(o.billDate));
    q.bind(":outcome", ContractOccurrence::outcomeKey(o.outcome)).bind(":document", SqlValue::nullableId(o.documentId));
    q.bind(":attention", o.attention).bind(":created", SqlValue::timestamp(o.createdAt)).bind(":by", o.createdBy);
    FACTURO_TRY(q.exec(tr("record occurrence %1 of contract %2").arg(o.occurrence + 1).arg(o.contractId)));
    return q.lastInsertId();
}

Result<QList<OccurrenceSummary>> ContractRepository::occurrencesOf(qint64 contractId, int limit) const
{
    QList<OccurrenceSummary> list;
    SqlStatement q(
        m_db, FACTURO_OCCURRENCE_COLUMNS "WHERE o.contract_id = :contract ORDER BY o.occurrence DESC LIMIT :limit");
    q.bind(":contract", contractId).bind(":limit", limit > 0 ? limit : -1);
    FACTURO_TRY(q.exec(tr("read the contract occurrences")));
    while (q.next())
        list.append(summaryFrom(q));
    return list;
}

Result<QHash<qint64, OccurrenceSummary>> ContractRepository::lastDocuments() const
{
    QHash<qint64, OccurrenceSummary> last;
    SqlStatement q(m_db,
        FACTURO_OCCURRENCE_COLUMNS
        "JOIN (SELECT contract_id AS c, MAX(occurrence) AS k FROM contract_occurrences "
        "WHERE document_id IS NOT NULL GROUP BY contract_id) m ON m.c = o.contract_id AND m.k = o.occurrence");
    FACTURO_TRY(q.exec(tr("read the contract occurrences")));
    while (q.next()) {
        OccurrenceSummary s = summaryFrom(q);
        last.insert(s.occurrence.contractId, s);
    }
    return last;
}

Result<QList<OccurrenceSummary>> ContractRepository::needingAttention() const
{
    QList<OccurrenceSummary> list;
    SqlStatement q(m_db,
        FACTURO_OCCURRENCE_COLUMNS
        "WHERE o.attention <> '' AND d.deleted_at IS NULL AND (d.status = 'draft' OR (o.outcome = 'posted' "
        "AND NOT EXISTS (SELECT 1 FROM outbox_messages m WHERE m.document_id = o.document_id))) "
        "ORDER BY o.contract_id, o.occurrence");
    FACTURO_TRY(q.exec(tr("read the contract occurrences")));
    while (q.next())
        list.append(summaryFrom(q));
    return list;
}

Result<QStringList> ContractRepository::occurrenceProblems(int limit) const
{
    QStringList problems;
    auto collect = [&](const char *sql, const QString &doing) -> Status {
        SqlStatement q(m_db, sql);
        q.bind(":limit", limit);
        FACTURO_TRY(q.exec(doing));
        while (q.next() && problems.size() < limit)
            problems << q.text(0);
        return {};
    };
    FACTURO_TRY(
        collect("SELECT 'contract ' || contract_id || ' occurrence ' || occurrence || ' is recorded ' || COUNT(*) "
                "|| ' times' FROM contract_occurrences GROUP BY contract_id, occurrence HAVING COUNT(*) > 1 "
                "LIMIT :limit",
            tr("check the contract occurrences")));
    FACTURO_TRY(collect("SELECT 'contract ' || o.contract_id || ' occurrence ' || o.occurrence || ' names document ' "
                        "|| COALESCE(CAST(o.document_id AS TEXT), 'none') || ', which does not exist' FROM contract_occurrences o "
                        "LEFT JOIN documents d ON d.id = o.document_id WHERE o.outcome <> 'skipped' AND d.id IS NULL "
                        "LIMIT :limit",
        tr("check the contract occurrences")));
    FACTURO_TRY(collect("SELECT 'document ' || document_id || ' is the invoice of ' || COUNT(*) || ' contract "
                        "occurrences' FROM contract_occurrences WHERE document_id IS NOT NULL GROUP BY document_id "
                        "HAVING COUNT(*) > 1 LIMIT :limit",
        tr("check the contract occurrences")));
    FACTURO_TRY(
        collect("SELECT 'contract ' || o.contract_id || ' occurrence ' || o.occurrence || ': document ' || d.id "
                "|| ' is not an invoice to the contract''s customer' FROM contract_occurrences o "
                "JOIN contracts c ON c.id = o.contract_id JOIN documents d ON d.id = o.document_id "
                "WHERE d.customer_id <> c.customer_id OR d.doc_type <> 'invoice' LIMIT :limit",
            tr("check the contract occurrences")));
    return problems;
}

Result<QList<ContractOccurrence>> ContractRepository::allOccurrences() const
{
    QList<ContractOccurrence> list;
    SqlStatement q(m_db,
        "SELECT contract_id, occurrence, period_start, period_end FROM contract_occurrences "
        "ORDER BY contract_id, occurrence");
    FACTURO_TRY(q.exec(tr("read the contract occurrences")));
    while (q.next()) {
        ContractOccurrence o;
        o.contractId = q.integer(0);
        o.occurrence = static_cast<int>(q.integer(1));
        o.periodStart = SqlValue::toDate(q.value(2));
        o.periodEnd = SqlValue::toDate(q.value(3));
        list.append(o);
    }
    return list;
}
