#include "SmtpClient.h"

#include "MailTestSupport.h"
#include "MimeBuilder.h"
#include "SmtpTestServer.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>

#include <catch2/catch.hpp>

using Security = SmtpSettings::Security;
using Delivery = SmtpOutcome::Status;
using Reason = SmtpOutcome::Reason;
using Stage = SmtpOutcome::Stage;

using MailTest::describe;

TEST_CASE("plain SMTP delivers the exact message bytes and envelope, asynchronously")
{
    SmtpTestServer server;
    REQUIRE(server.isRunning());
    const EncodedMessage message = MailTest::simpleMessage();
    const SmtpSettings settings = MailTest::localSettings(server.port(), Security::None);

    SmtpClient client;
    QEventLoop loop;
    QList<SmtpOutcome> outcomes;
    QList<Stage> stages;
    QObject::connect(&client, &SmtpClient::finished, &loop, [&](const SmtpOutcome &outcome) {
        outcomes.append(outcome);
        loop.quit();
    });
    QObject::connect(&client, &SmtpClient::stageChanged, &loop, [&](Stage stage) { stages.append(stage); });
    REQUIRE(client.send(settings, message));
    CHECK(client.isBusy());
    CHECK(outcomes.isEmpty()); // never from inside send()
    CHECK_FALSE(client.send(settings, message)); // one at a time
    loop.exec();

    REQUIRE(outcomes.size() == 1);
    const SmtpOutcome &outcome = outcomes.constFirst();
    INFO(describe(outcome));
    CHECK(outcome.status == Delivery::Sent);
    CHECK(outcome.isSent());
    CHECK(outcome.reason == Reason::None);
    CHECK(outcome.stage == Stage::Done);
    CHECK(outcome.replyCode == 250);
    CHECK(outcome.serverText.contains(QStringLiteral("queued as 1")));
    CHECK(outcome.peerCertificateSha256.isEmpty());
    CHECK_FALSE(client.isBusy());
    CHECK(stages.indexOf(Stage::Hello) < stages.indexOf(Stage::Envelope));
    CHECK(stages.indexOf(Stage::Envelope) < stages.indexOf(Stage::MessageTransfer));
    CHECK(stages.indexOf(Stage::Greeting) >= 0);

    REQUIRE(server.messages().size() == 1);
    CHECK(server.messageData(0) == message.data);
    const QJsonObject envelope = server.envelope(0);
    CHECK(envelope.value(QStringLiteral("mail_from")).toString() == QStringLiteral("billing@facturo.test"));
    CHECK(envelope.value(QStringLiteral("rcpt_tos")).toArray() == QJsonArray {QStringLiteral("customer@example.com")});
    CHECK(envelope.value(QStringLiteral("mail_options")).toArray()
        == QJsonArray {QStringLiteral("SIZE=%1").arg(message.data.size())});
    CHECK_FALSE(envelope.value(QStringLiteral("tls")).toBool());

    // What a mail reader makes of the message as the server received it.
    const QJsonObject parsed = MailTest::parseMessage(server.messages().at(0));
    INFO(QString::fromUtf8(QJsonDocument(parsed).toJson()).toStdString());
    CHECK(parsed.value(QStringLiteral("defects")).toArray().isEmpty());
    CHECK(parsed.value(QStringLiteral("subject")).toString() == QStringLiteral("Invoice INV-2024-00001"));
    const QJsonObject from = parsed.value(QStringLiteral("from")).toArray().at(0).toObject();
    CHECK(from.value(QStringLiteral("name")).toString() == QStringLiteral("Atelier M\u00fcller & S\u00f6hne"));
    CHECK(from.value(QStringLiteral("address")).toString() == QStringLiteral("billing@facturo.test"));
    const QJsonObject to = parsed.value(QStringLiteral("to")).toArray().at(0).toObject();
    CHECK(to.value(QStringLiteral("name")).toString() == QStringLiteral("Fran\u00e7oise Lef\u00e8vre"));
    CHECK(parsed.value(QStringLiteral("message_id")).toString()
        == QLatin1Char('<') + message.messageId + QLatin1Char('>'));
    const QJsonArray parts = parsed.value(QStringLiteral("parts")).toArray();
    REQUIRE(parts.size() == 3);
    CHECK(parts.at(1).toObject().value(QStringLiteral("text")).toString()
        == QStringLiteral("Please find attached our invoice (1\u202f234,56\u00a0\u20ac).\nKind regards\n"));
    CHECK(parts.at(2).toObject().value(QStringLiteral("filename")).toString() == QStringLiteral("invoice.pdf"));
    CHECK(QByteArray::fromBase64(parts.at(2).toObject().value(QStringLiteral("data_base64")).toString().toLatin1())
        == MailTest::simpleAttachment());
}

TEST_CASE("dot-stuffing: body lines starting with a dot arrive unchanged")
{
    SmtpTestServer server;
    REQUIRE(server.isRunning());
    MailMessage message;
    message.from = MailAddress::parse(QStringLiteral("billing@facturo.test")).value();
    message.to = {MailAddress::parse(QStringLiteral("a@example.com")).value()};
    message.bcc = {MailAddress::parse(QStringLiteral("archive@facturo.test")).value()};
    message.subject = QStringLiteral("Dots");
    message.textBody = QStringLiteral(".leading dot\n.\n..two dots\nmiddle . dot\n.\n");
    const auto built = MimeBuilder::build(message, QDateTime::currentDateTime());
    REQUIRE(built.ok());
    const SmtpOutcome outcome = MailTest::send(MailTest::localSettings(server.port(), Security::None), built.value());
    INFO(describe(outcome));
    REQUIRE(outcome.status == Delivery::Sent);
    REQUIRE(server.messages().size() == 1);
    CHECK(server.messageData(0) == built->data);
    const QJsonObject parsed = MailTest::parseMessage(server.messages().at(0));
    CHECK(parsed.value(QStringLiteral("parts")).toArray().at(0).toObject().value(QStringLiteral("text")).toString()
        == message.textBody);
    CHECK(server.envelope(0).value(QStringLiteral("rcpt_tos")).toArray()
        == QJsonArray({QStringLiteral("a@example.com"), QStringLiteral("archive@facturo.test")}));
}

TEST_CASE("a server without EHLO is spoken to with HELO")
{
    SmtpTestServer server({QStringLiteral("--no-ehlo")});
    REQUIRE(server.isRunning());
    const SmtpOutcome outcome
        = MailTest::send(MailTest::localSettings(server.port(), Security::None), MailTest::simpleMessage());
    INFO(describe(outcome));
    CHECK(outcome.status == Delivery::Sent);
    CHECK(server.messages().size() == 1);
    // HELO announces no SIZE, so none is declared in MAIL FROM.
    CHECK(server.envelope(0).value(QStringLiteral("mail_options")).toArray().isEmpty());
}

TEST_CASE("a server that is down is a temporary failure with a clear message")
{
    QTcpServer probe; // find a free port, then free it again: nobody listens there
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    const SmtpOutcome outcome
        = MailTest::send(MailTest::localSettings(port, Security::None), MailTest::simpleMessage());
    INFO(describe(outcome));
    CHECK(outcome.status == Delivery::TemporaryFailure);
    CHECK(outcome.mayRetry());
    CHECK(outcome.reason == Reason::ConnectionFailed);
    CHECK(outcome.stage == Stage::Connecting);
    CHECK(outcome.message.contains(QStringLiteral("127.0.0.1")));
    CHECK(outcome.message.contains(QString::number(port)));
    CHECK(outcome.message.contains(QStringLiteral("refused"), Qt::CaseInsensitive));
}

TEST_CASE("a 4xx answer is a temporary failure; the next attempt succeeds")
{
    SmtpTestServer server({QStringLiteral("--temporary-failures"), QStringLiteral("1")});
    REQUIRE(server.isRunning());
    const SmtpSettings settings = MailTest::localSettings(server.port(), Security::None);
    const EncodedMessage message = MailTest::simpleMessage();

    const SmtpOutcome first = MailTest::send(settings, message);
    INFO(describe(first));
    CHECK(first.status == Delivery::TemporaryFailure);
    CHECK(first.reason == Reason::ServerRefused);
    CHECK(first.replyCode == 451);
    CHECK(first.serverText == QStringLiteral("4.3.0 Mailbox temporarily unavailable, try again later"));
    CHECK(first.message.contains(first.serverText));
    CHECK(server.messages().isEmpty());

    const SmtpOutcome second = MailTest::send(settings, message);
    INFO(describe(second));
    CHECK(second.status == Delivery::Sent);
    CHECK(server.messages().size() == 1);
}

TEST_CASE("a 5xx answer is a permanent failure naming the refused recipient")
{
    SmtpTestServer server({QStringLiteral("--refuse-recipient"), QStringLiteral("customer@example.com")});
    REQUIRE(server.isRunning());
    const SmtpOutcome outcome
        = MailTest::send(MailTest::localSettings(server.port(), Security::None), MailTest::simpleMessage());
    INFO(describe(outcome));
    CHECK(outcome.status == Delivery::PermanentFailure);
    CHECK_FALSE(outcome.mayRetry());
    CHECK(outcome.reason == Reason::ServerRefused);
    CHECK(outcome.stage == Stage::Envelope);
    CHECK_FALSE(outcome.dataAccepted());
    CHECK(outcome.replyCode == 550);
    CHECK(outcome.recipient == QStringLiteral("customer@example.com"));
    CHECK(outcome.serverText.contains(QStringLiteral("User unknown")));
    CHECK(server.messages().isEmpty());
}

TEST_CASE("a message larger than the announced SIZE is refused before it is offered")
{
    const EncodedMessage message = MailTest::simpleMessage();
    const qint64 size = message.data.size();
    SECTION("one byte too many")
    {
        SmtpTestServer server({QStringLiteral("--size-limit"), QString::number(size - 1)});
        REQUIRE(server.isRunning());
        const SmtpOutcome outcome = MailTest::send(MailTest::localSettings(server.port(), Security::None), message);
        INFO(describe(outcome));
        CHECK(outcome.status == Delivery::PermanentFailure);
        CHECK(outcome.reason == Reason::MessageTooLarge);
        CHECK(server.commandsLog().isEmpty()); // not even MAIL FROM
        CHECK(server.messages().isEmpty());
    }
    SECTION("exactly the limit")
    {
        SmtpTestServer server({QStringLiteral("--size-limit"), QString::number(size)});
        REQUIRE(server.isRunning());
        const SmtpOutcome outcome = MailTest::send(MailTest::localSettings(server.port(), Security::None), message);
        INFO(describe(outcome));
        CHECK(outcome.status == Delivery::Sent);
        CHECK(server.commandsLog().contains(QStringLiteral("SIZE=%1").arg(size)));
    }
}

TEST_CASE("a connection lost after the message data is 'unknown', never a silent retry")
{
    SmtpTestServer server({QStringLiteral("--drop-after-data")});
    REQUIRE(server.isRunning());
    const SmtpOutcome outcome
        = MailTest::send(MailTest::localSettings(server.port(), Security::None), MailTest::simpleMessage());
    INFO(describe(outcome));
    CHECK(outcome.status == Delivery::UnknownAfterData);
    CHECK_FALSE(outcome.mayRetry());
    CHECK(outcome.dataAccepted());
    CHECK(outcome.stage == Stage::MessageTransfer);
    CHECK(outcome.reason == Reason::ConnectionLost);
    CHECK(server.messages().size() == 1); // the server did get it: resending would duplicate
}

TEST_CASE("a server that never answers times out as a temporary failure")
{
    SmtpTestServer server({QStringLiteral("--mode"), QStringLiteral("silent")});
    REQUIRE(server.isRunning());
    SmtpSettings settings = MailTest::localSettings(server.port(), Security::None);
    settings.timeoutMs = 300;
    const SmtpOutcome outcome = MailTest::send(settings, MailTest::simpleMessage());
    INFO(describe(outcome));
    CHECK(outcome.status == Delivery::TemporaryFailure);
    CHECK(outcome.reason == Reason::Timeout);
    CHECK(outcome.stage == Stage::Greeting);
}

TEST_CASE("invalid envelope addresses are refused before connecting, through finished()")
{
    SmtpTestServer server;
    REQUIRE(server.isRunning());
    const SmtpSettings settings = MailTest::localSettings(server.port(), Security::None);
    const QByteArray data = MailTest::simpleMessage().data;
    for (const auto &[from, to] :
        std::initializer_list<std::pair<const char *, const char *>> {{"billing@facturo.test", "not an address"},
            {"billing@facturo.test", "customer@example.com>\r\nRCPT TO:<evil@example.net"},
            {"billing@facturo.test\r\nRSET", "customer@example.com"}, {"", "customer@example.com"}}) {
        INFO(from << " -> " << to);
        SmtpClient client;
        const SmtpOutcome outcome
            = client.sendBlocking(settings, QString::fromLatin1(from), {QString::fromLatin1(to)}, data);
        CHECK(outcome.status == Delivery::PermanentFailure);
        CHECK(outcome.reason == Reason::InvalidInput);
        CHECK_FALSE(outcome.message.isEmpty());
    }
    SmtpClient client;
    CHECK(
        client.sendBlocking(settings, QStringLiteral("billing@facturo.test"), {}, data).reason == Reason::InvalidInput);
    CHECK(server.commandsLog().isEmpty());
    CHECK(server.messages().isEmpty());
}

TEST_CASE("cancel() ends a running send at once with a temporary failure")
{
    SmtpTestServer server({QStringLiteral("--mode"), QStringLiteral("silent")});
    REQUIRE(server.isRunning());
    SmtpClient client;
    QEventLoop loop;
    QList<SmtpOutcome> outcomes;
    QObject::connect(&client, &SmtpClient::finished, &loop, [&](const SmtpOutcome &outcome) {
        outcomes.append(outcome);
        loop.quit();
    });
    // Once connected the client waits for a greeting that never comes: cancel then.
    QObject::connect(&client, &SmtpClient::stageChanged, &loop, [&](Stage stage) {
        if (stage == Stage::Greeting)
            client.cancel();
    });
    REQUIRE(client.send(MailTest::localSettings(server.port(), Security::None), MailTest::simpleMessage()));
    loop.exec();
    REQUIRE(outcomes.size() == 1);
    INFO(describe(outcomes.constFirst()));
    CHECK(outcomes.constFirst().status == Delivery::TemporaryFailure);
    CHECK(outcomes.constFirst().reason == Reason::Cancelled);
    CHECK(outcomes.constFirst().stage == Stage::Greeting);
    CHECK_FALSE(client.isBusy());
}
