#include "StatementEntryModel.h"

#include "UiFormat.h"

QString StatementEntryModel::proposalText(const MatchProposal &p, const QString &currency)
{
    QStringList parts;
    for (const MatchAllocation &a : p.allocations)
        parts << tr("%1 (%2)").arg(a.number, UiFormat::money(a.amount, currency));
    return tr("%1: %2").arg(MatchProposal::reasonText(p.reason), parts.join(QStringLiteral(", ")));
}

QList<StatementEntryModel::Column> StatementEntryModel::columns(const QString &currency)
{
    using Item = ReconciliationItem;
    QList<Column> list;
    list.append({tr("Booked"), [](const Item &r) { return UiFormat::date(r.entry.bookingDate); },
        Qt::AlignLeft | Qt::AlignVCenter, nullptr, [](const Item &r) { return QVariant(r.entry.bookingDate); }});
    list.append({tr("Payer"), [](const Item &r) { return r.entry.debtorName; }});
    list.append({tr("Remittance"), [](const Item &r) {
                     return r.entry.structuredReference.isEmpty()
                         ? r.entry.remittance
                         : (r.entry.structuredReference + QLatin1Char(' ') + r.entry.remittance).trimmed();
                 }});
    list.append({tr("Amount"), [currency](const Item &r) { return UiFormat::money(r.entry.amount, currency); },
        RowTableModel<Item>::Number, nullptr, [](const Item &r) { return QVariant(r.entry.amount); }});
    list.append({tr("Left"), [currency](const Item &r) { return UiFormat::money(r.entry.unapplied(), currency); },
        RowTableModel<Item>::Number, nullptr, [](const Item &r) { return QVariant(r.entry.unapplied()); }});
    list.append({tr("Proposal"), [currency](const Item &r) {
                     return r.proposals.isEmpty() ? tr("none") : proposalText(r.proposals.first(), currency);
                 }});
    return list;
}

StatementEntryModel::StatementEntryModel(const QString &currency, QObject *parent)
    : RowTableModel<ReconciliationItem>(columns(currency), parent)
{ }
