#include "EInvoiceCheck.h"

#include "EInvoiceArithmetic.h"
#include "SampleEInvoice.h"

#include <QMap>

#include <catch2/catch.hpp>

#include <functional>

using Id = EInvoiceProfile::Id;

namespace {
std::string joined(const QStringList &list)
{
    return list.join(QStringLiteral(" | ")).toStdString();
}

void recomputeFromNets(EInvoice &inv)
{
    inv.vat = EInvoiceArithmetic::vatBreakdown(inv);
    inv.totals = EInvoiceArithmetic::totals(inv, inv.vat);
}

void setCategory(EInvoice &inv, const QString &category, const QString &reason)
{
    for (EInvoiceLine &line : inv.lines) {
        line.vatCategory = category;
        line.vatRate = Percentage();
    }
    EInvoiceVatBreakdown row;
    row.category = category;
    row.exemptionReason = reason;
    inv.vat = {row};
    EInvoiceArithmetic::complete(inv);
}

struct Case
{
    const char *what;
    std::function<void(EInvoice &)> mutate;
    QStringList expected; // for every profile not in `byProfile`
    QMap<Id, QStringList> byProfile = {}; // what a CIUS says instead
};

const QStringList none;
const QStringList xrechnung(const char *message)
{
    return {QString::fromUtf8(message)};
}
} // namespace

TEST_CASE("the sample invoice and credit note pass the check of every profile")
{
    for (const EInvoiceProfile &profile : EInvoiceProfile::all()) {
        INFO(profile.key.toStdString());
        CHECK(joined(EInvoiceCheck::check(SampleEInvoice::invoice(), profile)).empty());
        CHECK(joined(EInvoiceCheck::check(SampleEInvoice::creditNote(), profile)).empty());
    }
}

TEST_CASE("a UBL credit note needs a payment means to state its due date", "[refusal]")
{
    EInvoice credit = SampleEInvoice::creditNote();
    credit.payment = {};
    const QString message = QStringLiteral("the payment means that carries the credit note's due date (UBL)");
    CHECK(EInvoiceCheck::check(credit, EInvoiceProfile::en16931Ubl()) == QStringList {message});
    CHECK(EInvoiceCheck::check(credit, EInvoiceProfile::peppolBis3()) == QStringList {message});
    CHECK(EInvoiceCheck::check(credit, EInvoiceProfile::en16931Cii()).isEmpty());
    CHECK(EInvoiceCheck::check(credit, EInvoiceProfile::xrechnungCii())
        == QStringList {QStringLiteral("the payment means for XRechnung")});
    credit.dueDate = {};
    CHECK(EInvoiceCheck::check(credit, EInvoiceProfile::en16931Ubl()).isEmpty());
}

TEST_CASE("the check names each missing or inconsistent field, profile by profile", "[refusal]")
{
    const auto xr = [](const char *message) {
        return QMap<Id, QStringList> {{Id::XRechnungUbl, xrechnung(message)}, {Id::XRechnungCii, xrechnung(message)}};
    };
    const QList<Case> cases = {
        {"no number", [](EInvoice &i) { i.number.clear(); }, {QStringLiteral("the invoice number")}},
        {"no issue date", [](EInvoice &i) { i.issueDate = {}; }, {QStringLiteral("the issue date")}},
        {"type 384", [](EInvoice &i) { i.typeCode = 384; },
            {QStringLiteral("the document type (380 invoice or 381 credit note)")}},
        {"lower-case currency", [](EInvoice &i) { i.currency = QStringLiteral("eur"); },
            {QStringLiteral("the currency code (ISO 4217)")}},
        {"no seller name", [](EInvoice &i) { i.seller.name.clear(); }, {QStringLiteral("the seller's name")}},
        {"no customer name", [](EInvoice &i) { i.buyer.name.clear(); }, {QStringLiteral("the customer's name")}},
        {"no seller country", [](EInvoice &i) { i.seller.address.country.clear(); },
            {QStringLiteral("the seller's country")}},
        {"no seller VAT id", [](EInvoice &i) { i.seller.vatId.clear(); }, {QStringLiteral("the seller's VAT id")}},
        {"seller VAT id without its country", [](EInvoice &i) { i.seller.vatId = QStringLiteral("40732829320"); },
            {QStringLiteral("a country prefix on the seller's VAT id")}},
        {"no seller identifier at all",
            [](EInvoice &i) {
                i.seller.vatId.clear();
                i.seller.legalId = {};
            },
            {QStringLiteral("the seller's VAT id or legal registration id"), QStringLiteral("the seller's VAT id")}},
        {"no lines",
            [](EInvoice &i) {
                i.lines.clear();
                EInvoiceArithmetic::complete(i);
            },
            {QStringLiteral("at least one invoice line"), QStringLiteral("the VAT breakdown")}},
        {"a line without unit", [](EInvoice &i) { i.lines[1].unitCode.clear(); },
            {QStringLiteral("the unit of measure of line 2")}},
        {"a line without item name", [](EInvoice &i) { i.lines[0].itemName.clear(); },
            {QStringLiteral("the item name of line 1")}},
        {"a discount without reason",
            [](EInvoice &i) {
                i.lines[0].allowanceCharges[0].reason.clear();
                i.lines[0].allowanceCharges[0].reasonCode.clear();
            },
            {QStringLiteral("the reason of the discount on line 1")}},
        {"a line net one cent off",
            [](EInvoice &i) {
                i.lines[0].net += 1;
                recomputeFromNets(i);
            },
            {QStringLiteral(
                "a net amount of line 1 that equals quantity × price − discount (204.76 stated, 204.75 computed)")}},
        {"a VAT amount one cent off", [](EInvoice &i) { i.vat[0].tax += 1; },
            {QStringLiteral(
                 "a VAT amount for S 20 % equal to its taxable amount × rate (40.96 stated, 40.95 computed)"),
                QStringLiteral("the total VAT (BR-CO-14) (48.33 stated, 48.34 computed)")}},
        {"an amount due one cent off", [](EInvoice &i) { i.totals.payable += 1; },
            {QStringLiteral("the amount due (BR-CO-16) (343.99 stated, 343.98 computed)")}},
        {"a total without VAT one cent off",
            [](EInvoice &i) {
                i.totals.withoutVat += 1;
                i.totals.withVat += 1;
                i.totals.payable += 1;
            },
            {QStringLiteral("the total without VAT (BR-CO-13) (295.66 stated, 295.65 computed)")}},
        {"exempt without a reason", [](EInvoice &i) { setCategory(i, QStringLiteral("E"), {}); },
            {QStringLiteral("the VAT exemption reason for category E")}},
        {"reverse charge without the customer's VAT id",
            [](EInvoice &i) {
                setCategory(i, QStringLiteral("AE"), QStringLiteral("Reverse charge"));
                i.buyer.vatId.clear();
                i.buyer.legalId = {};
            },
            {QStringLiteral("the customer's VAT id for reverse charge")}},
        {"intra-community supply without deliver-to country",
            [](EInvoice &i) { setCategory(i, QStringLiteral("K"), QStringLiteral("Intra-community supply")); },
            {QStringLiteral("the deliver-to country of an intra-community supply")}},
        {"not subject to VAT with VAT ids",
            [](EInvoice &i) { setCategory(i, QStringLiteral("O"), QStringLiteral("Not subject to VAT")); },
            {QStringLiteral("no VAT ids on a document not subject to VAT")}},
        {"a credit transfer without IBAN", [](EInvoice &i) { i.payment.iban.clear(); },
            {QStringLiteral("the seller's bank account (IBAN) for a credit transfer")}},
        {"a SEPA credit transfer to a wrong IBAN",
            [](EInvoice &i) { i.payment.iban = QStringLiteral("FR7630006000011234567890188"); },
            {QStringLiteral("a valid IBAN for a SEPA credit transfer")}},
        {"a direct debit without mandate",
            [](EInvoice &i) {
                i.payment = {};
                i.payment.meansCode = QStringLiteral("59");
                i.payment.creditorId = QStringLiteral("FR12ZZZ123456");
                i.payment.debitedAccount = QStringLiteral("DE89370400440532013000");
            },
            {QStringLiteral("the direct debit mandate reference")}},
        {"no due date nor terms",
            [](EInvoice &i) {
                i.dueDate = {};
                i.paymentTerms.clear();
            },
            {QStringLiteral("the due date or the payment terms")}},
        {"an electronic address without scheme", [](EInvoice &i) { i.buyer.endpoint.scheme.clear(); },
            {QStringLiteral("the scheme of the customer's electronic address")}},
        {"no customer electronic address", [](EInvoice &i) { i.buyer.endpoint = {}; }, none,
            {{Id::PeppolBis3, {QStringLiteral("the customer's electronic address (Peppol)")}},
                {Id::XRechnungUbl, {QStringLiteral("the customer's electronic address (XRechnung)")}},
                {Id::XRechnungCii, {QStringLiteral("the customer's electronic address (XRechnung)")}}}},
        {"no seller electronic address", [](EInvoice &i) { i.seller.endpoint = {}; }, none,
            {{Id::PeppolBis3, {QStringLiteral("the seller's electronic address (Peppol)")}},
                {Id::XRechnungUbl, {QStringLiteral("the seller's electronic address (XRechnung)")}},
                {Id::XRechnungCii, {QStringLiteral("the seller's electronic address (XRechnung)")}}}},
        {"no buyer reference", [](EInvoice &i) { i.buyerReference.clear(); }, none,
            xr("the buyer reference (Leitweg-ID) for XRechnung")},
        {"no buyer reference nor order reference",
            [](EInvoice &i) {
                i.buyerReference.clear();
                i.orderReference.clear();
            },
            none,
            {{Id::PeppolBis3, {QStringLiteral("the buyer reference or the purchase order reference (Peppol)")}},
                {Id::XRechnungUbl, xrechnung("the buyer reference (Leitweg-ID) for XRechnung")},
                {Id::XRechnungCii, xrechnung("the buyer reference (Leitweg-ID) for XRechnung")}}},
        {"no seller contact email", [](EInvoice &i) { i.seller.contact.email.clear(); }, none,
            xr("the seller's contact email for XRechnung")},
        {"a seller contact email without domain",
            [](EInvoice &i) { i.seller.contact.email = QStringLiteral("factures@"); }, none,
            xr("a valid seller's contact email for XRechnung")},
        {"no seller contact name", [](EInvoice &i) { i.seller.contact.name.clear(); }, none,
            xr("the seller's contact name for XRechnung")},
        {"a seller phone of two digits", [](EInvoice &i) { i.seller.contact.phone = QStringLiteral("12"); }, none,
            xr("a seller's contact phone with at least three digits for XRechnung")},
        {"no customer city", [](EInvoice &i) { i.buyer.address.city.clear(); }, none,
            xr("the customer's city for XRechnung")},
        {"no seller postcode", [](EInvoice &i) { i.seller.address.postcode.clear(); }, none,
            xr("the seller's postcode for XRechnung")},
        {"no payment means", [](EInvoice &i) { i.payment = {}; }, none, xr("the payment means for XRechnung")},
        {"a card payment without the card's last digits",
            [](EInvoice &i) {
                i.payment = {};
                i.payment.meansCode = QStringLiteral("48");
            },
            none, xr("the payment card number (last digits) for XRechnung")},
        {"a card payment with the full card number",
            [](EInvoice &i) {
                i.payment = {};
                i.payment.meansCode = QStringLiteral("48");
                i.payment.cardNumber = QStringLiteral("4111111111111111");
            },
            {QStringLiteral("only the last digits of the payment card number")}},
    };
    for (const Case &c : cases) {
        for (const EInvoiceProfile &profile : EInvoiceProfile::all()) {
            INFO(c.what << " in " << profile.key.toStdString());
            EInvoice invoice = SampleEInvoice::invoice();
            c.mutate(invoice);
            const QStringList expected = c.byProfile.value(profile.id, c.expected);
            CHECK(joined(EInvoiceCheck::check(invoice, profile)) == joined(expected));
        }
    }
}
