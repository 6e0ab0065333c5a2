#include "MoneyInFixture.h"

using namespace MoneyIn;

namespace {
SpreadPaymentRequest spread(qint64 customerId, qint64 amount)
{
    SpreadPaymentRequest r;
    r.customerId = customerId;
    r.amount = amount;
    return r;
}
} // namespace

TEST_CASE("one payment across a customer's invoices pays the oldest due first, in one transaction")
{
    TestLedger t;
    const qint64 a = postedInvoice(t, QStringLiteral("100")); // 120.00
    t.clock().advanceDays(3);
    const qint64 b = postedInvoice(t, QStringLiteral("50")); // 60.00
    t.clock().advanceDays(3);
    const qint64 c = postedInvoice(t, QStringLiteral("10")); // 12.00
    const auto ids = need(t->payments().registerSpread(spread(t.customerId(), 15000)));
    CHECK(ids.size() == 2);
    CHECK(load(t, a).status == DocumentStatus::Paid);
    CHECK(load(t, b).amountDue() == 3000);
    CHECK(load(t, c).amountDue() == 1200);
    CHECK(checkFile(t).ok());
}

TEST_CASE("chosen invoices with amounts; anything wrong refuses the whole payment and changes nothing")
{
    TestLedger t;
    const qint64 a = postedInvoice(t, QStringLiteral("100")); // 120.00
    const qint64 b = postedInvoice(t, QStringLiteral("50")); // 60.00
    const qint64 other = postedInvoice(t, QStringLiteral("10"), t.addCustomer(QStringLiteral("Boulangerie Martin")));
    QString before = t.dump();

    SpreadPaymentRequest tooMuch = spread(t.customerId(), 20000);
    tooMuch.allocations = {{a, 12000}, {b, 8000}}; // b owes 60.00 only
    CHECK_FALSE(t->payments().registerSpread(tooMuch).ok());
    CHECK(t.dump() == before);

    SpreadPaymentRequest stranger = spread(t.customerId(), 13200);
    stranger.allocations = {{a, 12000}, {other, 1200}};
    CHECK_FALSE(t->payments().registerSpread(stranger).ok());
    CHECK(t.dump() == before);

    SpreadPaymentRequest leftOver = spread(t.customerId(), 20000); // 180.00 owed in all
    auto refused = t->payments().registerSpread(leftOver);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("--overpayment credit")));
    CHECK(t.dump() == before);

    SpreadPaymentRequest chosen = spread(t.customerId(), 9000);
    chosen.allocations = {{b, 6000}, {a, 0}}; // b in full, the rest to a
    const auto ids = need(t->payments().registerSpread(chosen));
    CHECK(ids.size() == 2);
    CHECK(load(t, b).status == DocumentStatus::Paid);
    CHECK(load(t, a).amountDue() == 9000);

    leftOver.amount = 10000;
    leftOver.keepExcessAsCredit = true;
    need(t->payments().registerSpread(leftOver));
    CHECK(load(t, a).status == DocumentStatus::Paid);
    CHECK(need(t->payments().credits().balance(t.customerId())) == 1000);
    CHECK(checkFile(t).ok());
}
