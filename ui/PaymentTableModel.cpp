#include "PaymentTableModel.h"

#include "UiFormat.h"

#include <QBrush>
#include <QColor>

QList<PaymentTableModel::Column> PaymentTableModel::columns(const QString &currency, bool withDocument)
{
    QList<RowTableModel<PaymentRow>::Column> list;
    list.append({tr("Date"), [](const PaymentRow &r) { return UiFormat::date(r.date); },
                 Qt::AlignLeft | Qt::AlignVCenter, nullptr, [](const PaymentRow &r) { return QVariant(r.date); }});
    if (withDocument) {
        list.append({tr("Document"), [](const PaymentRow &r) { return r.documentNumber; }});
        list.append({tr("Customer"), [](const PaymentRow &r) { return r.customerName; }});
    }
    list.append({tr("Kind"), [](const PaymentRow &r) {
                     return r.reversed ? tr("%1 (reversed)").arg(PaymentTableModel::kindName(r.kind))
                                       : PaymentTableModel::kindName(r.kind);
                 }});
    list.append({tr("Method"), [](const PaymentRow &r) { return PaymentMethods::displayName(r.method); }});
    list.append({tr("Reference"), [](const PaymentRow &r) { return r.reference; }});
    list.append({tr("Amount"), [currency](const PaymentRow &r) { return UiFormat::money(r.amount, currency); },
                 RowTableModel<PaymentRow>::Number, [](const PaymentRow &r, int role) -> QVariant {
                     if (role == Qt::ForegroundRole && r.amount < 0)
                         return QBrush(QColor(0xb3, 0x26, 0x1e));
                     return {};
                 },
                 [](const PaymentRow &r) { return QVariant(r.amount); }});
    list.append({tr("By"), [](const PaymentRow &r) { return r.createdBy; }});
    return list;
}

PaymentTableModel::PaymentTableModel(const QString &currency, bool withDocument, QObject *parent)
    : RowTableModel<PaymentRow>(columns(currency, withDocument), parent)
{
}

QString PaymentTableModel::kindName(PaymentKind kind)
{
    switch (kind) {
    case PaymentKind::Payment: return tr("Payment");
    case PaymentKind::Reversal: return tr("Reversal");
    case PaymentKind::Refund: return tr("Refund");
    case PaymentKind::WriteOff: return tr("Write-off");
    }
    return {};
}
