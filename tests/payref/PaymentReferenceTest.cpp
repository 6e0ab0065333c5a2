#include "BelgianReference.h"
#include "CreditorReference.h"
#include "PaymentReference.h"

#include <catch2/catch.hpp>

// Check digits against published examples and an independent computation (the big-integer
// remainder of the rearranged digits, done here with 64-bit chunks), then the forms a payer or a
// bank writes them in.
namespace {
// ISO 7064 mod 97-10 of letters and digits, computed the long way: letters expanded to their
// two-digit values first, then the decimal string reduced nine digits at a time.
int independentMod97(const QString &text)
{
    QString digits;
    for (const QChar c : text)
        digits += c.isDigit() ? QString(c) : QString::number(c.unicode() - 'A' + 10);
    qint64 remainder = 0;
    while (!digits.isEmpty()) {
        const QString chunk = QString::number(remainder) + digits.left(9);
        digits = digits.mid(9);
        remainder = chunk.toLongLong() % 97;
    }
    return static_cast<int>(remainder);
}
} // namespace

TEST_CASE("ISO 11649 creditor references match the published examples", "[payref]")
{
    // ISO 11649 (and the EPC's guidance): RF18 5390 0754 7034, the same with leading zeros.
    CHECK(CreditorReference::make(QStringLiteral("539007547034")).value() == QStringLiteral("RF18539007547034"));
    CHECK(CreditorReference::make(QStringLiteral("000000000539007547034")).value()
          == QStringLiteral("RF18000000000539007547034"));
    CHECK(CreditorReference::isValid(QStringLiteral("RF18539007547034")));
    CHECK(CreditorReference::isValid(QStringLiteral("RF18000000000539007547034")));
    CHECK(CreditorReference::printed(QStringLiteral("RF18539007547034")) == QStringLiteral("RF18 5390 0754 7034"));
    // One changed digit, swapped digits, a changed check: refused.
    CHECK_FALSE(CreditorReference::isValid(QStringLiteral("RF18539007547035")));
    CHECK_FALSE(CreditorReference::isValid(QStringLiteral("RF18539007547304")));
    CHECK_FALSE(CreditorReference::isValid(QStringLiteral("RF19539007547034")));
    CHECK_FALSE(CreditorReference::isValid(QStringLiteral("RF18")));
}

TEST_CASE("creditor reference check digits agree with an independent computation", "[payref]")
{
    const QStringList bodies {QStringLiteral("INV202600042"), QStringLiteral("A"), QStringLiteral("0"),
        QStringLiteral("ZZZZZZZZZZZZZZZZZZZZZ"), QStringLiteral("D1"), QStringLiteral("CN2026X7Q")};
    for (const QString &body : bodies) {
        INFO(body.toStdString());
        const auto made = CreditorReference::make(body);
        REQUIRE(made.ok());
        const int check = 98 - independentMod97(body + QStringLiteral("RF00"));
        CHECK(made.value() == QStringLiteral("RF%1").arg(check, 2, 10, QLatin1Char('0')) + body);
        CHECK(independentMod97(made->mid(4) + made->left(4)) == 1);
        CHECK(CreditorReference::isValid(made.value()));
    }
    CHECK(CreditorReference::make(QStringLiteral("inv-1")).message().contains(QStringLiteral("letters A to Z")));
    CHECK_FALSE(CreditorReference::make(QString()).ok());
    CHECK_FALSE(CreditorReference::make(QStringLiteral("1234567890123456789012")).ok()); // 22 characters
}

TEST_CASE("Belgian structured communications match Febelfin's examples, 97 for a remainder of 0", "[payref]")
{
    CHECK(BelgianReference::make(QStringLiteral("0909337554")).value() == QStringLiteral("090933755493"));
    CHECK(BelgianReference::printed(QStringLiteral("090933755493")) == QStringLiteral("+++090/9337/55493+++"));
    CHECK(BelgianReference::isValid(QStringLiteral("312401398067")));
    // 0000000097 and 9700000000 are multiples of 97: the check is 97, never 00.
    CHECK(BelgianReference::make(QStringLiteral("0000000097")).value() == QStringLiteral("000000009797"));
    CHECK(BelgianReference::make(QStringLiteral("9700000000")).value() == QStringLiteral("970000000097"));
    CHECK_FALSE(BelgianReference::isValid(QStringLiteral("000000009700")));
    CHECK_FALSE(BelgianReference::isValid(QStringLiteral("090933755494")));
    CHECK_FALSE(BelgianReference::make(QStringLiteral("12345")).ok());
    CHECK_FALSE(BelgianReference::make(QStringLiteral("12345678AB")).ok());
    for (qint64 n : {1LL, 42LL, 202600042LL, 9999999999LL, 1234567890LL}) {
        const QString ten = QString::number(n).rightJustified(10, QLatin1Char('0'));
        const auto made = BelgianReference::make(ten);
        REQUIRE(made.ok());
        const qint64 expected = n % 97 == 0 ? 97 : n % 97;
        CHECK(made->mid(10).toLongLong() == expected);
    }
}

TEST_CASE("references are read in the forms payers and banks write them", "[payref]")
{
    const PaymentReference rf {PaymentReference::Kind::Creditor, QStringLiteral("RF18539007547034")};
    const PaymentReference be {PaymentReference::Kind::Belgian, QStringLiteral("090933755493")};
    for (const char *text : {"RF18539007547034", "rf18 5390 0754 7034", " RF18 5390 0754 7034 ", "Rf1853900 75470 34"}) {
        INFO(text);
        CHECK(PaymentReference::parse(QString::fromLatin1(text)) == std::optional(rf));
    }
    for (const char *text : {"+++090/9337/55493+++", "***090/9337/55493***", "090/9337/55493", "090933755493",
             "+++ 090 / 9337 / 55493 +++", "+++090933755493+++"}) {
        INFO(text);
        CHECK(PaymentReference::parse(QString::fromLatin1(text)) == std::optional(be));
    }
    for (const char *text : {"RF19539007547034", "+++090/9337/55494+++", "+++090/9337/55493***", "090/9337/5549",
             "INV-2026-00042", "", "RF", "+++", "+++090/9337/55493", "RF18-5390-0754-7034"}) {
        INFO(text);
        CHECK_FALSE(PaymentReference::parse(QString::fromLatin1(text)).has_value());
    }
    CHECK(rf.printed() == QStringLiteral("RF18 5390 0754 7034"));
    CHECK(be.printed() == QStringLiteral("+++090/9337/55493+++"));
}

TEST_CASE("references are found in a statement's free text", "[payref]")
{
    const auto found = PaymentReference::findIn(
        QStringLiteral("PAYMENT rf18 5390 0754 7034 THANKS /ROC/ ***090/9337/55493*** 312401398067 INV-2026-00042 "
                       "RF18 5390 0754 7035 000000009797"));
    REQUIRE(found.size() == 4);
    CHECK(found.at(0).text == QStringLiteral("RF18539007547034"));
    CHECK(found.at(1).text == QStringLiteral("090933755493"));
    CHECK(found.at(2).text == QStringLiteral("312401398067"));
    CHECK(found.at(3).text == QStringLiteral("000000009797"));
    // The reference glued to a following word is not cut out of it; the same one twice is listed once.
    CHECK(PaymentReference::findIn(QStringLiteral("XRF18539007547034")).isEmpty());
    CHECK(PaymentReference::findIn(QStringLiteral("RF18539007547034 RF18539007547034")).size() == 1);
    CHECK(PaymentReference::findIn(QStringLiteral("nothing here 12345678901 1234567890123")).isEmpty());
}

TEST_CASE("an invoice's reference comes from its number, then from its id", "[payref]")
{
    using Kind = PaymentReference::Kind;
    const auto rf0 = PaymentReference::forInvoice(Kind::Creditor, QStringLiteral("inv-2026/00042"), 7, 0);
    REQUIRE(rf0.has_value());
    CHECK(rf0->text.mid(4) == QStringLiteral("INV202600042"));
    CHECK(CreditorReference::isValid(rf0->text));
    const auto rf1 = PaymentReference::forInvoice(Kind::Creditor, QStringLiteral("INV-2026-00042"), 7, 1);
    REQUIRE(rf1.has_value());
    CHECK(rf1->text.mid(4) == QStringLiteral("D7"));
    CHECK(PaymentReference::forInvoice(Kind::Creditor, QStringLiteral("X"), 7, 3)->text.mid(4) == QStringLiteral("D7N3"));
    // A number with more than 21 letters and digits makes no reference of its own.
    CHECK_FALSE(PaymentReference::forInvoice(Kind::Creditor, QStringLiteral("INVOICE-2026-1234567890123"), 7, 0));

    const auto be0 = PaymentReference::forInvoice(Kind::Belgian, QStringLiteral("INV-2026-00042"), 7, 0);
    REQUIRE(be0.has_value());
    CHECK(be0->text.left(10) == QStringLiteral("0202600042"));
    CHECK(BelgianReference::isValid(be0->text));
    CHECK(PaymentReference::forInvoice(Kind::Belgian, QStringLiteral("INV-2026-00042"), 7, 1)->text.left(10)
          == QStringLiteral("0000000007"));
    CHECK(PaymentReference::forInvoice(Kind::Belgian, QStringLiteral("INV"), 7, 2)->text.left(10)
          == QStringLiteral("0000000072"));
    CHECK_FALSE(PaymentReference::forInvoice(Kind::Belgian, QStringLiteral("INV-2026-12-000042"), 7, 0));
    CHECK_FALSE(PaymentReference::forInvoice(Kind::Belgian, QStringLiteral("INV"), 7, 0));

    CHECK(PaymentReference::kindFromKey(QStringLiteral("BE")) == Kind::Belgian);
    CHECK(PaymentReference::kindFromKey(QStringLiteral("rf")) == Kind::Creditor);
    CHECK_FALSE(PaymentReference::kindFromKey(QStringLiteral("ogm")));
}
