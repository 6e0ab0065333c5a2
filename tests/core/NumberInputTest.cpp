#include "Currency.h"
#include "DecimalText.h"
#include "Money.h"
#include "NumberInput.h"

#include <QRandomGenerator>

#include <catch2/catch.hpp>

#include <array>

namespace {

// What a row expects in one language: the scaled value, or a refusal whose message contains the
// text after "!".
struct Row
{
    const char16_t *typed;
    int scale;
    bool allowNegative;
    std::array<const char *, 4> expected; // English, French, German, C
};

const std::array<QLocale, 4> locales {QLocale(QLocale::English, QLocale::UnitedStates),
                                      QLocale(QLocale::French, QLocale::France),
                                      QLocale(QLocale::German, QLocale::Germany), QLocale::c()};

// Every row is read in the four languages. A value is the scaled integer; "!text" is a refusal
// whose message contains text.
const Row rows[] = {
    // The blocker: a comma followed by two digits is a decimal mark in every language.
    {u"65,50", 2, false, {"6550", "6550", "6550", "6550"}},
    {u"65.50", 2, false, {"6550", "6550", "6550", "6550"}},
    {u"65,5", 2, false, {"6550", "6550", "6550", "6550"}},
    {u"1234,5", 2, false, {"123450", "123450", "123450", "123450"}},
    // Both marks: the last is the decimal mark, the other must be the language's grouping mark.
    {u"1,234.5", 2, false, {"123450", "!does not separate thousands", "!does not separate thousands", "123450"}},
    {u"1.234,5", 2, false, {"!does not separate thousands", "!does not separate thousands", "123450",
                            "!does not separate thousands"}},
    {u"1,234,567.89", 2, false, {"123456789", "!does not separate", "!does not separate", "123456789"}},
    {u"1.234.567,89", 2, false, {"!does not separate", "!does not separate", "123456789", "!does not separate"}},
    {u"1,234,567", 2, false, {"123456700", "!does not separate", "!does not separate", "123456700"}},
    {u"1.234.567", 2, false, {"!does not separate", "!does not separate", "123456700", "!does not separate"}},
    // Spaces of every kind group digits by three in any language.
    {u"1 234,50", 2, false, {"123450", "123450", "123450", "123450"}},
    {u"1\u00A0234,50", 2, false, {"123450", "123450", "123450", "123450"}},
    {u"1\u202F234,50", 2, false, {"123450", "123450", "123450", "123450"}},
    {u"1 234 567", 2, false, {"123456700", "123456700", "123456700", "123456700"}},
    {u"1 234.5", 2, false, {"123450", "123450", "123450", "123450"}},
    {u"12 34", 2, false, {"!groups of three", "!groups of three", "!groups of three", "!groups of three"}},
    {u"12,34,567", 2, false, {"!groups of three", "!does not separate", "!does not separate", "!groups of three"}},
    {u"1 234,567.5", 2, false, {"!mixes separators", "!mixes separators", "!mixes separators", "!mixes separators"}},
    // One mark before three digits: grouping in one reading, decimals in the other.
    {u"1,250", 2, false, {"!could be 1250 (thousands) or 1.250 (decimals)", "125", "125", "!could be"}},
    {u"1.250", 2, false, {"125", "125", "!could be 1250 (thousands) or 1,250 (decimals)", "125"}},
    {u"0,250", 2, false, {"25", "25", "25", "25"}},
    {u"1,250", 0, false, {"1250", "!whole number", "!whole number", "1250"}},
    {u"1.250", 0, false, {"!whole number", "!whole number", "1250", "!whole number"}},
    {u"1,234", 2, false, {"!could be", "!more than 2 decimal", "!more than 2 decimal", "!could be"}},
    {u"1,234", 3, false, {"!could be", "1234", "1234", "!could be"}},
    // Decimals beyond the field's.
    {u"1,2345", 2, false, {"!more than 2 decimal", "!more than 2 decimal", "!more than 2 decimal", "!more than 2 decimal"}},
    {u"1,2345", 4, false, {"12345", "12345", "12345", "12345"}},
    {u"1,23450", 4, false, {"12345", "12345", "12345", "12345"}},
    {u"2.0000000000000001", 3, false, {"!more than 3 decimal", "!more than 3 decimal", "!more than 3 decimal",
                                       "!more than 3 decimal"}},
    // Marks at the edges.
    {u",5", 2, false, {"50", "50", "50", "50"}},
    {u".5", 2, false, {"50", "50", "50", "50"}},
    {u"5,", 2, false, {"!ends with a separator", "!ends with a separator", "!ends with a separator",
                       "!ends with a separator"}},
    {u"5.", 2, false, {"!ends with a separator", "!ends with a separator", "!ends with a separator",
                       "!ends with a separator"}},
    {u"1,,5", 2, false, {"!two separators", "!two separators", "!two separators", "!two separators"}},
    {u"1., 5", 2, false, {"!two separators", "!two separators", "!two separators", "!two separators"}},
    {u"1.2.3", 2, false, {"!does not separate", "!does not separate", "!groups of three", "!does not separate"}},
    {u"1'234.50", 2, false, {"!does not separate", "!does not separate", "!does not separate", "!does not separate"}},
    // Signs.
    {u"-0", 2, true, {"0", "0", "0", "0"}},
    {u"-0", 2, false, {"!must not be negative", "!must not be negative", "!must not be negative",
                       "!must not be negative"}},
    {u"-12,5", 2, true, {"-1250", "-1250", "-1250", "-1250"}},
    {u"\u221212,5", 2, true, {"-1250", "-1250", "-1250", "-1250"}},
    {u"- 3", 2, true, {"-300", "-300", "-300", "-300"}},
    {u"+3", 2, false, {"300", "300", "300", "300"}},
    {u"--3", 2, true, {"!not a number", "!not a number", "!not a number", "!not a number"}},
    {u"3-", 2, true, {"!not a number", "!not a number", "!not a number", "!not a number"}},
    // Spaces around, digits of other scripts.
    {u"  42  ", 2, false, {"4200", "4200", "4200", "4200"}},
    {u"\u00A042\u00A0", 2, false, {"4200", "4200", "4200", "4200"}},
    {u"\u0661\u0662\u0663\u066B\u0664\u0665", 2, false, {"12345", "12345", "12345", "12345"}},
    {u"\u0661\u066C\u0662\u0663\u0664", 2, false, {"123400", "123400", "123400", "123400"}},
    {u"\u06F1\u06F2\u06F3", 2, false, {"12300", "12300", "12300", "12300"}},
    {u"\uFF11\uFF12,\uFF15", 2, false, {"1250", "1250", "1250", "1250"}},
    // Not numbers.
    {u"", 2, false, {"!required", "!required", "!required", "!required"}},
    {u"   ", 2, false, {"!required", "!required", "!required", "!required"}},
    {u".", 2, false, {"!not a number", "!not a number", "!not a number", "!not a number"}},
    {u"-", 2, true, {"!not a number", "!not a number", "!not a number", "!not a number"}},
    {u"abc", 2, false, {"!not a number", "!not a number", "!not a number", "!not a number"}},
    {u"12abc", 2, false, {"!not a number", "!not a number", "!not a number", "!not a number"}},
    {u"0x10", 2, false, {"!not a number", "!not a number", "!not a number", "!not a number"}},
    {u"\u00B2", 2, false, {"!not a number", "!not a number", "!not a number", "!not a number"}},
    {u"1e3", 2, false, {"!exponent", "!exponent", "!exponent", "!exponent"}},
    {u"6,5E1", 2, false, {"!exponent", "!exponent", "!exponent", "!exponent"}},
    {u"1E-2", 2, false, {"!exponent", "!exponent", "!exponent", "!exponent"}},
    {u"99999999999999999999", 2, false, {"!too large", "!too large", "!too large", "!too large"}},
    {u"92233720368547758,08", 2, false, {"!too large", "!too large", "!too large", "!too large"}},
};

} // namespace

TEST_CASE("a typed number means what it says in English, French, German and the C locale")
{
    const char *names[] = {"en", "fr", "de", "C"};
    for (const Row &row : rows) {
        const QString typed = QString::fromUtf16(row.typed);
        for (int l = 0; l < 4; ++l) {
            INFO("typed \"" << typed.toStdString() << "\" in " << names[l] << ", scale " << row.scale);
            NumberInput::Options options;
            options.scale = row.scale;
            options.allowNegative = row.allowNegative;
            const auto read = NumberInput::read(typed, locales[l], options);
            const QString expected = QString::fromUtf8(row.expected[l]);
            if (expected.startsWith(QLatin1Char('!'))) {
                INFO("read as " << (read ? read.value() : 0));
                REQUIRE_FALSE(read.ok());
                INFO("message: " << read.message().toStdString());
                CHECK(read.message().contains(expected.mid(1)));
                CHECK(read.message().contains(typed.trimmed()));
            } else {
                INFO("refused: " << read.message().toStdString());
                REQUIRE(read.ok());
                CHECK(read.value() == expected.toLongLong());
            }
        }
    }
}

TEST_CASE("an amount shown by the window reads back as the same amount in every language")
{
    QRandomGenerator random(20261203);
    const QString eur = QStringLiteral("EUR");
    for (const QLocale &locale : locales) {
        for (int i = 0; i < 2000; ++i) {
            const qint64 minor = static_cast<qint64>(random.bounded(2000000000)) * (i % 3 == 0 ? 1000 : 1)
                - (i % 5 == 0 ? 1000000 : 0);
            QString shown = Money::display(minor, eur, locale);
            shown.remove(Currency::symbol(eur));
            NumberInput::Options options;
            options.scale = 2;
            const auto read = NumberInput::read(shown, locale, options);
            INFO(locale.name().toStdString() << " shows " << shown.toStdString() << ": " << read.message().toStdString());
            REQUIRE(read.ok());
            CHECK(read.value() == minor);

            // A quantity or price as the editor shows it: plain digits, the language's decimal mark.
            QString plain = DecimalText::format(minor, 4, 2);
            plain.replace(QLatin1Char('.'), locale.decimalPoint());
            options.scale = 4;
            const auto price = NumberInput::read(plain, locale, options);
            INFO("price " << plain.toStdString());
            REQUIRE(price.ok());
            CHECK(price.value() == minor);
        }
    }
}

TEST_CASE("a field's limit refuses a larger value with its own message")
{
    NumberInput::Options options;
    options.scale = 2;
    options.maxAbsScaled = 100000;
    CHECK(NumberInput::read(QStringLiteral("1000"), QLocale::c(), options).value() == 100000);
    const auto tooLarge = NumberInput::read(QStringLiteral("1000,01"), QLocale::c(), options);
    REQUIRE_FALSE(tooLarge.ok());
    CHECK(tooLarge.message().contains(QStringLiteral("too large")));
    CHECK_FALSE(NumberInput::read(QStringLiteral("-1000,01"), QLocale::c(), options).ok());
}
