#include "DocumentMailer.h"
#include "HandoffSettingsService.h"
#include "HandoffTestSupport.h"
#include "OutboxRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
HandoffProcessor::SendStep mailer(Ledger &ledger)
{
    return [&ledger](qint64 documentId) {
        DocumentMailRequest request;
        request.documentId = documentId;
        return DocumentMailer(ledger).queue(request);
    };
}

HandoffFileResult importOne(
    HandoffProcessor &processor, const HandoffSettings &s, const QString &name, const QByteArray &bytes)
{
    dropFile(s.folder, name, bytes);
    auto results = processor.runOnce(s, QDateTime::currentDateTimeUtc().addSecs(60));
    INFO(results.message().toStdString());
    REQUIRE(results.ok());
    REQUIRE(results->size() == 1);
    INFO(results->first().message.toStdString());
    REQUIRE(results->first().outcome == HandoffOutcome::Imported);
    REQUIRE(results->first().jobs.size() == 1);
    return results->first();
}

Document documentOf(TestLedger &t, qint64 id)
{
    auto d = t->context().documents.find(id, false);
    REQUIRE(d.ok());
    return d.value();
}

// The rules that acted on an invoice, from its audit events ("handoff" with the rule and file).
QStringList rulesOf(TestLedger &t, qint64 documentId, const QString &file)
{
    QStringList rules;
    auto events = t->context().audit.forEntity(QStringLiteral("invoice"), documentId);
    REQUIRE(events.ok());
    for (const AuditEvent &e : events.value()) {
        if (e.action != QLatin1String("handoff"))
            continue;
        const QJsonObject details = QJsonDocument::fromJson(e.details.toUtf8()).object();
        CHECK(details.value(QStringLiteral("file")).toString() == file);
        CHECK(e.userName == QStringLiteral("marie"));
        rules << details.value(QStringLiteral("rule")).toString()
                + (details.contains(QStringLiteral("result")) ? QStringLiteral(":attention") : QString());
    }
    return rules;
}

void setThreshold(TestLedger &t, qint64 minor)
{
    CompanySettings company = t->context().company.load().value();
    company.approvalThreshold = minor;
    REQUIRE(t->settings().saveCompany(company).ok());
}
} // namespace

TEST_CASE("hand-off rules: a draft from every job; post only within the approval threshold, whoever runs it")
{
    TestLedger t;
    setThreshold(t, 20000); // 200.00 gross
    REQUIRE(t->user().isManager()); // a manager could post it by hand: the rule still does not
    const HandoffSettings s = handoffIn(t, true);
    HandoffProcessor processor(t.ledger());

    // 2.5 h × 65.00 = 162.50 net, 195.00 gross: within the threshold, posted.
    const HandoffJobResult small
        = importOne(processor, s, QStringLiteral("small.json"), jobJson(QStringLiteral("J-40"))).jobs.first();
    CHECK(small.number.startsWith(QStringLiteral("INV-2026-")));
    CHECK(small.attention.isEmpty());
    CHECK_FALSE(documentOf(t, small.documentId).isDraft());
    CHECK(documentOf(t, small.documentId).totalGross == 19500);
    CHECK(rulesOf(t, small.documentId, QStringLiteral("small.json"))
        == QStringList {QStringLiteral("draft"), QStringLiteral("post")});

    // 3 h: 234.00 gross, above it: a draft that needs attention, no number used.
    const HandoffFileResult bigFile
        = importOne(processor, s, QStringLiteral("big.json"), jobJson(QStringLiteral("J-41"), QStringLiteral("3")));
    const HandoffJobResult big = bigFile.jobs.first();
    CHECK(big.number.isEmpty());
    CHECK(big.attention.contains(QStringLiteral("approval threshold")));
    CHECK(bigFile.needsAttention());
    CHECK(documentOf(t, big.documentId).isDraft());
    CHECK(documentOf(t, big.documentId).totalGross == 23400);
    CHECK(rulesOf(t, big.documentId, QStringLiteral("big.json"))
        == QStringList {QStringLiteral("draft"), QStringLiteral("post:attention")});

    // Exactly at the threshold is within it; the next number follows the first, gapless.
    setThreshold(t, 23400);
    const HandoffJobResult equal
        = importOne(processor, s, QStringLiteral("equal.json"), jobJson(QStringLiteral("J-42"), QStringLiteral("3")))
              .jobs.first();
    CHECK(equal.number.endsWith(QStringLiteral("00002")));

    // The log read back from the audit trail, newest first.
    auto log = processor.recent(10);
    REQUIRE(log.ok());
    REQUIRE(log->size() == 3);
    CHECK(log->at(0).fileName == QStringLiteral("equal.json"));
    CHECK(log->at(1).jobs.first().attention == big.attention);
}

TEST_CASE("hand-off rules: posting keeps the legal and e-invoice checks; a job with missing data stays a draft")
{
    TestLedger t;
    const HandoffSettings s = handoffIn(t, true);
    HandoffProcessor processor(t.ledger());

    // The customer wants Peppol e-invoices but has no electronic address: the e-invoice check refuses.
    Customer customer = t->context().customers.find(t.customerId()).value();
    customer.einvoiceFormat = EInvoiceFormat::Peppol;
    const Status updated = t->customers().update(customer);
    INFO(updated.message().toStdString());
    REQUIRE(updated.ok());
    auto issues = [&](qint64 id) {
        auto found = t->posting().check(id);
        REQUIRE(found.ok());
        return found.value();
    };
    const HandoffJobResult peppol
        = importOne(processor, s, QStringLiteral("peppol.json"), jobJson(QStringLiteral("J-50"))).jobs.first();
    CHECK(peppol.number.isEmpty());
    CHECK(documentOf(t, peppol.documentId).isDraft());
    REQUIRE_FALSE(issues(peppol.documentId).isEmpty());
    CHECK(issues(peppol.documentId).first().field == QStringLiteral("einvoice"));
    CHECK(peppol.attention.contains(issues(peppol.documentId).first().message));

    // A new customer without a billing address: the legal check names it.
    const HandoffJobResult noAddress = importOne(processor, s, QStringLiteral("new-customer.json"),
        jobJson(QStringLiteral("J-51"), QStringLiteral("1"), QStringLiteral(R"({"name":"Garage Dupont"})")))
                                           .jobs.first();
    CHECK(noAddress.number.isEmpty());
    CHECK(noAddress.attention.contains(QStringLiteral("billing address")));
    CHECK(rulesOf(t, noAddress.documentId, QStringLiteral("new-customer.json"))
        == QStringList {QStringLiteral("draft"), QStringLiteral("post:attention")});

    // The seller's VAT id removed: nothing is posted, the job still imported as a draft.
    CompanySettings company = t->context().company.load().value();
    company.vatId.clear();
    REQUIRE(t->context().company.save(company, t.clock().nowUtc()).ok());
    const HandoffJobResult noSeller
        = importOne(processor, s, QStringLiteral("seller.json"), jobJson(QStringLiteral("J-52"))).jobs.first();
    CHECK(noSeller.attention.contains(QStringLiteral("VAT id")));
    CHECK(documentOf(t, noSeller.documentId).isDraft());
}

TEST_CASE("hand-off rules: the send rule queues the posted invoice in the outbox; without a recipient it says so")
{
    TestLedger t;
    const HandoffSettings s = handoffIn(t, true, true);
    HandoffProcessor processor(t.ledger(), mailer(t.ledger()));
    OutboxRepository outbox(t->database());

    const HandoffJobResult sent
        = importOne(processor, s, QStringLiteral("send.json"), jobJson(QStringLiteral("J-60"))).jobs.first();
    INFO(sent.attention.toStdString());
    CHECK(sent.attention.isEmpty());
    CHECK_FALSE(sent.number.isEmpty());
    REQUIRE(sent.outboxId > 0);
    auto message = outbox.find(sent.outboxId, false);
    REQUIRE(message.ok());
    CHECK(message->documentId == sent.documentId);
    CHECK(rulesOf(t, sent.documentId, QStringLiteral("send.json"))
        == QStringList {QStringLiteral("draft"), QStringLiteral("post"), QStringLiteral("send")});
    // The outbox's own "send" event is there too (the integrity check looks for it).
    auto events = t->context().audit.forEntity(QStringLiteral("invoice"), sent.documentId);
    REQUIRE(events.ok());
    CHECK(std::any_of(
        events->begin(), events->end(), [](const AuditEvent &e) { return e.action == QLatin1String("send"); }));

    // A new customer with an address but no e-mail: posted, not sent, listed as needing attention.
    const HandoffJobResult noMail = importOne(processor, s, QStringLiteral("nomail.json"),
        jobJson(QStringLiteral("J-61"), QStringLiteral("1"),
            QStringLiteral(R"({"name":"Garage Dupont","address":"8 rue Neuve\n69001 Lyon"})")))
                                        .jobs.first();
    CHECK_FALSE(noMail.number.isEmpty());
    CHECK(noMail.outboxId == 0);
    CHECK(noMail.attention.contains(noMail.number));
    CHECK(rulesOf(t, noMail.documentId, QStringLiteral("nomail.json"))
        == QStringList {QStringLiteral("draft"), QStringLiteral("post"), QStringLiteral("send:attention")});
    auto count = outbox.count({});
    REQUIRE(count.ok());
    CHECK(count.value() == 1);
}

TEST_CASE("hand-off settings: stored in the company file, checked and audited; a manager's change")
{
    TestLedger t;
    HandoffSettingsService service(t->context(), t->audit());
    HandoffSettings s = service.load().value();
    CHECK_FALSE(s.isSet());
    CHECK(s.makeDraft);
    CHECK_FALSE(s.post);

    s = handoffIn(t, true, true);
    s.settleSeconds = 20;
    REQUIRE(service.save(s).ok());
    CHECK(service.load().value() == s);

    HandoffSettings wrong = s;
    wrong.post = false;
    CHECK(service.save(wrong).error().kind() == ErrorKind::Invalid); // send needs post
    wrong = s;
    wrong.folder = QDir(t.dir()).filePath(QStringLiteral("missing"));
    CHECK(service.save(wrong).error().kind() == ErrorKind::Storage);
    wrong.folder = t.dir(); // the company file's own folder (a company on a server has none)
    if (!t->database().isServer())
        CHECK(service.save(wrong).error().kind() == ErrorKind::Invalid);
    CHECK(service.load().value() == s);

    User clerk;
    clerk.name = QStringLiteral("paul");
    clerk.role = UserRole::Clerk;
    REQUIRE(t->settings().addUser(clerk).ok());
    REQUIRE(t->signIn(QStringLiteral("paul")).ok());
    s.post = s.send = false;
    CHECK(service.save(s).error().kind() == ErrorKind::Permission);
}
