#include "ServiceOrderService.h"

#include "TaxCalculator.h"
#include "TextRules.h"
#include "Transaction.h"

#include <QJsonObject>

Status ServiceOrderService::validateEntry(const TimeEntry &e)
{
    auto technician = TextRules::clean(e.technician, tr("technician"), 100, true);
    if (!technician)
        return technician.error();
    if (!e.workDate.isValid())
        return Error::invalid(tr("The work date is missing or not a date."));
    if (e.hours.scaled() <= 0)
        return Error::invalid(tr("Hours must be more than zero."));
    if (e.hours > Quantity::fromInteger(10000))
        return Error::invalid(tr("%1 hours is not plausible for one time entry.").arg(e.hours.toString()));
    if (e.hourlyRate.isNegative())
        return Error::invalid(tr("The hourly rate cannot be negative."));
    return {};
}

Status ServiceOrderService::validatePart(const PartUsed &p)
{
    auto description = TextRules::clean(p.description, tr("part description"), 2000, true);
    if (!description)
        return description.error();
    if (p.quantity.isZero())
        return Error::invalid(tr("The quantity of \"%1\" must not be zero.").arg(p.description));
    if (p.unitPrice.isNegative())
        return Error::invalid(tr("The unit price of \"%1\" cannot be negative.").arg(p.description));
    return TaxCalculator::validateTax(p.taxCategory, p.taxRate, p.exemptionReason);
}

Status ServiceOrderService::validate(const ServiceOrder &o)
{
    if (o.customerId <= 0)
        return Error::invalid(tr("A service order needs a customer."));
    auto description = TextRules::clean(o.description, tr("description"), 4000, false, true);
    if (!description)
        return description.error();
    auto report = TextRules::clean(o.report, tr("intervention report"), 20000, false, true);
    if (!report)
        return report.error();
    for (const TimeEntry &e : o.timeEntries)
        FACTURO_TRY(validateEntry(e));
    for (const PartUsed &p : o.parts)
        FACTURO_TRY(validatePart(p));
    return {};
}

Result<qint64> ServiceOrderService::create(const ServiceOrder &order)
{
    return m_ctx.db.retrying([&]() -> Result<qint64> {
        FACTURO_TRY(validate(order));
        auto customer = m_ctx.customers.find(order.customerId);
        if (!customer)
            return customer.error();
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto id = m_ctx.orders.insert(order, m_ctx.clock.nowUtc());
        if (!id)
            return id.error();
        FACTURO_TRY(m_audit.record(QStringLiteral("service_order"), id.value(), QStringLiteral("create"),
            {{QStringLiteral("customer"), customer->name}, {QStringLiteral("job"), order.jobRef},
                {QStringLiteral("status"), OrderStatuses::key(order.status)}}));
        FACTURO_TRY(tx.commit());
        return id.value();
    });
}

Result<ServiceOrder> ServiceOrderService::editable(qint64 orderId)
{
    auto order = m_ctx.orders.find(orderId);
    if (!order)
        return order.error();
    if (order->status == OrderStatus::Done || order->status == OrderStatus::Invoiced
        || order->status == OrderStatus::Cancelled)
        return Error::refused(tr("Service order %1 is %2: its work can no longer be changed.")
                                  .arg(orderId)
                                  .arg(OrderStatuses::displayName(order->status)));
    return order;
}

Status ServiceOrderService::updateDetails(const ServiceOrder &edited)
{
    return m_ctx.db.retrying([&]() -> Status {
        auto order = m_ctx.orders.find(edited.id);
        if (!order)
            return order.error();
        if (order->status == OrderStatus::Invoiced)
            return Error::refused(tr("Service order %1 is invoiced: it can no longer be changed.").arg(edited.id));
        FACTURO_TRY(validate(edited));
        ServiceOrder o = order.value();
        o.customerId = edited.customerId;
        o.siteAddress = edited.siteAddress.trimmed();
        o.description = edited.description.trimmed();
        o.report = edited.report.trimmed();
        o.scheduledFor = edited.scheduledFor;
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        FACTURO_TRY(m_ctx.orders.updateDetails(o, m_ctx.clock.nowUtc()));
        FACTURO_TRY(m_audit.record(QStringLiteral("service_order"), o.id, QStringLiteral("edit")));
        return tx.commit();
    });
}

Status ServiceOrderService::signOff(qint64 orderId, const QString &name, const QByteArray &signaturePng)
{
    return m_ctx.db.retrying([&]() -> Status {
        auto order = m_ctx.orders.find(orderId);
        if (!order)
            return order.error();
        if (order->status == OrderStatus::Invoiced || order->status == OrderStatus::Cancelled)
            return Error::refused(tr("Service order %1 is %2: it can no longer be signed.")
                                      .arg(orderId)
                                      .arg(OrderStatuses::displayName(order->status)));
        auto signer = TextRules::clean(name, tr("name of the person signing"), 200, true);
        if (!signer)
            return signer.error();
        if (signaturePng.size() > 2 * 1024 * 1024)
            return Error::invalid(tr("The signature image is too large."));
        ServiceOrder o = order.value();
        o.signoffName = signer.value();
        o.signoffAt = m_ctx.clock.nowUtc();
        o.signaturePng = signaturePng;
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        FACTURO_TRY(m_ctx.orders.updateDetails(o, m_ctx.clock.nowUtc()));
        FACTURO_TRY(m_audit.record(QStringLiteral("service_order"), o.id, QStringLiteral("sign_off"),
            {{QStringLiteral("name"), o.signoffName}}));
        return tx.commit();
    });
}

Result<qint64> ServiceOrderService::addTimeEntry(qint64 orderId, const TimeEntry &entry)
{
    return m_ctx.db.retrying([&]() -> Result<qint64> {
        FACTURO_TRY(validateEntry(entry));
        auto order = editable(orderId);
        if (!order)
            return order.error();
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto id = m_ctx.orders.addTimeEntry(orderId, entry);
        if (!id)
            return id.error();
        FACTURO_TRY(m_audit.record(QStringLiteral("service_order"), orderId, QStringLiteral("edit"),
            {{QStringLiteral("add_time"), entry.technician}, {QStringLiteral("hours"), entry.hours.toString()}}));
        FACTURO_TRY(tx.commit());
        return id.value();
    });
}

Result<qint64> ServiceOrderService::addPart(qint64 orderId, const PartUsed &part)
{
    return m_ctx.db.retrying([&]() -> Result<qint64> {
        FACTURO_TRY(validatePart(part));
        auto order = editable(orderId);
        if (!order)
            return order.error();
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto id = m_ctx.orders.addPart(orderId, part);
        if (!id)
            return id.error();
        FACTURO_TRY(m_audit.record(QStringLiteral("service_order"), orderId, QStringLiteral("edit"),
            {{QStringLiteral("add_part"), part.description}, {QStringLiteral("quantity"), part.quantity.toString()}}));
        FACTURO_TRY(tx.commit());
        return id.value();
    });
}

Status ServiceOrderService::removeTimeEntry(qint64 orderId, qint64 entryId)
{
    return m_ctx.db.retrying([&]() -> Status {
        auto order = editable(orderId);
        if (!order)
            return order.error();
        bool found = false;
        for (const TimeEntry &e : order->timeEntries)
            found = found || e.id == entryId;
        if (!found)
            return Error::notFound(tr("Time entry %1 is not on service order %2.").arg(entryId).arg(orderId));
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        FACTURO_TRY(m_ctx.orders.removeTimeEntry(entryId));
        FACTURO_TRY(m_audit.record(QStringLiteral("service_order"), orderId, QStringLiteral("edit"),
            {{QStringLiteral("remove_time"), entryId}}));
        return tx.commit();
    });
}

Status ServiceOrderService::removePart(qint64 orderId, qint64 partId)
{
    return m_ctx.db.retrying([&]() -> Status {
        auto order = editable(orderId);
        if (!order)
            return order.error();
        bool found = false;
        for (const PartUsed &p : order->parts)
            found = found || p.id == partId;
        if (!found)
            return Error::notFound(tr("Part %1 is not on service order %2.").arg(partId).arg(orderId));
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        FACTURO_TRY(m_ctx.orders.removePart(partId));
        FACTURO_TRY(m_audit.record(QStringLiteral("service_order"), orderId, QStringLiteral("edit"),
            {{QStringLiteral("remove_part"), partId}}));
        return tx.commit();
    });
}

Status ServiceOrderService::setStatus(qint64 orderId, OrderStatus status)
{
    return m_ctx.db.retrying([&]() -> Status {
        auto order = m_ctx.orders.find(orderId);
        if (!order)
            return order.error();
        if (status == OrderStatus::Invoiced)
            return Error::refused(tr("An order becomes Invoiced when its invoice is created."));
        if (!OrderStatuses::canMove(order->status, status))
            return Error::refused(
                tr("Service order %1 cannot go from %2 to %3.")
                    .arg(orderId)
                    .arg(OrderStatuses::displayName(order->status), OrderStatuses::displayName(status)));
        if (status == OrderStatus::Done && order->timeEntries.isEmpty() && order->parts.isEmpty())
            return Error::refused(tr("Service order %1 has no time entries or parts: record the work before marking it "
                                     "Done.")
                                      .arg(orderId));
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        const QDateTime completed = status == OrderStatus::Done ? m_ctx.clock.nowUtc() : QDateTime();
        FACTURO_TRY(m_ctx.orders.setStatus(orderId, status, completed, m_ctx.clock.nowUtc()));
        FACTURO_TRY(m_audit.record(QStringLiteral("service_order"), orderId, QStringLiteral("status"),
            {{QStringLiteral("from"), OrderStatuses::key(order->status)},
                {QStringLiteral("to"), OrderStatuses::key(status)}}));
        return tx.commit();
    });
}
