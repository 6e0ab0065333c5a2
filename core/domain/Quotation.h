#pragma once

#include "DocumentLine.h"

#include <QDate>
#include <QList>
#include <QString>

enum class QuotationStatus { Draft, Sent, Accepted, Declined, Expired };

namespace QuotationStatuses {
inline QString key(QuotationStatus status)
{
    switch (status) {
    case QuotationStatus::Draft: return QStringLiteral("draft");
    case QuotationStatus::Sent: return QStringLiteral("sent");
    case QuotationStatus::Accepted: return QStringLiteral("accepted");
    case QuotationStatus::Declined: return QStringLiteral("declined");
    case QuotationStatus::Expired: return QStringLiteral("expired");
    }
    return {};
}
inline QuotationStatus fromKey(const QString &key)
{
    if (key == QLatin1String("sent"))
        return QuotationStatus::Sent;
    if (key == QLatin1String("accepted"))
        return QuotationStatus::Accepted;
    if (key == QLatin1String("declined"))
        return QuotationStatus::Declined;
    if (key == QLatin1String("expired"))
        return QuotationStatus::Expired;
    return QuotationStatus::Draft;
}
} // namespace QuotationStatuses

struct Quotation
{
    qint64 id = 0;
    QString number; // given when first sent
    qint64 customerId = 0;
    QString customerName;
    QuotationStatus status = QuotationStatus::Draft;
    QDate issueDate;
    QDate validUntil;
    QString description;
    QString printedNotes;
    qint64 serviceOrderId = 0; // set when accepted
    QList<DocumentLine> lines;
    qint64 totalNet = 0;
    qint64 totalTax = 0;
    qint64 totalGross = 0;
};
