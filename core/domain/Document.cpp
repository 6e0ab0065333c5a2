#include "Document.h"

#include <QCoreApplication>

QString DocumentStatuses::key(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::Draft: return QStringLiteral("draft");
    case DocumentStatus::Posted: return QStringLiteral("posted");
    case DocumentStatus::PartiallyPaid: return QStringLiteral("partially_paid");
    case DocumentStatus::Paid: return QStringLiteral("paid");
    case DocumentStatus::Credited: return QStringLiteral("credited");
    case DocumentStatus::Refunded: return QStringLiteral("refunded");
    }
    return {};
}

DocumentStatus DocumentStatuses::fromKey(const QString &key)
{
    if (key == QLatin1String("posted"))
        return DocumentStatus::Posted;
    if (key == QLatin1String("partially_paid"))
        return DocumentStatus::PartiallyPaid;
    if (key == QLatin1String("paid"))
        return DocumentStatus::Paid;
    if (key == QLatin1String("credited"))
        return DocumentStatus::Credited;
    if (key == QLatin1String("refunded"))
        return DocumentStatus::Refunded;
    return DocumentStatus::Draft;
}

QString DocumentStatuses::displayName(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::Draft: return QCoreApplication::translate("DocumentStatus", "Draft");
    case DocumentStatus::Posted: return QCoreApplication::translate("DocumentStatus", "Posted");
    case DocumentStatus::PartiallyPaid: return QCoreApplication::translate("DocumentStatus", "Partially paid");
    case DocumentStatus::Paid: return QCoreApplication::translate("DocumentStatus", "Paid");
    case DocumentStatus::Credited: return QCoreApplication::translate("DocumentStatus", "Credited");
    case DocumentStatus::Refunded: return QCoreApplication::translate("DocumentStatus", "Refunded");
    }
    return {};
}

QString Document::displayName() const
{
    if (!number.isEmpty())
        return number;
    return type == DocumentType::Invoice
        ? QCoreApplication::translate("Document", "Draft invoice #%1").arg(id)
        : QCoreApplication::translate("Document", "Draft credit note #%1").arg(id);
}
