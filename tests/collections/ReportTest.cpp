#include "CollectionsFixture.h"
#include "ReportService.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <catch2/catch.hpp>

namespace {
ReportTable report(Ledger &l, const ReportRequest &r)
{
    ReportService reports(l.context());
    auto t = reports.run(r);
    INFO(t.message().toStdString());
    REQUIRE(t.ok());
    return t.value();
}

ReportTable asOf(Ledger &l, const QString &name, const QDate &day)
{
    ReportRequest r;
    r.name = name;
    r.asOf = day;
    return report(l, r);
}

ReportTable period(Ledger &l, const QString &name, const QDate &from, const QDate &to)
{
    ReportRequest r;
    r.name = name;
    r.from = from;
    r.to = to;
    return report(l, r);
}

// debit − credit of an account (by code) over entries dated up to `day`.
qint64 balance(Ledger &l, const QString &code, const QDate &day)
{
    auto rows = l.context().journal.balances(day);
    REQUIRE(rows.ok());
    for (const AccountBalance &b : rows.value())
        if (b.code == code)
            return b.debit - b.credit;
    FAIL("no account " << code.toStdString());
    return 0;
}

// credit − debit of an account over entries dated in [from, to].
qint64 movement(Ledger &l, const QString &code, const QDate &from, const QDate &to)
{
    return -(balance(l, code, to) - balance(l, code, from.addDays(-1)));
}
} // namespace

TEST_CASE("aged receivables put each invoice in its bucket as of a day, with credit notes and partial payments")
{
    CollectionsFixture f;
    const qint64 other = f.addCustomer(QStringLiteral("Atelier Moreau"));
    f.invoiceOn(QDate(2026, 1, 1), QStringLiteral("100")); // due 31 Jan: 120.00
    const qint64 b = f.invoiceOn(QDate(2026, 2, 20), QStringLiteral("200")); // due 22 Mar: 240.00
    f.invoiceOn(QDate(2026, 4, 10), QStringLiteral("50"), other); // due 10 May: 60.00
    f.payOn(b, QDate(2026, 4, 15), QStringLiteral("40"));
    f.creditOn(b, QDate(2026, 4, 20), QStringLiteral("0.5")); // 120.00 credited
    f.setToday(QDate(2026, 5, 1));

    const ReportTable t = asOf(f.ledger(), QStringLiteral("aged_receivables"), QDate(2026, 5, 1));
    REQUIRE(t.rows.size() == 2);
    const int boulangerie = t.findRow(QStringLiteral("customer"), QStringLiteral("Boulangerie Martin SARL"));
    const int moreau = t.findRow(QStringLiteral("customer"), QStringLiteral("Atelier Moreau"));
    CHECK(t.integer(boulangerie, QStringLiteral("days_61_90")) == 12000); // 90 days after 31 Jan
    CHECK(t.integer(boulangerie, QStringLiteral("days_31_60")) == 8000); // 240 − 40 − 120, 40 days late
    CHECK(t.integer(moreau, QStringLiteral("current")) == 6000);
    CHECK(t.total(QStringLiteral("total")) == 26000);
    CHECK(t.figure(QStringLiteral("overdue")).toLongLong() == 20000);
    CHECK(t.total(QStringLiteral("total")) == balance(f.ledger(), QStringLiteral("411"), QDate(2026, 5, 1)));

    // In the past: before the payment and the credit note, invoice b was open in full.
    const ReportTable april = asOf(f.ledger(), QStringLiteral("aged_receivables"), QDate(2026, 4, 12));
    CHECK(april.total(QStringLiteral("total")) == 12000 + 24000 + 6000);
    CHECK(april.total(QStringLiteral("days_1_30")) == 24000); // 21 days late
    CHECK(april.total(QStringLiteral("total")) == balance(f.ledger(), QStringLiteral("411"), QDate(2026, 4, 12)));
    const ReportTable january = asOf(f.ledger(), QStringLiteral("aged_receivables"), QDate(2026, 1, 15));
    CHECK(january.total(QStringLiteral("current")) == 12000);
    CHECK(january.rows.size() == 1);
}

TEST_CASE("aged receivables equal the receivables account on any day, over a random year of work")
{
    CollectionsFixture f;
    QRandomGenerator random(20260310);
    QList<qint64> customers {
        f.customerId(), f.addCustomer(QStringLiteral("Hôtel du Parc")), f.addCustomer(QStringLiteral("Garage Dupont"))};
    QList<qint64> invoices;
    QList<qint64> payments;
    QDate day(2025, 1, 2);
    for (int i = 0; i < 120; ++i) {
        day = day.addDays(static_cast<int>(random.bounded(4)));
        const int action = static_cast<int>(random.bounded(10));
        if (action < 5 || invoices.isEmpty()) {
            const QString price = QString::number(random.bounded(20, 2000)) + QStringLiteral(".")
                + QString::number(random.bounded(10, 99));
            invoices << f.invoiceOn(day, price, customers.at(static_cast<int>(random.bounded(3))),
                random.bounded(4) == 0 ? QStringLiteral("5.5") : QStringLiteral("20"));
            continue;
        }
        const qint64 id = invoices.at(static_cast<int>(random.bounded(static_cast<int>(invoices.size()))));
        const qint64 due = f.amountDue(id);
        if (action < 8 && due > 0) {
            const qint64 part = action == 7 ? due : std::max<qint64>(1, due / 3);
            payments << f.payOn(id, day, Money::plain(part, QStringLiteral("EUR")),
                random.bounded(2) ? QStringLiteral("card") : QStringLiteral("cheque"));
        } else if (action == 8 && !payments.isEmpty()) {
            f.setToday(day);
            const qint64 p = payments.takeLast();
            auto reversed = f.ledger().payments().reverse(p, QStringLiteral("Bounced"));
            INFO(reversed.message().toStdString());
            CHECK(reversed.ok());
        } else {
            auto doc = f.ledger().context().documents.find(id, false);
            if (doc->status == DocumentStatus::Credited)
                continue;
            f.setToday(day);
            auto draft = f.ledger().creditNotes().createDraft(id, QStringLiteral("Partial credit"),
                {{f.ledger().context().documents.find(id)->lines.first().id, 100}});
            if (draft.ok())
                CHECK(f.ledger().posting().post(draft.value()).ok());
        }
    }
    for (QDate d(2025, 1, 1); d <= day.addDays(40); d = d.addDays(9)) {
        f.setToday(std::max(d, day));
        const ReportTable t = asOf(f.ledger(), QStringLiteral("aged_receivables"), d);
        INFO(d.toString(Qt::ISODate).toStdString());
        CHECK(t.total(QStringLiteral("total")) == balance(f.ledger(), QStringLiteral("411"), d));
    }
    // The tax summary of any quarter equals the VAT payable movements of that quarter, and
    // net sales equal the revenue accounts' movements.
    for (QDate q(2025, 1, 1); q <= day; q = q.addMonths(3)) {
        const QDate end = q.addMonths(3).addDays(-1);
        const ReportTable tax = period(f.ledger(), QStringLiteral("tax_summary"), q, end);
        INFO(q.toString(Qt::ISODate).toStdString());
        CHECK(tax.total(QStringLiteral("net_tax")) == movement(f.ledger(), QStringLiteral("44571"), q, end));
        const ReportTable sales = period(f.ledger(), QStringLiteral("sales_by_month"), q, end);
        const qint64 revenue = movement(f.ledger(), QStringLiteral("706"), q, end)
            + movement(f.ledger(), QStringLiteral("707"), q, end) + movement(f.ledger(), QStringLiteral("708"), q, end);
        CHECK(sales.total(QStringLiteral("net_sales")) == revenue);
        CHECK(sales.total(QStringLiteral("net_sales")) == tax.total(QStringLiteral("net_base")));
        CHECK(sales.rows.size() == 3);
    }
}

TEST_CASE("the tax summary reads the stored per-rate lines of invoices and credit notes of the period")
{
    CollectionsFixture f;
    f.setToday(QDate(2026, 2, 3));
    const qint64 draft = f.test().draftWith(
        {{QStringLiteral("Labour"), QStringLiteral("3"), QStringLiteral("33.33"), QStringLiteral("20")},
            {QStringLiteral("Book"), QStringLiteral("1"), QStringLiteral("10.01"), QStringLiteral("5.5")},
            {QStringLiteral("Export"), QStringLiteral("2"), QStringLiteral("15"), QStringLiteral("0")}});
    REQUIRE(f.ledger().posting().post(draft).ok());
    const qint64 second = f.invoiceOn(QDate(2026, 2, 10), QStringLiteral("0.05"));
    f.creditOn(second, QDate(2026, 3, 2)); // in March: outside a February summary
    f.invoiceOn(QDate(2026, 3, 1), QStringLiteral("1000"));

    const ReportTable feb = period(f.ledger(), QStringLiteral("tax_summary"), QDate(2026, 2, 1), QDate(2026, 2, 28));
    const int standard = feb.findRow(QStringLiteral("rate"), QStringLiteral("20"));
    const int reduced = feb.findRow(QStringLiteral("rate"), QStringLiteral("5.5"));
    const int zero = feb.findRow(QStringLiteral("rate"), QStringLiteral("0"));
    REQUIRE(standard >= 0);
    REQUIRE(reduced >= 0);
    REQUIRE(zero >= 0);
    CHECK(feb.integer(standard, QStringLiteral("base")) == 9999 + 5); // 99.99 + 0.05
    CHECK(feb.integer(standard, QStringLiteral("tax")) == 2000 + 1); // tax rounded per invoice and rate
    CHECK(feb.integer(reduced, QStringLiteral("tax")) == 55); // 10.01 × 5.5 % = 0.55055
    CHECK(feb.cell(zero, QStringLiteral("category")).toString() == QStringLiteral("zero"));
    CHECK(feb.total(QStringLiteral("net_tax"))
        == movement(f.ledger(), QStringLiteral("44571"), QDate(2026, 2, 1), QDate(2026, 2, 28)));
    const ReportTable march = period(f.ledger(), QStringLiteral("tax_summary"), QDate(2026, 3, 1), QDate(2026, 3, 31));
    CHECK(march.total(QStringLiteral("credit_tax")) == 1);
    CHECK(march.total(QStringLiteral("net_tax")) == 20000 - 1);
}

TEST_CASE("sales by customer and by item, collections and the invoice register agree with the documents")
{
    CollectionsFixture f;
    const qint64 hotel = f.addCustomer(QStringLiteral("Hôtel du Parc"));
    CatalogItem item;
    item.sku = QStringLiteral("FLT-200");
    item.kind = LineKind::Part;
    item.description = QStringLiteral("Air filter");
    item.unitPrice = UnitPrice::parse(QStringLiteral("18.90")).value();
    item.taxRateId = f.ledger().context().catalog.defaultTaxRate()->id;
    auto itemId = f.ledger().settings().addCatalogItem(item);
    REQUIRE(itemId.ok());

    const qint64 a = f.invoiceOn(QDate(2026, 1, 5), QStringLiteral("100")); // 120.00, due 4 Feb
    const qint64 b = f.invoiceOn(QDate(2026, 1, 20), QStringLiteral("300"), hotel); // 360.00, due 19 Feb
    f.setToday(QDate(2026, 1, 25));
    auto draft = f.ledger().drafts().createInvoice(hotel);
    DocumentLine line = makeLine(QStringLiteral("Air filter"), QStringLiteral("2"), QStringLiteral("18.90"));
    line.catalogItemId = itemId.value();
    line.kind = LineKind::Part;
    REQUIRE(f.ledger().drafts().addLine(draft.value(), line).ok());
    REQUIRE(f.ledger().posting().post(draft.value()).ok()); // 37.80 net
    f.payOn(a, QDate(2026, 1, 15), QStringLiteral("120"), QStringLiteral("card")); // 10 days to pay
    f.payOn(b, QDate(2026, 2, 3), QStringLiteral("100"), QStringLiteral("cheque"));
    f.payOn(b, QDate(2026, 2, 24), QStringLiteral("260"), QStringLiteral("bank_transfer")); // 35 days, 5 late
    f.creditOn(draft.value(), QDate(2026, 2, 25)); // one filter back: 18.90 net
    f.setToday(QDate(2026, 3, 1));

    const ReportTable customers
        = period(f.ledger(), QStringLiteral("sales_by_customer"), QDate(2026, 1, 1), QDate(2026, 2, 28));
    REQUIRE(customers.rows.size() == 2);
    CHECK(customers.cell(0, QStringLiteral("customer")).toString() == QStringLiteral("Hôtel du Parc")); // best first
    CHECK(customers.integer(0, QStringLiteral("net_sales")) == 30000 + 3780 - 1890);
    CHECK(customers.integer(0, QStringLiteral("invoices")) == 2);
    CHECK(customers.total(QStringLiteral("net_sales")) == 10000 + 30000 + 3780 - 1890);

    const ReportTable items
        = period(f.ledger(), QStringLiteral("sales_by_item"), QDate(2026, 1, 1), QDate(2026, 2, 28));
    const int filter = items.findRow(QStringLiteral("item"), QStringLiteral("FLT-200"));
    REQUIRE(filter >= 0);
    CHECK(items.cell(filter, QStringLiteral("quantity")).toString() == QStringLiteral("1"));
    CHECK(items.integer(filter, QStringLiteral("net_sales")) == 1890);
    CHECK(items.integer(items.findRow(QStringLiteral("item"), QStringLiteral("(other)")), QStringLiteral("net"))
        == 40000);

    const ReportTable c = period(f.ledger(), QStringLiteral("collections"), QDate(2026, 1, 1), QDate(2026, 1, 31));
    CHECK(c.figure(QStringLiteral("invoiced")).toLongLong() == 12000 + 36000 + 4536 - 2268);
    CHECK(c.figure(QStringLiteral("paid_invoices")).toLongLong() == 2);
    CHECK(c.figure(QStringLiteral("average_days_to_pay")).toLongLong() == 225); // (10 + 35) / 2
    CHECK(c.figure(QStringLiteral("average_days_late")).toLongLong() == 25); // (0 + 5) / 2
    CHECK(c.figure(QStringLiteral("collected")).toLongLong() == 12000); // January's payments only
    const ReportTable q = period(f.ledger(), QStringLiteral("collections"), QDate(2026, 1, 1), QDate(2026, 2, 28));
    CHECK(q.figure(QStringLiteral("collected")).toLongLong() == 48000);
    CHECK(q.total(QStringLiteral("received")) == 48000);
    CHECK(q.findRow(QStringLiteral("method"), PaymentMethods::displayName(PaymentMethod::Cheque)) >= 0);
    CHECK(q.figure(QStringLiteral("receivables")).toLongLong() == 4536 - 2268);
    CHECK(q.figure(QStringLiteral("collection_rate")).toLongLong() == 9549); // 480.00 / 502.68
    CHECK(q.toJson().value(QStringLiteral("figures")).toObject().value(QStringLiteral("collection_rate")).toString()
        == QStringLiteral("95.49"));

    ReportRequest reg;
    reg.name = QStringLiteral("invoice_register");
    reg.from = QDate(2026, 1, 1);
    reg.to = QDate(2026, 2, 28);
    ReportTable all = report(f.ledger(), reg);
    CHECK(all.rows.size() == 4);
    CHECK(all.total(QStringLiteral("gross")) == 12000 + 36000 + 4536 - 2268);
    CHECK(all.integer(3, QStringLiteral("gross")) == -2268); // the credit note, last by date
    reg.register_.customerId = hotel;
    reg.register_.creditNotes = false;
    CHECK(report(f.ledger(), reg).rows.size() == 2);
    reg.register_ = {};
    reg.register_.numberFrom = f.number(b);
    reg.register_.numberTo = f.number(draft.value());
    reg.limit = 1;
    ReportTable limited = report(f.ledger(), reg);
    CHECK(limited.rows.size() == 1);
    CHECK(limited.truncated);
    CHECK(limited.figure(QStringLiteral("documents")).toLongLong() == 2); // totals cover the whole filter
}

TEST_CASE("report names and periods are checked, and every month of a period shows")
{
    CollectionsFixture f;
    ReportService reports(f.ledger().context());
    ReportRequest unknown;
    unknown.name = QStringLiteral("profit");
    CHECK(reports.run(unknown).error().kind() == ErrorKind::Invalid);
    ReportRequest backwards;
    backwards.name = QStringLiteral("sales_by_month");
    backwards.from = QDate(2026, 5, 1);
    backwards.to = QDate(2026, 4, 1);
    CHECK(reports.run(backwards).error().kind() == ErrorKind::Invalid);
    const ReportTable year
        = period(f.ledger(), QStringLiteral("sales_by_month"), QDate(2026, 1, 1), QDate(2026, 12, 31));
    CHECK(year.rows.size() == 12);
    CHECK(year.cell(11, QStringLiteral("month")).toString() == QStringLiteral("2026-12"));
    const QJsonObject json = year.toJson();
    CHECK(json.value(QStringLiteral("rows")).toArray().at(0).toObject().value(QStringLiteral("net")).toString()
        == QStringLiteral("0.00"));
}
