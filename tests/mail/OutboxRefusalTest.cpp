#include "OutboxTestSupport.h"

#include <catch2/catch.hpp>

using OutboxTest::Fixture;

namespace {
// Queues the request and checks that it was refused with a message containing `expected` and
// that the company file did not change at all.
void requireRefused(Fixture &f, const DocumentMailRequest &request, const QString &expected)
{
    const QString before = f.dump();
    auto queued = f.queue(request);
    INFO(expected.toStdString());
    REQUIRE_FALSE(queued.ok());
    INFO(queued.message().toStdString());
    CHECK(queued.message().contains(expected, Qt::CaseInsensitive));
    CHECK(f.dump() == before);
    auto count = f.outbox().repository().count({});
    REQUIRE(count.ok());
    CHECK(count.value() == 0);
}
} // namespace

TEST_CASE("header injection and bad addresses are refused and nothing is queued")
{
    Fixture f;
    f.configure(2525);
    const qint64 invoice = f.postInvoice();
    DocumentMailRequest base;
    base.documentId = invoice;

    SECTION("a line break in the subject")
    {
        DocumentMailRequest r = base;
        r.subject = QStringLiteral("Invoice\r\nBcc: everyone@example.com");
        requireRefused(f, r, QStringLiteral("line break"));
    }
    SECTION("a bare line feed in the subject")
    {
        DocumentMailRequest r = base;
        r.subject = QStringLiteral("Invoice\nX-Injected: yes");
        requireRefused(f, r, QStringLiteral("line break"));
    }
    SECTION("a line break in a recipient")
    {
        DocumentMailRequest r = base;
        r.to = {QStringLiteral("compta@example.fr\r\nBcc: everyone@example.com")};
        requireRefused(f, r, QStringLiteral("Recipient"));
    }
    SECTION("a line break in a recipient's name")
    {
        DocumentMailRequest r = base;
        r.to = {QStringLiteral("Jane\r\nBcc: x@example.com <jane@example.com>")};
        requireRefused(f, r, QStringLiteral("Recipient"));
    }
    SECTION("an invalid recipient address")
    {
        DocumentMailRequest r = base;
        r.to = {QStringLiteral("not an address")};
        requireRefused(f, r, QStringLiteral("Recipient"));
    }
    SECTION("an invalid copy address")
    {
        DocumentMailRequest r = base;
        r.cc = {QStringLiteral("cc@@example.com")};
        requireRefused(f, r, QStringLiteral("Copy to"));
    }
    SECTION("an empty subject")
    {
        DocumentMailRequest r = base;
        r.subject = QStringLiteral("  ");
        requireRefused(f, r, QStringLiteral("subject is empty"));
    }
    SECTION("a customer without any mail address, and none given")
    {
        const qint64 customer = f.t.addCustomer(QStringLiteral("Sans Courriel SARL"));
        Customer c = f.t->context().customers.find(customer).value();
        c.contacts.clear();
        REQUIRE(f.t->customers().update(c).ok());
        const qint64 draft = f.t.draftWith(
            {{QStringLiteral("Repair"), QStringLiteral("1"), QStringLiteral("50"), QStringLiteral("20")}}, customer);
        REQUIRE(f.t->posting().post(draft).ok());
        DocumentMailRequest r;
        r.documentId = draft;
        requireRefused(f, r, QStringLiteral("no recipient"));
    }
    SECTION("a draft")
    {
        const qint64 draft = f.t.draftWith(
            {{QStringLiteral("Repair"), QStringLiteral("1"), QStringLiteral("50"), QStringLiteral("20")}});
        DocumentMailRequest r;
        r.documentId = draft;
        requireRefused(f, r, QStringLiteral("draft"));
    }
    SECTION("a document that does not exist")
    {
        DocumentMailRequest r;
        r.documentId = 9999;
        const QString before = f.dump();
        CHECK_FALSE(f.queue(r).ok());
        CHECK(f.dump() == before);
    }
    SECTION("a reminder for a credit note")
    {
        auto note = f.t->creditNotes().createDraft(invoice, QStringLiteral("Returned part"));
        REQUIRE(note.ok());
        auto posted = f.t->posting().post(note.value());
        INFO(posted.message().toStdString());
        REQUIRE(posted.ok());
        DocumentMailRequest r;
        r.documentId = note.value();
        r.reminder = true;
        requireRefused(f, r, QStringLiteral("reminders are for invoices"));
        r.reminder = false;
        auto composed = f.composer().compose(r, {});
        REQUIRE(composed.ok()); // the credit note itself can be sent
        CHECK(composed->kind == MailKind::CreditNote);
        CHECK(composed->message.subject.startsWith(QStringLiteral("Avoir CN-2026-00001")));
    }
}

TEST_CASE("an attachment with a line break in its name is refused by the MIME builder, nothing queued")
{
    Fixture f;
    f.configure(2525);
    DocumentMailRequest r;
    r.documentId = f.postInvoice();
    auto composed = f.composer().compose(r,
        {{QStringLiteral("invoice.pdf\r\nContent-Type: text/html"), QStringLiteral("application/pdf"),
            OutboxTest::samplePdf()}});
    REQUIRE(composed.ok());
    const QString before = f.dump();
    auto queued = f.outbox().queue(composed.value());
    REQUIRE_FALSE(queued.ok());
    CHECK(queued.message().contains(QStringLiteral("line break")));
    CHECK(f.dump() == before);
}

TEST_CASE("the mail composed for a posted invoice follows the document's language and the customer's contacts")
{
    Fixture f;
    f.configure(2525);
    const qint64 invoice = f.postInvoice(QStringLiteral("1028.80"));

    auto draft = f.composer().draft(invoice);
    INFO(draft.message().toStdString());
    REQUIRE(draft.ok());
    CHECK(draft->kind == MailKind::Invoice);
    REQUIRE(draft->contacts.size() == 1);
    CHECK(draft->defaultTo == QStringList {QStringLiteral("Comptabilit\u00e9 <compta@example.fr>")});
    CHECK(draft->subject == QStringLiteral("Facture INV-2026-00001 de Climatec Services SAS"));
    CHECK(draft->body.contains(QStringLiteral("Montant d\u00fb\u00a0: 1\u202f234,56\u00a0\u20ac")));
    CHECK(draft->from.address() == QStringLiteral("billing@climatec.example"));

    auto reminder = f.composer().draft(invoice, true);
    REQUIRE(reminder.ok());
    CHECK(reminder->kind == MailKind::Reminder);
    CHECK(reminder->subject.startsWith(QStringLiteral("Relance")));

    DocumentMailRequest r;
    r.documentId = invoice;
    r.to = {QStringLiteral("Someone Else <else@example.com>"), QStringLiteral("third@example.com")};
    r.cc = {QStringLiteral("boss@climatec.example")};
    r.body = QStringLiteral("Hello");
    r.includePrintedNotes = true;
    auto composed = f.composer().compose(r, {});
    REQUIRE(composed.ok());
    CHECK(composed->message.to.size() == 2);
    CHECK(composed->message.to.at(0).displayName() == QStringLiteral("Someone Else"));
    CHECK(composed->message.cc.at(0).address() == QStringLiteral("boss@climatec.example"));
    CHECK(composed->message.subject == draft->subject);
    CHECK(composed->message.textBody == QStringLiteral("Hello")); // no printed notes on this invoice
    CHECK(MailComposer::withPrintedNotes(QStringLiteral("Hello"), QStringLiteral("Thank you!"))
        == QStringLiteral("Hello\n\nThank you!\n"));
}
