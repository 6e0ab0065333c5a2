// A Done service order becomes a draft invoice that reads in the customer's language: localised
// labour lines and dates, no technician's name unless the firm wants it, the job number as the
// customer's reference. And the company's payment mentions are stored with the settings.

#include "LedgerTestHelpers.h"

using namespace LedgerTest;

namespace {
const QString JobDescription = QStringLiteral(
    "Annual maintenance of the air conditioning of the restaurant: filters, gas pressure, condensate pump");

qint64 doneOrder(TestLedger &t, const QString &language, const QString &jobRef)
{
    Customer c;
    c.name = QStringLiteral("Customer %1 %2").arg(language, jobRef);
    c.language = language;
    const qint64 customer = need(t->customers().add(c));
    ServiceOrder o;
    o.jobRef = jobRef;
    o.customerId = customer;
    o.description = JobDescription;
    const qint64 id = need(t->orders().create(o));
    TimeEntry plain;
    plain.technician = QStringLiteral("Luc Martin");
    plain.workDate = QDate(2026, 3, 9);
    plain.hours = Quantity::fromScaled(2500);
    plain.hourlyRate = UnitPrice::fromInteger(65);
    need(t->orders().addTimeEntry(id, plain));
    TimeEntry described = plain;
    described.workDate = QDate(2026, 3, 10);
    described.description = QStringLiteral("Filter replaced");
    need(t->orders().addTimeEntry(id, described));
    PartUsed part;
    part.sku = QStringLiteral("FLT-200");
    part.description = QStringLiteral("Air filter");
    part.quantity = Quantity::fromInteger(2);
    part.unitPrice = UnitPrice::fromScaled(189000);
    part.taxRate = Percentage::fromInteger(20);
    need(t->orders().addPart(id, part));
    need(t->orders().setStatus(id, OrderStatus::Done));
    return id;
}
} // namespace

TEST_CASE("lines made from a service order read in the document's language, without the technician by default")
{
    TestLedger t;
    CHECK_FALSE(need(t->context().company.load()).technicianOnInvoiceLines);
    const struct
    {
        const char *language;
        const char16_t *labour;
        const char16_t *described;
    } cases[] = {
        {"en", u"Labour on 09/03/2026", u"Filter replaced (10/03/2026)"},
        {"fr", u"Main-d’œuvre du 09/03/2026", u"Filter replaced (10/03/2026)"},
        {"de", u"Arbeitszeit am 09.03.2026", u"Filter replaced (10.03.2026)"},
    };
    int job = 100;
    for (const auto &c : cases) {
        INFO(c.language);
        const QString jobRef = QStringLiteral("J-%1").arg(++job);
        const Document d
            = load(t, need(t->drafts().createFromOrder(doneOrder(t, QString::fromLatin1(c.language), jobRef))));
        CHECK(d.language == QString::fromLatin1(c.language));
        REQUIRE(d.lines.size() == 3);
        CHECK(d.lines[0].description == QString::fromUtf16(c.labour));
        CHECK(d.lines[1].description == QString::fromUtf16(c.described));
        CHECK(d.lines[0].unit == QStringLiteral("h"));
        CHECK(d.lines[2].description == QStringLiteral("FLT-200 — Air filter"));
        for (const DocumentLine &line : d.lines) {
            CHECK_FALSE(line.description.contains(QStringLiteral("Luc")));
            CHECK_FALSE(line.description.contains(QStringLiteral("2026-03"))); // no ISO dates on the customer's paper
        }
        // The job number is the customer's reference; the job's description is kept for the clerk.
        CHECK(d.customerReference == jobRef);
        CHECK(d.internalNotes.contains(JobDescription));
    }
}

TEST_CASE("a firm that wants it names the technician on service-order lines")
{
    TestLedger t;
    CompanySettings company = need(t->context().company.load());
    company.technicianOnInvoiceLines = true;
    need(t->settings().saveCompany(company));
    CHECK(need(t->context().company.load()).technicianOnInvoiceLines);
    const Document d
        = load(t, need(t->drafts().createFromOrder(doneOrder(t, QStringLiteral("fr"), QStringLiteral("J-7")))));
    REQUIRE(d.lines.size() == 3);
    CHECK(d.lines[0].description == QStringLiteral("Main-d’œuvre du 09/03/2026 (Luc Martin)"));
    CHECK(d.lines[1].description == QStringLiteral("Filter replaced (10/03/2026, Luc Martin)"));
    CHECK(d.customerReference == QStringLiteral("J-7"));
}

TEST_CASE("the payment mentions are company settings with French defaults, checked and stored")
{
    TestLedger t;
    CompanySettings company = need(t->context().company.load());
    CHECK(company.latePaymentMentions);
    CHECK(company.lateInterestRate.isEmpty()); // three times the legal interest rate
    CHECK(company.recoveryIndemnity == 4000); // 40 EUR
    CHECK(company.earlyPaymentDiscount.isEmpty()); // no discount

    company.lateInterestRate = QStringLiteral("10,5");
    company.earlyPaymentDiscount = QStringLiteral("2");
    company.recoveryIndemnity = 5000;
    company.latePaymentMentions = false;
    need(t->settings().saveCompany(company));
    t.reopen();
    const CompanySettings stored = need(t->context().company.load());
    CHECK(stored.lateInterestRate == QStringLiteral("10.5"));
    CHECK(stored.earlyPaymentDiscount == QStringLiteral("2"));
    CHECK(stored.recoveryIndemnity == 5000);
    CHECK_FALSE(stored.latePaymentMentions);

    const QString before = t.dump();
    for (const char *bad : {"ten", "-1", "101"}) {
        INFO(bad);
        CompanySettings wrong = stored;
        wrong.lateInterestRate = QString::fromLatin1(bad);
        const Status refused = t->settings().saveCompany(wrong);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().contains(QStringLiteral("late-payment interest rate")));
    }
    CompanySettings negative = stored;
    negative.recoveryIndemnity = -1;
    CHECK_FALSE(t->settings().saveCompany(negative).ok());
    CHECK(t.dump() == before);
}

TEST_CASE("a wrong VAT id is refused for the seller and for a customer, naming the country's rule")
{
    TestLedger t;
    CompanySettings company = need(t->context().company.load());
    company.vatId = QStringLiteral("FR41303265045");
    const Status seller = t->settings().saveCompany(company);
    REQUIRE_FALSE(seller.ok());
    CHECK(seller.message().contains(QStringLiteral("SIREN")));
    company.vatId = QStringLiteral("fr 40 303 265 045");
    need(t->settings().saveCompany(company));
    CHECK(need(t->context().company.load()).vatId == QStringLiteral("FR40303265045"));

    Customer c;
    c.name = QStringLiteral("Müller GmbH");
    c.vatId = QStringLiteral("DE136695977");
    const auto refused = t->customers().add(c);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("MOD 11,10")));
    c.vatId = QStringLiteral("DE 136 695 976");
    const qint64 id = need(t->customers().add(c));
    CHECK(need(t->context().customers.find(id)).vatId == QStringLiteral("DE136695976"));
}
