#include "EpcQrPayload.h"
#include "QrCodePainter.h"

#include <catch2/catch.hpp>

namespace {
const QString validIban = QStringLiteral("FR76 3000 6000 0112 3456 7890 189");
}

TEST_CASE("the EPC payload has the twelve fields of version 002 joined by LF, no trailing LF")
{
    const EpcQrPayload payload(QStringLiteral("Atelier Lumière SARL"), validIban, QStringLiteral("AGRIFRPP"), 127860,
                               QStringLiteral("INV-2024-00042"));
    const auto bytes = payload.payload();
    REQUIRE(bytes.ok());
    CHECK(bytes.value()
          == QByteArray("BCD\n002\n1\nSCT\nAGRIFRPP\nAtelier Lumi\xc3\xa8re SARL\nFR7630006000011234567890189\n"
                        "EUR1278.60\n\n\nINV-2024-00042"));
}

TEST_CASE("the EPC payload leaves an empty BIC line and omits a zero amount")
{
    const EpcQrPayload payload(QStringLiteral("ACME"), validIban, QString(), 0, QStringLiteral("INV-1"));
    CHECK(payload.payload().value() == QByteArray("BCD\n002\n1\nSCT\n\nACME\nFR7630006000011234567890189\n\n\n\nINV-1"));
    const EpcQrPayload small(QStringLiteral("ACME"), validIban, QString(), 5, QStringLiteral("INV-2"));
    CHECK(small.payload().value().contains("\nEUR0.05\n"));
}

TEST_CASE("the EPC payload validation names what is wrong")
{
    const auto refused = [](const EpcQrPayload &payload) {
        const Status status = payload.validate();
        CHECK_FALSE(status.ok());
        CHECK_FALSE(status.message().isEmpty());
        CHECK_FALSE(payload.payload().ok());
    };
    const QString name = QStringLiteral("ACME");
    const QString ref = QStringLiteral("INV-1");
    refused(EpcQrPayload(name, QString(), QString(), 100, ref));
    refused(EpcQrPayload(name, QStringLiteral("FR7630006000011234567890188"), QString(), 100, ref)); // check digits
    refused(EpcQrPayload(name, QStringLiteral("12345"), QString(), 100, ref));
    refused(EpcQrPayload(QString(), validIban, QString(), 100, ref));
    refused(EpcQrPayload(QString(71, QLatin1Char('n')), validIban, QString(), 100, ref));
    refused(EpcQrPayload(name, validIban, QStringLiteral("AGRIFR"), 100, ref));
    refused(EpcQrPayload(name, validIban, QString(), -1, ref));
    refused(EpcQrPayload(name, validIban, QString(), EpcQrPayload::MaxAmountCents + 1, ref));
    refused(EpcQrPayload(name, validIban, QString(), 100, QString(141, QLatin1Char('r'))));

    CHECK(EpcQrPayload(QString(70, QLatin1Char('n')), validIban, QStringLiteral("AGRIFRPPXXX"), 1, ref).validate().ok());
    CHECK(EpcQrPayload(name, validIban, QString(), EpcQrPayload::MaxAmountCents, ref).validate().ok());
    CHECK(EpcQrPayload(name, QStringLiteral("DE89370400440532013000"), QString(), 1, ref).validate().ok());
}

TEST_CASE("a QR code is encoded at level M into a square of modules")
{
    const auto code = QrCodePainter::encode(QByteArray("BCD\n002\n1\nSCT\n\nACME\nDE89370400440532013000\nEUR1.00"));
    REQUIRE(code.ok());
    CHECK(code->modules() >= 21);
    CHECK((code->modules() - 17) % 4 == 0);
    // The three finder patterns: dark top-left corners.
    CHECK(code->isDark(0, 0));
    CHECK(code->isDark(code->modules() - 1, 0));
    CHECK(code->isDark(0, code->modules() - 1));
    CHECK_FALSE(QrCodePainter::encode(QByteArray()).ok());
}
