#include "CollectionsFixture.h"
#include "OutboxRepository.h"
#include "ReminderOutboxDispatcher.h"
#include "ReminderService.h"

#include <catch2/catch.hpp>

namespace {
OutboxMessage messageOf(Ledger &l, qint64 id)
{
    OutboxRepository outbox(l.database());
    auto m = outbox.find(id, false);
    INFO(m.message().toStdString());
    REQUIRE(m.ok());
    return m.value();
}
} // namespace

TEST_CASE("email reminders are queued in the outbox with the text of their level in the customer's language")
{
    CollectionsFixture f;
    const qint64 id = f.invoiceOn(QDate(2026, 1, 5)); // due 4 February, customer in French
    ReminderService reminders(f.ledger().context(), f.ledger().audit(), f.ledger().drafts());
    ReminderOutboxDispatcher outbox(f.ledger().context(), f.ledger().audit());
    reminders.setDispatcher(&outbox);

    f.setToday(QDate(2026, 2, 12));
    auto first = reminders.run({});
    REQUIRE(first.ok());
    REQUIRE(first->recorded.size() == 1);
    const ReminderRecord r1 = first->recorded.first();
    CHECK(r1.channel == ReminderChannel::Email);
    REQUIRE(r1.outboxMessageId > 0);
    const OutboxMessage m1 = messageOf(f.ledger(), r1.outboxMessageId);
    CHECK(m1.kind == MailKind::Reminder);
    CHECK(m1.documentId == id);
    CHECK(m1.recipients.join(QLatin1Char(',')).contains(QStringLiteral("compta@example.fr")));
    CHECK(m1.subject.startsWith(QStringLiteral("Relance")));
    CHECK(m1.subject.contains(f.number(id)));
    CHECK(m1.body.contains(QStringLiteral("120,00")));
    CHECK(reminders.history(id)->first().outboxMessageId == r1.outboxMessageId);

    f.setToday(QDate(2026, 2, 19));
    auto second = reminders.run({});
    REQUIRE(second->recorded.size() == 1);
    CHECK(messageOf(f.ledger(), second->recorded.first().outboxMessageId)
              .subject.startsWith(QString::fromUtf8("Deuxième relance")));

    // A manager's own text for level 3 in French, with the level and the days overdue.
    REQUIRE(outbox
                .saveLevelTemplate(3, QStringLiteral("fr"),
                    {QStringLiteral("Dernier avis {number} (niveau {level})"),
                        QStringLiteral("Impayée depuis {days_overdue} jours : {amount_due}.")})
                .ok());
    CHECK_FALSE(outbox.saveLevelTemplate(3, QStringLiteral("fr"), {QStringLiteral("{unknown}"), QString()}).ok());
    f.setToday(QDate(2026, 3, 6));
    auto third = reminders.run({});
    REQUIRE(third->recorded.size() == 1);
    const OutboxMessage m3 = messageOf(f.ledger(), third->recorded.first().outboxMessageId);
    CHECK(m3.subject == QStringLiteral("Dernier avis %1 (niveau 3)").arg(f.number(id)));
    CHECK(m3.body.startsWith(QStringLiteral("Impayée depuis 30 jours")));
    CHECK(ReminderOutboxDispatcher::builtInLevel(3, QStringLiteral("de"))
              .subject.startsWith(QStringLiteral("Letzte Mahnung")));
    CHECK(ReminderOutboxDispatcher::builtInLevel(2, QStringLiteral("en"))
              .subject.startsWith(QStringLiteral("Second reminder")));
}

TEST_CASE("a reminder that cannot be queued is not recorded; letters queue nothing")
{
    CollectionsFixture f;
    const qint64 noEmail = f.addCustomer(QStringLiteral("Garage Dupont"));
    const qint64 id = f.invoiceOn(QDate(2026, 1, 5), QStringLiteral("100"), noEmail);
    ReminderService reminders(f.ledger().context(), f.ledger().audit(), f.ledger().drafts());
    ReminderOutboxDispatcher outbox(f.ledger().context(), f.ledger().audit());
    reminders.setDispatcher(&outbox);
    f.setToday(QDate(2026, 2, 12));
    const QString before = f.test().dump();
    auto refused = reminders.sendNow(id, ReminderChannel::Email);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("no recipient")));
    CHECK(f.test().dump() == before);
    auto letter = reminders.sendNow(id, ReminderChannel::Letter);
    REQUIRE(letter.ok());
    CHECK(letter->outboxMessageId == 0);
}
