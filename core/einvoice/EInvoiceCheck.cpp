#include "EInvoiceCheck.h"

#include "EInvoiceArithmetic.h"
#include "EInvoiceXml.h"
#include "Iban.h"
#include "TaxCalculator.h"

#include <QRegularExpression>
#include <QSet>

namespace {
bool blank(const QString &text)
{
    return text.trimmed().isEmpty();
}
QSet<QString> categoriesOf(const EInvoice &invoice)
{
    QSet<QString> used;
    for (const EInvoiceLine &line : invoice.lines)
        used.insert(line.vatCategory);
    for (const EInvoiceAllowanceCharge &ac : invoice.allowanceCharges)
        used.insert(ac.vatCategory);
    for (const EInvoiceVatBreakdown &row : invoice.vat)
        used.insert(row.category);
    return used;
}
bool hasCountryPrefix(const QString &vatId)
{
    static const QRegularExpression prefix(QStringLiteral("^[A-Z]{2}"));
    return prefix.match(vatId).hasMatch();
}
} // namespace

QStringList EInvoiceCheck::check(const EInvoice &invoice, const EInvoiceProfile &profile)
{
    QStringList out;
    checkDocument(invoice, out);
    checkParties(invoice, out);
    checkLines(invoice, out);
    checkVat(invoice, out);
    checkPayment(invoice, out);
    checkArithmetic(invoice, out);
    checkProfile(invoice, profile, out);
    return out;
}

void EInvoiceCheck::checkDocument(const EInvoice &invoice, QStringList &out)
{
    if (blank(invoice.number))
        out << tr("the invoice number"); // BR-02
    if (!invoice.issueDate.isValid())
        out << tr("the issue date"); // BR-03
    if (invoice.typeCode != EInvoice::InvoiceType && invoice.typeCode != EInvoice::CreditNoteType)
        out << tr("the document type (380 invoice or 381 credit note)"); // BR-04
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    if (!currency.match(invoice.currency).hasMatch())
        out << tr("the currency code (ISO 4217)"); // BR-05
    if (invoice.periodStart.isValid() && invoice.periodEnd.isValid() && invoice.periodEnd < invoice.periodStart)
        out << tr("an invoicing period that ends after it starts"); // BR-29
    if (!invoice.precedingNumber.isEmpty() && !invoice.precedingDate.isValid())
        out << tr("the date of the credited invoice");
    // BR-CO-25: an amount to pay needs a due date or payment terms.
    if (invoice.totals.payable > 0 && !invoice.dueDate.isValid() && blank(invoice.paymentTerms))
        out << tr("the due date or the payment terms");
}

void EInvoiceCheck::checkParties(const EInvoice &invoice, QStringList &out)
{
    const EInvoiceParty &s = invoice.seller;
    const EInvoiceParty &b = invoice.buyer;
    if (blank(s.name))
        out << tr("the seller's name"); // BR-06
    if (blank(b.name))
        out << tr("the customer's name"); // BR-07
    if (s.address.isEmpty())
        out << tr("the seller's postal address"); // BR-08
    if (blank(s.address.country))
        out << tr("the seller's country"); // BR-09
    if (b.address.isEmpty())
        out << tr("the customer's postal address"); // BR-10
    if (blank(b.address.country))
        out << tr("the customer's country"); // BR-11
    if (s.identifier.isEmpty() && s.legalId.isEmpty() && blank(s.vatId))
        out << tr("the seller's VAT id or legal registration id"); // BR-CO-26
    if (!s.vatId.isEmpty() && !hasCountryPrefix(s.vatId))
        out << tr("a country prefix on the seller's VAT id"); // BR-CO-9
    if (!b.vatId.isEmpty() && !hasCountryPrefix(b.vatId))
        out << tr("a country prefix on the customer's VAT id"); // BR-CO-9
    if (!s.endpoint.isEmpty() && blank(s.endpoint.scheme))
        out << tr("the scheme of the seller's electronic address"); // BR-62
    if (!b.endpoint.isEmpty() && blank(b.endpoint.scheme))
        out << tr("the scheme of the customer's electronic address"); // BR-63
}

void EInvoiceCheck::checkLines(const EInvoice &invoice, QStringList &out)
{
    if (invoice.lines.isEmpty())
        out << tr("at least one invoice line"); // BR-16
    for (int i = 0; i < invoice.lines.size(); ++i) {
        const EInvoiceLine &line = invoice.lines.at(i);
        const QString n = QString::number(i + 1);
        if (blank(line.id))
            out << tr("the identifier of line %1").arg(n); // BR-21
        if (blank(line.unitCode))
            out << tr("the unit of measure of line %1").arg(n); // BR-23
        if (blank(line.itemName))
            out << tr("the item name of line %1").arg(n); // BR-25
        if (line.price.isNegative())
            out << tr("a price that is not negative on line %1").arg(n); // BR-27
        if (line.baseQuantity.isNegative())
            out << tr("a positive base quantity on line %1").arg(n);
        if (!EInvoiceVat::categories().contains(line.vatCategory))
            out << tr("the VAT category of line %1").arg(n); // BR-CO-4
        for (const EInvoiceAllowanceCharge &ac : line.allowanceCharges) {
            if (blank(ac.reason) && blank(ac.reasonCode))
                out << tr("the reason of the discount on line %1").arg(n); // BR-42, BR-44
        }
        const qint64 expected = EInvoiceArithmetic::expectedLineNet(line);
        if (line.net != expected)
            out << tr("a net amount of line %1 that equals quantity × price − discount (%2 stated, %3 computed)")
                       .arg(n, EInvoiceXml::amount(line.net), EInvoiceXml::amount(expected));
    }
    for (const EInvoiceAllowanceCharge &ac : invoice.allowanceCharges) {
        if (blank(ac.reason) && blank(ac.reasonCode))
            out << tr("the reason of each document allowance or charge"); // BR-33, BR-38
        if (!EInvoiceVat::categories().contains(ac.vatCategory))
            out << tr("the VAT category of each document allowance or charge"); // BR-32, BR-37
    }
}

void EInvoiceCheck::checkVat(const EInvoice &invoice, QStringList &out)
{
    const QSet<QString> used = categoriesOf(invoice);
    const EInvoiceParty &s = invoice.seller;
    const EInvoiceParty &b = invoice.buyer;
    if (invoice.vat.isEmpty())
        out << tr("the VAT breakdown"); // BR-CO-18
    const bool needsSellerVat = used.contains(QStringLiteral("S")) || used.contains(QStringLiteral("Z"))
        || used.contains(QStringLiteral("E")) || used.contains(QStringLiteral("AE"))
        || used.contains(QStringLiteral("K")) || used.contains(QStringLiteral("G"));
    if (needsSellerVat && blank(s.vatId))
        out << tr("the seller's VAT id"); // BR-S/Z/E/AE/IC/G-02
    if (used.contains(QStringLiteral("AE")) && blank(b.vatId) && b.legalId.isEmpty())
        out << tr("the customer's VAT id for reverse charge"); // BR-AE-02
    if (used.contains(QStringLiteral("K")) && blank(b.vatId))
        out << tr("the customer's VAT id for an intra-community supply"); // BR-IC-02
    if (used.contains(QStringLiteral("K"))) {
        if (!invoice.delivery.date.isValid() && !invoice.periodStart.isValid())
            out << tr("the delivery date or invoicing period of an intra-community supply"); // BR-IC-11
        if (blank(invoice.delivery.address.country))
            out << tr("the deliver-to country of an intra-community supply"); // BR-IC-12
    }
    if (used.contains(QStringLiteral("O"))) {
        if (!blank(s.vatId) || !blank(b.vatId))
            out << tr("no VAT ids on a document not subject to VAT"); // BR-O-02
        if (used.size() > 1)
            out << tr("no other VAT category beside 'not subject to VAT'"); // BR-O-11..14
    }
    for (const EInvoiceVatBreakdown &row : invoice.vat) {
        const QString &c = row.category;
        if (!EInvoiceVat::categories().contains(c)) {
            out << tr("a known VAT category in the VAT breakdown (%1)").arg(c);
            continue;
        }
        if (c == QLatin1String("S") && row.rate <= Percentage())
            out << tr("a VAT rate above 0 % for the standard category"); // BR-S-05
        if (c != QLatin1String("S") && !row.rate.isZero())
            out << tr("a 0 % VAT rate for category %1").arg(c); // BR-Z/E/AE/IC/G-05
        const bool exempt = c != QLatin1String("S") && c != QLatin1String("Z");
        const bool hasReason = !blank(row.exemptionReason) || !blank(row.exemptionCode);
        if (exempt && !hasReason)
            out << tr("the VAT exemption reason for category %1").arg(c); // BR-E/AE/IC/G/O-10
        if (!exempt && hasReason)
            out << tr("no VAT exemption reason for category %1").arg(c); // BR-S-10, BR-Z-10
    }
}

void EInvoiceCheck::checkPayment(const EInvoice &invoice, QStringList &out)
{
    const EInvoicePayment &p = invoice.payment;
    if (p.isEmpty())
        return;
    static const QStringList known = {QStringLiteral("10"), QStringLiteral("20"), QStringLiteral("30"),
        QStringLiteral("48"), QStringLiteral("58"), QStringLiteral("59")};
    if (!known.contains(p.meansCode))
        out << tr("a payment means code Facturo knows (10, 20, 30, 48, 58, 59)");
    if ((p.meansCode == QLatin1String("30") || p.meansCode == QLatin1String("58")) && blank(p.iban))
        out << tr("the seller's bank account (IBAN) for a credit transfer"); // BR-61
    if (p.meansCode == QLatin1String("58") && !blank(p.iban) && !Iban::isValid(p.iban))
        out << tr("a valid IBAN for a SEPA credit transfer"); // BR-DE-19
    if (p.meansCode == QLatin1String("48") && p.cardNumber.count(QRegularExpression(QStringLiteral("\\d"))) > 10)
        out << tr("only the last digits of the payment card number"); // BR-51: never the full number
    if (p.meansCode == QLatin1String("59")) { // BG-19
        if (blank(p.mandateId))
            out << tr("the direct debit mandate reference");
        if (blank(p.creditorId))
            out << tr("the seller's SEPA creditor identifier");
        if (blank(p.debitedAccount))
            out << tr("the customer's debited account (IBAN)");
    }
}

void EInvoiceCheck::checkArithmetic(const EInvoice &invoice, QStringList &out)
{
    using EInvoiceXml::amount;
    const QList<EInvoiceVatBreakdown> expected = EInvoiceArithmetic::vatBreakdown(invoice);
    for (const EInvoiceVatBreakdown &row : expected) {
        const EInvoiceVatBreakdown *stated = nullptr;
        for (const EInvoiceVatBreakdown &given : invoice.vat) {
            if (given.category == row.category && given.rate == row.rate)
                stated = &given;
        }
        const QString label = EInvoiceVat::hasRate(row.category)
            ? row.category + QLatin1Char(' ') + EInvoiceXml::percent(row.rate) + QStringLiteral(" %")
            : row.category;
        if (!stated) {
            out << tr("the VAT breakdown row for %1").arg(label); // BR-S-01, BR-CO-18
            continue;
        }
        if (stated->taxable != row.taxable)
            out << tr("a taxable amount for %1 equal to the sum of its lines (%2 stated, %3 computed)")
                       .arg(label, amount(stated->taxable), amount(row.taxable)); // BR-S-08 ...
        if (stated->tax != TaxCalculator::taxOn(stated->taxable, stated->rate))
            out << tr("a VAT amount for %1 equal to its taxable amount × rate (%2 stated, %3 computed)")
                       .arg(label, amount(stated->tax), amount(TaxCalculator::taxOn(stated->taxable, stated->rate)));
    }
    if (invoice.vat.size() > expected.size())
        out << tr("no VAT breakdown row without lines");
    // BR-CO-10 to BR-CO-16, each between stated terms, as the rules are written.
    const EInvoiceTotals &t = invoice.totals;
    const EInvoiceTotals sums = EInvoiceArithmetic::totals(invoice, invoice.vat);
    const auto compare = [&out](qint64 stated, qint64 computed, const QString &what) {
        if (stated != computed)
            out << tr("%1 (%2 stated, %3 computed)").arg(what, amount(stated), amount(computed));
    };
    compare(t.lineNets, sums.lineNets, tr("the sum of the line net amounts (BR-CO-10)"));
    compare(t.allowances, sums.allowances, tr("the sum of the allowances (BR-CO-11)"));
    compare(t.charges, sums.charges, tr("the sum of the charges (BR-CO-12)"));
    compare(t.withoutVat, t.lineNets - t.allowances + t.charges, tr("the total without VAT (BR-CO-13)"));
    compare(t.vat, sums.vat, tr("the total VAT (BR-CO-14)"));
    compare(t.withVat, t.withoutVat + t.vat, tr("the total with VAT (BR-CO-15)"));
    compare(t.payable, t.withVat - t.paid + t.rounding, tr("the amount due (BR-CO-16)"));
}

void EInvoiceCheck::checkProfile(const EInvoice &invoice, const EInvoiceProfile &profile, QStringList &out)
{
    // A UBL CreditNote has no DueDate: BT-9 goes into its payment means.
    if (profile.syntax == EInvoiceProfile::Syntax::Ubl && invoice.isCreditNote() && invoice.dueDate.isValid()
        && invoice.payment.isEmpty())
        out << tr("the payment means that carries the credit note's due date (UBL)");
    const EInvoiceParty &s = invoice.seller;
    const EInvoiceParty &b = invoice.buyer;
    const QString &name = profile.name;
    if (profile.endpointsRequired) {
        if (s.endpoint.isEmpty())
            out << tr("the seller's electronic address (%1)").arg(name);
        if (b.endpoint.isEmpty())
            out << tr("the customer's electronic address (%1)").arg(name);
    }
    if (profile.buyerOrOrderReference && blank(invoice.buyerReference) && blank(invoice.orderReference))
        out << tr("the buyer reference or the purchase order reference (%1)").arg(name);
    if (profile.buyerReferenceRequired && blank(invoice.buyerReference))
        out << tr("the buyer reference (Leitweg-ID) for %1").arg(name);
    if (profile.sellerContactRequired) {
        if (blank(s.contact.name))
            out << tr("the seller's contact name for %1").arg(name);
        if (blank(s.contact.phone))
            out << tr("the seller's contact phone for %1").arg(name);
        else if (s.contact.phone.count(QRegularExpression(QStringLiteral("\\d"))) < 3)
            out << tr("a seller's contact phone with at least three digits for %1").arg(name); // BR-DE-27
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (blank(s.contact.email))
            out << tr("the seller's contact email for %1").arg(name);
        else if (!email.match(s.contact.email).hasMatch())
            out << tr("a valid seller's contact email for %1").arg(name); // BR-DE-28
    }
    if (profile.postalCityRequired) {
        if (blank(s.address.city))
            out << tr("the seller's city for %1").arg(name);
        if (blank(s.address.postcode))
            out << tr("the seller's postcode for %1").arg(name);
        if (blank(b.address.city))
            out << tr("the customer's city for %1").arg(name);
        if (blank(b.address.postcode))
            out << tr("the customer's postcode for %1").arg(name);
    }
    if (profile.paymentRequired && invoice.payment.isEmpty())
        out << tr("the payment means for %1").arg(name);
    if (profile.paymentRequired && invoice.payment.meansCode == QLatin1String("48")
        && invoice.payment.cardNumber.trimmed().isEmpty())
        out << tr("the payment card number (last digits) for %1").arg(name); // BR-DE-24-a
}
