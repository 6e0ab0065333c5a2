#include "OutboxMessage.h"

QString OutboxStatuses::key(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Queued:
        return QStringLiteral("queued");
    case OutboxStatus::Sending:
        return QStringLiteral("sending");
    case OutboxStatus::Sent:
        return QStringLiteral("sent");
    case OutboxStatus::Failed:
        return QStringLiteral("failed");
    case OutboxStatus::Check:
        return QStringLiteral("check");
    case OutboxStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

OutboxStatus OutboxStatuses::fromKey(const QString &key)
{
    for (OutboxStatus status : all())
        if (OutboxStatuses::key(status) == key)
            return status;
    return OutboxStatus::Failed;
}

QString OutboxStatuses::displayName(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Queued:
        return QCoreApplication::translate("OutboxStatus", "Queued");
    case OutboxStatus::Sending:
        return QCoreApplication::translate("OutboxStatus", "Sending");
    case OutboxStatus::Sent:
        return QCoreApplication::translate("OutboxStatus", "Sent");
    case OutboxStatus::Failed:
        return QCoreApplication::translate("OutboxStatus", "Failed");
    case OutboxStatus::Check:
        return QCoreApplication::translate("OutboxStatus", "To check");
    case OutboxStatus::Cancelled:
        return QCoreApplication::translate("OutboxStatus", "Cancelled");
    }
    return {};
}

QList<OutboxStatus> OutboxStatuses::all()
{
    return {OutboxStatus::Queued, OutboxStatus::Sending, OutboxStatus::Sent, OutboxStatus::Failed, OutboxStatus::Check,
        OutboxStatus::Cancelled};
}

QString OutboxStages::key(OutboxStage stage)
{
    switch (stage) {
    case OutboxStage::NotTried:
        return QString();
    case OutboxStage::Connecting:
        return QStringLiteral("connecting");
    case OutboxStage::Data:
        return QStringLiteral("data");
    }
    return {};
}

OutboxStage OutboxStages::fromKey(const QString &key)
{
    if (key == QLatin1String("connecting"))
        return OutboxStage::Connecting;
    if (key == QLatin1String("data"))
        return OutboxStage::Data;
    return OutboxStage::NotTried;
}

QString MailKinds::key(MailKind kind)
{
    switch (kind) {
    case MailKind::Invoice:
        return QStringLiteral("invoice");
    case MailKind::CreditNote:
        return QStringLiteral("credit_note");
    case MailKind::Reminder:
        return QStringLiteral("reminder");
    case MailKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

MailKind MailKinds::fromKey(const QString &key)
{
    if (key == QLatin1String("invoice"))
        return MailKind::Invoice;
    if (key == QLatin1String("credit_note"))
        return MailKind::CreditNote;
    if (key == QLatin1String("reminder"))
        return MailKind::Reminder;
    return MailKind::Other;
}
