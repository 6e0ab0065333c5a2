#include "HistoryModel.h"

#include "EInvoiceNames.h"
#include "Payment.h"
#include "UiFormat.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

HistoryModel::HistoryModel(QObject *parent) : HistoryModel(std::make_shared<QString>(QStringLiteral("EUR")), parent) {}

HistoryModel::HistoryModel(std::shared_ptr<QString> currency, QObject *parent)
    : RowTableModel<AuditEvent>(columns(currency), parent), m_currency(std::move(currency))
{
}

QList<HistoryModel::Column> HistoryModel::columns(const std::shared_ptr<QString> &currency)
{
    return {
        {tr("When"), [](const AuditEvent &e) { return UiFormat::dateTime(e.occurredAt); }},
        {tr("User"), [](const AuditEvent &e) { return e.userName; }},
        {tr("Action"), [](const AuditEvent &e) { return actionName(e.action); }},
        {tr("Details"), [currency](const AuditEvent &e) { return detailsText(e.action, e.details, *currency); }},
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
        {QStringLiteral("einvoice_export"), QT_TRANSLATE_NOOP("HistoryModel", "E-invoice")},
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

namespace {

bool isMoneyKey(const QString &key)
{
    static const QStringList keys {QStringLiteral("amount"), QStringLiteral("gross"), QStringLiteral("net"),
        QStringLiteral("tax"), QStringLiteral("applied"), QStringLiteral("fee"), QStringLiteral("total"),
        QStringLiteral("paid"), QStringLiteral("due"), QStringLiteral("threshold"), QStringLiteral("approval_threshold")};
    return keys.contains(key);
}

// A label for a detail's key, in the window's language where it is a known one.
QString keyLabel(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("HistoryModel", "number")},
        {QStringLiteral("gross"), QT_TRANSLATE_NOOP("HistoryModel", "total")},
        {QStringLiteral("net"), QT_TRANSLATE_NOOP("HistoryModel", "net")},
        {QStringLiteral("amount"), QT_TRANSLATE_NOOP("HistoryModel", "amount")},
        {QStringLiteral("customer"), QT_TRANSLATE_NOOP("HistoryModel", "customer")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("HistoryModel", "reason")},
        {QStringLiteral("invoice"), QT_TRANSLATE_NOOP("HistoryModel", "invoice")},
        {QStringLiteral("credit_note"), QT_TRANSLATE_NOOP("HistoryModel", "credit note")},
        {QStringLiteral("applied"), QT_TRANSLATE_NOOP("HistoryModel", "applied")},
        {QStringLiteral("level"), QT_TRANSLATE_NOOP("HistoryModel", "level")},
        {QStringLiteral("file"), QT_TRANSLATE_NOOP("HistoryModel", "file")},
        {QStringLiteral("to"), QT_TRANSLATE_NOOP("HistoryModel", "to")},
        {QStringLiteral("subject"), QT_TRANSLATE_NOOP("HistoryModel", "subject")},
        {QStringLiteral("error"), QT_TRANSLATE_NOOP("HistoryModel", "error")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("HistoryModel", "status")},
        {QStringLiteral("from"), QT_TRANSLATE_NOOP("HistoryModel", "from")},
        {QStringLiteral("job"), QT_TRANSLATE_NOOP("HistoryModel", "job")},
        {QStringLiteral("method"), QT_TRANSLATE_NOOP("HistoryModel", "method")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("HistoryModel", "date")},
        {QStringLiteral("reference"), QT_TRANSLATE_NOOP("HistoryModel", "reference")},
        {QStringLiteral("days_overdue"), QT_TRANSLATE_NOOP("HistoryModel", "days overdue")},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("HistoryModel", "channel")},
        {QStringLiteral("lines"), QT_TRANSLATE_NOOP("HistoryModel", "lines")},
    };
    const auto found = labels.constFind(key);
    return found == labels.constEnd() ? QString(key).replace(QLatin1Char('_'), QLatin1Char(' '))
                                      : HistoryModel::tr(found.value());
}

// Identifiers kept for checks and support, not for the reader.
bool isTechnical(const QString &key)
{
    static const QStringList keys {QStringLiteral("sha256"), QStringLiteral("payment"), QStringLiteral("message_id"),
                                   QStringLiteral("outbox"), QStringLiteral("size")};
    return keys.contains(key);
}

QString valueText(const QString &key, const QJsonValue &value, const QString &currency)
{
    if (value.isBool())
        return value.toBool() ? HistoryModel::tr("yes") : HistoryModel::tr("no");
    if (value.isDouble())
        return isMoneyKey(key) ? UiFormat::money(value.toInteger(), currency) : QLocale().toString(value.toInteger());
    if (value.isString()) {
        const QString text = value.toString();
        if (key == QLatin1String("method")) {
            PaymentMethod method;
            if (PaymentMethods::fromKey(text, &method))
                return PaymentMethods::displayName(method);
        }
        const QDate date = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
        if (date.isValid())
            return UiFormat::date(date);
        const QDateTime time = text.size() > 10 ? QDateTime::fromString(text, Qt::ISODate) : QDateTime();
        if (time.isValid())
            return UiFormat::dateTime(time);
        return text;
    }
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << valueText(key, item, currency);
        return items.join(QStringLiteral(", "));
    }
    if (value.isObject()) {
        QStringList parts;
        const QJsonObject object = value.toObject();
        if (object.contains(QLatin1String("name")) && object.value(QLatin1String("name")).isString())
            return object.value(QLatin1String("name")).toString(); // a file: its name says it
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            if (!isTechnical(it.key()))
                parts << QStringLiteral("%1 %2").arg(keyLabel(it.key()), valueText(it.key(), it.value(), currency));
        return parts.join(QStringLiteral(", "));
    }
    return {};
}

} // namespace

QString HistoryModel::detailsText(const QString &action, const QString &json, const QString &currency)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    auto text = [&](const char *key) { return valueText(QString::fromLatin1(key), object.value(QLatin1String(key)), currency); };
    auto has = [&](const char *key) { return object.contains(QLatin1String(key)); };

    // The events a clerk reads most, as sentences.
    if (action == QLatin1String("post") && has("number") && has("gross"))
        return tr("%1 for %2").arg(text("number"), text("gross"))
            + (has("customer") ? tr(", to %1").arg(text("customer")) : QString());
    if ((action == QLatin1String("payment") || action == QLatin1String("refund")) && has("amount")) {
        QString sentence = has("method") ? tr("%1 by %2").arg(text("amount"), text("method")) : text("amount");
        if (has("date"))
            sentence += tr(" on %1").arg(text("date"));
        if (!object.value(QLatin1String("reference")).toString().isEmpty())
            sentence += tr(", reference %1").arg(text("reference"));
        return sentence;
    }
    if (action == QLatin1String("credit") && has("credit_note") && has("applied"))
        return tr("%1 applied from %2").arg(text("applied"), text("credit_note"));
    if ((action == QLatin1String("view") || action == QLatin1String("print") || action == QLatin1String("export"))
        && has("file"))
        return object.value(QLatin1String("archived")).toBool()
            ? tr("%1 (archived now: the copy every later print reproduces)").arg(text("file"))
            : tr("%1 (the archived copy)").arg(text("file"));
    if (action == QLatin1String("einvoice_export") && has("format") && has("file")) {
        const auto format = EInvoiceFormats::fromKey(object.value(QLatin1String("format")).toString());
        const QString name = format ? EInvoiceNames::formatName(*format) : text("format");
        QString sentence;
        if (object.value(QLatin1String("use")).toString() == QLatin1String("send"))
            sentence = tr("%1, %2, attached to an email").arg(name, text("file"));
        else if (!object.value(QLatin1String("path")).toString().isEmpty())
            sentence = tr("%1, %2, exported to %3").arg(name, text("file"), text("path"));
        else
            sentence = tr("%1, %2, exported").arg(name, text("file"));
        if (object.value(QLatin1String("archived")).toBool())
            sentence += tr(" (archived now: every later copy in this format is the same file)");
        return sentence;
    }
    if ((action == QLatin1String("sent") || action == QLatin1String("send")) && has("to")) {
        QString sentence = has("subject") ? tr("To %1: “%2”").arg(text("to"), text("subject")) : tr("To %1").arg(text("to"));
        if (action == QLatin1String("send") && has("attachments") && !text("attachments").isEmpty())
            sentence += tr(", with %1").arg(text("attachments"));
        return sentence;
    }

    QStringList parts;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (isTechnical(it.key()))
            continue;
        const QString value = valueText(it.key(), it.value(), currency);
        if (!value.isEmpty())
            parts << QStringLiteral("%1: %2").arg(keyLabel(it.key()), value);
    }
    return parts.join(QStringLiteral(" · "));
}
