#include "DecimalText.h"
#include "FixedDecimal.h"
#include "Money.h"
#include "TaxCalculator.h"

#include <catch2/catch.hpp>

TEST_CASE("money parses decimal text in the currency's minor unit")
{
    CHECK(Money::parse(QStringLiteral("12.34"), QStringLiteral("EUR")).value().minor() == 1234);
    CHECK(Money::parse(QStringLiteral("-0.5"), QStringLiteral("EUR")).value().minor() == -50);
    CHECK(Money::parse(QStringLiteral(" 7 "), QStringLiteral("EUR")).value().minor() == 700);
    CHECK(Money::parse(QStringLiteral("1.230"), QStringLiteral("EUR")).value().minor() == 123);
    CHECK(Money::parse(QStringLiteral("5"), QStringLiteral("JPY")).value().minor() == 5);
    CHECK(Money::parse(QStringLiteral("1.234"), QStringLiteral("BHD")).value().minor() == 1234);
}

TEST_CASE("money parsing refuses ambiguous or out-of-range text with a message")
{
    const QString eur = QStringLiteral("EUR");
    for (const char *bad : {"", "  ", "abc", "1.2.3", "12.345", "1,234.5", "1e5", "--1", "1 000",
                            "99999999999999999999999", "10000000000000.01", ".", "-"}) {
        INFO(bad);
        const auto parsed = Money::parse(QString::fromLatin1(bad), eur);
        CHECK_FALSE(parsed.ok());
        if (!parsed.ok())
            CHECK_FALSE(parsed.message().isEmpty());
    }
    CHECK_FALSE(Money::parse(QStringLiteral("1.5"), QStringLiteral("JPY")).ok());
    CHECK_FALSE(Money::parse(QStringLiteral("-3"), eur, false).ok());
    CHECK(Money::parse(QStringLiteral("12,50"), eur, true, true).value().minor() == 1250);
}

TEST_CASE("money prints exactly, with and without the locale")
{
    CHECK(Money::plain(123456, QStringLiteral("EUR")) == QStringLiteral("1234.56"));
    CHECK(Money::plain(-5, QStringLiteral("EUR")) == QStringLiteral("-0.05"));
    CHECK(Money::plain(42, QStringLiteral("JPY")) == QStringLiteral("42"));
    CHECK(Money::display(123456, QStringLiteral("EUR"), QLocale(QLocale::English)) == QStringLiteral("€1,234.56"));
    CHECK(Money::display(123456, QStringLiteral("EUR"), QLocale(QLocale::German))
          == QStringLiteral("1.234,56") + QChar(0x00A0) + QStringLiteral("€"));
    CHECK(Money::display(-1, QStringLiteral("EUR"), QLocale(QLocale::English)) == QStringLiteral("-€0.01"));
}

TEST_CASE("quantities keep three decimals exactly and refuse a fourth")
{
    CHECK(Quantity::parse(QStringLiteral("1.5")).value().scaled() == 1500);
    CHECK(Quantity::parse(QStringLiteral("0.250")).value().toString() == QStringLiteral("0.25"));
    CHECK(Quantity::parse(QStringLiteral("-2")).value().scaled() == -2000);
    CHECK_FALSE(Quantity::parse(QStringLiteral("1.0005")).ok());
    CHECK_FALSE(Quantity::parse(QStringLiteral("1000000001")).ok());
    CHECK(UnitPrice::parse(QStringLiteral("0.0125")).value().scaled() == 125);
    CHECK_FALSE(UnitPrice::parse(QStringLiteral("0.00001")).ok());
    CHECK_FALSE(Percentage::parse(QStringLiteral("100.01")).ok());
}

TEST_CASE("line net is quantity times price less discount, rounded half away from zero")
{
    auto net = [](const char *q, const char *p, const char *d) {
        return TaxCalculator::lineNet(Quantity::parse(QString::fromLatin1(q)).value(),
                                      UnitPrice::parse(QString::fromLatin1(p)).value(),
                                      Percentage::parse(QString::fromLatin1(d)).value(), 2)
            .value();
    };
    CHECK(net("1", "0.005", "0") == 1);     // 0.005 -> 0.01
    CHECK(net("-1", "0.005", "0") == -1);   // -0.005 -> -0.01 (away from zero)
    CHECK(net("1", "0.0049", "0") == 0);
    CHECK(net("1.5", "85", "0") == 12750);
    CHECK(net("3", "19.99", "10") == 5397); // 59.97 - 5.997 = 53.973
    CHECK(net("0.333", "3", "0") == 100);   // 0.999
    CHECK(net("2", "10", "100") == 0);
    CHECK_FALSE(TaxCalculator::lineNet(Quantity::fromInteger(1), UnitPrice::fromInteger(1),
                                       Percentage::fromInteger(101), 2).ok());
    CHECK_FALSE(TaxCalculator::lineNet(Quantity::fromInteger(1'000'000'000), UnitPrice::fromInteger(10'000'000'000LL),
                                       Percentage(), 2).ok());
}

TEST_CASE("tax is rounded once per rate on the summed base, never per line")
{
    TaxCalculator calc(2);
    // 100 lines of 0.05 at 10 %: per-line tax would be 0.005 -> 0.01 each = 1.00;
    // per-rate tax is 5.00 × 10 % = 0.50.
    for (int i = 0; i < 100; ++i)
        REQUIRE(calc.addNet(5, TaxCategory::Standard, Percentage::fromInteger(10)).ok());
    REQUIRE(calc.addNet(1000, TaxCategory::Reduced, Percentage::parse(QStringLiteral("5.5")).value()).ok());
    REQUIRE(calc.addNet(333, TaxCategory::Exempt, Percentage(), QStringLiteral("Art. 132")).ok());
    const DocumentTotals totals = calc.totals().value();
    REQUIRE(totals.subtotals.size() == 3);
    CHECK(totals.subtotals[0].base == 500);
    CHECK(totals.subtotals[0].tax == 50);
    CHECK(totals.subtotals[1].tax == 55);
    CHECK(totals.subtotals[2].tax == 0);
    CHECK(totals.net == 1833);
    CHECK(totals.tax == 105);
    CHECK(totals.gross == 1938);
}

TEST_CASE("many lines of half a cent round per line, then tax per rate")
{
    TaxCalculator calc(2);
    for (int i = 0; i < 1000; ++i)
        REQUIRE(calc.addLine(Quantity::fromInteger(1), UnitPrice::parse(QStringLiteral("0.005")).value(), Percentage(),
                             TaxCategory::Standard, Percentage::fromInteger(20)).ok());
    const DocumentTotals totals = calc.totals().value();
    CHECK(totals.net == 1000);  // each 0.005 line rounds to 0.01
    CHECK(totals.tax == 200);
    CHECK(TaxCalculator::taxOn(-25, Percentage::fromInteger(10)) == -3); // -0.025 -> -0.03
    CHECK(TaxCalculator::taxOn(25, Percentage::fromInteger(10)) == 3);
}

TEST_CASE("tax category, rate and exemption reason must agree")
{
    CHECK(TaxCalculator::validateTax(TaxCategory::Standard, Percentage::fromInteger(20), {}).ok());
    CHECK_FALSE(TaxCalculator::validateTax(TaxCategory::Standard, Percentage(), {}).ok());
    CHECK_FALSE(TaxCalculator::validateTax(TaxCategory::Exempt, Percentage(), {}).ok());
    CHECK(TaxCalculator::validateTax(TaxCategory::Exempt, Percentage(), QStringLiteral("Art. 261")).ok());
    CHECK_FALSE(TaxCalculator::validateTax(TaxCategory::ReverseCharge, Percentage::fromInteger(20), {}).ok());
    CHECK(TaxCalculator::validateTax(TaxCategory::ReverseCharge, Percentage(), {}).ok());
}
