#include "MailAddress.h"

#include "MailMessage.h"

#include <catch2/catch.hpp>

TEST_CASE("mail addresses: valid addr-specs are accepted, international domains kept as punycode")
{
    CHECK(MailAddress::validateAddress(QStringLiteral("a@example.com")).value() == QStringLiteral("a@example.com"));
    CHECK(MailAddress::validateAddress(QStringLiteral("first.last+tag@sub.example.co.uk")).ok());
    CHECK(MailAddress::validateAddress(QStringLiteral("o'brien_x-y@ex-ample.ie")).ok());
    CHECK(MailAddress::validateAddress(QStringLiteral("x@b\u00fccher.de")).value()
        == QStringLiteral("x@xn--bcher-kva.de"));

    const auto plain = MailAddress::parse(QStringLiteral("  jane@example.com "));
    REQUIRE(plain.ok());
    CHECK(plain->displayName().isEmpty());
    CHECK(plain->address() == QStringLiteral("jane@example.com"));

    const auto named = MailAddress::parse(QStringLiteral("Jane Doe <jane@example.com>"));
    REQUIRE(named.ok());
    CHECK(named->displayName() == QStringLiteral("Jane Doe"));
    CHECK(named->address() == QStringLiteral("jane@example.com"));

    const auto quoted = MailAddress::parse(QStringLiteral("\"Dupont, \\\"Jean\\\"\" <jean@example.fr>"));
    REQUIRE(quoted.ok());
    CHECK(quoted->displayName() == QStringLiteral("Dupont, \"Jean\""));
    CHECK(quoted->toDisplayString() == QStringLiteral("Dupont, \"Jean\" <jean@example.fr>"));
}

TEST_CASE("mail addresses: invalid addresses are refused with a message")
{
    const QStringList bad {
        QString(),
        QStringLiteral("plain"),
        QStringLiteral("@example.com"),
        QStringLiteral("a@"),
        QStringLiteral("a@@example.com"),
        QStringLiteral("a b@example.com"),
        QStringLiteral("a..b@example.com"),
        QStringLiteral(".a@example.com"),
        QStringLiteral("a.@example.com"),
        QStringLiteral("a@example"),
        QStringLiteral("a@-example.com"),
        QStringLiteral("a@example-.com"),
        QStringLiteral("a@exa_mple.com"),
        QStringLiteral("a@example..com"),
        QStringLiteral("a@example.123"),
        QStringLiteral("a(b)@example.com"),
        QStringLiteral("j\u00f6rg@example.com"),
        QStringLiteral("a@example.com>"),
        QString(65, QLatin1Char('x')) + QStringLiteral("@example.com"),
        QStringLiteral("a@") + QString(64, QLatin1Char('d')) + QStringLiteral(".com"),
    };
    for (const QString &address : bad) {
        INFO(address.toStdString());
        const auto checked = MailAddress::validateAddress(address);
        CHECK_FALSE(checked.ok());
        if (!checked.ok()) {
            CHECK(checked.error().kind() == ErrorKind::Invalid);
            CHECK_FALSE(checked.message().isEmpty());
        }
        CHECK_FALSE(MailAddress::parse(address).ok());
    }
    CHECK_FALSE(MailAddress::parse(QStringLiteral("Jane <jane@example.com")).ok());
    CHECK_FALSE(MailAddress::parse(QStringLiteral("Jane jane@example.com>")).ok());
}

TEST_CASE("mail addresses: line breaks in an address or a display name are refused (header injection)")
{
    for (const char *text : {"jane@example.com\r\nBcc: evil@example.net", "jane@example.com\nBcc: evil@example.net",
             "Jane\r\nBcc: evil@example.net <jane@example.com>", "Jane\r <jane@example.com>"}) {
        INFO(text);
        const auto parsed = MailAddress::parse(QString::fromLatin1(text));
        CHECK_FALSE(parsed.ok());
        if (!parsed.ok())
            CHECK(parsed.message().contains(QStringLiteral("line break")));
    }
    CHECK_FALSE(
        MailAddress::create(QStringLiteral("Jane\nBcc: evil@example.net"), QStringLiteral("jane@example.com")).ok());
    CHECK_FALSE(
        MailAddress::create(QStringLiteral("Jane"), QStringLiteral("jane@example.com\r\nRCPT TO:<x@y.z>")).ok());
    CHECK_FALSE(MailAddress::create(QStringLiteral("Ja\u0007ne"), QStringLiteral("jane@example.com")).ok());
}

TEST_CASE("the envelope lists to, cc and bcc once each, and the sender")
{
    MailMessage message;
    message.from = MailAddress::parse(QStringLiteral("Billing <billing@facturo.test>")).value();
    message.to = {MailAddress::parse(QStringLiteral("a@example.com")).value(),
        MailAddress::parse(QStringLiteral("B <b@example.com>")).value()};
    message.cc = {MailAddress::parse(QStringLiteral("A again <A@example.com>")).value()};
    message.bcc = {MailAddress::parse(QStringLiteral("archive@facturo.test")).value()};
    CHECK(message.envelopeFrom() == QStringLiteral("billing@facturo.test"));
    CHECK(message.envelopeRecipients()
        == QStringList({QStringLiteral("a@example.com"), QStringLiteral("b@example.com"),
            QStringLiteral("archive@facturo.test")}));
}
