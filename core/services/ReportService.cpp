#include "ReportService.h"

#include "DecimalText.h"
#include "Payment.h"
#include "ReportSalesTables.h"

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
    auto items = m_repo.openItems(asOf);
    if (!items)
        return items.error();
    struct Row
    {
        QString name;
        qint64 buckets[5] = {0, 0, 0, 0, 0};
    };
    QHash<qint64, Row> byCustomer;
    qint64 totals[5] = {0, 0, 0, 0, 0};
    for (const ReportOpenItem &item : std::as_const(items.value())) {
        // Credit still owed to a customer is not late: it stays in "current".
        const qint64 days = item.creditNote || !item.dueDate.isValid() ? 0 : item.dueDate.daysTo(asOf);
        const int bucket = days <= 0 ? 0 : days <= 30 ? 1 : days <= 60 ? 2 : days <= 90 ? 3 : 4;
        Row &row = byCustomer[item.customerId];
        row.name = item.customerName;
        row.buckets[bucket] += item.open;
        totals[bucket] += item.open;
    }
    QList<qint64> ids = byCustomer.keys();
    std::sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
        const int c = QString::localeAwareCompare(byCustomer[a].name, byCustomer[b].name);
        return c != 0 ? c < 0 : a < b;
    });
    for (qint64 id : std::as_const(ids)) {
        const Row &row = byCustomer[id];
        qint64 sum = 0;
        QVariantList cells {row.name, id};
        for (qint64 b : row.buckets) {
            cells << money(b);
            sum += b;
        }
        cells << money(sum);
        t->rows.append(cells);
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
        {QStringLiteral("documents"), tr("Open documents"), Kind::Count, QVariant(qint64(items->size()))}};
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
    for (PaymentMethod method : PaymentMethods::all()) {
        const QString key = PaymentMethods::key(method);
        qint64 count = 0, received = 0, reversed = 0, back = 0;
        for (const ReportPaymentSums &p : std::as_const(payments.value())) {
            if (p.group != key)
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
