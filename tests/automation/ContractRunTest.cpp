#include "ContractRunService.h"
#include "ContractTestSupport.h"
#include "IntegrityCheck.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

using namespace ContractTests;

namespace {
void requireCheckPasses(Ledger &ledger)
{
    auto report = IntegrityCheck(ledger.context(), ledger.audit()).run();
    REQUIRE(report.ok());
    INFO(report->problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report->ok());
    CHECK(report->passed.filter(QStringLiteral("Contract occurrences")).size() == 1);
}
} // namespace

TEST_CASE("since last run across a 3-month gap makes each missing period once, with its texts and price")
{
    TestLedger t;
    t.clock().set(QDateTime(QDate(2026, 1, 10), QTime(8, 0), Qt::UTC));
    const qint64 id = addMonthly(t.ledger(), t.customerId(), QDate(2026, 1, 1),
        QStringLiteral("Boiler maintenance {month} {year} ({period_start} – {period_end})"), QStringLiteral("100"));
    ContractService service(t->context(), t->audit());
    const qint64 lineId = service.repository().find(id)->lines.first().id;
    REQUIRE(service.setPrice(id, lineId, price(QStringLiteral("120"), QStringLiteral("20"), QDate(2026, 3, 1))).ok());

    ContractRunService runner(t.ledger());
    auto first = runner.run(t.clock().today());
    REQUIRE(first.ok());
    REQUIRE(first->size() == 1);
    CHECK(first->first().due.period.start == QDate(2026, 1, 1));

    // The program is not run for three months.
    t.clock().set(QDateTime(QDate(2026, 4, 20), QTime(8, 0), Qt::UTC));
    auto due = runner.due(t.clock().today());
    REQUIRE(due.ok());
    REQUIRE(due->size() == 3);
    auto made = runner.run(t.clock().today());
    REQUIRE(made.ok());
    REQUIRE(made->size() == 3);
    // In the customer's language (none: the company's, French).
    const QStringList months {QStringLiteral("février"), QStringLiteral("mars"), QStringLiteral("avril")};
    const qint64 nets[] = {10000, 12000, 12000}; // the March price version from March on
    for (int i = 0; i < 3; ++i) {
        const MadeOccurrence &m = made->at(i);
        INFO("period " << i);
        REQUIRE(m.error.isEmpty());
        CHECK(m.due.period.occurrence == i + 1);
        CHECK(m.outcome == OccurrenceOutcome::Draft);
        auto doc = t->context().documents.find(m.documentId);
        REQUIRE(doc.ok());
        REQUIRE(doc->lines.size() == 1);
        const QDate start(2026, i + 2, 1);
        const QString expected = QStringLiteral("Boiler maintenance %1 2026 (%2 – %3)")
                                     .arg(months[i], start.toString(QStringLiteral("dd/MM/yyyy")),
                                         start.addMonths(1).addDays(-1).toString(QStringLiteral("dd/MM/yyyy")));
        CHECK(doc->lines.first().description == expected);
        CHECK(doc->totalNet == nets[i]);
        CHECK(doc->serviceDate == start);
        // Each invoice names its contract and period.
        CHECK(doc->language == QStringLiteral("fr"));
        CHECK(doc->printedNotes.contains(QStringLiteral("Contrat %1").arg(id)));
        CHECK(doc->printedNotes.contains(start.toString(QStringLiteral("dd/MM/yyyy"))));
        CHECK(doc->customerReference == QStringLiteral("MAINT-1"));
    }
    // Nothing twice: the same run again makes nothing.
    auto again = runner.run(t.clock().today());
    REQUIRE(again.ok());
    CHECK(again->isEmpty());
    const auto counts = occurrenceCounts(t.ledger());
    CHECK(counts.size() == 4);
    for (int n : counts)
        CHECK(n == 1);
    requireCheckPasses(t.ledger());
}

TEST_CASE("lead days bring an occurrence forward; in arrears bills on the period's last day")
{
    TestLedger t;
    t.clock().set(QDateTime(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC));
    const qint64 id = addMonthly(
        t.ledger(), t.customerId(), QDate(2026, 3, 15), QStringLiteral("Support {period}"), QStringLiteral("50"));
    ContractService service(t->context(), t->audit());
    Contract c = service.repository().find(id).value();
    ContractRunService runner(t.ledger());
    CHECK(runner.due(QDate(2026, 3, 10))->isEmpty());
    c.leadDays = 5;
    REQUIRE(service.edit(c).ok());
    CHECK(runner.due(QDate(2026, 3, 10))->size() == 1);
    c.leadDays = 0;
    c.billing = ContractBilling::Arrears;
    REQUIRE(service.edit(c).ok());
    CHECK(runner.due(QDate(2026, 4, 13))->isEmpty());
    REQUIRE(runner.due(QDate(2026, 4, 14))->size() == 1);
    CHECK(runner.due(QDate(2026, 4, 14))->first().period.billDate == QDate(2026, 4, 14));
}

TEST_CASE("a contract that posts: posted when every rule passes, a draft needing attention when not")
{
    TestLedger t;
    t.clock().set(QDateTime(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC));
    const qint64 posts = addMonthly(t.ledger(), t.customerId(), QDate(2026, 3, 1), QStringLiteral("Retainer {month}"),
        QStringLiteral("100"), ContractAction::Post);
    Customer bare;
    bare.name = QStringLiteral("No Address Ltd");
    const qint64 bareId = t->customers().add(bare).value();
    const qint64 stuck = addMonthly(t.ledger(), bareId, QDate(2026, 3, 1), QStringLiteral("Retainer {month}"),
        QStringLiteral("100"), ContractAction::Post);
    const qint64 large = addMonthly(t.ledger(), t.customerId(), QDate(2026, 3, 1), QStringLiteral("Large {month}"),
        QStringLiteral("5000"), ContractAction::Send);
    auto company = t->context().company.load().value();
    company.approvalThreshold = 100000; // 1,000.00
    REQUIRE(t->settings().saveCompany(company).ok());

    const qint64 unsent = addMonthly(t.ledger(), t.customerId(), QDate(2026, 3, 1), QStringLiteral("Sent {month}"),
        QStringLiteral("10"), ContractAction::Send);
    ContractRunService runner(
        t.ledger(), [](qint64) { return Status(Error::refused(QStringLiteral("no mail server"))); });
    auto made = runner.run(t.clock().today());
    REQUIRE(made.ok());
    REQUIRE(made->size() == 4);
    QHash<qint64, MadeOccurrence> byContract;
    for (const MadeOccurrence &m : made.value())
        byContract.insert(m.due.contractId, m);
    CHECK(byContract[posts].outcome == OccurrenceOutcome::Posted);
    CHECK(byContract[posts].number.startsWith(QStringLiteral("INV-2026-")));
    CHECK(byContract[stuck].outcome == OccurrenceOutcome::Draft);
    CHECK(byContract[stuck].attention.contains(QStringLiteral("address")));
    CHECK(byContract[large].outcome == OccurrenceOutcome::Draft);
    CHECK(byContract[large].attention.contains(QStringLiteral("approval threshold")));
    CHECK(byContract[unsent].outcome == OccurrenceOutcome::Posted);
    CHECK(byContract[unsent].attention.contains(QStringLiteral("no mail server")));
    auto attention = ContractRepository(t->database()).needingAttention();
    REQUIRE(attention.ok());
    CHECK(attention->size() == 3);
    // A manager approves and posts the large one by hand: it no longer needs attention.
    REQUIRE(t->drafts().approve(byContract[large].documentId).ok());
    REQUIRE(t->posting().post(byContract[large].documentId).ok());
    CHECK(ContractRepository(t->database()).needingAttention()->size() == 2);
    requireCheckPasses(t.ledger());
}

TEST_CASE("pause and resume: missed periods caught up or skipped, as chosen")
{
    for (const bool skip : {false, true}) {
        TestLedger t;
        t.clock().set(QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC));
        const qint64 id = addMonthly(
            t.ledger(), t.customerId(), QDate(2026, 1, 1), QStringLiteral("Care {month}"), QStringLiteral("30"));
        ContractService service(t->context(), t->audit());
        ContractRunService runner(t.ledger());
        REQUIRE(runner.run(t.clock().today())->size() == 1);
        REQUIRE(service.pause(id).ok());
        t.clock().set(QDateTime(QDate(2026, 3, 20), QTime(8, 0), Qt::UTC));
        CHECK(runner.due(t.clock().today())->isEmpty()); // a paused contract bills nothing
        REQUIRE(service.resume(id, skip ? ContractService::Missed::Skip : ContractService::Missed::CatchUp).ok());
        auto made = runner.run(t.clock().today());
        REQUIRE(made.ok());
        CHECK(made->size() == (skip ? 0 : 2));
        auto history = service.repository().occurrencesOf(id);
        REQUIRE(history->size() == 3);
        CHECK((history->first().occurrence.outcome == OccurrenceOutcome::Skipped) == skip);
        CHECK(occurrenceCounts(t.ledger()).size() == 3);
        requireCheckPasses(t.ledger());
    }
}

TEST_CASE("an ended contract bills up to its end date inclusive; a counted one stops after its count")
{
    TestLedger t;
    t.clock().set(QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC));
    ContractService service(t->context(), t->audit());
    const qint64 ended
        = addMonthly(t.ledger(), t.customerId(), QDate(2026, 1, 31), QStringLiteral("A"), QStringLiteral("10"));
    REQUIRE(service.end(ended, QDate(2026, 4, 30)).ok()); // exactly the fourth occurrence
    Contract counted;
    counted.customerId = t.customerId();
    counted.unit = ContractUnit::Week;
    counted.every = 2;
    counted.startDate = QDate(2026, 1, 1);
    counted.maxCount = 3;
    const qint64 countedId = service.add(counted).value();
    ContractLine line;
    line.description = QStringLiteral("Visit {period_start}");
    REQUIRE(service.addLine(countedId, line, price(QStringLiteral("10"))).ok());
    ContractRunService runner(t.ledger());
    auto made = runner.run(QDate(2027, 1, 1));
    REQUIRE(made.ok());
    int ofEnded = 0, ofCounted = 0;
    for (const MadeOccurrence &m : made.value()) {
        ofEnded += m.due.contractId == ended;
        ofCounted += m.due.contractId == countedId;
    }
    CHECK(ofEnded == 4);
    CHECK(ofCounted == 3);
    CHECK(service.cancel(countedId).ok());
    CHECK_FALSE(service.pause(countedId).ok());
}

TEST_CASE("two runs at once in one process: the second finds each occurrence made")
{
    TestLedger t;
    t.clock().set(QDateTime(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC));
    addMonthly(t.ledger(), t.customerId(), QDate(2026, 1, 1), QStringLiteral("X {month}"), QStringLiteral("10"));
    FixedClock clock(t.clock().nowUtc());
    auto other = Ledger::open(t.path(), Database::OpenMode::MustExist, clock);
    REQUIRE(other.ok());
    REQUIRE(other.value()->signIn(QStringLiteral("marie")).ok());
    ContractRunService window(t.ledger());
    ContractRunService cli(*other.value());
    auto seen = window.due(t.clock().today()); // the window lists what is due...
    REQUIRE(seen->size() == 3);
    REQUIRE(cli.run(t.clock().today())->size() == 3); // ... the timer makes it meanwhile
    for (const DueOccurrence &d : seen.value()) {
        auto made = window.make(d.contractId, d.period.occurrence);
        REQUIRE(made.ok());
        CHECK(made->alreadyMade);
        CHECK(made->documentId == 0);
    }
    CHECK(occurrenceCounts(t.ledger()).size() == 3);
    // The key itself refuses a second row for the same occurrence.
    ContractOccurrence twice;
    twice.contractId = seen->first().contractId;
    twice.occurrence = 0;
    twice.periodStart = twice.periodEnd = twice.billDate = QDate(2026, 1, 1);
    twice.outcome = OccurrenceOutcome::Skipped;
    CHECK_FALSE(ContractRepository(t->database()).insertOccurrence(twice).ok());
    requireCheckPasses(t.ledger());
}
