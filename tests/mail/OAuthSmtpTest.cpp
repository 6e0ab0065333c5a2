#include "MailTestSupport.h"
#include "OAuthTestServer.h"
#include "SaslOAuth.h"
#include "SmtpTestServer.h"
#include "TestCertificate.h"

#include <catch2/catch.hpp>

using Reason = SmtpOutcome::Reason;

namespace {
SmtpSettings oauthSettings(const SmtpTestServer &smtp, const TestCertificate &certificate,
    SmtpSettings::Security security, const QString &token)
{
    SmtpSettings settings = MailTest::localSettings(smtp.port(), security);
    settings.trustedFingerprintSha256 = certificate.fingerprintSha256();
    settings.username = OAuthTestServer::account();
    settings.accessToken = token;
    return settings;
}
} // namespace

TEST_CASE("XOAUTH2 after STARTTLS with a token the authorization server issued delivers the message")
{
    TestCertificate certificate;
    REQUIRE(certificate.isValid());
    OAuthTestServer auth;
    REQUIRE(auth.isRunning());
    SmtpTestServer smtp(certificate.serverArguments(QStringLiteral("starttls")) + auth.smtpArguments());
    INFO(smtp.error().toStdString());
    REQUIRE(smtp.isRunning());
    const OAuthTokens tokens = auth.signIn();
    REQUIRE_FALSE(tokens.accessToken.isEmpty());

    const SmtpOutcome outcome
        = MailTest::send(oauthSettings(smtp, certificate, SmtpSettings::Security::StartTls, tokens.accessToken),
            MailTest::simpleMessage());
    INFO(MailTest::describe(outcome));
    CHECK(outcome.isSent());
    REQUIRE(smtp.messages().size() == 1);
    CHECK(smtp.envelope(0).value(QStringLiteral("authenticated")).toBool());
    CHECK(smtp.envelope(0).value(QStringLiteral("tls")).toBool());
    CHECK(smtp.commandsLog().contains(QStringLiteral("AUTH XOAUTH2 accepted for billing@facturo.test")));
}

TEST_CASE("OAUTHBEARER (RFC 7628) over implicit TLS where the server offers no XOAUTH2")
{
    TestCertificate certificate;
    REQUIRE(certificate.isValid());
    OAuthTestServer auth;
    REQUIRE(auth.isRunning());
    SmtpTestServer smtp(certificate.serverArguments(QStringLiteral("implicit-tls")) + auth.smtpArguments()
        + QStringList {QStringLiteral("--exclude-auth"), QStringLiteral("XOAUTH2")});
    REQUIRE(smtp.isRunning());
    const OAuthTokens tokens = auth.signIn();
    REQUIRE_FALSE(tokens.accessToken.isEmpty());

    const SmtpOutcome outcome
        = MailTest::send(oauthSettings(smtp, certificate, SmtpSettings::Security::ImplicitTls, tokens.accessToken),
            MailTest::simpleMessage());
    INFO(MailTest::describe(outcome));
    CHECK(outcome.isSent());
    CHECK(smtp.messages().size() == 1);
    CHECK(smtp.commandsLog().contains(QStringLiteral("AUTH OAUTHBEARER accepted for billing@facturo.test")));
}

TEST_CASE("a refused token ends with the server's JSON challenge in words, and nothing is sent")
{
    TestCertificate certificate;
    REQUIRE(certificate.isValid());
    OAuthTestServer auth;
    REQUIRE(auth.isRunning());
    const QString mechanism = GENERATE(QStringLiteral("XOAUTH2"), QStringLiteral("OAUTHBEARER"));
    QStringList arguments = certificate.serverArguments(QStringLiteral("starttls")) + auth.smtpArguments();
    if (mechanism == QLatin1String("OAUTHBEARER"))
        arguments << QStringLiteral("--exclude-auth") << QStringLiteral("XOAUTH2");
    SmtpTestServer smtp(arguments);
    REQUIRE(smtp.isRunning());
    const OAuthTokens tokens = auth.signIn();
    REQUIRE_FALSE(tokens.accessToken.isEmpty());
    REQUIRE(auth.admin(QStringLiteral("expire-access")));

    const SmtpOutcome outcome
        = MailTest::send(oauthSettings(smtp, certificate, SmtpSettings::Security::StartTls, tokens.accessToken),
            MailTest::simpleMessage());
    INFO(MailTest::describe(outcome));
    CHECK(outcome.status == SmtpOutcome::Status::PermanentFailure);
    CHECK(outcome.reason == Reason::AuthenticationFailed);
    CHECK(outcome.replyCode == 535);
    CHECK(outcome.message.contains(QStringLiteral("refused the sign-in of billing@facturo.test")));
    CHECK(outcome.message.contains(QStringLiteral("the access token is invalid or has expired")));
    CHECK(outcome.message.contains(QStringLiteral("https://mail.google.com/")));
    CHECK(smtp.messages().isEmpty());
    CHECK_FALSE(smtp.commandsLog().contains(QStringLiteral("MAIL FROM")));
    CHECK(smtp.commandsLog().contains(QStringLiteral("AUTH %1 refused").arg(mechanism)));
}

TEST_CASE("an access token is never sent over a connection without TLS")
{
    OAuthTestServer auth;
    REQUIRE(auth.isRunning());
    SmtpTestServer smtp(auth.smtpArguments() + QStringList {QStringLiteral("--mode"), QStringLiteral("plain")});
    REQUIRE(smtp.isRunning());
    SmtpSettings settings = MailTest::localSettings(smtp.port(), SmtpSettings::Security::None);
    settings.username = OAuthTestServer::account();
    settings.accessToken = QStringLiteral("at-never-sent");
    const SmtpOutcome outcome = MailTest::send(settings, MailTest::simpleMessage());
    CHECK(outcome.reason == Reason::InvalidInput);
    CHECK(smtp.commandsLog().isEmpty());
}

TEST_CASE("the providers' error challenges are decoded into words")
{
    const auto encode = [](const char *json) { return QString::fromLatin1(QByteArray(json).toBase64()); };
    CHECK(SaslOAuth::describeChallenge(
              encode(R"({"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"})"))
        == QStringLiteral("the access token does not fit this account or mail server (status 400; the server expects "
                          "the scope https://mail.google.com/)"));
    CHECK(SaslOAuth::describeChallenge(encode(R"({"status":"invalid_token"})"))
        == QStringLiteral("the access token is invalid or has expired (status invalid_token)"));
    CHECK(SaslOAuth::describeChallenge(QStringLiteral("not base64 json")).isEmpty());
    // The initial responses, byte for byte.
    CHECK(SaslOAuth::initialResponse(
              SaslOAuth::Mechanism::XOAuth2, QStringLiteral("a@b.c"), QStringLiteral("h"), 587, QStringLiteral("T"))
        == QByteArray("user=a@b.c\x01"
                      "auth=Bearer T\x01\x01"));
    CHECK(SaslOAuth::initialResponse(SaslOAuth::Mechanism::OAuthBearer, QStringLiteral("a,=@b.c"), QStringLiteral("h"),
              587, QStringLiteral("T"))
        == QByteArray("n,a=a=2C=3D@b.c,\x01"
                      "host=h\x01"
                      "port=587\x01"
                      "auth=Bearer T\x01\x01"));
}
