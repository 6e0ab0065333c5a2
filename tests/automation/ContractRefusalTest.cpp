#include "ContractRunService.h"
#include "ContractTestSupport.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

using namespace ContractTests;

TEST_CASE("refused contract changes leave the company file as it was")
{
    TestLedger t;
    t.clock().set(QDateTime(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC));
    const qint64 id = addMonthly(
        t.ledger(), t.customerId(), QDate(2026, 3, 1), QStringLiteral("Care {month}"), QStringLiteral("30"));
    ContractService service(t->context(), t->audit());
    ContractRunService runner(t.ledger());
    REQUIRE(runner.run(t.clock().today())->size() == 1);
    const qint64 lineId = service.repository().find(id)->lines.first().id;
    const QString before = t.dump();

    SECTION("bad dates")
    {
        Contract c;
        c.customerId = t.customerId();
        c.startDate = QDate(2026, 5, 1);
        c.endDate = QDate(2026, 4, 30);
        CHECK(service.add(c).error().kind() == ErrorKind::Invalid);
        c.endDate = QDate();
        c.startDate = QDate();
        CHECK_FALSE(service.add(c).ok());
        CHECK_FALSE(
            service.setPrice(id, lineId, price(QStringLiteral("40"), QStringLiteral("20"), QDate(2026, 2, 1))).ok());
        // March is billed: a price change cannot rewrite it.
        CHECK_FALSE(
            service.setPrice(id, lineId, price(QStringLiteral("40"), QStringLiteral("20"), QDate(2026, 3, 1))).ok());
        CHECK_FALSE(service.end(id, QDate(2026, 2, 28)).ok());
        Contract moved = service.repository().find(id).value();
        moved.startDate = QDate(2026, 3, 2); // occurrences exist: the schedule is fixed
        CHECK_FALSE(service.edit(moved).ok());
    }
    SECTION("an unknown placeholder")
    {
        ContractLine line;
        line.description = QStringLiteral("Visit of {day}");
        auto added = service.addLine(id, line, price(QStringLiteral("10")));
        REQUIRE_FALSE(added.ok());
        CHECK(added.message().contains(QStringLiteral("{day}")));
    }
    SECTION("negative prices and a zero quantity")
    {
        ContractLine line;
        line.description = QStringLiteral("Refund");
        CHECK_FALSE(service.addLine(id, line, price(QStringLiteral("-10"))).ok());
        CHECK_FALSE(
            service.setPrice(id, lineId, price(QStringLiteral("-1"), QStringLiteral("20"), QDate(2026, 6, 1))).ok());
        line.quantity = Quantity::fromInteger(0);
        CHECK_FALSE(service.addLine(id, line, price(QStringLiteral("10"))).ok());
    }
    SECTION("a paused contract makes nothing")
    {
        REQUIRE(service.pause(id).ok());
        const QString paused = t.dump();
        auto made = runner.make(id, 1);
        REQUIRE_FALSE(made.ok());
        CHECK(made.error().kind() == ErrorKind::Refused);
        CHECK(runner.run(QDate(2026, 12, 31))->isEmpty());
        CHECK_FALSE(service.pause(id).ok());
        CHECK(t.dump() == paused);
        return;
    }
    SECTION("an occurrence that does not exist, or twice")
    {
        CHECK_FALSE(runner.make(id, -1).ok());
        CHECK(runner.make(id, 0)->alreadyMade);
        CHECK_FALSE(service.skip(id, 0).ok());
    }
    CHECK(t.dump() == before);
}
