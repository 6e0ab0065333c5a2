#include "MailTestSupport.h"
#include "SmtpClient.h"
#include "SmtpTestServer.h"
#include "TestCertificate.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using MailTest::describe;
using Security = SmtpSettings::Security;
using Delivery = SmtpOutcome::Status;
using Reason = SmtpOutcome::Reason;
using Stage = SmtpOutcome::Stage;

// TLS (certificate checks, trust by fingerprint, STARTTLS required) and authentication.

TEST_CASE("STARTTLS and implicit TLS deliver when the self-signed certificate is trusted by fingerprint")
{
    TestCertificate certificate;
    REQUIRE(certificate.isValid());
    const bool implicit = GENERATE(false, true);
    INFO((implicit ? "implicit TLS" : "STARTTLS"));
    SmtpTestServer server(
        certificate.serverArguments(implicit ? QStringLiteral("implicit-tls") : QStringLiteral("starttls")));
    REQUIRE(server.isRunning());
    SmtpSettings settings
        = MailTest::localSettings(server.port(), implicit ? Security::ImplicitTls : Security::StartTls);
    settings.trustedFingerprintSha256 = certificate.fingerprintSha256().toLower().remove(QLatin1Char(':'));
    const EncodedMessage message = MailTest::simpleMessage();

    SmtpClient client;
    const SmtpOutcome outcome = client.sendBlocking(settings, message);
    INFO(describe(outcome));
    CHECK(outcome.status == Delivery::Sent);
    CHECK(outcome.peerCertificateSha256 == certificate.fingerprintSha256());
    REQUIRE(server.messages().size() == 1);
    CHECK(server.messageData(0) == message.data);
    CHECK(server.envelope(0).value(QStringLiteral("tls")).toBool());
}

TEST_CASE("an untrusted certificate is refused and its fingerprint reported; nothing is sent")
{
    TestCertificate certificate;
    REQUIRE(certificate.isValid());
    const bool implicit = GENERATE(false, true);
    const bool wrongPin = GENERATE(false, true);
    INFO((implicit ? "implicit TLS" : "STARTTLS") << (wrongPin ? ", another certificate trusted" : ", none trusted"));
    SmtpTestServer server(
        certificate.serverArguments(implicit ? QStringLiteral("implicit-tls") : QStringLiteral("starttls")));
    REQUIRE(server.isRunning());
    SmtpSettings settings
        = MailTest::localSettings(server.port(), implicit ? Security::ImplicitTls : Security::StartTls);
    if (wrongPin)
        settings.trustedFingerprintSha256 = QString(64, QLatin1Char('a'));

    const SmtpOutcome outcome = MailTest::send(settings, MailTest::simpleMessage());
    INFO(describe(outcome));
    CHECK(outcome.status == Delivery::PermanentFailure);
    CHECK(outcome.reason == Reason::CertificateUntrusted);
    CHECK(outcome.stage == Stage::TlsHandshake);
    CHECK(outcome.peerCertificateSha256 == certificate.fingerprintSha256());
    CHECK(outcome.message.contains(certificate.fingerprintSha256()));
    CHECK(server.messages().isEmpty());
    CHECK(server.commandsLog().isEmpty());
}

TEST_CASE("STARTTLS required by the settings but not offered by the server is refused")
{
    SmtpTestServer server; // plain: no STARTTLS in its EHLO reply
    REQUIRE(server.isRunning());
    const SmtpOutcome outcome
        = MailTest::send(MailTest::localSettings(server.port(), Security::StartTls), MailTest::simpleMessage());
    INFO(describe(outcome));
    CHECK(outcome.status == Delivery::PermanentFailure);
    CHECK(outcome.reason == Reason::StartTlsUnavailable);
    CHECK(outcome.message.contains(QStringLiteral("STARTTLS")));
    CHECK(server.commandsLog().isEmpty());
    CHECK(server.messages().isEmpty());
}

TEST_CASE("a server that requires STARTTLS refuses a plain client with its own words")
{
    TestCertificate certificate;
    REQUIRE(certificate.isValid());
    SmtpTestServer server(
        certificate.serverArguments(QStringLiteral("starttls")) << QStringLiteral("--require-starttls"));
    REQUIRE(server.isRunning());
    const SmtpOutcome outcome
        = MailTest::send(MailTest::localSettings(server.port(), Security::None), MailTest::simpleMessage());
    INFO(describe(outcome));
    CHECK(outcome.status == Delivery::PermanentFailure);
    CHECK(outcome.reason == Reason::ServerRefused);
    CHECK(outcome.replyCode == 530);
    CHECK(outcome.serverText.contains(QStringLiteral("STARTTLS")));
    CHECK(outcome.message.contains(outcome.serverText));
    CHECK(server.messages().isEmpty());
}

TEST_CASE("AUTH PLAIN and LOGIN with the right password deliver, a wrong one is refused")
{
    TestCertificate certificate;
    REQUIRE(certificate.isValid());
    const bool loginOnly = GENERATE(false, true);
    INFO((loginOnly ? "AUTH LOGIN" : "AUTH PLAIN"));
    QStringList arguments = certificate.serverArguments(QStringLiteral("starttls"));
    arguments << QStringLiteral("--user") << QStringLiteral("billing") << QStringLiteral("--password")
              << QStringLiteral("s3cr\u00e9t pass");
    if (loginOnly)
        arguments << QStringLiteral("--exclude-auth") << QStringLiteral("PLAIN");
    SmtpTestServer server(arguments);
    REQUIRE(server.isRunning());
    SmtpSettings settings = MailTest::localSettings(server.port(), Security::StartTls);
    settings.trustedFingerprintSha256 = certificate.fingerprintSha256();
    settings.username = QStringLiteral("billing");

    settings.password = QStringLiteral("wrong");
    const SmtpOutcome refused = MailTest::send(settings, MailTest::simpleMessage());
    INFO(describe(refused));
    CHECK(refused.status == Delivery::PermanentFailure);
    CHECK(refused.reason == Reason::AuthenticationFailed);
    CHECK(refused.stage == Stage::Authentication);
    CHECK(refused.replyCode == 535);
    CHECK_FALSE(refused.serverText.isEmpty());
    CHECK_FALSE(refused.message.contains(settings.password));
    CHECK(server.messages().isEmpty());

    settings.password = QStringLiteral("s3cr\u00e9t pass");
    const SmtpOutcome accepted = MailTest::send(settings, MailTest::simpleMessage());
    INFO(describe(accepted));
    CHECK(accepted.status == Delivery::Sent);
    REQUIRE(server.messages().size() == 1);
    CHECK(server.envelope(0).value(QStringLiteral("authenticated")).toBool());
}

TEST_CASE("a password is never sent over a plain connection")
{
    SmtpTestServer server;
    REQUIRE(server.isRunning());
    SmtpSettings settings = MailTest::localSettings(server.port(), Security::None);
    settings.username = QStringLiteral("billing");
    settings.password = QStringLiteral("secret");
    const SmtpOutcome outcome = MailTest::send(settings, MailTest::simpleMessage());
    INFO(describe(outcome));
    CHECK(outcome.status == Delivery::PermanentFailure);
    CHECK(outcome.reason == Reason::InvalidInput);
    CHECK(server.commandsLog().isEmpty());
}
