#include "LedgerTestHelpers.h"


using namespace LedgerTest;

namespace {
// Signs in a clerk so that events are not simply those of the set-up manager.
void signInClerk(TestLedger &t, const QString &name)
{
    User clerk;
    clerk.name = name;
    clerk.role = UserRole::Clerk;
    need(t->settings().addUser(clerk));
    need(t->signIn(name));
}

QList<AuditEvent> wholeTrail(TestLedger &t)
{
    auto events = need(t->context().audit.recent(1000000));
    std::reverse(events.begin(), events.end());
    return events;
}

// Runs raw SQL behind the ledger's back, as someone tampering with the file would.
void tamper(TestLedger &t, const QString &sql)
{
    t.tamper({sql});
}

// A small but varied history: an invoice created, edited, posted, paid, credited.
void someHistory(TestLedger &t)
{
    const qint64 id
        = t.draftWith({{QStringLiteral("Work"), QStringLiteral("2"), QStringLiteral("50"), QStringLiteral("20")}});
    post(t, id);
    need(t->payments().registerPayment(paymentOf(id, 1000)));
    post(t, need(t->creditNotes().createDraft(id, QStringLiteral("Goodwill"), {{load(t, id).lines[0].id, 500}})));
    t.postNew();
}
} // namespace

TEST_CASE("every service action appends a chained audit event naming its user")
{
    TestLedger t;
    signInClerk(t, QStringLiteral("paul"));
    const qint64 before = wholeTrail(t).size();

    const qint64 id = need(t->drafts().createInvoice(t.customerId()));
    need(t->drafts().addLine(id, makeLine(QStringLiteral("Work"), QStringLiteral("2"), QStringLiteral("50"))));
    post(t, id);
    const qint64 payment = need(t->payments().registerPayment(paymentOf(id, 1000)));
    const qint64 note
        = need(t->creditNotes().createDraft(id, QStringLiteral("Goodwill"), {{load(t, id).lines[0].id, 500}}));
    post(t, note);

    const QList<AuditEvent> invoiceHistory = need(t->audit().history(QStringLiteral("invoice"), id));
    QStringList actions;
    for (const AuditEvent &e : invoiceHistory) {
        actions << e.action;
        CHECK(e.userName == QStringLiteral("paul"));
        CHECK(e.occurredAt == t.clock().nowUtc());
    }
    INFO(str(actions.join(QLatin1Char(','))));
    CHECK(actions
        == QStringList({QStringLiteral("create"), QStringLiteral("edit"), QStringLiteral("post"),
            QStringLiteral("payment"), QStringLiteral("credit")}));
    const AuditEvent &paid = invoiceHistory.at(3);
    CHECK(paid.details.contains(QStringLiteral("\"payment\":%1").arg(payment)));
    CHECK(paid.details.contains(QStringLiteral("\"amount\":1000")));
    CHECK(invoiceHistory.at(2).details.contains(QStringLiteral("INV-2026-00001")));

    const QList<AuditEvent> noteHistory = need(t->audit().history(QStringLiteral("credit_note"), note));
    REQUIRE(noteHistory.size() == 2);
    CHECK(noteHistory.at(0).action == QStringLiteral("create"));
    CHECK(noteHistory.at(1).action == QStringLiteral("post"));
    CHECK(noteHistory.at(1).userName == QStringLiteral("paul"));

    // Each new event links to the one before it and its hash covers its content.
    const QList<AuditEvent> trail = wholeTrail(t);
    CHECK(trail.size() == before + 7); // create, edit, post, payment, credit note create, post, credit
    QString previous = AuditLog::genesisHash();
    for (const AuditEvent &e : trail) {
        INFO("event " << e.id);
        CHECK(e.prevHash == previous);
        CHECK(e.hash == AuditLog::computeHash(e));
        previous = e.hash;
    }
}

TEST_CASE("the audit trail of a normal file verifies intact")
{
    TestLedger t;
    someHistory(t);
    const AuditVerification v = need(t->audit().verify());
    INFO(str(v.message));
    CHECK(v.intact);
    CHECK(v.firstBrokenId == 0);
    CHECK(v.eventsChecked == wholeTrail(t).size());
    CHECK(v.eventsChecked > 5);
}

TEST_CASE("a changed audit event is found and named by verify")
{
    TestLedger t;
    someHistory(t);
    const QList<AuditEvent> trail = wholeTrail(t);
    REQUIRE(trail.size() > 6);
    const AuditEvent victim = trail.at(trail.size() / 2);

    // The trigger refuses the change until someone drops it.
    CHECK_FALSE(t->database()
                    .execute(QStringLiteral("UPDATE audit_events SET user_name = 'mallory' WHERE id = %1").arg(victim.id))
                    .ok());
    t.dropTriggers({QStringLiteral("audit_events_immutable_update")});

    SECTION("its details")
    {
        tamper(t, QStringLiteral("UPDATE audit_events SET details = '{\"amount\":1}' WHERE id = %1").arg(victim.id));
    }
    SECTION("its user")
    {
        tamper(t, QStringLiteral("UPDATE audit_events SET user_name = 'mallory' WHERE id = %1").arg(victim.id));
    }
    SECTION("its content with a recomputed hash of its own")
    {
        // Rewriting the hash too does not help: the next event no longer links to it.
        AuditEvent forged = victim;
        forged.userName = QStringLiteral("mallory");
        forged.hash = AuditLog::computeHash(forged);
        tamper(t,
            QStringLiteral("UPDATE audit_events SET user_name = 'mallory', hash = '%1' WHERE id = %2")
                .arg(forged.hash)
                .arg(victim.id));
        const AuditVerification v = need(t->audit().verify());
        CHECK_FALSE(v.intact);
        CHECK(v.firstBrokenId == victim.id + 1);
        return;
    }

    const AuditVerification v = need(t->audit().verify());
    INFO(str(v.message));
    CHECK_FALSE(v.intact);
    CHECK(v.firstBrokenId == victim.id);
    CHECK(v.message.contains(QStringLiteral("Audit event %1 ").arg(victim.id)));
    CHECK(v.eventsChecked == victim.id); // the walk stops at the first broken event
}

TEST_CASE("an audit event deleted from the middle of the trail is found")
{
    TestLedger t;
    someHistory(t);
    const QList<AuditEvent> trail = wholeTrail(t);
    REQUIRE(trail.size() > 6);
    const qint64 removed = trail.at(trail.size() / 2).id;
    CHECK_FALSE(t->database().execute(QStringLiteral("DELETE FROM audit_events WHERE id = %1").arg(removed)).ok());
    t.dropTriggers({QStringLiteral("audit_events_immutable_delete")});
    tamper(t, QStringLiteral("DELETE FROM audit_events WHERE id = %1").arg(removed));

    const AuditVerification v = need(t->audit().verify());
    INFO(str(v.message));
    CHECK_FALSE(v.intact);
    CHECK(v.firstBrokenId == removed + 1); // the event that follows the gap
    CHECK(v.message.contains(QStringLiteral("Audit event %1 ").arg(removed + 1)));
    CHECK(v.message.contains(QStringLiteral("removed")));
}
