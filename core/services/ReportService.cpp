#include "ReportService.h"

#include "DecimalText.h"
#include "Payment.h"
#include "ReportSalesTables.h"

#include <QCollator>
#include <QHash>

#include <algorithm>

namespace {
using Kind = ReportColumn::Kind;

QVariant money(qint64 v)
{
    return QVariant(v);
}

// value / base in hundredths of a percent, rounded half away from zero; null when base is 0.
QVariant percentOf(qint64 value, qint64 base)
{
    if (base == 0)
        return {};
    const qint64 scaled = value * 10000;
    const qint64 q = (2 * scaled + (scaled >= 0 ? base : -base)) / (2 * base);
    return QVariant(q);
}

// total / count in tenths, rounded half away from zero; null when count is 0.
QVariant tenthsOf(qint64 total, qint64 count)
{
    if (count == 0)
        return {};
    const qint64 scaled = total * 10;
    return QVariant((2 * scaled + (scaled >= 0 ? count : -count)) / (2 * count));
}
} // namespace

QList<ReportService::Info> ReportService::available()
{
    return {{QStringLiteral("aged_receivables"), tr("Aged receivables"), false},
        {QStringLiteral("sales_by_month"), tr("Sales by month"), true},
        {QStringLiteral("sales_by_customer"), tr("Sales by customer"), true},
        {QStringLiteral("sales_by_item"), tr("Sales by item"), true},
        {QStringLiteral("tax_summary"), tr("Tax summary"), true},
        {QStringLiteral("collections"), tr("Collections"), true},
        {QStringLiteral("invoice_register"), tr("Invoice register"), true}};
}

Result<ReportTable> ReportService::started(const QString &name) const
{
    ReportTable t;
    t.name = name;
    for (const Info &info : available())
        if (info.name == name)
            t.title = info.title;
    auto company = m_ctx.company.load();
    if (!company)
        return company.error();
    t.currency = company->currency;
    return t;
}

Result<ReportTable> ReportService::run(const ReportRequest &r)
{
    const QDate today = m_ctx.clock.today();
    const QDate asOf = r.asOf.isValid() ? r.asOf : today;
    const QDate to = r.to.isValid() ? r.to : today;
    const QDate from = r.from.isValid() ? r.from : QDate(to.year(), 1, 1);
    if (from > to)
        return Error::invalid(
            tr("The period starts (%1) after it ends (%2).").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    if (r.name == QLatin1String("aged_receivables"))
        return agedReceivables(asOf);
    if (r.name == QLatin1String("sales_by_month"))
        return salesByMonth(from, to);
    if (r.name == QLatin1String("sales_by_customer"))
        return salesByCustomer(from, to);
    if (r.name == QLatin1String("sales_by_item"))
        return salesByItem(from, to);
    if (r.name == QLatin1String("tax_summary"))
        return taxSummary(from, to);
    if (r.name == QLatin1String("collections"))
        return collections(from, to);
    if (r.name == QLatin1String("invoice_register")) {
        ReportRegisterFilter filter = r.register_;
        filter.from = r.from;
        filter.to = r.to;
        return invoiceRegister(filter, r.limit);
    }
    QStringList names;
    for (const Info &info : available())
        names << info.name;
    return Error::invalid(tr("There is no report \"%1\" (reports: %2).").arg(r.name, names.join(QStringLiteral(", "))));
}

Result<ReportTable> ReportService::agedReceivables(const QDate &asOf)
{
    auto t = started(QStringLiteral("aged_receivables"));
    if (!t)
        return t;
    t->asOf = asOf;
    t->columns = {{QStringLiteral("customer"), tr("Customer"), Kind::Text},
        {QStringLiteral("customer_id"), tr("Customer no."), Kind::Count},
        {QStringLiteral("current"), tr("Current"), Kind::Money},
        {QStringLiteral("days_1_30"), tr("1-30 days"), Kind::Money},
        {QStringLiteral("days_31_60"), tr("31-60 days"), Kind::Money},
        {QStringLiteral("days_61_90"), tr("61-90 days"), Kind::Money},
        {QStringLiteral("days_90_plus"), tr("Over 90 days"), Kind::Money},
        {QStringLiteral("total"), tr("Total"), Kind::Money}};
    auto sums = m_repo.agedSums(asOf);
    if (!sums)
        return sums.error();
    QList<ReportAgedSums> &rows = sums.value();
    // In the order localeAwareCompare gives (same collation), through sort keys: one key per
    // customer instead of a collation per comparison.
    QCollator collator;
    QList<std::pair<QCollatorSortKey, qsizetype>> order;
    order.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        order.append({collator.sortKey(rows.at(i).customerName), i});
    std::sort(order.begin(), order.end(), [&](const auto &a, const auto &b) {
        const int c = a.first.compare(b.first);
        return c != 0 ? c < 0 : rows.at(a.second).customerId < rows.at(b.second).customerId;
    });
    qint64 totals[5] = {0, 0, 0, 0, 0};
    qint64 documents = 0;
    for (const auto &entry : std::as_const(order)) {
        const ReportAgedSums &row = rows.at(entry.second);
        qint64 sum = 0;
        QVariantList cells {row.customerName, row.customerId};
        for (int b = 0; b < 5; ++b) {
            cells << money(row.open[b]);
            sum += row.open[b];
            totals[b] += row.open[b];
        }
        cells << money(sum);
        t->rows.append(cells);
        documents += row.count;
    }
    qint64 all = 0;
    t->totals = {tr("Total"), QVariant()};
    for (qint64 b : totals) {
        t->totals << money(b);
        all += b;
    }
    t->totals << money(all);
    t->figures = {{QStringLiteral("total"), tr("Receivables"), Kind::Money, money(all)},
        {QStringLiteral("overdue"), tr("Overdue"), Kind::Money, money(all - totals[0])},
        {QStringLiteral("documents"), tr("Open documents"), Kind::Count, QVariant(documents)}};
    return t;
}

Result<ReportTable> ReportService::collections(const QDate &from, const QDate &to)
{
    auto t = started(QStringLiteral("collections"));
    if (!t)
        return t;
    t->from = from;
    t->to = to;
    auto sums = m_repo.collectionSums(from, to);
    if (!sums)
        return sums.error();
    auto open = m_repo.openItems(to);
    if (!open)
        return open.error();
    qint64 receivables = 0;
    for (const ReportOpenItem &item : std::as_const(open.value()))
        receivables += item.open;
    auto payments = m_repo.paymentSums(from, to, false);
    if (!payments)
        return payments.error();

    const qint64 invoiced = sums->gross - sums->credited;
    const qint64 days = from.daysTo(to) + 1;
    QVariant dso;
    if (invoiced > 0) // receivables at the end ÷ what was invoiced in the period × its days
        dso = tenthsOf(receivables * days, invoiced);
    t->columns = {{QStringLiteral("method"), tr("Method"), Kind::Text},
        {QStringLiteral("payments"), tr("Payments"), Kind::Count},
        {QStringLiteral("received"), tr("Received"), Kind::Money},
        {QStringLiteral("reversed"), tr("Reversed"), Kind::Money},
        {QStringLiteral("refunded"), tr("Refunded"), Kind::Money}, {QStringLiteral("net"), tr("Net"), Kind::Money}};
    qint64 collected = 0;
    qint64 refunded = 0;
    qint64 totals[5] = {0, 0, 0, 0, 0};
    for (PaymentMethod method : PaymentMethods::every()) {
        const QString key = PaymentMethods::key(method);
        qint64 count = 0, received = 0, reversed = 0, back = 0;
        for (const ReportPaymentSums &p : std::as_const(payments.value())) {
            if (p.group != key || p.kind == QLatin1String("write_off")) // given up, not collected
                continue;
            if (p.creditNote) {
                back += p.amount; // refunds (and their reversals, negative)
            } else if (p.amount >= 0 && p.kind == QLatin1String("payment")) {
                received += p.amount;
                count += p.count;
            } else {
                reversed += p.amount;
            }
        }
        if (count == 0 && received == 0 && reversed == 0 && back == 0)
            continue;
        const qint64 net = received + reversed - back;
        t->rows.append(
            {PaymentMethods::displayName(method), count, money(received), money(reversed), money(back), money(net)});
        totals[0] += count;
        totals[1] += received;
        totals[2] += reversed;
        totals[3] += back;
        totals[4] += net;
        collected += received + reversed;
        refunded += back;
    }
    t->totals = {tr("Total"), totals[0], money(totals[1]), money(totals[2]), money(totals[3]), money(totals[4])};
    t->figures
        = {{QStringLiteral("invoiced"), tr("Invoiced in the period (less credit notes)"), Kind::Money, money(invoiced)},
            {QStringLiteral("paid_of_invoiced"), tr("Paid of it so far"), Kind::Money, money(sums->paid)},
            {QStringLiteral("collection_rate"), tr("Collection rate"), Kind::Percent, percentOf(sums->paid, invoiced)},
            {QStringLiteral("paid_invoices"), tr("Invoices paid in full"), Kind::Count, QVariant(sums->paidInvoices)},
            {QStringLiteral("average_days_to_pay"), tr("Average days to pay"), Kind::Days,
                tenthsOf(sums->daysToPayTotal, sums->paidInvoices)},
            {QStringLiteral("average_days_late"), tr("Average days late"), Kind::Days,
                tenthsOf(sums->daysLateTotal, sums->paidInvoices)},
            {QStringLiteral("receivables"), tr("Receivables at the end"), Kind::Money, money(receivables)},
            {QStringLiteral("dso"), tr("Days sales outstanding (DSO)"), Kind::Days, dso},
            {QStringLiteral("collected"), tr("Collected in the period"), Kind::Money, money(collected)},
            {QStringLiteral("refunded"), tr("Refunded in the period"), Kind::Money, money(refunded)}};
    return t;
}

Result<ReportTable> ReportService::salesByMonth(const QDate &from, const QDate &to)
{
    auto t = started(QStringLiteral("sales_by_month"));
    if (!t)
        return t;
    FACTURO_TRY(ReportSalesTables::byMonth(m_repo, from, to, t.value()));
    return t;
}

Result<ReportTable> ReportService::salesByCustomer(const QDate &from, const QDate &to)
{
    auto t = started(QStringLiteral("sales_by_customer"));
    if (!t)
        return t;
    FACTURO_TRY(ReportSalesTables::byCustomer(m_repo, from, to, t.value()));
    return t;
}

Result<ReportTable> ReportService::salesByItem(const QDate &from, const QDate &to)
{
    auto t = started(QStringLiteral("sales_by_item"));
    if (!t)
        return t;
    FACTURO_TRY(ReportSalesTables::byItem(m_repo, from, to, t.value()));
    return t;
}

Result<ReportTable> ReportService::taxSummary(const QDate &from, const QDate &to)
{
    auto t = started(QStringLiteral("tax_summary"));
    if (!t)
        return t;
    FACTURO_TRY(ReportSalesTables::taxSummary(m_repo, from, to, t.value()));
    return t;
}

Result<ReportTable> ReportService::invoiceRegister(const ReportRegisterFilter &filter, qint64 limit)
{
    auto t = started(QStringLiteral("invoice_register"));
    if (!t)
        return t;
    FACTURO_TRY(ReportSalesTables::invoiceRegister(m_repo, filter, limit, t.value()));
    return t;
}
