#include "LedgerTestHelpers.h"

using namespace LedgerTest;

namespace {
// 1.5 h × 85.00 = 127.50 and 2 × 12.40 = 24.80: net 152.30, VAT 20 % of it 30.46, gross 182.76.
constexpr qint64 BoilerGross = 15230 + 3046;

qint64 postedBoilerInvoice(TestLedger &t)
{
    const qint64 id = t.draftWith(
        {{QStringLiteral("Boiler service"), QStringLiteral("1.5"), QStringLiteral("85"), QStringLiteral("20")},
            {QStringLiteral("Valve"), QStringLiteral("2"), QStringLiteral("12.40"), QStringLiteral("20")}});
    post(t, id);
    REQUIRE(load(t, id).totalGross == BoilerGross);
    return id;
}

qint64 postedFullCreditNote(TestLedger &t, qint64 invoiceId)
{
    const qint64 note = need(t->creditNotes().createDraft(invoiceId, QStringLiteral("Cancelled job")));
    return post(t, note);
}
} // namespace

TEST_CASE("a partial then a final payment move an invoice from posted to partially paid to paid")
{
    TestLedger t;
    const qint64 id = postedBoilerInvoice(t);
    CHECK(load(t, id).status == DocumentStatus::Posted);
    CHECK(load(t, id).amountDue() == BoilerGross);

    need(t->payments().registerPayment(paymentOf(id, 10000)));
    Document d = load(t, id);
    CHECK(d.status == DocumentStatus::PartiallyPaid);
    CHECK(d.amountPaid == 10000);
    CHECK(d.amountDue() == BoilerGross - 10000);

    need(t->payments().registerPayment(paymentOf(id, BoilerGross - 10000, {}, PaymentMethod::Card)));
    d = load(t, id);
    CHECK(d.status == DocumentStatus::Paid);
    CHECK(d.amountPaid == BoilerGross);
    CHECK(d.amountDue() == 0);
}

TEST_CASE("an over-payment is refused with the amount due named and changes nothing")
{
    TestLedger t;
    const qint64 id = postedBoilerInvoice(t);
    QString before = t.dump();
    auto refused = t->payments().registerPayment(paymentOf(id, BoilerGross + 1));
    REQUIRE_FALSE(refused.ok());
    INFO(str(refused.message()));
    CHECK(refused.error().kind() == ErrorKind::Refused);
    CHECK(refused.message().contains(QStringLiteral("182.76")));
    CHECK(t.dump() == before);

    // After a partial payment the message names what is still due, not the invoice total.
    need(t->payments().registerPayment(paymentOf(id, 8276)));
    before = t.dump();
    auto again = t->payments().registerPayment(paymentOf(id, 10001));
    REQUIRE_FALSE(again.ok());
    INFO(str(again.message()));
    CHECK(again.message().contains(QStringLiteral("100.00")));
    CHECK(t.dump() == before);

    // The exact remainder is accepted.
    need(t->payments().registerPayment(paymentOf(id, 10000)));
    CHECK(load(t, id).status == DocumentStatus::Paid);
}

TEST_CASE("a payment on a draft or on a credit note is refused")
{
    TestLedger t;
    const qint64 draft
        = t.draftWith({{QStringLiteral("Work"), QStringLiteral("1"), QStringLiteral("10"), QStringLiteral("20")}});
    const qint64 invoice = postedBoilerInvoice(t);
    const qint64 note = postedFullCreditNote(t, invoice);
    const QString before = t.dump();

    auto onDraft = t->payments().registerPayment(paymentOf(draft, 100));
    REQUIRE_FALSE(onDraft.ok());
    CHECK(onDraft.message().contains(QStringLiteral("draft")));

    auto onNote = t->payments().registerPayment(paymentOf(note, 100));
    REQUIRE_FALSE(onNote.ok());
    CHECK(onNote.message().contains(QStringLiteral("credit note")));

    // A refund is only for a credit note, not for an invoice.
    CHECK_FALSE(t->payments().refund(paymentOf(invoice, 100)).ok());
    CHECK(t.dump() == before);
}

TEST_CASE("a payment dated in the future is refused, today is fine")
{
    TestLedger t;
    const qint64 id = postedBoilerInvoice(t);
    t.clock().advanceDays(5); // an earlier date below is still after the invoice's issue
    const QDate today = t.clock().today();
    const QString before = t.dump();
    auto refused = t->payments().registerPayment(paymentOf(id, 1000, today.addDays(1)));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(today.addDays(1).toString(Qt::ISODate)));
    CHECK(t.dump() == before);

    const qint64 paymentId = need(t->payments().registerPayment(paymentOf(id, 1000, today)));
    CHECK(t->context().payments.find(paymentId).value().date == today);
    const qint64 earlier = need(t->payments().registerPayment(paymentOf(id, 1000, today.addDays(-3))));
    CHECK(t->context().payments.find(earlier).value().date == today.addDays(-3));
}

TEST_CASE("a reversal restores what is due and the status; the same payment cannot be reversed twice")
{
    TestLedger t;
    const qint64 id = postedBoilerInvoice(t);
    const qint64 first = need(t->payments().registerPayment(paymentOf(id, 5000)));
    const qint64 second = need(t->payments().registerPayment(paymentOf(id, BoilerGross - 5000)));
    REQUIRE(load(t, id).status == DocumentStatus::Paid);

    const qint64 reversal = need(t->payments().reverse(second, QStringLiteral("Cheque bounced")));
    Document d = load(t, id);
    CHECK(d.status == DocumentStatus::PartiallyPaid);
    CHECK(d.amountPaid == 5000);
    CHECK(d.amountDue() == BoilerGross - 5000);
    const Payment stored = t->context().payments.find(reversal).value();
    CHECK(stored.kind == PaymentKind::Reversal);
    CHECK(stored.amount == -(BoilerGross - 5000));
    CHECK(stored.reversesPaymentId == second);

    QString before = t.dump();
    auto twice = t->payments().reverse(second, QStringLiteral("again"));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().kind() == ErrorKind::Conflict);
    CHECK(t.dump() == before);
    // A reversal is not itself a payment that can be reversed.
    CHECK_FALSE(t->payments().reverse(reversal, QStringLiteral("undo the undo")).ok());
    CHECK(t.dump() == before);

    need(t->payments().reverse(first, QString()));
    d = load(t, id);
    CHECK(d.status == DocumentStatus::Posted);
    CHECK(d.amountPaid == 0);
    CHECK(d.amountDue() == BoilerGross);

    // What is due again can be paid again.
    need(t->payments().registerPayment(paymentOf(id, BoilerGross)));
    CHECK(load(t, id).status == DocumentStatus::Paid);
}

TEST_CASE("a credit note is refunded up to what it owes the customer, not more")
{
    TestLedger t;
    const qint64 invoice = postedBoilerInvoice(t);
    need(t->payments().registerPayment(paymentOf(invoice, BoilerGross)));
    const qint64 note = postedFullCreditNote(t, invoice);
    Document n = load(t, note);
    REQUIRE(n.amountDue() == BoilerGross); // the whole invoice was paid: all of it is owed back
    CHECK(n.status == DocumentStatus::Posted);

    QString before = t.dump();
    auto tooMuch = t->payments().refund(paymentOf(note, BoilerGross + 1));
    REQUIRE_FALSE(tooMuch.ok());
    INFO(str(tooMuch.message()));
    CHECK(tooMuch.message().contains(QStringLiteral("182.76")));
    CHECK(t.dump() == before);

    need(t->payments().refund(paymentOf(note, 8000)));
    n = load(t, note);
    CHECK(n.amountDue() == BoilerGross - 8000);
    CHECK(n.status == DocumentStatus::Posted);

    before = t.dump();
    CHECK_FALSE(t->payments().refund(paymentOf(note, BoilerGross - 8000 + 1)).ok());
    CHECK(t.dump() == before);

    need(t->payments().refund(paymentOf(note, BoilerGross - 8000)));
    n = load(t, note);
    CHECK(n.amountDue() == 0);
    CHECK(n.status == DocumentStatus::Refunded);
    before = t.dump();
    CHECK_FALSE(t->payments().refund(paymentOf(note, 1)).ok());
    CHECK(t.dump() == before);
}
