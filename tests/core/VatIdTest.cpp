// VAT ids: the form and check digits of each EU country, as the IBAN's are checked. Valid ids
// are published examples where one is known (the French, German, Belgian, Dutch 2020, Italian,
// Spanish, Luxembourg and Austrian ones below are printed on real invoices or in the tax
// offices' documentation), or computed with the country's rule.

#include "VatId.h"

#include <catch2/catch.hpp>

namespace {
struct Case
{
    const char *id;
    bool valid;
    const char *why; // a word the refusal names (the country's rule), or "" for a valid id
};

const Case cases[] = {
    // France: key = (12 + 3 × (SIREN mod 97)) mod 97
    {"FR40303265045", true, ""},
    {"FR83404833048", true, ""},
    {"FR32123456789", true, ""},
    {"FR 40 303 265 045", true, ""},
    {"fr40303265045", true, ""},
    {"FR41303265045", false, "SIREN"},
    {"FR12345678901", false, "SIREN"},
    {"FRAB123456789", true, ""}, // letter key: form only
    {"FR4030326504", false, "SIREN"},
    {"FRIO123456789", false, "SIREN"}, // I and O are not key letters
    // Germany: ISO 7064 MOD 11,10
    {"DE136695976", true, ""},
    {"DE811569869", true, ""},
    {"DE136695977", false, "MOD 11,10"},
    {"DE036695976", false, "9 digits"},
    {"DE13669597", false, "9 digits"},
    // Belgium: 97 − (first eight mod 97)
    {"BE0428759497", true, ""},
    {"BE0477472701", true, ""},
    {"BE0428759498", false, "97"},
    {"BE2428759497", false, "0 or 1"},
    {"BE428759497", false, "10 digits"},
    // Netherlands: mod 11 (old form) or the 2020 mod 97 form
    {"NL004495445B01", true, ""},
    {"NL123456782B01", true, ""},
    {"NL000099998B57", true, ""},
    {"NL123456789B13", true, ""},
    {"NL004495446B01", false, "modulo 11"},
    {"NL000099998B58", false, "modulo 11"},
    {"NL004495445C01", false, "letter B"},
    // Italy: Luhn
    {"IT00743110157", true, ""},
    {"IT01234567897", true, ""},
    {"IT00743110158", false, "Luhn"},
    {"IT0074311015", false, "11 digits"},
    // Spain: CIF, NIF, NIE control characters
    {"ESA28015865", true, ""},
    {"ESQ2826000H", true, ""},
    {"ES12345678Z", true, ""},
    {"ESX2482300W", true, ""},
    {"ESA28015866", false, "control character"},
    {"ES12345678A", false, "control character"},
    {"ESX2482300A", false, "control character"},
    {"ESA2801586", false, "9 characters"},
    // Luxembourg: first six mod 89
    {"LU26375245", true, ""},
    {"LU15027442", true, ""},
    {"LU26375246", false, "89"},
    // Austria: U + 8 digits, weighted check digit
    {"ATU13585627", true, ""},
    {"ATU10223006", true, ""},
    {"ATU13585626", false, "weighted"},
    {"AT13585627", false, "letter U"},
    // Form only
    {"EL094259216", true, ""},
    {"GR094259216", false, "EL"},
    {"EL09425921", false, "EL"},
    {"DK13585628", true, ""},
    {"DK1358562", false, "DK"},
    {"PL5260250274", true, ""},
    {"SE556036079301", true, ""},
    {"SE556036079302", false, "SE"},
    {"IE6388047V", true, ""},
    {"IE1234567WA", true, ""},
    {"XI123456789", true, ""},
    {"XIGD123", true, ""},
    {"XI12345", false, "XI"},
    {"CY10259033P", true, ""},
    {"CY102590333", false, "CY"},
    // Outside the EU: taken as given, but it still needs a country prefix
    {"GB980780684", true, ""},
    {"CHE116281710", true, ""},
    {"123456789", false, "two letters"},
    {"", false, "two letters"},
};
} // namespace

TEST_CASE("VAT ids are checked for the form and check digits of their country")
{
    for (const Case &c : cases) {
        INFO(c.id);
        const Status status = VatId::check(QString::fromUtf8(c.id));
        CHECK(status.ok() == c.valid);
        if (!c.valid && !status.ok()) {
            INFO(status.message().toStdString());
            CHECK(status.message().contains(QString::fromUtf8(c.why)));
        }
    }
}

TEST_CASE("a VAT id is normalised without spaces, dots and dashes, in upper case")
{
    CHECK(VatId::normalized(QStringLiteral(" fr 40.303-265 045 ")) == QStringLiteral("FR40303265045"));
    CHECK(VatId::isEuPrefix(QStringLiteral("el")));
    CHECK(VatId::isEuPrefix(QStringLiteral("XI")));
    CHECK_FALSE(VatId::isEuPrefix(QStringLiteral("GB")));
    CHECK_FALSE(VatId::isEuPrefix(QStringLiteral("GR")));
}

TEST_CASE("a wrong French key names the expected key and the SIREN")
{
    const Status status = VatId::check(QStringLiteral("FR41303265045"));
    REQUIRE_FALSE(status.ok());
    CHECK(status.message().contains(QStringLiteral("40")));
    CHECK(status.message().contains(QStringLiteral("303265045")));
}
