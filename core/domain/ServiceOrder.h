#pragma once

#include "FixedDecimal.h"
#include "TaxCategory.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

enum class OrderStatus { New, Scheduled, InProgress, Done, Invoiced, Cancelled };

namespace OrderStatuses {
QString key(OrderStatus status);
Result<OrderStatus> fromKey(const QString &key);
QString displayName(OrderStatus status);
// The status flow of DESIGN.md: New → Scheduled → In progress → Done → Invoiced; Cancelled.
bool canMove(OrderStatus from, OrderStatus to);
} // namespace OrderStatuses

struct TimeEntry
{
    qint64 id = 0;
    QString technician;
    QDate workDate;
    Quantity hours;
    UnitPrice hourlyRate;
    QString description;
};

struct PartUsed
{
    qint64 id = 0;
    QString sku;
    QString description;
    Quantity quantity;
    QString unit;
    UnitPrice unitPrice;
    TaxCategory taxCategory = TaxCategory::Standard;
    Percentage taxRate;
    QString exemptionReason;
};

// A job: what the technicians did at a customer's site.
struct ServiceOrder
{
    qint64 id = 0;
    QString jobRef; // the field-service system's job id, unique
    qint64 customerId = 0;
    QString customerName; // for lists
    QString siteAddress;
    QString description;
    QString report; // intervention report
    OrderStatus status = OrderStatus::New;
    QDateTime scheduledFor;
    QDateTime completedAt;
    QString signoffName;
    QDateTime signoffAt;
    QByteArray signaturePng;
    qint64 quotationId = 0;
    qint64 invoiceId = 0;
    QList<TimeEntry> timeEntries;
    QList<PartUsed> parts;
};
