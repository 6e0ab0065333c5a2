#include "CountryCodes.h"
#include "EInvoiceFormat.h"
#include "ElectronicAddress.h"
#include "IdentifierChecks.h"
#include "LegalRegistration.h"
#include "PostalAddress.h"

#include <catch2/catch.hpp>

#include <string>

TEST_CASE("country codes are the assigned ISO 3166-1 alpha-2 codes, and addresses may end with a country's name")
{
    for (const char *code : {"FR", "DE", "BE", "LU", "NL", "AT", "CH", "GB", "US", "GR", "AX", "CW", "SS", "XK"}) {
        INFO(code);
        // Kosovo's XK is a user-assigned code, not an ISO 3166-1 one.
        CHECK(CountryCodes::isKnown(QString::fromLatin1(code)) == (qstrcmp(code, "XK") != 0));
    }
    for (const char *code : {"fr", "F", "FRA", "EL", "UK", "EU", "ZZ", "", "1A"}) {
        INFO(code);
        CHECK_FALSE(CountryCodes::isKnown(QString::fromLatin1(code)));
    }
    CHECK(CountryCodes::englishName(QStringLiteral("BE")) == QStringLiteral("Belgium"));
    CHECK(CountryCodes::fromName(QStringLiteral("BELGIQUE")) == QStringLiteral("BE"));
    CHECK(CountryCodes::fromName(QStringLiteral("Deutschland")) == QStringLiteral("DE"));
    CHECK(CountryCodes::fromName(QStringLiteral(" france ")) == QStringLiteral("FR"));
    CHECK(CountryCodes::fromName(QStringLiteral("69003 Lyon")).isEmpty());
    CHECK(CountryCodes::fromVatId(QStringLiteral("EL123456789")) == QStringLiteral("GR"));
    CHECK(CountryCodes::fromVatId(QStringLiteral("FR32123456789")) == QStringLiteral("FR"));
    CHECK(CountryCodes::fromVatId(QStringLiteral("123")).isEmpty());
}

TEST_CASE("electronic addresses are checked per scheme, check digits included")
{
    struct Row
    {
        const char *text;
        const char *normalized; // nullptr: refused
    };
    const Row rows[] = {
        {"0009:12345678200010", "0009:12345678200010"}, // SIRET, Luhn
        {"0009:123 456 782 00010", "0009:12345678200010"},
        {"0009:12345678200011", nullptr}, // bad check digit
        {"0009:1234567820001", nullptr}, // 13 digits
        {"0009:35600000000048", "0009:35600000000048"}, // La Poste head office: Luhn
        {"0009:35600000012345", nullptr}, // La Poste: digit sum not a multiple of 5
        {"0009:35600000052103", "0009:35600000052103"}, // La Poste: digit sum 25
        {"0002:123456782", "0002:123456782"}, // SIREN, Luhn
        {"0002:123456789", nullptr},
        {"0208:0477472701", "0208:0477472701"}, // KBO/BCE, 97 - n mod 97
        {"0208:BE0477.472.701", "0208:0477472701"},
        {"0208:0477472702", nullptr},
        {"0208:2477472701", nullptr}, // starts with 0 or 1
        {"9925:BE0477472701", "9925:BE0477472701"},
        {"9925:be 0477 472 701", "9925:BE0477472701"},
        {"9925:0477472701", nullptr}, // needs BE
        {"9925:BE0477472799", nullptr},
        {"9930:DE123456789", "9930:DE123456789"},
        {"9930:de811569869", "9930:DE811569869"},
        {"9930:DE12345678", nullptr},
        {"9930:DE023456789", nullptr},
        {"9930:FR12345678901", nullptr},
        {"9957:FR11123456782", "9957:FR11123456782"}, // key = (12 + 3 × (SIREN mod 97)) mod 97
        {"9957:FR12123456782", nullptr},
        {"9957:FR1X123456782", "9957:FR1X123456782"}, // alphanumeric key: form only
        {"9957:FR11ABC456782", nullptr},
        {"0204:04011000-1234512345-06", "0204:04011000-1234512345-06"}, // Leitweg-ID, MOD 97-10
        {"0204:08311000-GM2026-64", "0204:08311000-GM2026-64"},
        {"0204:04011000-1234512345-07", nullptr},
        {"0204:991-33333TEST-33", "0204:991-33333TEST-33"},
        {"0204:04011000_1234512345_06", nullptr},
        {"0204:0-06", nullptr}, // coarse address has 2 to 12 digits
        {"0088:4000001000005", "0088:4000001000005"}, // GLN, GS1 mod 10
        {"0088:4000001000006", nullptr},
        {"0088:400000100000", nullptr},
        {"0060:123456789", "0060:123456789"}, // DUNS: 9 digits
        {"0060:12345678", nullptr},
        {"0060:12345678A", nullptr},
        {"0106:12345678", "0106:12345678"}, // other schemes of the list: any identifier
        {"9999:anything", "9999:anything"},
        {"0106:", nullptr},
        {"EM:billing@example.org", "EM:billing@example.org"},
        {"EM:not an email", nullptr},
        {"GLN:4000001000005", nullptr}, // not a scheme code
        {"12345:1", nullptr},
        {"0208", nullptr}, // no identifier
        {":0477472701", nullptr},
        {"", ""},
    };
    for (const Row &row : rows) {
        INFO(row.text);
        auto parsed = ElectronicAddress::parse(QString::fromLatin1(row.text));
        if (row.normalized) {
            INFO(parsed.message().toStdString());
            REQUIRE(parsed.ok());
            CHECK(parsed->toString().toStdString() == std::string(row.normalized));
        } else {
            REQUIRE_FALSE(parsed.ok());
            CHECK(parsed.error().kind() == ErrorKind::Invalid);
            CHECK_FALSE(parsed.message().isEmpty());
        }
    }
}

TEST_CASE("legal registrations name a known scheme and pass its checks")
{
    CHECK(LegalRegistration::parse(QStringLiteral("0009:12345678200010"))->id == QStringLiteral("12345678200010"));
    CHECK(LegalRegistration::parse(QStringLiteral("0002:123 456 782"))->id == QStringLiteral("123456782"));
    CHECK(LegalRegistration::parse(QStringLiteral("0208:0477.472.701"))->id == QStringLiteral("0477472701"));
    CHECK(LegalRegistration::parse(QStringLiteral("hrb:12345 b"))->toString() == QStringLiteral("HRB:12345 B"));
    CHECK(LegalRegistration::parse(QStringLiteral("0088:4000001000005")).ok());
    CHECK(LegalRegistration::parse(QString()).value().isEmpty());
    CHECK(LegalRegistration::parse(QStringLiteral("0009:12345678200010"))->hasIcdScheme());
    CHECK_FALSE(LegalRegistration::parse(QStringLiteral("HRB:12345"))->hasIcdScheme());
    for (const char *bad : {"0009:12345678200011", "0002:123456789", "0208:0477472702", "HRB:Lyon", "XYZ:1", "0009",
             "0088:4000001000006", "0060:1234"}) {
        INFO(bad);
        CHECK_FALSE(LegalRegistration::parse(QString::fromLatin1(bad)).ok());
    }
    CHECK(LegalRegistration::schemeName(QStringLiteral("0208")).contains(QStringLiteral("Belgium")));
}

TEST_CASE("check-digit algorithms against known identifiers")
{
    CHECK(IdentifierChecks::luhn(QStringLiteral("79927398713")));
    CHECK_FALSE(IdentifierChecks::luhn(QStringLiteral("79927398710")));
    CHECK(IdentifierChecks::mod97_10(QStringLiteral("GB82WEST12345698765432").mid(4) + QStringLiteral("GB82")));
    CHECK(IdentifierChecks::gln(QStringLiteral("5790000435975")));
    CHECK(IdentifierChecks::frenchVatId(QStringLiteral("FR40303265045")));
    CHECK_FALSE(IdentifierChecks::frenchVatId(QStringLiteral("FR41303265045")));
}

TEST_CASE("e-invoice formats are a closed list")
{
    CHECK(EInvoiceFormats::keys().size() == 7);
    for (const QString &key : EInvoiceFormats::keys())
        CHECK(EInvoiceFormats::key(EInvoiceFormats::fromKey(key).value()) == key);
    CHECK(EInvoiceFormats::fromKey(QString()) == EInvoiceFormat::None);
    CHECK_FALSE(EInvoiceFormats::fromKey(QStringLiteral("ubl")).has_value());
    CHECK_FALSE(EInvoiceFormats::fromKey(QStringLiteral("zugferd")).has_value());
}

TEST_CASE("a typed address is split only when the split prints exactly the same lines")
{
    struct Row
    {
        const char *text;
        const char *hint;
        const char *country; // nullptr: not split
        const char *postcode;
        const char *city;
        int streetLines;
    };
    const Row rows[] = {
        {"12 rue des Artisans\n69003 Lyon\nFrance", "", "FR", "69003", "Lyon", 1},
        {"12 rue des Artisans\n75011 Paris", "FR", "FR", "75011", "Paris", 1},
        {"12 rue des Artisans\n75011 Paris", "", nullptr, nullptr, nullptr, 0}, // no country known
        {"Unter den Linden 1\nD-10115 Berlin", "", "DE", "10115", "Berlin", 1},
        {"Unter den Linden 1\nD-10115 Berlin", "FR", "DE", "10115", "Berlin", 1}, // prefix beats the hint
        {"Unter den Linden 1\nF-10115 Berlin\nDeutschland", "", nullptr, nullptr, nullptr, 0}, // disagree
        {"Rue Neuve 120\n1000 Bruxelles\nBelgique", "", "BE", "1000", "Bruxelles", 1},
        {"Rue Neuve 120\n1000 Bruxelles", "BE", "BE", "1000", "Bruxelles", 1},
        {"Rue Neuve 120\n10000 Bruxelles", "BE", nullptr, nullptr, nullptr, 0}, // not a Belgian postcode
        {"Bâtiment B\nZone Sud\n3 allée des Pins\n33700 Mérignac\nFRANCE", "", "FR", "33700", "Mérignac", 3},
        {"A\nB\nC\nD\n33700 Mérignac", "FR", nullptr, nullptr, nullptr, 0}, // four street lines
        {"Keizersgracht 1\n1015 CJ Amsterdam\nNederland", "", "NL", "1015 CJ", "Amsterdam", 1},
        {"  3 place Bellecour \n\n 69002 Lyon  ", "FR", "FR", "69002", "Lyon", 1},
        {"69002 Lyon", "FR", nullptr, nullptr, nullptr, 0}, // no street
        {"3 place Bellecour\nLyon 69002", "FR", nullptr, nullptr, nullptr, 0}, // city first
        {"3 place Bellecour\n69002  Lyon", "FR", nullptr, nullptr, nullptr, 0}, // would not print the same
        {"1 Main Street\nSpringfield, IL 62701\nUSA", "", nullptr, nullptr, nullptr, 0}, // form unknown
        {"Lyon", "FR", nullptr, nullptr, nullptr, 0},
    };
    for (const Row &row : rows) {
        INFO(row.text);
        const QString text = QString::fromUtf8(row.text);
        const auto split = PostalAddress::split(text, QString::fromLatin1(row.hint));
        if (!row.country) {
            CHECK_FALSE(split.has_value());
            continue;
        }
        REQUIRE(split.has_value());
        CHECK(split->countryCode == QString::fromLatin1(row.country));
        CHECK(split->postcode == QString::fromLatin1(row.postcode));
        CHECK(split->city == QString::fromUtf8(row.city));
        const int streetLines
            = int(!split->line1.isEmpty()) + int(!split->line2.isEmpty()) + int(!split->line3.isEmpty());
        CHECK(streetLines == row.streetLines);
        CHECK(split->lines() == PostalAddress::printedLines(text)); // prints as before
        CHECK(PostalAddress::validated(*split).ok());
    }
}

TEST_CASE("a structured address is checked: country code, postcode form, single lines")
{
    PostalAddress a;
    a.line1 = QStringLiteral("Rue Neuve 120");
    a.postcode = QStringLiteral("1000");
    a.city = QStringLiteral("Bruxelles");
    a.countryCode = QStringLiteral("be");
    auto valid = PostalAddress::validated(a);
    REQUIRE(valid.ok());
    CHECK(valid->countryCode == QStringLiteral("BE"));
    CHECK(valid->lines() == QStringList({QStringLiteral("Rue Neuve 120"), QStringLiteral("1000 Bruxelles")}));

    PostalAddress bad = a;
    bad.countryCode = QStringLiteral("XX");
    CHECK(PostalAddress::validated(bad).message().contains(QStringLiteral("XX")));
    bad = a;
    bad.countryCode.clear();
    CHECK_FALSE(PostalAddress::validated(bad).ok());
    bad = a;
    bad.postcode = QStringLiteral("75011");
    CHECK(PostalAddress::validated(bad).message().contains(QStringLiteral("75011")));
    bad = a;
    bad.city = QStringLiteral("Bruxelles\nBelgique");
    CHECK_FALSE(PostalAddress::validated(bad).ok());
    PostalAddress other = a;
    other.countryCode = QStringLiteral("JP"); // no known postcode form: any postcode
    other.postcode = QStringLiteral("100-0001");
    CHECK(PostalAddress::validated(other).ok());
}

TEST_CASE("reconciling the printed text with the structured address: the text typed last wins")
{
    PostalAddress a;
    QString text = QStringLiteral("3 place Bellecour\n69002 Lyon");
    PostalAddress::reconcile(text, a, QStringLiteral("FR"));
    CHECK(a.countryCode == QStringLiteral("FR"));
    CHECK(a.city == QStringLiteral("Lyon"));
    CHECK_FALSE(a.toReview);

    QString edited = QStringLiteral("Somewhere over the rainbow");
    PostalAddress b = a;
    PostalAddress::reconcile(edited, b, QStringLiteral("FR"));
    CHECK(b.toReview);
    CHECK_FALSE(b.isStructured());
    CHECK(edited == QStringLiteral("Somewhere over the rainbow"));

    QString empty;
    PostalAddress c = a;
    c.city = QStringLiteral("Villeurbanne");
    c.postcode = QStringLiteral("69100");
    PostalAddress::reconcile(empty, c, QString());
    CHECK(empty == QStringLiteral("3 place Bellecour\n69100 Villeurbanne"));
}
