#include "LedgerTestHelpers.h"

using namespace LedgerTest;

namespace {
DocumentLine quoteLine(LineKind kind, const QString &description, const QString &quantity, const QString &price,
    const QString &rate = QStringLiteral("20"))
{
    DocumentLine l = makeLine(description, quantity, price, rate);
    l.kind = kind;
    return l;
}

// Installation: 6 h of labor at 70.00 (420.00), a split unit 1 × 899.90, 4 brackets × 12.35 (49.40),
// all at 20 %: net 1,369.30, VAT 273.86, gross 1,643.16.
constexpr qint64 QuoteNet = 42000 + 89990 + 4940;
constexpr qint64 QuoteTax = 27386;

qint64 quotation(TestLedger &t)
{
    Quotation q;
    q.customerId = t.customerId();
    q.description = QStringLiteral("Split air conditioner, supply and installation");
    q.lines = {quoteLine(LineKind::Labor, QStringLiteral("Installation"), QStringLiteral("6"), QStringLiteral("70")),
        quoteLine(LineKind::Part, QStringLiteral("Split unit 3.5 kW"), QStringLiteral("1"), QStringLiteral("899.90")),
        quoteLine(LineKind::Other, QStringLiteral("Wall brackets"), QStringLiteral("4"), QStringLiteral("12.35"))};
    return need(t->quotations().create(q));
}
} // namespace

TEST_CASE("a quotation is priced, gets its Q number when sent and becomes a service order when accepted")
{
    TestLedger t;
    const qint64 id = quotation(t);
    Quotation q = need(t->context().quotations.find(id));
    CHECK(q.status == QuotationStatus::Draft);
    CHECK(q.number.isEmpty());
    CHECK(q.totalNet == QuoteNet);
    CHECK(q.totalTax == QuoteTax);
    CHECK(q.totalGross == QuoteNet + QuoteTax);
    CHECK(q.validUntil == t.clock().today().addDays(30));

    CHECK(need(t->quotations().markSent(id)) == QStringLiteral("Q-2026-00001"));
    q = need(t->context().quotations.find(id));
    CHECK(q.status == QuotationStatus::Sent);
    // Sent means final: its lines no longer change.
    QString before = t.dump();
    CHECK_FALSE(t->quotations().setLines(id, q.lines).ok());
    CHECK(t.dump() == before);

    const qint64 orderId = need(t->quotations().acceptIntoServiceOrder(id));
    q = need(t->context().quotations.find(id));
    CHECK(q.status == QuotationStatus::Accepted);
    CHECK(q.serviceOrderId == orderId);

    const ServiceOrder o = need(t->context().orders.find(orderId));
    CHECK(o.customerId == t.customerId());
    CHECK(o.quotationId == id);
    CHECK(o.description == q.description);
    REQUIRE(o.timeEntries.size() == 1); // the labor line becomes planned time
    CHECK(o.timeEntries[0].hours == Quantity::fromInteger(6));
    CHECK(o.timeEntries[0].hourlyRate == UnitPrice::fromInteger(70));
    CHECK(o.timeEntries[0].description == QStringLiteral("Installation"));
    REQUIRE(o.parts.size() == 2); // the other lines become parts
    CHECK(o.parts[0].description == QStringLiteral("Split unit 3.5 kW"));
    CHECK(o.parts[0].unitPrice == UnitPrice::fromScaled(8999000));
    CHECK(o.parts[1].quantity == Quantity::fromInteger(4));
    CHECK(o.parts[1].unitPrice == UnitPrice::fromScaled(123500));

    // Once the work is done, the invoice from the order comes to what was quoted.
    need(t->orders().setStatus(orderId, OrderStatus::Done));
    const Document invoice = load(t, need(t->drafts().createFromOrder(orderId)));
    CHECK(invoice.totalNet == QuoteNet);
    CHECK(invoice.totalTax == QuoteTax);

    // A closed quotation cannot be accepted again, in either way.
    before = t.dump();
    auto again = t->quotations().acceptIntoServiceOrder(id);
    REQUIRE_FALSE(again.ok());
    CHECK(again.message().contains(QStringLiteral("Q-2026-00001")));
    CHECK_FALSE(t->quotations().acceptIntoInvoice(id).ok());
    CHECK_FALSE(t->quotations().decline(id).ok());
    CHECK(t.dump() == before);
}

TEST_CASE("an accepted quotation can become a draft invoice with its lines")
{
    TestLedger t;
    const qint64 first = quotation(t);
    const qint64 id = quotation(t);
    CHECK(need(t->quotations().markSent(id)) == QStringLiteral("Q-2026-00001"));
    CHECK(need(t->quotations().markSent(first)) == QStringLiteral("Q-2026-00002"));
    const Quotation q = need(t->context().quotations.find(id));

    const qint64 draft = need(t->quotations().acceptIntoInvoice(id));
    const Document d = load(t, draft);
    CHECK(d.isDraft());
    CHECK(d.customerId == t.customerId());
    REQUIRE(d.lines.size() == q.lines.size());
    for (int i = 0; i < d.lines.size(); ++i) {
        INFO("line " << i);
        CHECK(d.lines[i].description == q.lines[i].description);
        CHECK(d.lines[i].kind == q.lines[i].kind);
        CHECK(d.lines[i].quantity == q.lines[i].quantity);
        CHECK(d.lines[i].unitPrice == q.lines[i].unitPrice);
        CHECK(d.lines[i].taxRate == q.lines[i].taxRate);
        CHECK(d.lines[i].net == q.lines[i].net);
    }
    CHECK(d.totalNet == QuoteNet);
    CHECK(d.totalGross == QuoteNet + QuoteTax);
    CHECK(need(t->context().quotations.find(id)).status == QuotationStatus::Accepted);

    const QString before = t.dump();
    CHECK_FALSE(t->quotations().acceptIntoInvoice(id).ok());
    CHECK_FALSE(t->quotations().acceptIntoServiceOrder(id).ok());
    CHECK(t.dump() == before);

    // A declined quotation is closed too.
    need(t->quotations().decline(first));
    const QString beforeDeclined = t.dump();
    CHECK_FALSE(t->quotations().acceptIntoInvoice(first).ok());
    CHECK(t.dump() == beforeDeclined);
}

TEST_CASE("a quotation without lines cannot be sent and takes no number")
{
    TestLedger t;
    Quotation empty;
    empty.customerId = t.customerId();
    const qint64 id = need(t->quotations().create(empty));
    const QString before = t.dump();
    CHECK_FALSE(t->quotations().markSent(id).ok());
    CHECK(t.dump() == before);
    need(t->quotations().setLines(
        id, {quoteLine(LineKind::Other, QStringLiteral("Survey"), QStringLiteral("1"), QStringLiteral("90"))}));
    CHECK(need(t->quotations().markSent(id)) == QStringLiteral("Q-2026-00001"));
}
