#include "MoneyInFixture.h"
#include "WriteOffService.h"

using namespace MoneyIn;

TEST_CASE("a few cents short are written off: the invoice becomes paid and the write-off account carries them")
{
    TestLedger t;
    const qint64 id = postedInvoice(t, QStringLiteral("100"));
    need(t->payments().registerPayment(pay(id, 11997)));
    WriteOffService writeOffs(t->context(), t->audit(), t->journal());
    const qint64 writeOff = need(writeOffs.writeOff(id, QStringLiteral("Bank charges of the customer")));
    const Document d = load(t, id);
    CHECK(d.status == DocumentStatus::Paid);
    CHECK(d.amountDue() == 0);
    const Payment p = need(t->context().payments.find(writeOff));
    CHECK(p.kind == PaymentKind::WriteOff);
    CHECK(p.amount == 3);
    CHECK(accountBalance(t, QStringLiteral("write_off")) == 3);
    CHECK(accountBalance(t, QStringLiteral("receivable")) == 0);
    bool vouched = false;
    for (const AuditEvent &e : need(t->audit().history(QStringLiteral("invoice"), id)))
        vouched
            = vouched || (e.action == QLatin1String("write_off") && e.details.contains(QStringLiteral("rows_sha256")));
    CHECK(vouched);
    CHECK(checkFile(t).ok());

    // Nothing is left to write off, and a write-off is not reversed like a payment.
    const QString before = t.dump();
    CHECK_FALSE(writeOffs.writeOff(id, {}).ok());
    CHECK_FALSE(t->payments().reverse(writeOff, QStringLiteral("no")).ok());
    CHECK(t.dump() == before);
}

TEST_CASE("above the write-off limit a clerk is refused and a manager may; the limit is a manager's setting")
{
    TestLedger t;
    WriteOffService managerView(t->context(), t->audit(), t->journal());
    need(managerView.setLimit(500)); // 5.00
    CHECK(need(managerView.limit()) == 500);
    const qint64 small = postedInvoice(t, QStringLiteral("100"));
    const qint64 large = postedInvoice(t, QStringLiteral("100"));
    need(t->payments().registerPayment(pay(small, 11600))); // 4.00 left
    need(t->payments().registerPayment(pay(large, 11000))); // 10.00 left

    signInAsClerk(t);
    WriteOffService writeOffs(t->context(), t->audit(), t->journal());
    CHECK(writeOffs.setLimit(100000).error().kind() == ErrorKind::Permission);
    const QString before = t.dump();
    auto refused = writeOffs.writeOff(large, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == ErrorKind::Permission);
    CHECK(refused.message().contains(QStringLiteral("10.00")));
    CHECK(refused.message().contains(QStringLiteral("5.00")));
    CHECK(t.dump() == before);
    need(writeOffs.writeOff(small, {}));
    CHECK(load(t, small).status == DocumentStatus::Paid);

    REQUIRE(t->signIn(QStringLiteral("marie")).ok());
    need(writeOffs.writeOff(large, QStringLiteral("Goodwill")));
    CHECK(load(t, large).status == DocumentStatus::Paid);
    CHECK(accountBalance(t, QStringLiteral("write_off")) == 1400);
    CHECK(checkFile(t).ok());
}

TEST_CASE("a changed write-off is found by the check")
{
    TestLedger t;
    const qint64 id = postedInvoice(t, QStringLiteral("10"));
    need(t->payments().registerPayment(pay(id, 1150)));
    WriteOffService writeOffs(t->context(), t->audit(), t->journal());
    need(writeOffs.writeOff(id, {}));
    REQUIRE(checkFile(t).ok());
    t.dropTriggers({QStringLiteral("journal_lines_immutable_update")});
    t.tamper({QStringLiteral("UPDATE journal_lines SET debit = debit + 100 WHERE entry_id = (SELECT id FROM "
                             "journal_entries WHERE kind = 'write_off') AND debit > 0"),
              QStringLiteral("UPDATE journal_lines SET credit = credit + 100 WHERE entry_id = (SELECT id FROM "
                             "journal_entries WHERE kind = 'write_off') AND credit > 0")});
    const IntegrityReport report = checkFile(t);
    REQUIRE_FALSE(report.ok());
    CHECK(report.problems.join(QLatin1Char('\n')).contains(QStringLiteral("payment")));
}
