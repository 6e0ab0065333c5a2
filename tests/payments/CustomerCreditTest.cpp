#include "MoneyInFixture.h"

using namespace MoneyIn;

TEST_CASE("an over-payment without the option is refused, names the option and changes nothing")
{
    TestLedger t;
    const qint64 id = postedInvoice(t, QStringLiteral("100")); // 120.00 due
    const QString before = t.dump();
    auto refused = t->payments().registerPayment(pay(id, 15000));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == ErrorKind::Refused);
    CHECK(refused.message().contains(QStringLiteral("120.00")));
    CHECK(refused.message().contains(QStringLiteral("--overpayment credit")));
    CHECK(t.dump() == before);
}

TEST_CASE("an over-payment kept as credit pays the invoice and books the excess on the customer-credit account")
{
    TestLedger t;
    const qint64 id = postedInvoice(t, QStringLiteral("100"));
    PaymentRequest r = pay(id, 15000);
    r.keepExcessAsCredit = true;
    r.reference = QStringLiteral("Transfer 4711");
    const qint64 payment = need(t->payments().registerPayment(r));
    CHECK(payment > 0);
    const Document d = load(t, id);
    CHECK(d.status == DocumentStatus::Paid);
    CHECK(d.amountPaid == 12000);
    CHECK(need(t->payments().credits().balance(t.customerId())) == 3000);
    CHECK(accountBalance(t, QStringLiteral("bank_transfer")) == 15000);
    CHECK(accountBalance(t, QStringLiteral("customer_credit")) == -3000);
    CHECK(accountBalance(t, QStringLiteral("receivable")) == 0);

    auto history = need(t->audit().history(QStringLiteral("customer"), t.customerId()));
    bool vouched = false;
    for (const AuditEvent &e : history)
        vouched = vouched
            || (e.action == QLatin1String("credit_kept") && e.details.contains(QStringLiteral("rows_sha256")));
    CHECK(vouched);
    const IntegrityReport report = checkFile(t);
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report.ok());
}

TEST_CASE("credit is applied to the next invoice as a customer-credit payment, never beyond what it holds")
{
    TestLedger t;
    const qint64 first = postedInvoice(t, QStringLiteral("100"));
    PaymentRequest r = pay(first, 15000);
    r.keepExcessAsCredit = true;
    need(t->payments().registerPayment(r));
    const qint64 next = postedInvoice(t, QStringLiteral("50")); // 60.00

    QString before = t.dump();
    auto tooMuch = t->payments().registerPayment(pay(next, 3001, PaymentMethod::CustomerCredit));
    REQUIRE_FALSE(tooMuch.ok());
    CHECK(tooMuch.message().contains(QStringLiteral("30.00")));
    CHECK(t.dump() == before);

    PaymentRequest overCredit = pay(next, 7000, PaymentMethod::CustomerCredit);
    overCredit.keepExcessAsCredit = true;
    CHECK_FALSE(t->payments().registerPayment(overCredit).ok());
    CHECK(t.dump() == before);

    const qint64 applied = need(t->payments().registerPayment(pay(next, 3000, PaymentMethod::CustomerCredit)));
    CHECK(need(t->payments().credits().balance(t.customerId())) == 0);
    const Document d = load(t, next);
    CHECK(d.status == DocumentStatus::PartiallyPaid);
    CHECK(d.amountDue() == 3000);
    CHECK(accountBalance(t, QStringLiteral("customer_credit")) == 0);

    before = t.dump();
    auto reversal = t->payments().reverse(applied, QStringLiteral("mistake"));
    REQUIRE_FALSE(reversal.ok());
    CHECK(t.dump() == before);
    CHECK(checkFile(t).ok());
}

TEST_CASE("credit is paid back with its own journal entry; more than the credit is refused")
{
    TestLedger t;
    const qint64 id = postedInvoice(t, QStringLiteral("100"));
    PaymentRequest r = pay(id, 14000);
    r.keepExcessAsCredit = true;
    need(t->payments().registerPayment(r));

    CreditRefundRequest back;
    back.customerId = t.customerId();
    back.amount = 2001;
    const QString before = t.dump();
    auto refused = t->payments().credits().refund(back);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == ErrorKind::Refused);
    CHECK(t.dump() == before);

    back.amount = 1500;
    back.method = PaymentMethod::Cheque;
    need(t->payments().credits().refund(back));
    CHECK(need(t->payments().credits().balance(t.customerId())) == 500);
    CHECK(accountBalance(t, QStringLiteral("cheque")) == -1500);
    CHECK(accountBalance(t, QStringLiteral("customer_credit")) == -500);
    const auto moves = need(t->payments().credits().movements(t.customerId()));
    REQUIRE(moves.size() == 2);
    CHECK(moves.at(1).kind == CustomerCreditKind::Refunded);
    CHECK(moves.at(1).amount == -1500);
    CHECK(checkFile(t).ok());
}

TEST_CASE("credit movements are immutable, never negative, and a changed one is found by the check")
{
    TestLedger t;
    const qint64 id = postedInvoice(t, QStringLiteral("100"));
    PaymentRequest r = pay(id, 13000);
    r.keepExcessAsCredit = true;
    need(t->payments().registerPayment(r));
    Database &db = t->database();
    CHECK_FALSE(TestSql::run(db, QStringLiteral("UPDATE customer_credits SET amount = 5000")).ok());
    CHECK_FALSE(TestSql::run(db, QStringLiteral("DELETE FROM customer_credits")).ok());
    CHECK_FALSE(TestSql::run(db, QStringLiteral("INSERT INTO customer_credits (customer_id, kind, amount, credit_date, "
                                                "payment_id, created_at, created_by) VALUES (%1, 'applied', -1001, "
                                                "'2026-01-01', 1, 'x', 'x')")
                                     .arg(t.customerId()))
                     .ok());
    REQUIRE(checkFile(t).ok());

    // Someone with the file (or the server's owner) drops the rule and changes the credit.
    t.dropTriggers({QStringLiteral("customer_credits_immutable_update")});
    t.tamper({QStringLiteral("UPDATE customer_credits SET reference = 'moved' WHERE kind = 'kept'")});
    const IntegrityReport report = checkFile(t);
    REQUIRE_FALSE(report.ok());
    const QString problems = report.problems.join(QLatin1Char('\n'));
    INFO(problems.toStdString());
    CHECK(problems.contains(QStringLiteral("customer credit movement")));
    CHECK(problems.contains(QStringLiteral("customer_credits_immutable_update")));
}
