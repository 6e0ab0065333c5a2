#include "ServiceOrder.h"

#include <QCoreApplication>

QString OrderStatuses::key(OrderStatus status)
{
    switch (status) {
    case OrderStatus::New: return QStringLiteral("new");
    case OrderStatus::Scheduled: return QStringLiteral("scheduled");
    case OrderStatus::InProgress: return QStringLiteral("in_progress");
    case OrderStatus::Done: return QStringLiteral("done");
    case OrderStatus::Invoiced: return QStringLiteral("invoiced");
    case OrderStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

Result<OrderStatus> OrderStatuses::fromKey(const QString &key)
{
    for (OrderStatus s : {OrderStatus::New, OrderStatus::Scheduled, OrderStatus::InProgress, OrderStatus::Done,
                          OrderStatus::Invoiced, OrderStatus::Cancelled})
        if (OrderStatuses::key(s) == key.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_')))
            return s;
    return Error::invalid(QCoreApplication::translate("OrderStatus",
                                                      "unknown status \"%1\" (new, scheduled, in_progress, done, "
                                                      "invoiced or cancelled)").arg(key));
}

QString OrderStatuses::displayName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::New: return QCoreApplication::translate("OrderStatus", "New");
    case OrderStatus::Scheduled: return QCoreApplication::translate("OrderStatus", "Scheduled");
    case OrderStatus::InProgress: return QCoreApplication::translate("OrderStatus", "In progress");
    case OrderStatus::Done: return QCoreApplication::translate("OrderStatus", "Done");
    case OrderStatus::Invoiced: return QCoreApplication::translate("OrderStatus", "Invoiced");
    case OrderStatus::Cancelled: return QCoreApplication::translate("OrderStatus", "Cancelled");
    }
    return {};
}

bool OrderStatuses::canMove(OrderStatus from, OrderStatus to)
{
    switch (from) {
    case OrderStatus::New:
        return to == OrderStatus::Scheduled || to == OrderStatus::InProgress || to == OrderStatus::Done
            || to == OrderStatus::Cancelled;
    case OrderStatus::Scheduled:
        return to == OrderStatus::New || to == OrderStatus::InProgress || to == OrderStatus::Done
            || to == OrderStatus::Cancelled;
    case OrderStatus::InProgress:
        return to == OrderStatus::Scheduled || to == OrderStatus::Done || to == OrderStatus::Cancelled;
    case OrderStatus::Done:
        return to == OrderStatus::Invoiced || to == OrderStatus::InProgress;
    case OrderStatus::Invoiced:
    case OrderStatus::Cancelled:
        return false;
    }
    return false;
}
