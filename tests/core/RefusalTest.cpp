#include "LedgerTestHelpers.h"

#include <functional>

using namespace LedgerTest;

namespace {
struct Refusal
{
    const char *what;
    std::function<Status()> attempt;
    const char *mentions; // a word the message must contain; empty: any message
};

template<typename T>
Status statusOf(const Result<T> &result)
{
    if (result.ok())
        return {};
    return result.error();
}

DocumentLine withTax(DocumentLine line, TaxCategory category, const QString &reason = {})
{
    line.taxCategory = category;
    line.taxRate = Percentage();
    line.exemptionReason = reason;
    return line;
}
} // namespace

TEST_CASE("refused actions each leave the company file unchanged")
{
    TestLedger t;
    // The things the refusals are tried on.
    const qint64 postedId = t.draftWith(
        {{QStringLiteral("Boiler service"), QStringLiteral("1"), QStringLiteral("120"), QStringLiteral("20")},
            {QStringLiteral("Valve"), QStringLiteral("2"), QStringLiteral("15"), QStringLiteral("20")}});
    post(t, postedId);
    const Document posted = load(t, postedId); // gross 180.00
    REQUIRE(posted.totalGross == 18000);
    const qint64 draft
        = t.draftWith({{QStringLiteral("Work"), QStringLiteral("1"), QStringLiteral("10"), QStringLiteral("20")}});

    ServiceOrder order;
    order.customerId = t.customerId();
    order.status = OrderStatus::Done;
    order.timeEntries.append(
        {0, QStringLiteral("Luc"), QDate(2026, 3, 9), Quantity::fromInteger(2), UnitPrice::fromInteger(60), QString()});
    const qint64 invoicedOrder = need(t->orders().create(order));
    need(t->drafts().createFromOrder(invoicedOrder));

    CompanySettings company = t->context().company.load().value();
    company.approvalThreshold = 5000;
    need(t->settings().saveCompany(company));
    User clerk;
    clerk.name = QStringLiteral("paul");
    need(t->settings().addUser(clerk));

    const DocumentLine fine = makeLine(QStringLiteral("Part"), QStringLiteral("1"), QStringLiteral("10"));
    auto changed = [&](auto edit) {
        DocumentLine l = fine;
        edit(l);
        return l;
    };
    auto addLine = [&](const DocumentLine &l) { return statusOf(t->drafts().addLine(draft, l)); };
    auto settingsWith = [&](auto edit) {
        CompanySettings s = company;
        edit(s);
        return t->settings().saveCompany(s);
    };

    const QList<Refusal> refusals = {
        {"posting a posted invoice", [&] { return statusOf(t->posting().post(postedId)); }, "already posted"},
        {"a line with zero quantity",
            [&] { return addLine(changed([](DocumentLine &l) { l.quantity = Quantity(); })); }, "zero"},
        {"a line without description",
            [&] { return addLine(changed([](DocumentLine &l) { l.description = QStringLiteral("  "); })); },
            "description"},
        {"an exempt line without its reason", [&] { return addLine(withTax(fine, TaxCategory::Exempt)); }, "reason"},
        {"a discount of 101 %",
            [&] { return addLine(changed([](DocumentLine &l) { l.discount = Percentage::fromScaled(10100); })); },
            "discount"},
        {"a negative unit price",
            [&] { return addLine(changed([](DocumentLine &l) { l.unitPrice = UnitPrice::fromInteger(-5); })); },
            "negative"},
        {"a price times quantity that overflows",
            [&] {
                return addLine(changed([](DocumentLine &l) {
                    l.quantity = Quantity::fromInteger(1'000'000);
                    l.unitPrice = UnitPrice::fromInteger(10'000'000'000LL);
                }));
            },
            "too large"},
        {"a 20 % rate on a reverse-charge line",
            [&] { return addLine(changed([](DocumentLine &l) { l.taxCategory = TaxCategory::ReverseCharge; })); },
            "0 %"},
        {"editing a line of a posted invoice",
            [&] {
                DocumentLine l = posted.lines.at(0);
                l.quantity = Quantity::fromInteger(2);
                return t->drafts().updateLine(postedId, l);
            },
            "posted"},
        {"removing a line of a posted invoice", [&] { return t->drafts().removeLine(postedId, posted.lines.at(1).id); },
            "posted"},
        {"adding a line to a posted invoice", [&] { return statusOf(t->drafts().addLine(postedId, fine)); }, "posted"},
        {"trashing a posted invoice", [&] { return t->drafts().moveToTrash(postedId); }, "posted"},
        {"invoicing a service order twice", [&] { return statusOf(t->drafts().createFromOrder(invoicedOrder)); },
            "already invoiced"},
        {"an over-payment", [&] { return statusOf(t->payments().registerPayment(paymentOf(postedId, 18001))); },
            "180.00"},
        {"a payment of zero", [&] { return statusOf(t->payments().registerPayment(paymentOf(postedId, 0))); },
            "greater than zero"},
        {"a negative payment", [&] { return statusOf(t->payments().registerPayment(paymentOf(postedId, -500))); },
            "greater than zero"},
        {"crediting more than was invoiced",
            [&] {
                return statusOf(
                    t->creditNotes().createDraft(postedId, QStringLiteral("r"), {{posted.lines.at(1).id, 2001}}));
            },
            "at most 2"},
        {"a credit note without a reason",
            [&] { return statusOf(t->creditNotes().createDraft(postedId, QStringLiteral(" "))); }, "reason"},
        {"crediting a draft", [&] { return statusOf(t->creditNotes().createDraft(draft, QStringLiteral("r"))); },
            "draft"},
        {"approval by a clerk",
            [&] {
                need(t->signIn(QStringLiteral("paul")));
                const Status s = t->drafts().approve(draft);
                need(t->signIn(QStringLiteral("marie")));
                return s;
            },
            "manager"},
        {"settings by a clerk",
            [&] {
                need(t->signIn(QStringLiteral("paul")));
                const Status s = t->settings().saveCompany(company);
                need(t->signIn(QStringLiteral("marie")));
                return s;
            },
            "manager"},
        {"an invalid IBAN",
            [&] {
                return settingsWith(
                    [](CompanySettings &s) { s.iban = QStringLiteral("FR76 3000 6000 0112 3456 7890 188"); });
            },
            "IBAN"},
        {"an unknown currency",
            [&] { return settingsWith([](CompanySettings &s) { s.currency = QStringLiteral("XYZ"); }); }, "XYZ"},
        {"a numbering pattern without {SEQ}",
            [&] { return settingsWith([](CompanySettings &s) { s.invoicePattern = QStringLiteral("INV-{YYYY}"); }); },
            ""},
        {"changing the currency once documents exist",
            [&] { return settingsWith([](CompanySettings &s) { s.currency = QStringLiteral("USD"); }); }, "currency"},
    };

    for (const Refusal &r : refusals) {
        INFO(r.what);
        const QString before = t.dump();
        const Status outcome = r.attempt();
        INFO(str(outcome.message()));
        CHECK_FALSE(outcome.ok());
        if (!outcome.ok())
            CHECK(outcome.message().contains(QString::fromUtf8(r.mentions)));
        CHECK(t.dump() == before);
    }

    // Nothing above was consumed: the draft is still postable as the next number, and the
    // posted invoice is still fully due.
    CHECK(load(t, postedId).amountDue() == 18000);
    CHECK(need(t->posting().post(draft)) == QStringLiteral("INV-2026-00002"));
}
