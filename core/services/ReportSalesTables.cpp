#include "ReportSalesTables.h"

#include "DecimalText.h"
#include "Document.h"
#include "LineKind.h"
#include "TaxCategory.h"

#include <QMap>

#include <algorithm>

namespace {
using Kind = ReportColumn::Kind;

// Invoices and credit notes of one group side by side.
struct Pair
{
    QString label;
    ReportSums invoices;
    ReportSums credits;
    qint64 collected = 0;
    qint64 refunded = 0;
};

QMap<QString, Pair> paired(const QList<ReportSums> &rows)
{
    QMap<QString, Pair> groups;
    for (const ReportSums &s : rows) {
        Pair &p = groups[s.group];
        if (!s.label.isEmpty())
            p.label = s.label;
        (s.creditNote ? p.credits : p.invoices) = s;
    }
    return groups;
}

void addTotals(ReportTable &t, int firstMoneyColumn, const QString &label)
{
    t.totals = QVariantList(t.columns.size());
    t.totals[0] = label;
    for (qsizetype c = firstMoneyColumn; c < t.columns.size(); ++c) {
        const Kind kind = t.columns.at(c).kind;
        if (kind != Kind::Money && kind != Kind::Count)
            continue;
        qint64 sum = 0;
        for (const QVariantList &row : std::as_const(t.rows))
            sum += row.value(c).toLongLong();
        t.totals[c] = sum;
    }
}

void setPeriod(ReportTable &t, const QDate &from, const QDate &to)
{
    t.from = from;
    t.to = to;
}
} // namespace

Status ReportSalesTables::byMonth(const ReportRepository &repo, const QDate &from, const QDate &to, ReportTable &t)
{
    setPeriod(t, from, to);
    auto sales = repo.salesByMonth(from, to);
    if (!sales)
        return sales.error();
    auto payments = repo.paymentSums(from, to, true);
    if (!payments)
        return payments.error();
    QMap<QString, Pair> months = paired(sales.value());
    for (const ReportPaymentSums &p : std::as_const(payments.value()))
        (p.creditNote ? months[p.group].refunded : months[p.group].collected) += p.amount;
    // Every month of the period, also the quiet ones: a chart needs them.
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1))
        months[m.toString(QStringLiteral("yyyy-MM"))];
    t.columns = {{QStringLiteral("month"), tr("Month"), Kind::Text},
        {QStringLiteral("invoices"), tr("Invoices"), Kind::Count}, {QStringLiteral("net"), tr("Net"), Kind::Money},
        {QStringLiteral("tax"), tr("Tax"), Kind::Money}, {QStringLiteral("gross"), tr("Gross"), Kind::Money},
        {QStringLiteral("credit_notes"), tr("Credit notes"), Kind::Count},
        {QStringLiteral("credit_net"), tr("Credited net"), Kind::Money},
        {QStringLiteral("credit_tax"), tr("Credited tax"), Kind::Money},
        {QStringLiteral("credit_gross"), tr("Credited gross"), Kind::Money},
        {QStringLiteral("net_sales"), tr("Net sales"), Kind::Money},
        {QStringLiteral("collected"), tr("Collected"), Kind::Money},
        {QStringLiteral("refunded"), tr("Refunded"), Kind::Money}};
    for (auto it = months.cbegin(); it != months.cend(); ++it) {
        const Pair &p = it.value();
        t.rows.append({it.key(), p.invoices.count, p.invoices.net, p.invoices.tax, p.invoices.gross, p.credits.count,
            p.credits.net, p.credits.tax, p.credits.gross, p.invoices.net - p.credits.net, p.collected, p.refunded});
    }
    addTotals(t, 1, tr("Total"));
    return {};
}

Status ReportSalesTables::byCustomer(const ReportRepository &repo, const QDate &from, const QDate &to, ReportTable &t)
{
    setPeriod(t, from, to);
    auto sales = repo.salesByCustomer(from, to);
    if (!sales)
        return sales.error();
    const QMap<QString, Pair> customers = paired(sales.value());
    t.columns = {{QStringLiteral("customer"), tr("Customer"), Kind::Text},
        {QStringLiteral("customer_id"), tr("Customer no."), Kind::Count},
        {QStringLiteral("invoices"), tr("Invoices"), Kind::Count}, {QStringLiteral("net"), tr("Net"), Kind::Money},
        {QStringLiteral("credit_net"), tr("Credited net"), Kind::Money},
        {QStringLiteral("net_sales"), tr("Net sales"), Kind::Money}, {QStringLiteral("tax"), tr("Tax"), Kind::Money},
        {QStringLiteral("gross"), tr("Gross"), Kind::Money}};
    for (auto it = customers.cbegin(); it != customers.cend(); ++it) {
        const Pair &p = it.value();
        t.rows.append({p.label, it.key().toLongLong(), p.invoices.count, p.invoices.net, p.credits.net,
            p.invoices.net - p.credits.net, p.invoices.tax - p.credits.tax, p.invoices.gross - p.credits.gross});
    }
    // Best customers first.
    const int netSales = t.column(QStringLiteral("net_sales"));
    std::stable_sort(t.rows.begin(), t.rows.end(), [netSales](const QVariantList &a, const QVariantList &b) {
        return a.at(netSales).toLongLong() > b.at(netSales).toLongLong();
    });
    addTotals(t, 2, tr("Total"));
    return {};
}

Status ReportSalesTables::byItem(const ReportRepository &repo, const QDate &from, const QDate &to, ReportTable &t)
{
    setPeriod(t, from, to);
    auto sales = repo.salesByItem(from, to);
    if (!sales)
        return sales.error();
    const QMap<QString, Pair> items = paired(sales.value());
    t.columns = {{QStringLiteral("item"), tr("Item"), Kind::Text},
        {QStringLiteral("description"), tr("Description"), Kind::Text},
        {QStringLiteral("quantity"), tr("Quantity (net of credits)"), Kind::Text},
        {QStringLiteral("invoices"), tr("Invoices"), Kind::Count},
        {QStringLiteral("net"), tr("Invoiced net"), Kind::Money},
        {QStringLiteral("credit_net"), tr("Credited net"), Kind::Money},
        {QStringLiteral("net_sales"), tr("Net sales"), Kind::Money}};
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        const Pair &p = it.value();
        QString item = it.key();
        QString description = p.label;
        if (item.startsWith(QLatin1String("sku:"))) {
            item = item.mid(4);
        } else {
            description = tr("%1 lines not from the catalog")
                              .arg(item == QLatin1String("labor")     ? tr("Labor")
                                      : item == QLatin1String("part") ? tr("Parts")
                                                                      : tr("Other"));
            item = QLatin1Char('(') + item + QLatin1Char(')');
        }
        t.rows.append({item, description, DecimalText::format(p.invoices.quantity - p.credits.quantity, 3),
            p.invoices.count, p.invoices.net, p.credits.net, p.invoices.net - p.credits.net});
    }
    addTotals(t, 3, tr("Total"));
    return {};
}

Status ReportSalesTables::taxSummary(const ReportRepository &repo, const QDate &from, const QDate &to, ReportTable &t)
{
    setPeriod(t, from, to);
    auto rates = repo.taxByRate(from, to);
    if (!rates)
        return rates.error();
    QList<QString> order;
    for (const ReportSums &s : std::as_const(rates.value()))
        if (!order.contains(s.group))
            order << s.group;
    const QMap<QString, Pair> groups = paired(rates.value());
    t.columns
        = {{QStringLiteral("category"), tr("Category"), Kind::Text}, {QStringLiteral("rate"), tr("Rate %"), Kind::Text},
            {QStringLiteral("base"), tr("Taxable base"), Kind::Money}, {QStringLiteral("tax"), tr("Tax"), Kind::Money},
            {QStringLiteral("credit_base"), tr("Credited base"), Kind::Money},
            {QStringLiteral("credit_tax"), tr("Credited tax"), Kind::Money},
            {QStringLiteral("net_base"), tr("Net base"), Kind::Money},
            {QStringLiteral("net_tax"), tr("Net tax"), Kind::Money}};
    for (const QString &group : std::as_const(order)) {
        const Pair &p = groups[group];
        const QString category = group.section(QLatin1Char('|'), 0, 0);
        const qint64 rate = group.section(QLatin1Char('|'), 1, 1).toLongLong();
        t.rows.append({category, DecimalText::format(rate, 2), p.invoices.net, p.invoices.tax, p.credits.net,
            p.credits.tax, p.invoices.net - p.credits.net, p.invoices.tax - p.credits.tax});
    }
    addTotals(t, 2, tr("Total"));
    t.figures = {{QStringLiteral("net_tax"), tr("Tax due for the period"), Kind::Money,
                     t.totals.value(t.column(QStringLiteral("net_tax")))},
        {QStringLiteral("net_base"), tr("Net taxable base"), Kind::Money,
            t.totals.value(t.column(QStringLiteral("net_base")))}};
    return {};
}

Status ReportSalesTables::invoiceRegister(
    const ReportRepository &repo, const ReportRegisterFilter &filter, qint64 limit, ReportTable &t)
{
    setPeriod(t, filter.from, filter.to);
    auto rows = repo.register_(filter, limit > 0 ? limit + 1 : 0);
    if (!rows)
        return rows.error();
    auto totals = repo.registerTotals(filter);
    if (!totals)
        return totals.error();
    t.columns = {{QStringLiteral("number"), tr("Number"), Kind::Text}, {QStringLiteral("type"), tr("Type"), Kind::Text},
        {QStringLiteral("status"), tr("Status"), Kind::Text}, {QStringLiteral("issue_date"), tr("Issued"), Kind::Date},
        {QStringLiteral("due_date"), tr("Due"), Kind::Date}, {QStringLiteral("customer"), tr("Customer"), Kind::Text},
        {QStringLiteral("vat_id"), tr("VAT id"), Kind::Text}, {QStringLiteral("net"), tr("Net"), Kind::Money},
        {QStringLiteral("tax"), tr("Tax"), Kind::Money}, {QStringLiteral("gross"), tr("Gross"), Kind::Money},
        {QStringLiteral("paid"), tr("Paid"), Kind::Money}, {QStringLiteral("credited"), tr("Credited"), Kind::Money},
        {QStringLiteral("due"), tr("Open"), Kind::Money}};
    for (const ReportRegisterRow &r : std::as_const(rows.value())) {
        if (limit > 0 && t.rows.size() == limit) {
            t.truncated = true;
            break;
        }
        // Credit notes count against sales: their amounts are negative here.
        const qint64 sign = r.creditNote ? -1 : 1;
        t.rows.append({r.number, r.creditNote ? tr("Credit note") : tr("Invoice"),
            DocumentStatuses::displayName(DocumentStatuses::fromKey(r.status)), r.issueDate,
            r.dueDate.isValid() ? QVariant(r.dueDate) : QVariant(), r.customerName, r.customerVatId, sign * r.net,
            sign * r.tax, sign * r.gross, r.paid, r.credited, sign * (r.gross - r.paid - r.credited)});
    }
    t.totals = {tr("Total (%n documents)", nullptr, static_cast<int>(totals->count)), QVariant(), QVariant(),
        QVariant(), QVariant(), QVariant(), QVariant(), totals->net, totals->tax, totals->gross, totals->paid,
        totals->credited, QVariant()};
    t.figures = {{QStringLiteral("documents"), tr("Documents"), Kind::Count, QVariant(totals->count)},
        {QStringLiteral("gross"), tr("Gross (credit notes negative)"), Kind::Money, totals->gross}};
    return {};
}
