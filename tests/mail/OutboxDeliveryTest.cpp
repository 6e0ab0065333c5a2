#include "MailTestSupport.h"
#include "OutboxTestSupport.h"
#include "SmtpTestServer.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using OutboxTest::Fixture;

namespace {
QJsonObject auditDetails(Fixture &f, qint64 documentId, const QString &action)
{
    const QList<AuditEvent> events = f.auditEvents(documentId, action);
    return events.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(events.first().details.toUtf8()).object();
}

int auditCount(Fixture &f, qint64 documentId, const QString &action)
{
    return static_cast<int>(f.auditEvents(documentId, action).size());
}
} // namespace

TEST_CASE("a queued invoice is delivered once, parsed back intact, and recorded in its history")
{
    SmtpTestServer server;
    REQUIRE(server.isRunning());
    Fixture f;
    f.configure(server.port());
    const qint64 invoice = f.postInvoice(QStringLiteral("1028.80"));
    const qint64 other = f.postInvoice();

    auto queued = f.queueInvoice(invoice);
    INFO(queued.message().toStdString());
    REQUIRE(queued.ok());
    OutboxMessage m = f.message(queued.value());
    CHECK(m.status == OutboxStatus::Queued);
    CHECK(m.attempts == 0);
    CHECK(m.maxAttempts == 3);
    CHECK(m.recipients == QStringList {QStringLiteral("Comptabilit\u00e9 <compta@example.fr>")});
    CHECK(m.subject == QStringLiteral("Facture INV-2026-00001 de Climatec Services SAS"));
    REQUIRE(m.attachments.size() == 1);
    CHECK(m.attachments.at(0).size == OutboxTest::samplePdf().size());
    // Queued in the same transaction as its audit event, which names recipients and subject.
    const QJsonObject send = auditDetails(f, invoice, QStringLiteral("send"));
    CHECK(send.value(QStringLiteral("to")).toArray().at(0).toString() == m.recipients.at(0));
    CHECK(send.value(QStringLiteral("subject")).toString() == m.subject);
    CHECK(send.value(QStringLiteral("outbox")).toInteger() == m.id);
    auto notYet = f.outbox().lastSentAt(invoice);
    REQUIRE(notYet.ok());
    CHECK_FALSE(notYet->isValid());

    const QList<OutboxTest::Outcome> outcomes = f.runSender(server.port());
    REQUIRE(outcomes.size() == 1);
    INFO(outcomes.at(0).message.toStdString());
    CHECK(outcomes.at(0).status == OutboxStatus::Sent);
    REQUIRE(server.messages().size() == 1);
    CHECK(server.messageData(0) == m.mime); // the stored bytes, exactly

    m = f.message(m.id);
    CHECK(m.status == OutboxStatus::Sent);
    CHECK(m.attempts == 1);
    CHECK(m.sentAt == f.t.clock().nowUtc());
    CHECK(m.serverReply.startsWith(QStringLiteral("250 ")));

    const QJsonObject parsed = MailTest::parseMessage(server.messages().at(0));
    INFO(QString::fromUtf8(QJsonDocument(parsed).toJson()).toStdString());
    CHECK(parsed.value(QStringLiteral("defects")).toArray().isEmpty());
    CHECK(parsed.value(QStringLiteral("subject")).toString() == m.subject);
    const QJsonObject from = parsed.value(QStringLiteral("from")).toArray().at(0).toObject();
    CHECK(from.value(QStringLiteral("address")).toString() == QStringLiteral("billing@climatec.example"));
    CHECK(from.value(QStringLiteral("name")).toString() == QStringLiteral("Climatec Services SAS"));
    const QJsonObject to = parsed.value(QStringLiteral("to")).toArray().at(0).toObject();
    CHECK(to.value(QStringLiteral("name")).toString() == QStringLiteral("Comptabilit\u00e9"));
    CHECK(to.value(QStringLiteral("address")).toString() == QStringLiteral("compta@example.fr"));
    CHECK(parsed.value(QStringLiteral("message_id")).toString() == QLatin1Char('<') + m.messageId + QLatin1Char('>'));
    const QJsonArray parts = parsed.value(QStringLiteral("parts")).toArray();
    REQUIRE(parts.size() == 3);
    const QString body = parts.at(1).toObject().value(QStringLiteral("text")).toString();
    CHECK(body.startsWith(QStringLiteral("Bonjour,")));
    CHECK(body.contains(QStringLiteral("INV-2026-00001")));
    CHECK(body.contains(QStringLiteral("1\u202f234,56\u00a0\u20ac")));
    CHECK(body.contains(QStringLiteral("09/04/2026")));
    const QJsonObject attachment = parts.at(2).toObject();
    CHECK(attachment.value(QStringLiteral("filename")).toString() == QStringLiteral("invoice.pdf"));
    CHECK(QByteArray::fromBase64(attachment.value(QStringLiteral("data_base64")).toString().toLatin1())
        == OutboxTest::samplePdf());

    // The history: when, to whom, which subject; and the audit event of the delivery.
    auto history = f.outbox().history(invoice);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->at(0).sentAt == f.t.clock().nowUtc());
    CHECK(history->at(0).recipients == m.recipients);
    CHECK(history->at(0).subject == m.subject);
    CHECK(history->at(0).sentBy == QStringLiteral("marie"));
    CHECK(auditCount(f, invoice, QStringLiteral("sent")) == 1);
    CHECK(
        auditDetails(f, invoice, QStringLiteral("sent")).value(QStringLiteral("message_id")).toString() == m.messageId);

    // The invoice list's filter: sent / not sent.
    DocumentFilter sentFilter;
    sentFilter.sent = true;
    auto sentList = f.t->context().documents.list(sentFilter, 0, 100);
    REQUIRE(sentList.ok());
    REQUIRE(sentList->size() == 1);
    CHECK(sentList->at(0).id == invoice);
    DocumentFilter notSent;
    notSent.sent = false;
    notSent.type = DocumentType::Invoice;
    auto notSentList = f.t->context().documents.list(notSent, 0, 100);
    REQUIRE(notSentList.ok());
    REQUIRE(notSentList->size() == 1);
    CHECK(notSentList->at(0).id == other);
    auto totals = f.t->context().documents.totals(sentFilter);
    REQUIRE(totals.ok());
    CHECK(totals->count == 1);

    // Nothing more to do: a second run delivers nothing again.
    CHECK(f.runSender(server.port()).isEmpty());
    CHECK(server.messages().size() == 1);
    // A sent message stays as it was: no resend, no cancel.
    CHECK(f.outbox().resend(m.id).error().kind() == ErrorKind::Refused);
    CHECK(f.outbox().cancel(m.id).error().kind() == ErrorKind::Refused);
}

TEST_CASE("a server that is down leaves the message queued with its error; it goes out once the server is up")
{
    const quint16 port = OutboxTest::freePort();
    Fixture f;
    f.configure(port);
    const qint64 invoice = f.postInvoice();
    auto queued = f.queueInvoice(invoice);
    REQUIRE(queued.ok());

    QList<OutboxTest::Outcome> outcomes = f.runSender(port);
    REQUIRE(outcomes.size() == 1);
    CHECK(outcomes.at(0).status == OutboxStatus::Queued);
    OutboxMessage m = f.message(queued.value());
    CHECK(m.status == OutboxStatus::Queued);
    CHECK(m.attempts == 1);
    CHECK(m.lastError.contains(QStringLiteral("Could not connect")));
    CHECK(m.nextAttemptAt == f.t.clock().nowUtc().addSecs(60));

    // Not due yet: nothing is tried before the back-off has passed.
    CHECK(f.runSender(port).isEmpty());
    CHECK(f.message(m.id).attempts == 1);

    // Closing the program loses nothing: the file says it all.
    f.reopen();
    auto again = f.outbox().repository().find(m.id, false);
    REQUIRE(again.ok());
    CHECK(again->status == OutboxStatus::Queued);

    SmtpTestServer server({QStringLiteral("--port"), QString::number(port)});
    REQUIRE(server.isRunning());
    REQUIRE(server.port() == port);
    f.advanceSeconds(61);
    outcomes = f.runSender(port);
    REQUIRE(outcomes.size() == 1);
    INFO(outcomes.at(0).message.toStdString());
    CHECK(outcomes.at(0).status == OutboxStatus::Sent);
    CHECK(server.messages().size() == 1);
    m = f.message(m.id);
    CHECK(m.status == OutboxStatus::Sent);
    CHECK(m.attempts == 2);
    CHECK(auditCount(f, invoice, QStringLiteral("sent")) == 1);
}

TEST_CASE("a temporary refusal (4xx) is retried after the back-off and then delivered once")
{
    SmtpTestServer server({QStringLiteral("--temporary-failures"), QStringLiteral("1")});
    REQUIRE(server.isRunning());
    Fixture f;
    f.configure(server.port());
    auto queued = f.queueInvoice(f.postInvoice());
    REQUIRE(queued.ok());

    QList<OutboxTest::Outcome> outcomes = f.runSender(server.port());
    REQUIRE(outcomes.size() == 1);
    CHECK(outcomes.at(0).status == OutboxStatus::Queued);
    OutboxMessage m = f.message(queued.value());
    CHECK(m.status == OutboxStatus::Queued);
    CHECK(m.serverReply.startsWith(QStringLiteral("451 ")));
    CHECK(m.lastError.contains(QStringLiteral("Mailbox temporarily unavailable")));
    CHECK(server.messages().isEmpty());

    f.advanceSeconds(60);
    outcomes = f.runSender(server.port());
    REQUIRE(outcomes.size() == 1);
    CHECK(outcomes.at(0).status == OutboxStatus::Sent);
    CHECK(server.messages().size() == 1);
    CHECK(server.commandsLog().count(QStringLiteral("MAIL FROM")) == 2);
    CHECK(f.message(m.id).attempts == 2);
}

TEST_CASE("temporary failures stop after the last attempt; the user resends or cancels")
{
    SmtpTestServer server({QStringLiteral("--temporary-failures"), QStringLiteral("5")});
    REQUIRE(server.isRunning());
    Fixture f;
    f.configure(server.port(), 3);
    auto queued = f.queueInvoice(f.postInvoice());
    REQUIRE(queued.ok());
    const qint64 id = queued.value();

    CHECK(f.runSender(server.port()).at(0).status == OutboxStatus::Queued);
    CHECK(f.message(id).nextAttemptAt == f.t.clock().nowUtc().addSecs(60));
    f.advanceSeconds(60);
    CHECK(f.runSender(server.port()).at(0).status == OutboxStatus::Queued);
    CHECK(f.message(id).nextAttemptAt == f.t.clock().nowUtc().addSecs(600)); // longer the second time
    f.advanceSeconds(600);
    const QList<OutboxTest::Outcome> last = f.runSender(server.port());
    REQUIRE(last.size() == 1);
    CHECK(last.at(0).status == OutboxStatus::Failed);
    OutboxMessage m = f.message(id);
    CHECK(m.status == OutboxStatus::Failed);
    CHECK(m.attempts == 3);
    CHECK(m.lastError.contains(QStringLiteral("Gave up after 3 attempt")));
    CHECK_FALSE(m.nextAttemptAt.isValid());
    f.advanceSeconds(3600);
    CHECK(f.runSender(server.port()).isEmpty()); // failed stays failed
    CHECK(server.commandsLog().count(QStringLiteral("MAIL FROM")) == 3);

    REQUIRE(f.outbox().resend(id).ok());
    m = f.message(id);
    CHECK(m.status == OutboxStatus::Queued);
    CHECK(m.attempts == 0);
    CHECK(m.nextAttemptAt == f.t.clock().nowUtc());
    REQUIRE(f.outbox().cancel(id).ok());
    CHECK(f.message(id).status == OutboxStatus::Cancelled);
    CHECK(f.runSender(server.port()).isEmpty());
    CHECK(server.messages().isEmpty());
    CHECK(auditCount(f, m.documentId, QStringLiteral("send_retry")) == 1);
    CHECK(auditCount(f, m.documentId, QStringLiteral("send_cancel")) == 1);
    CHECK(auditCount(f, m.documentId, QStringLiteral("send_failed")) == 1);
}

TEST_CASE("a permanent refusal (5xx) fails the message at once, with the server's reason")
{
    SmtpTestServer server({QStringLiteral("--refuse-recipient"), QStringLiteral("compta@example.fr")});
    REQUIRE(server.isRunning());
    Fixture f;
    f.configure(server.port());
    auto queued = f.queueInvoice(f.postInvoice());
    REQUIRE(queued.ok());

    const QList<OutboxTest::Outcome> outcomes = f.runSender(server.port());
    REQUIRE(outcomes.size() == 1);
    CHECK(outcomes.at(0).status == OutboxStatus::Failed);
    const OutboxMessage m = f.message(queued.value());
    CHECK(m.status == OutboxStatus::Failed);
    CHECK(m.attempts == 1);
    CHECK(m.serverReply.startsWith(QStringLiteral("550 ")));
    CHECK(m.lastError.contains(QStringLiteral("compta@example.fr")));
    f.advanceSeconds(3600);
    CHECK(f.runSender(server.port()).isEmpty());
    CHECK(server.messages().isEmpty());
    CHECK(auditDetails(f, m.documentId, QStringLiteral("send_failed"))
              .value(QStringLiteral("server_reply"))
              .toString()
              .startsWith(QStringLiteral("550")));
}
