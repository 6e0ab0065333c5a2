#include "ServiceOrderRepository.h"

#include "SqlStatement.h"

namespace {
QVariant timestampOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(SqlValue::timestamp(t)) : QVariant(QMetaType(QMetaType::QString));
}
} // namespace

Result<qint64> ServiceOrderRepository::insert(const ServiceOrder &o, const QDateTime &nowUtc)
{
    SqlStatement q(m_db, "INSERT INTO service_orders (job_ref, customer_id, site_address, description, report, "
                         "status, scheduled_for, signoff_name, signoff_at, signature, quotation_id, created_at, "
                         "updated_at) VALUES (:job, :customer, :site, :description, :report, 'new', :scheduled, "
                         ":signoff_name, :signoff_at, :signature, :quotation, :now, :now)");
    q.bind(":job", SqlValue::nullableText(o.jobRef)).bind(":customer", o.customerId).bind(":site", o.siteAddress);
    q.bind(":description", o.description).bind(":report", o.report);
    q.bind(":scheduled", timestampOrNull(o.scheduledFor)).bind(":signoff_name", o.signoffName);
    q.bind(":signoff_at", timestampOrNull(o.signoffAt));
    q.bind(":signature", o.signaturePng.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(o.signaturePng));
    q.bind(":quotation", SqlValue::nullableId(o.quotationId)).bind(":now", SqlValue::timestamp(nowUtc));
    FACTURO_TRY(q.exec(tr("create the service order")));
    const qint64 id = q.lastInsertId();
    for (const TimeEntry &e : o.timeEntries) {
        auto added = addTimeEntry(id, e);
        if (!added)
            return added.error();
    }
    for (const PartUsed &p : o.parts) {
        auto added = addPart(id, p);
        if (!added)
            return added.error();
    }
    if (o.status != OrderStatus::New)
        FACTURO_TRY(setStatus(id, o.status, o.completedAt, nowUtc));
    return id;
}

Status ServiceOrderRepository::updateDetails(const ServiceOrder &o, const QDateTime &nowUtc)
{
    SqlStatement q(m_db, "UPDATE service_orders SET customer_id = :customer, site_address = :site, "
                         "description = :description, report = :report, scheduled_for = :scheduled, "
                         "signoff_name = :signoff_name, signoff_at = :signoff_at, signature = :signature, "
                         "updated_at = :now WHERE id = :id");
    q.bind(":customer", o.customerId).bind(":site", o.siteAddress).bind(":description", o.description);
    q.bind(":report", o.report).bind(":scheduled", timestampOrNull(o.scheduledFor));
    q.bind(":signoff_name", o.signoffName).bind(":signoff_at", timestampOrNull(o.signoffAt));
    q.bind(":signature", o.signaturePng.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(o.signaturePng));
    q.bind(":now", SqlValue::timestamp(nowUtc)).bind(":id", o.id);
    return q.exec(tr("save the service order"));
}

Status ServiceOrderRepository::setStatus(qint64 id, OrderStatus status, const QDateTime &completedAt,
                                         const QDateTime &nowUtc)
{
    SqlStatement q(m_db, "UPDATE service_orders SET status = :status, completed_at = :completed, updated_at = :now "
                         "WHERE id = :id");
    q.bind(":status", OrderStatuses::key(status)).bind(":completed", timestampOrNull(completedAt));
    q.bind(":now", SqlValue::timestamp(nowUtc)).bind(":id", id);
    return q.exec(tr("change the status of the service order"));
}

Status ServiceOrderRepository::markInvoiced(qint64 id, qint64 invoiceId, const QDateTime &nowUtc)
{
    SqlStatement q(m_db, "UPDATE service_orders SET status = 'invoiced', invoice_id = :invoice, updated_at = :now "
                         "WHERE id = :id AND status = 'done'");
    q.bind(":invoice", invoiceId).bind(":now", SqlValue::timestamp(nowUtc)).bind(":id", id);
    FACTURO_TRY(q.exec(tr("mark the service order invoiced")));
    if (q.rowsAffected() != 1)
        return Error::refused(tr("Only a Done service order can be invoiced."));
    return {};
}

Result<qint64> ServiceOrderRepository::addTimeEntry(qint64 orderId, const TimeEntry &e)
{
    SqlStatement q(m_db, "INSERT INTO time_entries (order_id, technician, work_date, hours, hourly_rate, description) "
                         "VALUES (:order, :technician, :date, :hours, :rate, :description)");
    q.bind(":order", orderId).bind(":technician", e.technician).bind(":date", SqlValue::date(e.workDate));
    q.bind(":hours", e.hours.scaled()).bind(":rate", e.hourlyRate.scaled()).bind(":description", e.description);
    FACTURO_TRY(q.exec(tr("add the time entry")));
    return q.lastInsertId();
}

Result<qint64> ServiceOrderRepository::addPart(qint64 orderId, const PartUsed &p)
{
    SqlStatement q(m_db, "INSERT INTO parts_used (order_id, sku, description, quantity, unit, unit_price, "
                         "tax_category, tax_rate, exemption_reason) VALUES (:order, :sku, :description, :quantity, "
                         ":unit, :price, :category, :rate, :reason)");
    q.bind(":order", orderId).bind(":sku", p.sku).bind(":description", p.description);
    q.bind(":quantity", p.quantity.scaled()).bind(":unit", p.unit).bind(":price", p.unitPrice.scaled());
    q.bind(":category", TaxCategories::key(p.taxCategory)).bind(":rate", p.taxRate.scaled());
    q.bind(":reason", p.exemptionReason);
    FACTURO_TRY(q.exec(tr("add the part")));
    return q.lastInsertId();
}

Status ServiceOrderRepository::removeTimeEntry(qint64 entryId)
{
    SqlStatement q(m_db, "DELETE FROM time_entries WHERE id = :id");
    q.bind(":id", entryId);
    return q.exec(tr("remove the time entry"));
}

Status ServiceOrderRepository::removePart(qint64 partId)
{
    SqlStatement q(m_db, "DELETE FROM parts_used WHERE id = :id");
    q.bind(":id", partId);
    return q.exec(tr("remove the part"));
}

Result<ServiceOrder> ServiceOrderRepository::find(qint64 id) const
{
    SqlStatement q(m_db, "SELECT o.id, coalesce(o.job_ref, ''), o.customer_id, c.name, o.site_address, o.description, "
                         "o.report, o.status, o.scheduled_for, o.completed_at, o.signoff_name, o.signoff_at, "
                         "o.signature, coalesce(o.quotation_id, 0), coalesce(o.invoice_id, 0) "
                         "FROM service_orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = :id");
    q.bind(":id", id);
    FACTURO_TRY(q.exec(tr("read service order %1").arg(id)));
    if (!q.next())
        return Error::notFound(tr("Service order %1 does not exist.").arg(id));
    ServiceOrder o;
    o.id = q.integer(0);
    o.jobRef = q.text(1);
    o.customerId = q.integer(2);
    o.customerName = q.text(3);
    o.siteAddress = q.text(4);
    o.description = q.text(5);
    o.report = q.text(6);
    o.status = OrderStatuses::fromKey(q.text(7)).value();
    o.scheduledFor = SqlValue::toTimestamp(q.value(8));
    o.completedAt = SqlValue::toTimestamp(q.value(9));
    o.signoffName = q.text(10);
    o.signoffAt = SqlValue::toTimestamp(q.value(11));
    o.signaturePng = q.value(12).toByteArray();
    o.quotationId = q.integer(13);
    o.invoiceId = q.integer(14);
    q.finish();

    SqlStatement t(m_db, "SELECT id, technician, work_date, hours, hourly_rate, description FROM time_entries "
                         "WHERE order_id = :id ORDER BY work_date, id");
    t.bind(":id", id);
    FACTURO_TRY(t.exec(tr("read the time entries")));
    while (t.next())
        o.timeEntries.append({t.integer(0), t.text(1), SqlValue::toDate(t.value(2)), Quantity::fromScaled(t.integer(3)),
                              UnitPrice::fromScaled(t.integer(4)), t.text(5)});
    SqlStatement p(m_db, "SELECT id, sku, description, quantity, unit, unit_price, tax_category, tax_rate, "
                         "exemption_reason FROM parts_used WHERE order_id = :id ORDER BY id");
    p.bind(":id", id);
    FACTURO_TRY(p.exec(tr("read the parts used")));
    while (p.next())
        o.parts.append({p.integer(0), p.text(1), p.text(2), Quantity::fromScaled(p.integer(3)), p.text(4),
                        UnitPrice::fromScaled(p.integer(5)), TaxCategories::fromKey(p.text(6)).value(),
                        Percentage::fromScaled(p.integer(7)), p.text(8)});
    return o;
}

Result<qint64> ServiceOrderRepository::idByJobRef(const QString &jobRef) const
{
    SqlStatement q(m_db, "SELECT id FROM service_orders WHERE job_ref = :job");
    q.bind(":job", jobRef);
    FACTURO_TRY(q.exec(tr("look up the job %1").arg(jobRef)));
    return q.next() ? q.integer(0) : qint64(0);
}

Result<QList<ServiceOrderSummary>> ServiceOrderRepository::list(std::optional<OrderStatus> status,
                                                                 const QString &search, int limit) const
{
    SqlStatement q(m_db, "SELECT o.id, coalesce(o.job_ref, ''), c.name, o.description, o.status, o.completed_at, "
                         "coalesce(o.invoice_id, 0) FROM service_orders o JOIN customers c ON c.id = o.customer_id "
                         "WHERE (:status = '' OR o.status = :status) AND (:search = '' OR c.name LIKE '%' || :search "
                         "|| '%' OR o.job_ref LIKE '%' || :search || '%' OR o.description LIKE '%' || :search || '%') "
                         "ORDER BY o.id DESC LIMIT :limit");
    q.bind(":status", status ? OrderStatuses::key(*status) : QString()).bind(":search", search.trimmed());
    q.bind(":limit", limit);
    FACTURO_TRY(q.exec(tr("list the service orders")));
    QList<ServiceOrderSummary> rows;
    while (q.next())
        rows.append({q.integer(0), q.text(1), q.text(2), q.text(3), OrderStatuses::fromKey(q.text(4)).value(),
                     SqlValue::toTimestamp(q.value(5)), q.integer(6)});
    return rows;
}

Result<qint64> ServiceOrderRepository::countByStatus(OrderStatus status) const
{
    SqlStatement q(m_db, "SELECT count(*) FROM service_orders WHERE status = :status");
    q.bind(":status", OrderStatuses::key(status));
    FACTURO_TRY(q.exec(tr("count the service orders")));
    q.next();
    return q.integer(0);
}
