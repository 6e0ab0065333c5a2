#pragma once

#include "AuditLog.h"
#include "LedgerContext.h"
#include "ServiceOrder.h"

// Jobs: created, worked on (time entries, parts, report, sign-off), completed. Only a Done
// order can be invoiced (DraftService::createFromOrder).
class ServiceOrderService
{
    Q_DECLARE_TR_FUNCTIONS(ServiceOrderService)
public:
    ServiceOrderService(LedgerContext &context, AuditLog &audit) : m_ctx(context), m_audit(audit) {}

    // Checks an order as typed or imported (customer set, entries and parts plausible).
    static Status validate(const ServiceOrder &order);
    Result<qint64> create(const ServiceOrder &order);
    Status updateDetails(const ServiceOrder &order); // site, description, report, schedule
    Status signOff(qint64 orderId, const QString &name, const QByteArray &signaturePng);
    Result<qint64> addTimeEntry(qint64 orderId, const TimeEntry &entry);
    Result<qint64> addPart(qint64 orderId, const PartUsed &part);
    Status removeTimeEntry(qint64 orderId, qint64 entryId);
    Status removePart(qint64 orderId, qint64 partId);
    Status setStatus(qint64 orderId, OrderStatus status);

    static Status validateEntry(const TimeEntry &entry);
    static Status validatePart(const PartUsed &part);

private:
    Result<ServiceOrder> editable(qint64 orderId);

    LedgerContext &m_ctx;
    AuditLog &m_audit;
};
