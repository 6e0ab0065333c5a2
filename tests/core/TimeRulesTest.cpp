// DESIGN.md "Numbers are chronological" and "a payment is never dated before its invoice nor after
// today": refusals that change nothing, and `check` finding an order break in an existing file.
#include "IntegrityCheck.h"
#include "LedgerTestHelpers.h"

using LedgerTest::paymentOf;

namespace {
void setDay(TestLedger &t, const QDate &day)
{
    t.clock().set(QDateTime(day, QTime(10, 0), Qt::UTC));
}

QStringList problemsOf(TestLedger &t)
{
    IntegrityCheck check(t->context(), t->audit());
    auto report = check.run();
    REQUIRE(report.ok());
    return report->problems;
}
} // namespace

TEST_CASE("posting refuses a date of issue before the last posted document's, and changes nothing")
{
    TestLedger t;
    setDay(t, QDate(2026, 3, 10));
    const QString first = t.postNew(QStringLiteral("100"));
    const qint64 draft
        = t.draftWith({{QStringLiteral("Repair"), QStringLiteral("1"), QStringLiteral("50"), QStringLiteral("20")}});
    setDay(t, QDate(2026, 3, 9)); // the clock set back one day
    const QString before = t.dump();
    auto refused = t->posting().post(draft);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == ErrorKind::Refused);
    CHECK(refused.message().contains(first));
    CHECK(refused.message().contains(QStringLiteral("2026-03-10")));
    CHECK(refused.message().contains(QStringLiteral("clock")));
    CHECK(t.dump() == before);

    // The same day, or later, is fine; credit notes have a sequence of their own.
    setDay(t, QDate(2026, 3, 10));
    CHECK(t->posting().post(draft).ok());
    CHECK(problemsOf(t).isEmpty());
}

TEST_CASE("payments are dated neither before their invoice nor after today; reversals not before their payment")
{
    TestLedger t;
    setDay(t, QDate(2026, 5, 20));
    const QString number = t.postNew(QStringLiteral("100"));
    const qint64 id = t->context().documents.idByNumber(number).value();
    const QString before = t.dump();

    auto early = t->payments().registerPayment(paymentOf(id, 1000, QDate(2026, 5, 19)));
    REQUIRE_FALSE(early.ok());
    CHECK(early.message().contains(QStringLiteral("before")));
    CHECK(early.message().contains(number));
    auto future = t->payments().registerPayment(paymentOf(id, 1000, QDate(2026, 5, 21)));
    REQUIRE_FALSE(future.ok());
    CHECK(future.message().contains(QStringLiteral("future")));
    CHECK(t.dump() == before);

    setDay(t, QDate(2026, 5, 25));
    auto paid = t->payments().registerPayment(paymentOf(id, 1000, QDate(2026, 5, 24)));
    REQUIRE(paid.ok());
    setDay(t, QDate(2026, 5, 23)); // before the payment's date: a clock set back
    const QString paidState = t.dump();
    auto reversal = t->payments().reverse(paid.value(), QStringLiteral("bounced"));
    REQUIRE_FALSE(reversal.ok());
    CHECK(reversal.message().contains(QStringLiteral("2026-05-24")));
    CHECK(t.dump() == paidState);
    setDay(t, QDate(2026, 5, 24));
    CHECK(t->payments().reverse(paid.value(), QStringLiteral("bounced")).ok());
    CHECK(problemsOf(t).isEmpty());
}

TEST_CASE("check flags an order break and a payment before its invoice in an existing file")
{
    TestLedger t;
    setDay(t, QDate(2026, 1, 5));
    const QString first = t.postNew(QStringLiteral("100"));
    setDay(t, QDate(2026, 1, 8));
    const QString second = t.postNew(QStringLiteral("200"));
    const qint64 firstId = t->context().documents.idByNumber(first).value();
    REQUIRE(t->payments().registerPayment(paymentOf(firstId, 500, QDate(2026, 1, 8))).ok());
    REQUIRE(problemsOf(t).isEmpty());

    // As a file written before the rules, or edited: the first invoice dated after the second,
    // and after its payment.
    t.dropTriggers({QStringLiteral("documents_posted_frozen")});
    t.tamper({QStringLiteral("UPDATE documents SET issue_date = '2026-01-09' WHERE number = '%1'").arg(first)});
    const QStringList problems = problemsOf(t);
    auto has = [&](const QString &a, const QString &b) {
        for (const QString &p : problems)
            if (p.contains(a) && p.contains(b))
                return true;
        return false;
    };
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(has(QStringLiteral("not chronological"), second + QStringLiteral(" is dated 2026-01-08, before ") + first));
    CHECK(has(QStringLiteral("out of time"), QStringLiteral("before")));
    CHECK(has(QStringLiteral("documents_posted_frozen"), QStringLiteral("missing")));
}
