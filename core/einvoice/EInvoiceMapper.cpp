#include "EInvoiceMapper.h"

#include "EInvoiceArithmetic.h"

namespace {
EInvoiceAddress addressOf(const PostalAddress &a)
{
    return {a.line1, a.line2, a.line3, a.city, a.postcode, a.subdivision, a.countryCode};
}

EInvoiceIdentifier legalIdOf(const LegalRegistration &r)
{
    if (r.id.isEmpty())
        return {};
    if (r.hasIcdScheme())
        return {r.id, r.scheme};
    // A readable key (HRB, HRA): no ISO 6523 scheme, the key stays in the identifier.
    return {r.scheme.isEmpty() ? r.id : r.scheme + QLatin1Char(' ') + r.id, QString()};
}

// The item name is the description's first line; a longer description goes in BT-154 whole.
void describe(EInvoiceLine &line, const QString &description)
{
    const QString text = description.trimmed();
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    if (newline < 0) {
        line.itemName = text;
        return;
    }
    line.itemName = text.left(newline).trimmed();
    line.description = text;
}

EInvoiceLine lineOf(const DocumentLine &l)
{
    EInvoiceLine line;
    line.id = QString::number(l.position);
    line.quantity = l.quantity;
    line.unitCode = l.unitCode;
    line.price = l.unitPrice;
    line.vatCategory = TaxCategories::en16931Code(l.taxCategory);
    line.vatRate = l.taxRate;
    describe(line, l.description);
    line.net = l.net;
    if (!l.discount.isZero()) {
        const qint64 gross = EInvoiceArithmetic::lineGross(line);
        EInvoiceAllowanceCharge allowance;
        allowance.amount = gross - l.net;
        allowance.base = gross;
        allowance.hasBase = true;
        allowance.percent = l.discount;
        allowance.hasPercent = true;
        allowance.reasonCode = QStringLiteral("95");
        allowance.reason = QStringLiteral("Discount");
        line.allowanceCharges.append(allowance);
    }
    return line;
}

// One breakdown row per category and rate that needs an exemption reason or code (E, AE, K, G,
// O): the first reason and code of its lines, else the category's VATEX code.
QList<EInvoiceVatBreakdown> exemptionsOf(const QList<DocumentLine> &lines)
{
    QList<EInvoiceVatBreakdown> rows;
    for (const DocumentLine &l : lines) {
        if (!TaxCategories::carriesExemption(l.taxCategory) && l.taxCategory != TaxCategory::ReverseCharge)
            continue;
        const QString category = TaxCategories::en16931Code(l.taxCategory);
        EInvoiceVatBreakdown *row = nullptr;
        for (EInvoiceVatBreakdown &r : rows)
            if (r.category == category && r.rate == l.taxRate)
                row = &r;
        if (!row) {
            rows.append(EInvoiceVatBreakdown());
            row = &rows.last();
            row->category = category;
            row->rate = l.taxRate;
        }
        if (row->exemptionReason.isEmpty())
            row->exemptionReason = l.exemptionReason.trimmed();
        if (row->exemptionCode.isEmpty())
            row->exemptionCode = l.vatexCode;
    }
    for (EInvoiceVatBreakdown &row : rows) {
        if (row.exemptionCode.isEmpty() && row.category != QLatin1String("E"))
            row.exemptionCode
                = TaxCategories::defaultVatexCode(row.category == QLatin1String("AE") ? TaxCategory::ReverseCharge
                        : row.category == QLatin1String("K")                          ? TaxCategory::IntraCommunity
                        : row.category == QLatin1String("G")                          ? TaxCategory::Export
                                                                                      : TaxCategory::OutOfScope);
        if (row.exemptionReason.isEmpty() && row.category == QLatin1String("AE"))
            row.exemptionReason = QStringLiteral("Reverse charge");
    }
    return rows;
}
} // namespace

EInvoiceParty EInvoiceMapper::party(const PartySnapshot::Party &p)
{
    EInvoiceParty party;
    party.name = p.name;
    party.legalId = legalIdOf(p.registration);
    party.vatId = p.vatId;
    party.endpoint = {p.endpoint.id, p.endpoint.scheme};
    party.address = addressOf(p.address);
    return party;
}

EInvoice EInvoiceMapper::map(
    const Document &d, const PartySnapshot &parties, const Credited &credited, qint64 amountPaid)
{
    EInvoice e;
    e.number = d.number;
    e.issueDate = d.issueDate;
    e.typeCode = d.type == DocumentType::CreditNote ? EInvoice::CreditNoteType : EInvoice::InvoiceType;
    e.currency = d.currency;
    e.dueDate = d.dueDate;
    e.buyerReference = d.buyerReference.isEmpty() ? parties.buyerReference : d.buyerReference;
    e.orderReference = d.orderReference;
    if (!d.printedNotes.trimmed().isEmpty())
        e.notes << d.printedNotes.trimmed();
    if (d.type == DocumentType::CreditNote) {
        e.precedingNumber = credited.number;
        e.precedingDate = credited.issueDate;
        if (!d.creditReason.trimmed().isEmpty())
            e.notes << d.creditReason.trimmed();
    }
    e.seller = party(parties.seller);
    e.seller.contact = {parties.sellerContactName,
        parties.sellerContactPhone.isEmpty() ? parties.seller.phone : parties.sellerContactPhone,
        parties.sellerContactEmail.isEmpty() ? parties.seller.email : parties.sellerContactEmail};
    e.buyer = party(parties.customer);
    e.buyer.contact.email = parties.customer.email;
    e.delivery.date = d.serviceDate;

    e.payment.meansCode = PaymentMeansKeys::uncl4461Code(d.paymentMeans, d.currency);
    // BT-83: the structured payment reference frozen at posting (ISO 11649, or the Belgian twelve
    // digits), else the number.
    e.payment.remittance = d.paymentReference.isEmpty() ? d.number : d.paymentReference;
    if (d.paymentMeans == PaymentMeans::CreditTransfer) {
        e.payment.iban = QString(parties.iban).remove(QLatin1Char(' '));
        e.payment.bic = parties.bic;
    }

    bool intraCommunity = false;
    for (const DocumentLine &l : d.lines) {
        e.lines.append(lineOf(l));
        intraCommunity = intraCommunity || l.taxCategory == TaxCategory::IntraCommunity;
    }
    // BR-IC-12: an intra-community supply states where the goods went (the buyer's address).
    if (intraCommunity)
        e.delivery.address = e.buyer.address;
    // BR-O-02: a document wholly outside the scope of VAT states no VAT ids (mixed with other
    // categories it cannot be an EN 16931 invoice: EInvoiceCheck says so).
    bool outOfScopeOnly = !d.lines.isEmpty();
    for (const DocumentLine &l : d.lines)
        outOfScopeOnly = outOfScopeOnly && l.taxCategory == TaxCategory::OutOfScope;
    if (outOfScopeOnly) {
        e.seller.vatId.clear();
        e.buyer.vatId.clear();
    }
    e.vat = exemptionsOf(d.lines);
    e.totals.paid = amountPaid;
    EInvoiceArithmetic::complete(e);
    return e;
}
