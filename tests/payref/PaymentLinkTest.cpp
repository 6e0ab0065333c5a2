#include "PaymentLink.h"
#include "TestDatabase.h"
#include "TestResults.h"

#include <QUrl>
#include <QUrlQuery>

#include <catch2/catch.hpp>

// The payment link template: its placeholders, the encoding of what is put into it, the
// templates refused; at posting the filled link is frozen in the snapshot and stays as it was.
namespace {
PaymentLink::Values sample()
{
    return {QStringLiteral("INV-2026-00042"), 123450, QStringLiteral("EUR"), QStringLiteral("RF36INV202600042"),
        QStringLiteral("Harbour Café Ltd")};
}

void setLink(TestLedger &t, const QString &linkTemplate)
{
    CompanySettings c = need(t->context().company.load());
    c.paymentLinkTemplate = linkTemplate;
    need(t->settings().saveCompany(c));
}

QString frozenLink(TestLedger &t, const QString &number)
{
    const Document d = need(t->context().documents.find(need(t->context().documents.idByNumber(number)), false));
    return PaymentLink::frozenIn(d.snapshot);
}
} // namespace

TEST_CASE("a payment link template fills each placeholder", "[payref]")
{
    const QString link = need(PaymentLink::fill(
        QStringLiteral("https://pay.example.com/i/{number}?amount={due}&currency={currency}&ref={reference}&c={customer}"),
        sample()));
    CHECK(link
          == QStringLiteral("https://pay.example.com/i/INV-2026-00042?amount=1234.50&currency=EUR&ref=RF36INV202600042"
                            "&c=Harbour%20Caf%C3%A9%20Ltd"));
    // Read back by a URL parser, each value is what was put in.
    const QUrl url(link, QUrl::StrictMode);
    REQUIRE(url.isValid());
    const QUrlQuery query(url);
    CHECK(query.queryItemValue(QStringLiteral("c"), QUrl::FullyDecoded) == QStringLiteral("Harbour Café Ltd"));
    CHECK(query.queryItemValue(QStringLiteral("amount")) == QStringLiteral("1234.50"));
    // Amounts from the minor units of the currency: none for the yen, three for the dinar.
    PaymentLink::Values yen = sample();
    yen.currency = QStringLiteral("JPY");
    yen.dueMinor = 15000;
    CHECK(need(PaymentLink::fill(QStringLiteral("https://p.example/{due}"), yen)) == QStringLiteral("https://p.example/15000"));
    CHECK(PaymentLink::dueText(1, QStringLiteral("BHD")) == QStringLiteral("0.001"));
    CHECK(PaymentLink::dueText(5, QStringLiteral("EUR")) == QStringLiteral("0.05"));
    CHECK(PaymentLink::dueText(100000000, QStringLiteral("EUR")) == QStringLiteral("1000000.00"));
}

TEST_CASE("what is put into a payment link is percent-encoded, never read as part of the address", "[payref]")
{
    PaymentLink::Values v = sample();
    v.number = QStringLiteral("2026/42 #1");
    v.customer = QStringLiteral("A&B=C?d/e+f %g\"h'<i>");
    const QString link = need(PaymentLink::fill(QStringLiteral("https://pay.example.com/i/{number}?c={customer}&x=1"), v));
    CHECK(link == QStringLiteral("https://pay.example.com/i/2026%2F42%20%231?c=A%26B%3DC%3Fd%2Fe%2Bf%20%25g%22h%27%3Ci%3E&x=1"));
    const QUrl url(link, QUrl::StrictMode);
    REQUIRE(url.isValid());
    CHECK(url.host() == QStringLiteral("pay.example.com"));
    CHECK(url.fragment().isEmpty()); // the '#' of the number did not start a fragment
    const QUrlQuery query(url);
    CHECK(query.queryItemValue(QStringLiteral("c"), QUrl::FullyDecoded) == v.customer);
    CHECK(query.queryItemValue(QStringLiteral("x")) == QStringLiteral("1"));
    CHECK(url.path(QUrl::FullyDecoded) == QStringLiteral("/i/2026/42 #1"));
}

TEST_CASE("a payment link template with an unknown placeholder or not on the web is refused", "[payref]")
{
    const struct
    {
        const char *linkTemplate;
        const char *message;
    } refused[] = {
        {"https://pay.example.com/i/{invoice}", "unknown placeholder {invoice}"},
        {"https://pay.example.com/i/{Number}", "unknown placeholder {Number}"},
        {"https://pay.example.com/i/{number", "never closed"},
        {"https://pay.example.com/i/number}", "closes no placeholder"},
        {"ftp://pay.example.com/{number}", "https:// or http://"},
        {"javascript:alert({number})", "https:// or http://"},
        {"mailto:pay@example.com?subject={number}", "https:// or http://"},
        {"pay.example.com/{number}", "https:// or http://"},
        {"https://{customer}.example.com/pay", "cannot hold a placeholder"},
        {"https://pay.example.com{number}", "cannot hold a placeholder"},
        {"https://pay.example.com/i/{number} now", "without spaces"},
        {"https:///{number}", "not a valid web address"},
    };
    for (const auto &r : refused) {
        INFO(r.linkTemplate);
        const auto result = PaymentLink::validatedTemplate(QString::fromUtf8(r.linkTemplate));
        REQUIRE_FALSE(result.ok());
        CHECK(result.message().contains(QString::fromUtf8(r.message)));
        CHECK_FALSE(PaymentLink::fill(QString::fromUtf8(r.linkTemplate), sample()).ok());
    }
    CHECK(need(PaymentLink::validatedTemplate(QStringLiteral("  "))).isEmpty()); // no link
    CHECK(need(PaymentLink::validatedTemplate(QStringLiteral(" HTTPS://pay.example.com/x?a=1 ")))
          == QStringLiteral("HTTPS://pay.example.com/x?a=1"));
    CHECK_FALSE(PaymentLink::validatedTemplate(QStringLiteral("https://pay.example.com/") + QString(500, QLatin1Char('a'))).ok());

    // The company settings refuse it too, naming the placeholder, and keep what they had.
    TestLedger t;
    CompanySettings c = need(t->context().company.load());
    c.paymentLinkTemplate = QStringLiteral("https://pay.example.com/i/{invoice_number}");
    const Status saved = t->settings().saveCompany(c);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.message().contains(QStringLiteral("{invoice_number}")));
    CHECK(need(t->context().company.load()).paymentLinkTemplate.isEmpty());
}

TEST_CASE("a posted invoice freezes its filled link; later templates and earlier invoices keep theirs", "[payref]")
{
    TestLedger t;
    const QString before = t.postNew(QStringLiteral("100"));
    setLink(t, QStringLiteral("https://pay.example.com/i/{number}?amount={due}&currency={currency}&ref={reference}"));
    const QString number = t.postNew(QStringLiteral("250"));
    const Document d = need(t->context().documents.find(need(t->context().documents.idByNumber(number)), false));
    const QString expected = QStringLiteral("https://pay.example.com/i/%1?amount=300.00&currency=EUR&ref=%2")
                                 .arg(number, d.paymentReference);
    CHECK(frozenLink(t, number) == expected);
    CHECK(frozenLink(t, before).isEmpty()); // posted before the setting: no link

    setLink(t, QStringLiteral("https://other.example.org/pay?n={number}"));
    CHECK(frozenLink(t, number) == expected);
    const QString after = t.postNew(QStringLiteral("10"));
    CHECK(frozenLink(t, after) == QStringLiteral("https://other.example.org/pay?n=") + after);
    setLink(t, QString());
    CHECK(frozenLink(t, number) == expected);
    CHECK(frozenLink(t, t.postNew()).isEmpty());
}
