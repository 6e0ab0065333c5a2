#include "UblWriter.h"

#include "EInvoiceNormalizer.h"
#include "EInvoiceXml.h"

#include <QXmlStreamWriter>

using namespace EInvoiceXml;

namespace {
QString cbc(const char *name)
{
    return QStringLiteral("cbc:") + QLatin1String(name);
}
QString cac(const char *name)
{
    return QStringLiteral("cac:") + QLatin1String(name);
}
QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
} // namespace

QByteArray UblWriter::write(const EInvoice &given) const
{
    const EInvoice invoice = EInvoiceNormalizer::trimmed(given);
    m_currency = invoice.currency;
    const bool credit = invoice.isCreditNote();
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(credit ? QStringLiteral("CreditNote") : QStringLiteral("Invoice"));
    xml.writeAttribute(QStringLiteral("xmlns"),
        credit ? QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2")
               : QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"));
    xml.writeAttribute(QStringLiteral("xmlns:cac"),
        QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"));
    xml.writeAttribute(QStringLiteral("xmlns:cbc"),
        QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"));

    text(xml, cbc("CustomizationID"), m_profile.customizationId);
    text(xml, cbc("ProfileID"), m_profile.profileId);
    text(xml, cbc("ID"), invoice.number);
    text(xml, cbc("IssueDate"), isoDate(invoice.issueDate));
    if (!credit) // a UBL CreditNote states its due date in PaymentMeans
        text(xml, cbc("DueDate"), isoDate(invoice.dueDate));
    text(xml, credit ? cbc("CreditNoteTypeCode") : cbc("InvoiceTypeCode"), QString::number(invoice.typeCode));
    for (const QString &note : invoice.notes)
        text(xml, cbc("Note"), note);
    text(xml, cbc("DocumentCurrencyCode"), invoice.currency);
    text(xml, cbc("BuyerReference"), invoice.buyerReference);
    if (invoice.periodStart.isValid() || invoice.periodEnd.isValid()) {
        xml.writeStartElement(cac("InvoicePeriod"));
        text(xml, cbc("StartDate"), isoDate(invoice.periodStart));
        text(xml, cbc("EndDate"), isoDate(invoice.periodEnd));
        xml.writeEndElement();
    }
    if (!invoice.orderReference.isEmpty()) {
        xml.writeStartElement(cac("OrderReference"));
        text(xml, cbc("ID"), invoice.orderReference);
        xml.writeEndElement();
    }
    if (!invoice.precedingNumber.isEmpty()) {
        xml.writeStartElement(cac("BillingReference"));
        xml.writeStartElement(cac("InvoiceDocumentReference"));
        text(xml, cbc("ID"), invoice.precedingNumber);
        text(xml, cbc("IssueDate"), isoDate(invoice.precedingDate));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeStartElement(cac("AccountingSupplierParty"));
    writeParty(xml, invoice.seller, invoice.payment.creditorId);
    xml.writeEndElement();
    xml.writeStartElement(cac("AccountingCustomerParty"));
    writeParty(xml, invoice.buyer, {});
    xml.writeEndElement();
    writeDelivery(xml, invoice);
    writePayment(xml, invoice);
    if (!invoice.paymentTerms.isEmpty()) {
        xml.writeStartElement(cac("PaymentTerms"));
        text(xml, cbc("Note"), invoice.paymentTerms);
        xml.writeEndElement();
    }
    for (const EInvoiceAllowanceCharge &ac : invoice.allowanceCharges)
        writeAllowanceCharge(xml, ac, true);
    writeTotals(xml, invoice);
    for (const EInvoiceLine &line : invoice.lines)
        writeLine(xml, invoice, line);
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

void UblWriter::writeAmount(QXmlStreamWriter &xml, const QString &element, qint64 minor) const
{
    xml.writeStartElement(element);
    xml.writeAttribute(QStringLiteral("currencyID"), m_currency);
    xml.writeCharacters(amount(minor));
    xml.writeEndElement();
}

void UblWriter::writeParty(QXmlStreamWriter &xml, const EInvoiceParty &party, const QString &creditorId) const
{
    xml.writeStartElement(cac("Party"));
    textWithAttribute(xml, cbc("EndpointID"), party.endpoint.id, QStringLiteral("schemeID"), party.endpoint.scheme);
    if (!party.identifier.isEmpty()) {
        xml.writeStartElement(cac("PartyIdentification"));
        textWithAttribute(xml, cbc("ID"), party.identifier.id, QStringLiteral("schemeID"), party.identifier.scheme);
        xml.writeEndElement();
    }
    if (!creditorId.isEmpty()) { // BT-90 in UBL: a seller identifier of scheme SEPA
        xml.writeStartElement(cac("PartyIdentification"));
        textWithAttribute(xml, cbc("ID"), creditorId, QStringLiteral("schemeID"), QStringLiteral("SEPA"));
        xml.writeEndElement();
    }
    if (!party.tradingName.isEmpty()) {
        xml.writeStartElement(cac("PartyName"));
        text(xml, cbc("Name"), party.tradingName);
        xml.writeEndElement();
    }
    writeAddress(xml, cac("PostalAddress"), party.address);
    if (!party.vatId.isEmpty()) {
        xml.writeStartElement(cac("PartyTaxScheme"));
        text(xml, cbc("CompanyID"), party.vatId);
        xml.writeStartElement(cac("TaxScheme"));
        text(xml, cbc("ID"), QStringLiteral("VAT"));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeStartElement(cac("PartyLegalEntity"));
    text(xml, cbc("RegistrationName"), party.name);
    textWithAttribute(xml, cbc("CompanyID"), party.legalId.id, QStringLiteral("schemeID"), party.legalId.scheme);
    xml.writeEndElement();
    if (!party.contact.isEmpty()) {
        xml.writeStartElement(cac("Contact"));
        text(xml, cbc("Name"), party.contact.name);
        text(xml, cbc("Telephone"), party.contact.phone);
        text(xml, cbc("ElectronicMail"), party.contact.email);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void UblWriter::writeAddress(QXmlStreamWriter &xml, const QString &element, const EInvoiceAddress &address) const
{
    if (address.isEmpty())
        return;
    xml.writeStartElement(element);
    text(xml, cbc("StreetName"), address.line1);
    text(xml, cbc("AdditionalStreetName"), address.line2);
    text(xml, cbc("CityName"), address.city);
    text(xml, cbc("PostalZone"), address.postcode);
    text(xml, cbc("CountrySubentity"), address.subdivision);
    if (!address.line3.isEmpty()) {
        xml.writeStartElement(cac("AddressLine"));
        text(xml, cbc("Line"), address.line3);
        xml.writeEndElement();
    }
    if (!address.country.isEmpty()) {
        xml.writeStartElement(cac("Country"));
        text(xml, cbc("IdentificationCode"), address.country);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void UblWriter::writeDelivery(QXmlStreamWriter &xml, const EInvoice &invoice) const
{
    const EInvoiceDelivery &d = invoice.delivery;
    if (!d.date.isValid() && d.address.isEmpty() && d.partyName.isEmpty())
        return;
    xml.writeStartElement(cac("Delivery"));
    text(xml, cbc("ActualDeliveryDate"), isoDate(d.date));
    if (!d.address.isEmpty()) {
        xml.writeStartElement(cac("DeliveryLocation"));
        writeAddress(xml, cac("Address"), d.address);
        xml.writeEndElement();
    }
    if (!d.partyName.isEmpty()) {
        xml.writeStartElement(cac("DeliveryParty"));
        xml.writeStartElement(cac("PartyName"));
        text(xml, cbc("Name"), d.partyName);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void UblWriter::writePayment(QXmlStreamWriter &xml, const EInvoice &invoice) const
{
    const EInvoicePayment &p = invoice.payment;
    if (p.isEmpty())
        return;
    xml.writeStartElement(cac("PaymentMeans"));
    text(xml, cbc("PaymentMeansCode"), p.meansCode);
    if (invoice.isCreditNote())
        text(xml, cbc("PaymentDueDate"), isoDate(invoice.dueDate));
    text(xml, cbc("PaymentID"), p.remittance);
    if (!p.cardNumber.isEmpty()) { // BG-18
        xml.writeStartElement(cac("CardAccount"));
        text(xml, cbc("PrimaryAccountNumberID"), p.cardNumber);
        text(xml, cbc("NetworkID"), p.cardNetwork.isEmpty() ? QStringLiteral("NA") : p.cardNetwork);
        text(xml, cbc("HolderName"), p.cardHolder);
        xml.writeEndElement();
    }
    if (!p.iban.isEmpty()) {
        xml.writeStartElement(cac("PayeeFinancialAccount"));
        text(xml, cbc("ID"), p.iban);
        text(xml, cbc("Name"), p.accountName);
        if (!p.bic.isEmpty()) {
            xml.writeStartElement(cac("FinancialInstitutionBranch"));
            text(xml, cbc("ID"), p.bic);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    if (!p.mandateId.isEmpty() || !p.debitedAccount.isEmpty()) {
        xml.writeStartElement(cac("PaymentMandate"));
        text(xml, cbc("ID"), p.mandateId);
        if (!p.debitedAccount.isEmpty()) {
            xml.writeStartElement(cac("PayerFinancialAccount"));
            text(xml, cbc("ID"), p.debitedAccount);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void UblWriter::writeAllowanceCharge(QXmlStreamWriter &xml, const EInvoiceAllowanceCharge &ac, bool documentLevel) const
{
    xml.writeStartElement(cac("AllowanceCharge"));
    text(xml, cbc("ChargeIndicator"), ac.charge ? QStringLiteral("true") : QStringLiteral("false"));
    text(xml, cbc("AllowanceChargeReasonCode"), ac.reasonCode);
    text(xml, cbc("AllowanceChargeReason"), ac.reason);
    if (ac.hasPercent)
        text(xml, cbc("MultiplierFactorNumeric"), percent(ac.percent));
    writeAmount(xml, cbc("Amount"), ac.amount);
    if (ac.hasBase)
        writeAmount(xml, cbc("BaseAmount"), ac.base);
    if (documentLevel)
        writeTaxCategory(xml, cac("TaxCategory"), ac.vatCategory, ac.vatRate);
    xml.writeEndElement();
}

void UblWriter::writeTaxCategory(QXmlStreamWriter &xml, const QString &element, const QString &category,
    Percentage rate, const QString &exemptionCode, const QString &exemptionReason, bool alwaysRate) const
{
    xml.writeStartElement(element);
    text(xml, cbc("ID"), category);
    if (alwaysRate || EInvoiceVat::hasRate(category)) // BR-O-05..07: O lines and allowances have none
        text(xml, cbc("Percent"), percent(rate));
    text(xml, cbc("TaxExemptionReasonCode"), exemptionCode);
    text(xml, cbc("TaxExemptionReason"), exemptionReason);
    xml.writeStartElement(cac("TaxScheme"));
    text(xml, cbc("ID"), QStringLiteral("VAT"));
    xml.writeEndElement();
    xml.writeEndElement();
}

void UblWriter::writeTotals(QXmlStreamWriter &xml, const EInvoice &invoice) const
{
    const EInvoiceTotals &t = invoice.totals;
    xml.writeStartElement(cac("TaxTotal"));
    writeAmount(xml, cbc("TaxAmount"), t.vat);
    for (const EInvoiceVatBreakdown &row : invoice.vat) {
        xml.writeStartElement(cac("TaxSubtotal"));
        writeAmount(xml, cbc("TaxableAmount"), row.taxable);
        writeAmount(xml, cbc("TaxAmount"), row.tax);
        // The breakdown always states its rate, 0 for O (XRechnung BR-DE-14; EN 16931 allows it).
        writeTaxCategory(xml, cac("TaxCategory"), row.category, row.rate, row.exemptionCode, row.exemptionReason, true);
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeStartElement(cac("LegalMonetaryTotal"));
    writeAmount(xml, cbc("LineExtensionAmount"), t.lineNets);
    writeAmount(xml, cbc("TaxExclusiveAmount"), t.withoutVat);
    writeAmount(xml, cbc("TaxInclusiveAmount"), t.withVat);
    if (t.allowances != 0)
        writeAmount(xml, cbc("AllowanceTotalAmount"), t.allowances);
    if (t.charges != 0)
        writeAmount(xml, cbc("ChargeTotalAmount"), t.charges);
    if (t.paid != 0)
        writeAmount(xml, cbc("PrepaidAmount"), t.paid);
    if (t.rounding != 0)
        writeAmount(xml, cbc("PayableRoundingAmount"), t.rounding);
    writeAmount(xml, cbc("PayableAmount"), t.payable);
    xml.writeEndElement();
}

void UblWriter::writeLine(QXmlStreamWriter &xml, const EInvoice &invoice, const EInvoiceLine &line) const
{
    const bool credit = invoice.isCreditNote();
    xml.writeStartElement(credit ? cac("CreditNoteLine") : cac("InvoiceLine"));
    text(xml, cbc("ID"), line.id);
    text(xml, cbc("Note"), line.note);
    textWithAttribute(xml, credit ? cbc("CreditedQuantity") : cbc("InvoicedQuantity"), quantity(line.quantity),
        QStringLiteral("unitCode"), line.unitCode);
    writeAmount(xml, cbc("LineExtensionAmount"), line.net);
    for (const EInvoiceAllowanceCharge &ac : line.allowanceCharges)
        writeAllowanceCharge(xml, ac, false);
    xml.writeStartElement(cac("Item"));
    text(xml, cbc("Description"), line.description);
    text(xml, cbc("Name"), line.itemName);
    if (!line.sellerItemId.isEmpty()) {
        xml.writeStartElement(cac("SellersItemIdentification"));
        text(xml, cbc("ID"), line.sellerItemId);
        xml.writeEndElement();
    }
    writeTaxCategory(xml, cac("ClassifiedTaxCategory"), line.vatCategory, line.vatRate);
    xml.writeEndElement();
    xml.writeStartElement(cac("Price"));
    textWithAttribute(xml, cbc("PriceAmount"), price(line.price), QStringLiteral("currencyID"), m_currency);
    if (!line.baseQuantity.isZero())
        textWithAttribute(
            xml, cbc("BaseQuantity"), quantity(line.baseQuantity), QStringLiteral("unitCode"), line.unitCode);
    xml.writeEndElement();
    xml.writeEndElement();
}
