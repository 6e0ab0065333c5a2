#include "CollectionsFixture.h"
#include "ReminderPolicy.h"
#include "ReminderService.h"
#include "TestSql.h"

#include <catch2/catch.hpp>

namespace {
ReminderService remindersOf(Ledger &l)
{
    return ReminderService(l.context(), l.audit(), l.drafts());
}

QList<qint64> dueIds(const Result<QList<DueReminder>> &due)
{
    REQUIRE(due.ok());
    QList<qint64> ids;
    for (const DueReminder &d : due.value())
        ids << d.invoice.documentId;
    return ids;
}

int levelOf(const Result<QList<DueReminder>> &due, qint64 id)
{
    REQUIRE(due.ok());
    for (const DueReminder &d : due.value())
        if (d.invoice.documentId == id)
            return d.level;
    return 0;
}

class FailingDispatcher : public ReminderDispatcher
{
public:
    qint64 refuse = 0;
    qint64 calls = 0;
    Result<qint64> dispatch(const ReminderRecord &r, const ReminderCandidate &) override
    {
        ++calls;
        if (r.documentId == refuse || refuse < 0)
            return Error::storage(QStringLiteral("outbox unavailable"));
        return qint64(700 + calls);
    }
};
} // namespace

TEST_CASE("reminder levels are counted from the day after the due date, across month ends and leap days")
{
    const QList<int> levels {7, 14, 30};
    CHECK(ReminderPolicy::parseLevels(QStringLiteral("7, 14,30")).value() == levels);
    CHECK(ReminderPolicy::parseLevels(QStringLiteral("7,14,30,45,60")).value().size() == 5);
    CHECK(ReminderPolicy::parseLevels(QString()).value().isEmpty());
    CHECK_FALSE(ReminderPolicy::parseLevels(QStringLiteral("14,7")).ok());
    CHECK_FALSE(ReminderPolicy::parseLevels(QStringLiteral("0,7")).ok());
    CHECK_FALSE(ReminderPolicy::parseLevels(QStringLiteral("7,x")).ok());

    const QDate leapDue(2028, 2, 28);
    CHECK(ReminderPolicy::daysOverdue(leapDue, QDate(2028, 2, 28)) == 0);
    CHECK(ReminderPolicy::daysOverdue(leapDue, QDate(2028, 2, 29)) == 1);
    CHECK(ReminderPolicy::dateReached(levels, leapDue, 1) == QDate(2028, 3, 6));
    CHECK(ReminderPolicy::dateReached(levels, leapDue, 2) == QDate(2028, 3, 13));
    CHECK(ReminderPolicy::dateReached(levels, leapDue, 3) == QDate(2028, 3, 29));
    CHECK(ReminderPolicy::dateReached(levels, QDate(2026, 1, 31), 3) == QDate(2026, 3, 2));
    CHECK(ReminderPolicy::dateReached(levels, QDate(2026, 12, 28), 1) == QDate(2027, 1, 4));
    CHECK(ReminderPolicy::levelReached(levels, 6) == 0);
    CHECK(ReminderPolicy::levelReached(levels, 7) == 1);
    CHECK(ReminderPolicy::levelReached(levels, 29) == 2);
    CHECK(ReminderPolicy::levelReached(levels, 400) == 3);
    CHECK(ReminderPolicy::levelDue(levels, 20, 2) == 0);
    CHECK(ReminderPolicy::levelDue(levels, 31, 1) == 3);
}

TEST_CASE("a run reminds an invoice due on 28 February 2028 on the right days, never twice at a level")
{
    CollectionsFixture f;
    // Net 30 from 29 January 2028: due on 28 February, the day before the leap day.
    const qint64 id = f.invoiceOn(QDate(2028, 1, 29));
    auto doc = f.ledger().context().documents.find(id, false);
    REQUIRE(doc->dueDate == QDate(2028, 2, 28));
    auto reminders = remindersOf(f.ledger());

    CHECK(dueIds(reminders.due(QDate(2028, 2, 29))).isEmpty());
    CHECK(dueIds(reminders.due(QDate(2028, 3, 5))).isEmpty());
    CHECK(levelOf(reminders.due(QDate(2028, 3, 6)), id) == 1);

    f.setToday(QDate(2028, 3, 6));
    ReminderRunOptions options;
    auto first = reminders.run(options);
    REQUIRE(first.ok());
    REQUIRE(first->recorded.size() == 1);
    CHECK(first->recorded.first().level == 1);
    CHECK(first->recorded.first().daysOverdue == 7);
    CHECK(first->recorded.first().sentOn == QDate(2028, 3, 6));
    CHECK(first->recorded.first().channel == ReminderChannel::Email); // the customer has an address

    // The same night again, and the days before level 2: nothing.
    auto again = reminders.run(options);
    REQUIRE(again.ok());
    CHECK(again->due.isEmpty());
    CHECK(dueIds(reminders.due(QDate(2028, 3, 12))).isEmpty());
    CHECK(levelOf(reminders.due(QDate(2028, 3, 13)), id) == 2);
    CHECK(levelOf(reminders.due(QDate(2028, 3, 28)), id) == 2);
    CHECK(levelOf(reminders.due(QDate(2028, 3, 29)), id) == 3);

    // Recording level 1 by hand again is refused and changes nothing.
    const QString before = f.test().dump();
    ReminderRequest twice;
    twice.documentId = id;
    twice.level = 1;
    auto refused = reminders.record(twice);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == ErrorKind::Conflict);
    CHECK(refused.message().contains(QStringLiteral("2028-03-06")));
    CHECK(f.test().dump() == before);

    // The reminder is an audit event on the invoice (its History).
    auto history = f.ledger().audit().history(QStringLiteral("invoice"), id);
    REQUIRE(history.ok());
    CHECK(history->last().action == QStringLiteral("reminder"));
    CHECK(history->last().details.contains(QStringLiteral("\"level\":1")));
}

TEST_CASE("an invoice that missed levels gets the highest level reached, and only levels above the last one")
{
    CollectionsFixture f;
    const qint64 id = f.invoiceOn(QDate(2026, 1, 5)); // due 4 February
    auto reminders = remindersOf(f.ledger());
    f.setToday(QDate(2026, 3, 20)); // 44 days overdue, never reminded
    CHECK(levelOf(reminders.due(f.test().clock().today()), id) == 3);
    CHECK(dueIds(reminders.due(f.test().clock().today(), 1)).isEmpty()); // --level 1: not this one
    ReminderRunOptions onlyThree;
    onlyThree.onlyLevel = 3;
    auto run = reminders.run(onlyThree);
    REQUIRE(run.ok());
    REQUIRE(run->recorded.size() == 1);
    CHECK(run->recorded.first().level == 3);
    // Nothing lower after a level 3, and no level beyond the last one.
    CHECK(dueIds(reminders.due(QDate(2026, 6, 1))).isEmpty());
    auto beyond = reminders.sendNow(id, ReminderChannel::Letter);
    REQUIRE_FALSE(beyond.ok());
    CHECK(beyond.error().kind() == ErrorKind::Refused);

    ReminderRunOptions bad;
    bad.onlyLevel = 4;
    CHECK(reminders.run(bad).error().kind() == ErrorKind::Invalid);
}

TEST_CASE("more levels can be configured and each is reached in turn")
{
    CollectionsFixture f;
    auto company = f.ledger().context().company.load().value();
    company.reminderLevels = QStringLiteral("7,14,30,45,60");
    REQUIRE(f.ledger().settings().saveCompany(company).ok());
    const qint64 id = f.invoiceOn(QDate(2026, 1, 1)); // due 31 January
    auto reminders = remindersOf(f.ledger());
    CHECK(levelOf(reminders.due(QDate(2026, 3, 17)), id) == 4); // 45 days
    CHECK(levelOf(reminders.due(QDate(2026, 4, 1)), id) == 5); // 60 days
}

TEST_CASE("reminders skip customers without reminders and disputed invoices, and count payments and credit notes")
{
    CollectionsFixture f;
    const qint64 quiet = f.addCustomer(QStringLiteral("Mairie de Villeurbanne"), true);
    const qint64 letters = f.addCustomer(QStringLiteral("Garage Dupont")); // no email: a letter
    const qint64 normal = f.invoiceOn(QDate(2026, 1, 2), QStringLiteral("100"));
    const qint64 noReminders = f.invoiceOn(QDate(2026, 1, 2), QStringLiteral("100"), quiet);
    const qint64 disputed = f.invoiceOn(QDate(2026, 1, 2), QStringLiteral("100"), letters);
    const qint64 partlyPaid = f.invoiceOn(QDate(2026, 1, 2), QStringLiteral("100"), letters);
    const qint64 settled = f.invoiceOn(QDate(2026, 1, 2), QStringLiteral("100"));
    const qint64 credited = f.invoiceOn(QDate(2026, 1, 2), QStringLiteral("200"));
    f.payOn(partlyPaid, QDate(2026, 1, 20), QStringLiteral("50"));
    f.payOn(settled, QDate(2026, 1, 20), QStringLiteral("70"));
    f.creditOn(settled, QDate(2026, 1, 25), QStringLiteral("0.5")); // 60.00 credited: 120 − 70 − 60 < 0 → settled
    f.creditOn(credited, QDate(2026, 1, 25), QStringLiteral("0.25")); // 60.00 of 240.00 credited
    CHECK(f.amountDue(settled) == 0);

    auto reminders = remindersOf(f.ledger());
    f.setToday(QDate(2026, 2, 10));
    REQUIRE(reminders.openDispute(disputed, QStringLiteral("Work not finished")).ok());
    auto due = reminders.due(QDate(2026, 2, 10));
    const QList<qint64> ids = dueIds(due);
    CHECK(ids.contains(normal));
    CHECK(ids.contains(partlyPaid));
    CHECK(ids.contains(credited));
    CHECK_FALSE(ids.contains(noReminders));
    CHECK_FALSE(ids.contains(disputed));
    CHECK_FALSE(ids.contains(settled));
    for (const DueReminder &d : due.value()) {
        if (d.invoice.documentId == partlyPaid) {
            CHECK(d.invoice.amountDue == 7000); // 120.00 − 50.00
            CHECK(d.channel == ReminderChannel::Letter);
        }
        if (d.invoice.documentId == credited)
            CHECK(d.invoice.amountDue == 18000); // 240.00 − 60.00
    }

    // By hand: refused for the disputed invoice and the customer without reminders.
    const QString before = f.test().dump();
    auto onDisputed = reminders.sendNow(disputed, ReminderChannel::Letter);
    CHECK(onDisputed.error().kind() == ErrorKind::Refused);
    CHECK(onDisputed.message().contains(QStringLiteral("Work not finished")));
    CHECK(reminders.sendNow(noReminders, ReminderChannel::Letter).error().kind() == ErrorKind::Refused);
    CHECK(reminders.sendNow(settled, ReminderChannel::Letter).error().kind() == ErrorKind::Refused);
    CHECK(f.test().dump() == before);

    // Closing the dispute makes it due again; the history says both.
    REQUIRE(reminders.closeDispute(disputed, QStringLiteral("Finished on 9 Feb")).ok());
    CHECK(dueIds(reminders.due(QDate(2026, 2, 10))).contains(disputed));
    auto history = f.ledger().audit().history(QStringLiteral("invoice"), disputed).value();
    CHECK(history.at(history.size() - 2).action == QStringLiteral("dispute"));
    CHECK(history.last().action == QStringLiteral("dispute_closed"));
    CHECK(reminders.closeDispute(disputed).error().kind() == ErrorKind::NotFound);
}

TEST_CASE("send reminder now records the next level, refuses invoices that are not overdue or future dates")
{
    CollectionsFixture f;
    const qint64 id = f.invoiceOn(QDate(2026, 3, 1)); // due 31 March
    auto reminders = remindersOf(f.ledger());
    f.setToday(QDate(2026, 3, 31));
    const QString before = f.test().dump();
    auto early = reminders.sendNow(id, ReminderChannel::Email);
    CHECK(early.error().kind() == ErrorKind::Refused);
    ReminderRequest future;
    future.documentId = id;
    future.sentOn = QDate(2026, 4, 30);
    CHECK(reminders.record(future).error().kind() == ErrorKind::Invalid);
    CHECK(f.test().dump() == before);

    f.setToday(QDate(2026, 4, 2)); // 2 days overdue: before level 1, by hand it goes anyway
    auto now = reminders.sendNow(id, ReminderChannel::Manual);
    REQUIRE(now.ok());
    CHECK(now->level == 1);
    CHECK(now->amountDue == 12000);
    CHECK(now->userName == QStringLiteral("marie"));
    auto next = reminders.sendNow(id, ReminderChannel::Letter);
    REQUIRE(next.ok());
    CHECK(next->level == 2);
    CHECK(reminders.history(id)->size() == 2);
    // The nightly run does not repeat level 2 on day 14.
    CHECK(dueIds(reminders.due(QDate(2026, 4, 14))).isEmpty());
    CHECK(levelOf(reminders.due(QDate(2026, 4, 30)), id) == 3);
}

TEST_CASE("a late fee is a new draft linked to the reminder, made only when asked")
{
    CollectionsFixture f;
    const qint64 a = f.invoiceOn(QDate(2026, 1, 2), QStringLiteral("100")); // 120.00 gross
    const qint64 b = f.invoiceOn(QDate(2026, 1, 2), QStringLiteral("1000")); // 1200.00 gross
    auto reminders = remindersOf(f.ledger());
    LateFeeRule flat;
    flat.level = 1;
    flat.kind = LateFeeRule::Kind::Flat;
    flat.amount = 4000;
    REQUIRE(reminders.fees().saveRule(flat).ok());
    LateFeeRule percent;
    percent.level = 2;
    percent.kind = LateFeeRule::Kind::Percent;
    percent.amount = 150; // 1.5 %
    REQUIRE(reminders.fees().saveRule(percent).ok());
    CHECK(reminders.fees().feeFor(2, 120000).value() == 1800);
    CHECK(reminders.fees().feeFor(2, 33).value() == 0); // 0.495 cent rounds to 0
    CHECK(reminders.fees().feeFor(2, 34).value() == 1); // 0.51 cent rounds to 1
    CHECK(reminders.fees().feeFor(3, 120000).value() == 0);

    f.setToday(QDate(2026, 2, 10));
    auto due = reminders.due(QDate(2026, 2, 10)).value();
    REQUIRE(due.size() == 2);
    CHECK(due.first().lateFee == 4000);

    // Without asking: reminders recorded, no draft.
    DocumentFilter drafts;
    drafts.statuses = {DocumentStatus::Draft};
    const qint64 draftsBefore = f.ledger().context().documents.totals(drafts)->count;
    ReminderRunOptions plain;
    plain.onlyLevel = 1;
    auto run = reminders.run(plain);
    REQUIRE(run->recorded.size() == 2);
    CHECK(f.ledger().context().documents.totals(drafts)->count == draftsBefore);

    // Asked for afterwards on one reminder: a draft for the customer with the fee line.
    auto fee = reminders.fees().chargeFee(run->recorded.first().id);
    REQUIRE(fee.ok());
    auto draft = f.ledger().context().documents.find(fee.value());
    REQUIRE(draft.ok());
    CHECK(draft->isDraft());
    CHECK(draft->customerReference == f.number(run->recorded.first().documentId));
    CHECK(draft->totalGross == 4000);
    CHECK(draft->lines.first().taxCategory == TaxCategory::Exempt);
    CHECK(f.ledger().posting().check(fee.value())->isEmpty()); // it can be posted as it is
    CHECK(reminders.fees().chargeFee(run->recorded.first().id).error().kind() == ErrorKind::Conflict);
    CHECK(reminders.history(run->recorded.first().documentId)->first().feeInvoiceId == fee.value());

    // Level 2 with the fee asked for in the run: 1.5 % of what is due.
    f.setToday(QDate(2026, 2, 20));
    ReminderRunOptions withFees;
    withFees.chargeLateFees = true;
    auto second = reminders.run(withFees);
    REQUIRE(second->recorded.size() == 2);
    for (const ReminderRecord &r : second->recorded) {
        REQUIRE(r.feeInvoiceId > 0);
        const qint64 expected = r.documentId == b ? 1800 : 180;
        CHECK(f.ledger().context().documents.find(r.feeInvoiceId, false)->totalGross == expected);
    }
    CHECK(a != b);

    // Level 3 has no rule: asking for a fee is refused and records nothing.
    f.setToday(QDate(2026, 3, 10));
    const QString before = f.test().dump();
    ReminderRequest r3;
    r3.documentId = a;
    r3.chargeLateFee = true;
    CHECK(reminders.record(r3).error().kind() == ErrorKind::Refused);
    CHECK(f.test().dump() == before);
}

TEST_CASE("the dispatcher runs inside the reminder: a refused one records nothing, the run goes on")
{
    CollectionsFixture f;
    const qint64 a = f.invoiceOn(QDate(2026, 1, 2));
    const qint64 b = f.invoiceOn(QDate(2026, 1, 3));
    auto reminders = remindersOf(f.ledger());
    FailingDispatcher dispatcher;
    dispatcher.refuse = a;
    reminders.setDispatcher(&dispatcher);
    f.setToday(QDate(2026, 2, 15));
    qint64 progressCalls = 0;
    ReminderRunOptions options;
    options.progress = [&](qint64, qint64) {
        ++progressCalls;
        return true;
    };
    auto run = reminders.run(options);
    REQUIRE(run.ok());
    CHECK(progressCalls == 2);
    REQUIRE(run->failed.size() == 1);
    CHECK(run->failed.first().documentId == a);
    CHECK(run->failed.first().message.contains(QStringLiteral("outbox unavailable")));
    REQUIRE(run->recorded.size() == 1);
    CHECK(run->recorded.first().documentId == b);
    CHECK(run->recorded.first().outboxMessageId > 700);
    CHECK(reminders.history(a)->isEmpty());

    // A dry run lists and records nothing; a cancelled run stops.
    dispatcher.refuse = 0;
    const QString before = f.test().dump();
    ReminderRunOptions dry;
    dry.dryRun = true;
    auto listed = reminders.run(dry);
    CHECK(listed->due.size() == 1);
    CHECK(listed->recorded.isEmpty());
    CHECK(f.test().dump() == before);
    ReminderRunOptions cancel;
    cancel.progress = [](qint64, qint64) { return false; };
    auto cancelled = reminders.run(cancel);
    CHECK(cancelled->recorded.size() == 1);
    CHECK_FALSE(cancelled->cancelled); // it was the last one anyway
}

TEST_CASE("recorded reminders cannot be changed or deleted in the file")
{
    CollectionsFixture f;
    const qint64 id = f.invoiceOn(QDate(2026, 1, 2));
    auto reminders = remindersOf(f.ledger());
    f.setToday(QDate(2026, 2, 10));
    REQUIRE(reminders.sendNow(id, ReminderChannel::Letter).ok());
    Database &db = f.ledger().database();
    CHECK_FALSE(TestSql::run(db, QStringLiteral("UPDATE reminders SET level = 2")).ok());
    CHECK_FALSE(TestSql::run(db, QStringLiteral("DELETE FROM reminders")).ok());
    CHECK(TestSql::run(db, QStringLiteral("UPDATE reminders SET outbox_message_id = 5")).ok());
    CHECK_FALSE(TestSql::run(db, QStringLiteral("UPDATE reminders SET outbox_message_id = 6")).ok());
}

TEST_CASE("the collections migration adds its tables and leaves posted documents untouched")
{
    CollectionsFixture f;
    Database &db = f.ledger().database();
    // The schema's objects by name: a file's catalog, or the server's tables, indexes and triggers.
    const QString names = QStringLiteral("('reminders', 'document_disputes', 'reminder_fees', "
                                         "'documents_type_issue_date', 'reminders_recorded_update', "
                                         "'reminders_recorded_delete')");
    CHECK(TestSql::integer(db, db.isServer()
                                   ? QStringLiteral("SELECT (SELECT count(*) FROM pg_class WHERE relname IN %1) "
                                                    "+ (SELECT count(*) FROM pg_trigger WHERE tgname IN %1)")
                                         .arg(names)
                                   : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN %1").arg(names))
          == 6);
    const qint64 columns = TestSql::integer(
        db, db.isServer() ? QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_name = "
                                           "'documents' AND table_schema = current_schema()")
                          : QStringLiteral("SELECT count(*) FROM pragma_table_info('documents')"));
    REQUIRE(columns > 30);
    const qint64 id = f.invoiceOn(QDate(2026, 1, 2));
    auto documentsRow = [&] {
        SqlStatement row(db, QStringLiteral("SELECT * FROM documents WHERE id = %1").arg(id));
        REQUIRE(row.exec(QStringLiteral("read the document")).ok());
        REQUIRE(row.next());
        QStringList cells;
        for (int i = 0; i < columns; ++i)
            cells << row.value(i).toString();
        return cells.join(QLatin1Char('|'));
    };
    const QString before = documentsRow();
    auto reminders = remindersOf(f.ledger());
    f.setToday(QDate(2026, 2, 20));
    REQUIRE(reminders.sendNow(id, ReminderChannel::Letter).ok());
    REQUIRE(reminders.openDispute(id, QStringLiteral("Price")).ok());
    CHECK(documentsRow() == before);
    // Only an open posted invoice can get a reminder, even behind the services' back.
    const qint64 draft
        = f.test().draftWith({{QStringLiteral("x"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("20")}});
    CHECK_FALSE(TestSql::run(db, QStringLiteral("INSERT INTO reminders (document_id, level, sent_on, days_overdue, "
                                                "amount_due, channel, user_name, created_at) VALUES (%1, 1, "
                                                "'2026-02-20', 1, 100, 'letter', 'x', 'now')")
                                     .arg(draft))
                      .ok());
}

TEST_CASE("the dashboard's count of invoices to remind equals the length of the run's list, day after day")
{
    CollectionsFixture f;
    const qint64 quiet = f.addCustomer(QStringLiteral("Mairie de Villeurbanne"), true);
    const qint64 letters = f.addCustomer(QStringLiteral("Garage Dupont"));
    QList<qint64> invoices;
    for (int i = 0; i < 12; ++i)
        invoices << f.invoiceOn(QDate(2026, 1, 2).addDays(i * 5), QStringLiteral("100"), i % 4 == 1 ? quiet : letters);
    f.payOn(invoices.at(2), QDate(2026, 1, 30), QStringLiteral("120")); // settled
    f.payOn(invoices.at(3), QDate(2026, 1, 30), QStringLiteral("20")); // partly paid
    auto reminders = remindersOf(f.ledger());
    f.setToday(QDate(2026, 2, 20));
    REQUIRE(reminders.openDispute(invoices.at(4), QStringLiteral("Contested")).ok());
    REQUIRE(reminders.sendNow(invoices.at(0), ReminderChannel::Letter).ok()); // level 1 sent
    qsizetype most = 0;
    for (QDate day(2026, 1, 25); day <= QDate(2026, 4, 30); day = day.addDays(3)) {
        auto due = reminders.due(day);
        most = std::max(most, due->size());
        auto count = ReminderService::countDue(f.ledger().database(), day);
        REQUIRE(due.ok());
        REQUIRE(count.ok());
        INFO(day.toString(Qt::ISODate).toStdString());
        CHECK(count.value() == due->size());
    }
    CHECK(most >= 5); // the days above did have invoices to remind
}
