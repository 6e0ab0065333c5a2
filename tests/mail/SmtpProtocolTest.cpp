#include "CertificateFingerprint.h"
#include "SmtpCapabilities.h"
#include "SmtpDataEncoder.h"
#include "SmtpReplyReader.h"
#include "SmtpSettings.h"

#include <catch2/catch.hpp>

TEST_CASE("SMTP replies are read whole, multi-line ones included, however the bytes arrive")
{
    SmtpReplyReader reader;
    const QByteArray stream = "220 mail.test ESMTP ready\r\n250-mail.test greets you\r\n250-SIZE 1000\r\n"
                              "250-AUTH PLAIN LOGIN\r\n250 STARTTLS\r\n354 End data with <CR><LF>.<CR><LF>\n250\r\n";
    QList<SmtpReply> replies;
    for (char c : stream) { // one byte at a time: the worst fragmentation
        reader.append(QByteArray(1, c));
        while (const auto reply = reader.takeReply())
            replies.append(*reply);
    }
    REQUIRE(replies.size() == 4);
    CHECK(replies.at(0).code() == 220);
    CHECK(replies.at(0).text() == QStringLiteral("mail.test ESMTP ready"));
    CHECK(replies.at(1).code() == 250);
    CHECK(replies.at(1).lines().size() == 4);
    CHECK(replies.at(1).lines().at(2) == QStringLiteral("AUTH PLAIN LOGIN"));
    CHECK(replies.at(2).code() == 354);
    CHECK(replies.at(2).isIntermediate());
    CHECK(replies.at(3).code() == 250);
    CHECK(replies.at(3).lines() == QStringList {QString()});
    CHECK_FALSE(reader.isMalformed());
    CHECK_FALSE(reader.hasPendingBytes());

    const SmtpCapabilities capabilities = SmtpCapabilities::fromEhloReply(replies.at(1));
    CHECK(capabilities.sizeLimit() == 1000);
    CHECK(capabilities.supportsStartTls());
    CHECK(capabilities.authMechanisms() == QStringList({QStringLiteral("PLAIN"), QStringLiteral("LOGIN")}));
    CHECK_FALSE(capabilities.has(QStringLiteral("mail.test")));
}

TEST_CASE("reply classes and the server's text are kept")
{
    SmtpReplyReader reader;
    reader.append("451-4.3.0 Mailbox busy\r\n451 4.3.0 try again later\r\n550 5.1.1 No such user\r\n");
    const auto temporary = reader.takeReply();
    const auto permanent = reader.takeReply();
    REQUIRE(temporary);
    REQUIRE(permanent);
    CHECK(temporary->isTransientFailure());
    CHECK_FALSE(temporary->isPermanentFailure());
    CHECK(temporary->text() == QStringLiteral("4.3.0 Mailbox busy\n4.3.0 try again later"));
    CHECK(temporary->summary() == QStringLiteral("451 4.3.0 Mailbox busy 4.3.0 try again later"));
    CHECK(permanent->isPermanentFailure());
    CHECK_FALSE(permanent->isPositive());
    CHECK(permanent->text() == QStringLiteral("5.1.1 No such user"));
}

TEST_CASE("malformed replies stop the reader")
{
    for (const char *bad :
        {"hello there\r\n", "25 short\r\n", "250-first\r\n251 other code\r\n", "250_x\r\n", "999 out of range\r\n"}) {
        INFO(bad);
        SmtpReplyReader reader;
        reader.append(bad);
        while (reader.takeReply()) { }
        CHECK(reader.isMalformed());
    }
    SmtpReplyReader flood;
    flood.append(QByteArray(70 * 1024, 'x'));
    CHECK_FALSE(flood.takeReply());
    CHECK(flood.isMalformed());
}

TEST_CASE("EHLO keywords: SIZE without limit, AUTH= from old servers")
{
    const SmtpCapabilities capabilities = SmtpCapabilities::fromEhloReply(SmtpReply(250,
        {QStringLiteral("mail.test"), QStringLiteral("size"), QStringLiteral("AUTH=LOGIN"),
            QStringLiteral("8BITMIME")}));
    CHECK(capabilities.has(QStringLiteral("SIZE")));
    CHECK(capabilities.sizeLimit() == 0);
    CHECK(capabilities.authMechanisms() == QStringList {QStringLiteral("LOGIN")});
    CHECK_FALSE(capabilities.supportsStartTls());
    CHECK(SmtpCapabilities::fromEhloReply(SmtpReply(250, {QStringLiteral("mail.test")})).keywords().isEmpty());
}

TEST_CASE("message data is dot-stuffed with CRLF line endings and terminated")
{
    CHECK(SmtpDataEncoder::encode("a\r\n.b\r\n.\r\n..c\r\n") == QByteArrayLiteral("a\r\n..b\r\n..\r\n...c\r\n.\r\n"));
    CHECK(SmtpDataEncoder::encode(".start\nbare lf\rbare cr")
        == QByteArrayLiteral("..start\r\nbare lf\r\nbare cr\r\n.\r\n"));
    CHECK(SmtpDataEncoder::encode("a. b .c\r\n") == QByteArrayLiteral("a. b .c\r\n.\r\n"));
    CHECK(SmtpDataEncoder::encode(QByteArray()) == QByteArrayLiteral(".\r\n"));
}

TEST_CASE("certificate fingerprints are compared whatever their notation")
{
    const QString hex = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    QString colons;
    for (int i = 0; i < hex.size(); i += 2)
        colons += (i ? QStringLiteral(":") : QString()) + hex.mid(i, 2).toUpper();
    CHECK(CertificateFingerprint::normalized(colons) == hex);
    CHECK(CertificateFingerprint::normalized(QStringLiteral(" ") + hex.toUpper() + QStringLiteral(" ")) == hex);
    CHECK(CertificateFingerprint::normalized(hex.left(62)).isEmpty());
    CHECK(CertificateFingerprint::normalized(hex.left(63) + QStringLiteral("g")).isEmpty());
    CHECK_FALSE(CertificateFingerprint::matches(hex, QSslCertificate()));
}

TEST_CASE("SMTP settings are checked before connecting")
{
    SmtpSettings settings;
    settings.host = QStringLiteral("mail.example.com");
    CHECK(settings.validate().ok());
    CHECK(SmtpSettings::defaultPort(SmtpSettings::Security::ImplicitTls) == 465);
    CHECK(SmtpSettings::defaultPort(SmtpSettings::Security::StartTls) == 587);

    SmtpSettings bad = settings;
    bad.host = QStringLiteral("mail.example.com\r\nRSET");
    CHECK_FALSE(bad.validate().ok());
    bad = settings;
    bad.heloName = QStringLiteral("me\r\nMAIL FROM:<x@y.z>");
    CHECK_FALSE(bad.validate().ok());
    bad = settings;
    bad.timeoutMs = 0;
    CHECK_FALSE(bad.validate().ok());
    bad = settings;
    bad.trustedFingerprintSha256 = QStringLiteral("AB:CD");
    CHECK_FALSE(bad.validate().ok());
    bad = settings;
    bad.port = 0;
    CHECK_FALSE(bad.validate().ok());
}
