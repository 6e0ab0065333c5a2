// The late-payment mentions of the law that applies, printed with the payment terms of invoices
// to business customers: France (Code de commerce L441-10), Belgium (law of 2 August 2002),
// Germany (§ 288 BGB), from the company settings.

#include "LedgerPdfFixture.h"

namespace {
qint64 customer(
    LedgerPdfFixture &f, const QString &name, const QString &language, const QString &vatId, const QString &country)
{
    Customer c;
    c.name = name;
    c.billingAddress = QStringLiteral("1 Main Street\n1000 Town\n") + country;
    c.vatId = vatId;
    c.language = language;
    return need(f.t->customers().add(c));
}

QString invoiceText(LedgerPdfFixture &f, qint64 customerId)
{
    return f.text(f.pdfFor(f.postedSimple(QStringLiteral("100"), customerId), PdfUse::Preview), false);
}
} // namespace

TEST_CASE("a French invoice to a business prints the L441-10 mentions; other laws by country and language")
{
    LedgerPdfFixture f;
    const QString french = invoiceText(f,
        customer(f, QStringLiteral("Boulangerie Dupont SARL"), QStringLiteral("fr"), QStringLiteral("FR83404833048"),
            QStringLiteral("France")));
    CHECK(french.contains(QStringLiteral("Pénalités de retard : trois fois le taux d’intérêt légal (article L441-10 "
                                         "du Code de commerce).")));
    CHECK(french.contains(QStringLiteral("Indemnité forfaitaire pour frais de recouvrement en cas de retard de "
                                         "paiement : 40,00 €")));
    CHECK(french.contains(QStringLiteral("Pas d’escompte pour paiement anticipé.")));

    const QString belgian = invoiceText(f,
        customer(f, QStringLiteral("Brasserie de Namur SRL"), QStringLiteral("fr"), QStringLiteral("BE0428759497"),
            QStringLiteral("Belgique")));
    CHECK(belgian.contains(QStringLiteral("loi du 2 août 2002")));
    CHECK(belgian.contains(QStringLiteral("indemnité forfaitaire pour frais de recouvrement de 40,00 €")));
    CHECK_FALSE(belgian.contains(QStringLiteral("L441-10")));

    const QString german = invoiceText(f,
        customer(f, QStringLiteral("Müller Haustechnik GmbH"), QStringLiteral("de"), QStringLiteral("DE136695976"),
            QStringLiteral("Deutschland")));
    CHECK(german.contains(QStringLiteral("Verzugszinsen von neun Prozentpunkten über dem Basiszinssatz (§ 288 Abs. 2 "
                                         "BGB)")));
    CHECK(german.contains(QStringLiteral("Pauschale von 40,00 € fällig (§ 288 Abs. 5 BGB)")));
    CHECK_FALSE(german.contains(QStringLiteral("Skonto")));

    // English documents and consumers (no VAT id) get none.
    const QString english = invoiceText(f, f.customerId);
    CHECK_FALSE(english.contains(QStringLiteral("L441-10")));
    CHECK_FALSE(english.contains(QStringLiteral("288")));
    CHECK_FALSE(english.contains(QStringLiteral("2 August 2002")));
    const QString consumer = invoiceText(
        f, customer(f, QStringLiteral("Jeanne Martin"), QStringLiteral("fr"), QString(), QStringLiteral("France")));
    CHECK_FALSE(consumer.contains(QStringLiteral("L441-10")));
    CHECK_FALSE(consumer.contains(QStringLiteral("escompte")));
}

TEST_CASE("the late-payment rate, indemnity and early-payment discount come from the company settings")
{
    LedgerPdfFixture f;
    const qint64 french = customer(f, QStringLiteral("Boulangerie Dupont SARL"), QStringLiteral("fr"),
        QStringLiteral("FR83404833048"), QStringLiteral("France"));
    CompanySettings company = need(f.t->context().company.load());
    company.lateInterestRate = QStringLiteral("10.5");
    company.earlyPaymentDiscount = QStringLiteral("2");
    company.recoveryIndemnity = 4000;
    need(f.t->settings().saveCompany(company));
    const QString text = invoiceText(f, french);
    CHECK(text.contains(QStringLiteral("Pénalités de retard : taux annuel de 10,5 %")));
    CHECK(text.contains(QStringLiteral("Escompte pour paiement anticipé : 2 %.")));
    CHECK_FALSE(text.contains(QStringLiteral("Pas d’escompte")));

    company.latePaymentMentions = false;
    need(f.t->settings().saveCompany(company));
    const QString off = invoiceText(f, french);
    CHECK_FALSE(off.contains(QStringLiteral("L441-10")));
    CHECK_FALSE(off.contains(QStringLiteral("escompte")));
}
