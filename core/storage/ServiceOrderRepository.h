#pragma once

#include "Database.h"
#include "ServiceOrder.h"

#include <QList>

struct ServiceOrderSummary
{
    qint64 id = 0;
    QString jobRef;
    QString customerName;
    QString description;
    OrderStatus status = OrderStatus::New;
    QDateTime completedAt;
    qint64 invoiceId = 0;
};

class ServiceOrderRepository
{
    Q_DECLARE_TR_FUNCTIONS(ServiceOrderRepository)
public:
    explicit ServiceOrderRepository(Database &db) : m_db(db) {}

    // Inserts the order with its time entries and parts. The status is written last, so a
    // Done order can be created with its work in one go.
    Result<qint64> insert(const ServiceOrder &order, const QDateTime &nowUtc);
    Status updateDetails(const ServiceOrder &order, const QDateTime &nowUtc); // text fields and sign-off
    Status setStatus(qint64 id, OrderStatus status, const QDateTime &completedAt, const QDateTime &nowUtc);
    Status markInvoiced(qint64 id, qint64 invoiceId, const QDateTime &nowUtc);
    Result<qint64> addTimeEntry(qint64 orderId, const TimeEntry &entry);
    Result<qint64> addPart(qint64 orderId, const PartUsed &part);
    Status removeTimeEntry(qint64 entryId);
    Status removePart(qint64 partId);

    Result<ServiceOrder> find(qint64 id) const;
    Result<qint64> idByJobRef(const QString &jobRef) const; // 0 when absent
    Result<QList<ServiceOrderSummary>> list(std::optional<OrderStatus> status, const QString &search,
                                            int limit = 1000) const;
    Result<qint64> countByStatus(OrderStatus status) const;

private:
    Database &m_db;
};
