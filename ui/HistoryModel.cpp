#include "HistoryModel.h"

#include "UiFormat.h"

#include <QJsonDocument>
#include <QJsonObject>

HistoryModel::HistoryModel(QObject *parent) : RowTableModel<AuditEvent>(columns(), parent) {}

QList<HistoryModel::Column> HistoryModel::columns()
{
    return {
        {tr("When"), [](const AuditEvent &e) { return UiFormat::dateTime(e.occurredAt); }},
        {tr("User"), [](const AuditEvent &e) { return e.userName; }},
        {tr("Action"), [](const AuditEvent &e) { return actionName(e.action); }},
        {tr("Details"), [](const AuditEvent &e) { return detailsText(e.details); }},
    };
}

QString HistoryModel::actionName(const QString &action)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("create"), QT_TRANSLATE_NOOP("HistoryModel", "Created")},
        {QStringLiteral("edit"), QT_TRANSLATE_NOOP("HistoryModel", "Edited")},
        {QStringLiteral("approve"), QT_TRANSLATE_NOOP("HistoryModel", "Approved")},
        {QStringLiteral("post"), QT_TRANSLATE_NOOP("HistoryModel", "Posted")},
        {QStringLiteral("send"), QT_TRANSLATE_NOOP("HistoryModel", "Queued for sending")},
        {QStringLiteral("sent"), QT_TRANSLATE_NOOP("HistoryModel", "Sent by email")},
        {QStringLiteral("send_retry"), QT_TRANSLATE_NOOP("HistoryModel", "Sending retried")},
        {QStringLiteral("send_cancel"), QT_TRANSLATE_NOOP("HistoryModel", "Sending cancelled")},
        {QStringLiteral("send_failed"), QT_TRANSLATE_NOOP("HistoryModel", "Sending failed")},
        {QStringLiteral("send_unknown"), QT_TRANSLATE_NOOP("HistoryModel", "Sending to check")},
        {QStringLiteral("send_confirmed"), QT_TRANSLATE_NOOP("HistoryModel", "Delivery confirmed")},
        {QStringLiteral("reminder"), QT_TRANSLATE_NOOP("HistoryModel", "Reminder")},
        {QStringLiteral("late_fee"), QT_TRANSLATE_NOOP("HistoryModel", "Late fee invoiced")},
        {QStringLiteral("dispute"), QT_TRANSLATE_NOOP("HistoryModel", "Disputed")},
        {QStringLiteral("dispute_closed"), QT_TRANSLATE_NOOP("HistoryModel", "Dispute closed")},
        {QStringLiteral("accept"), QT_TRANSLATE_NOOP("HistoryModel", "Accepted")},
        {QStringLiteral("decline"), QT_TRANSLATE_NOOP("HistoryModel", "Declined")},
        {QStringLiteral("expire"), QT_TRANSLATE_NOOP("HistoryModel", "Expired")},
        {QStringLiteral("view"), QT_TRANSLATE_NOOP("HistoryModel", "Viewed")},
        {QStringLiteral("print"), QT_TRANSLATE_NOOP("HistoryModel", "Printed")},
        {QStringLiteral("export"), QT_TRANSLATE_NOOP("HistoryModel", "Exported")},
        {QStringLiteral("payment"), QT_TRANSLATE_NOOP("HistoryModel", "Payment recorded")},
        {QStringLiteral("payment_reversal"), QT_TRANSLATE_NOOP("HistoryModel", "Payment reversed")},
        {QStringLiteral("refund"), QT_TRANSLATE_NOOP("HistoryModel", "Refunded")},
        {QStringLiteral("credit"), QT_TRANSLATE_NOOP("HistoryModel", "Credited")},
        {QStringLiteral("delete"), QT_TRANSLATE_NOOP("HistoryModel", "Moved to the trash")},
        {QStringLiteral("restore"), QT_TRANSLATE_NOOP("HistoryModel", "Restored")},
        {QStringLiteral("invoice"), QT_TRANSLATE_NOOP("HistoryModel", "Invoiced")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("HistoryModel", "Status changed")},
        {QStringLiteral("sign_off"), QT_TRANSLATE_NOOP("HistoryModel", "Signed off")},
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("HistoryModel", "Imported")},
    };
    const auto found = names.constFind(action);
    return found == names.constEnd() ? action : tr(found.value());
}

QString HistoryModel::detailsText(const QString &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList parts;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString value = it.value().isString() ? it.value().toString()
            : it.value().isDouble()                 ? QString::number(it.value().toInteger())
                                                    : QString::fromUtf8(QJsonDocument(QJsonObject{{it.key(), it.value()}})
                                                                            .toJson(QJsonDocument::Compact));
        if (!value.isEmpty())
            parts << QStringLiteral("%1: %2").arg(QString(it.key()).replace(QLatin1Char('_'), QLatin1Char(' ')), value);
    }
    return parts.join(QStringLiteral(" · "));
}
