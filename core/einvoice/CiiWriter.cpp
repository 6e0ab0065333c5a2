#include "CiiWriter.h"

#include "EInvoiceNormalizer.h"
#include "EInvoiceXml.h"

#include <QXmlStreamWriter>

using namespace EInvoiceXml;

namespace {
QString ram(const char *name)
{
    return QStringLiteral("ram:") + QLatin1String(name);
}
QString rsm(const char *name)
{
    return QStringLiteral("rsm:") + QLatin1String(name);
}

void start(QXmlStreamWriter &xml, const char *name)
{
    xml.writeStartElement(ram(name));
}
void end(QXmlStreamWriter &xml)
{
    xml.writeEndElement();
}
// <ram:outer><ram:inner>value</ram:inner></ram:outer>, nothing when value is empty.
void nested(
    QXmlStreamWriter &xml, const char *outer, const char *inner, const QString &value, const QString &scheme = {})
{
    if (value.isEmpty())
        return;
    start(xml, outer);
    textWithAttribute(xml, ram(inner), value, QStringLiteral("schemeID"), scheme);
    end(xml);
}
} // namespace

QByteArray CiiWriter::write(const EInvoice &given) const
{
    const EInvoice invoice = EInvoiceNormalizer::trimmed(given);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(rsm("CrossIndustryInvoice"));
    xml.writeAttribute(
        QStringLiteral("xmlns:rsm"), QStringLiteral("urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"));
    xml.writeAttribute(
        QStringLiteral("xmlns:qdt"), QStringLiteral("urn:un:unece:uncefact:data:standard:QualifiedDataType:100"));
    xml.writeAttribute(QStringLiteral("xmlns:ram"),
        QStringLiteral("urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"));
    xml.writeAttribute(
        QStringLiteral("xmlns:udt"), QStringLiteral("urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"));

    xml.writeStartElement(rsm("ExchangedDocumentContext"));
    nested(xml, "BusinessProcessSpecifiedDocumentContextParameter", "ID", m_profile.profileId);
    nested(xml, "GuidelineSpecifiedDocumentContextParameter", "ID", m_profile.customizationId);
    end(xml);

    xml.writeStartElement(rsm("ExchangedDocument"));
    text(xml, ram("ID"), invoice.number);
    text(xml, ram("TypeCode"), QString::number(invoice.typeCode));
    writeDate(xml, ram("IssueDateTime"), invoice.issueDate);
    for (const QString &note : invoice.notes)
        nested(xml, "IncludedNote", "Content", note);
    end(xml);

    xml.writeStartElement(rsm("SupplyChainTradeTransaction"));
    for (const EInvoiceLine &line : invoice.lines)
        writeLine(xml, line);
    writeAgreement(xml, invoice);
    writeDelivery(xml, invoice);
    writeSettlement(xml, invoice);
    end(xml);

    end(xml);
    xml.writeEndDocument();
    return out;
}

void CiiWriter::writeDate(
    QXmlStreamWriter &xml, const QString &element, const QDate &date, const QString &dataType) const
{
    if (!date.isValid())
        return;
    xml.writeStartElement(element);
    xml.writeStartElement(dataType + QStringLiteral(":DateTimeString"));
    xml.writeAttribute(QStringLiteral("format"), QStringLiteral("102"));
    xml.writeCharacters(date.toString(QStringLiteral("yyyyMMdd")));
    xml.writeEndElement();
    xml.writeEndElement();
}

void CiiWriter::writeLine(QXmlStreamWriter &xml, const EInvoiceLine &line) const
{
    start(xml, "IncludedSupplyChainTradeLineItem");
    start(xml, "AssociatedDocumentLineDocument");
    text(xml, ram("LineID"), line.id);
    nested(xml, "IncludedNote", "Content", line.note);
    end(xml);
    start(xml, "SpecifiedTradeProduct");
    text(xml, ram("SellerAssignedID"), line.sellerItemId);
    text(xml, ram("Name"), line.itemName);
    text(xml, ram("Description"), line.description);
    end(xml);
    start(xml, "SpecifiedLineTradeAgreement");
    start(xml, "NetPriceProductTradePrice");
    text(xml, ram("ChargeAmount"), price(line.price));
    if (!line.baseQuantity.isZero())
        textWithAttribute(
            xml, ram("BasisQuantity"), quantity(line.baseQuantity), QStringLiteral("unitCode"), line.unitCode);
    end(xml);
    end(xml);
    start(xml, "SpecifiedLineTradeDelivery");
    textWithAttribute(xml, ram("BilledQuantity"), quantity(line.quantity), QStringLiteral("unitCode"), line.unitCode);
    end(xml);
    start(xml, "SpecifiedLineTradeSettlement");
    start(xml, "ApplicableTradeTax");
    text(xml, ram("TypeCode"), QStringLiteral("VAT"));
    text(xml, ram("CategoryCode"), line.vatCategory);
    if (EInvoiceVat::hasRate(line.vatCategory))
        text(xml, ram("RateApplicablePercent"), percent(line.vatRate));
    end(xml);
    for (const EInvoiceAllowanceCharge &ac : line.allowanceCharges)
        writeAllowanceCharge(xml, ac, false);
    start(xml, "SpecifiedTradeSettlementLineMonetarySummation");
    text(xml, ram("LineTotalAmount"), amount(line.net));
    end(xml);
    end(xml);
    end(xml);
}

void CiiWriter::writeAgreement(QXmlStreamWriter &xml, const EInvoice &invoice) const
{
    start(xml, "ApplicableHeaderTradeAgreement");
    text(xml, ram("BuyerReference"), invoice.buyerReference);
    writeParty(xml, ram("SellerTradeParty"), invoice.seller);
    writeParty(xml, ram("BuyerTradeParty"), invoice.buyer);
    nested(xml, "BuyerOrderReferencedDocument", "IssuerAssignedID", invoice.orderReference);
    end(xml);
}

void CiiWriter::writeParty(QXmlStreamWriter &xml, const QString &element, const EInvoiceParty &party) const
{
    xml.writeStartElement(element);
    if (!party.identifier.isEmpty()) {
        if (party.identifier.scheme.isEmpty())
            text(xml, ram("ID"), party.identifier.id);
        else
            textWithAttribute(
                xml, ram("GlobalID"), party.identifier.id, QStringLiteral("schemeID"), party.identifier.scheme);
    }
    text(xml, ram("Name"), party.name);
    if (!party.legalId.isEmpty() || !party.tradingName.isEmpty()) {
        start(xml, "SpecifiedLegalOrganization");
        textWithAttribute(xml, ram("ID"), party.legalId.id, QStringLiteral("schemeID"), party.legalId.scheme);
        text(xml, ram("TradingBusinessName"), party.tradingName);
        end(xml);
    }
    if (!party.contact.isEmpty()) {
        start(xml, "DefinedTradeContact");
        text(xml, ram("PersonName"), party.contact.name);
        nested(xml, "TelephoneUniversalCommunication", "CompleteNumber", party.contact.phone);
        nested(xml, "EmailURIUniversalCommunication", "URIID", party.contact.email);
        end(xml);
    }
    writeAddress(xml, party.address);
    nested(xml, "URIUniversalCommunication", "URIID", party.endpoint.id, party.endpoint.scheme);
    nested(xml, "SpecifiedTaxRegistration", "ID", party.vatId, QStringLiteral("VA"));
    end(xml);
}

void CiiWriter::writeAddress(QXmlStreamWriter &xml, const EInvoiceAddress &address) const
{
    if (address.isEmpty())
        return;
    start(xml, "PostalTradeAddress");
    text(xml, ram("PostcodeCode"), address.postcode);
    text(xml, ram("LineOne"), address.line1);
    text(xml, ram("LineTwo"), address.line2);
    text(xml, ram("LineThree"), address.line3);
    text(xml, ram("CityName"), address.city);
    text(xml, ram("CountryID"), address.country);
    text(xml, ram("CountrySubDivisionName"), address.subdivision);
    end(xml);
}

void CiiWriter::writeDelivery(QXmlStreamWriter &xml, const EInvoice &invoice) const
{
    const EInvoiceDelivery &d = invoice.delivery;
    start(xml, "ApplicableHeaderTradeDelivery");
    if (!d.partyName.isEmpty() || !d.address.isEmpty()) {
        start(xml, "ShipToTradeParty");
        text(xml, ram("Name"), d.partyName);
        writeAddress(xml, d.address);
        end(xml);
    }
    if (d.date.isValid()) {
        start(xml, "ActualDeliverySupplyChainEvent");
        writeDate(xml, ram("OccurrenceDateTime"), d.date);
        end(xml);
    }
    end(xml);
}

void CiiWriter::writeSettlement(QXmlStreamWriter &xml, const EInvoice &invoice) const
{
    const EInvoicePayment &p = invoice.payment;
    const EInvoiceTotals &t = invoice.totals;
    start(xml, "ApplicableHeaderTradeSettlement");
    text(xml, ram("CreditorReferenceID"), p.creditorId);
    text(xml, ram("PaymentReference"), p.remittance);
    text(xml, ram("InvoiceCurrencyCode"), invoice.currency);
    if (!p.isEmpty()) {
        start(xml, "SpecifiedTradeSettlementPaymentMeans");
        text(xml, ram("TypeCode"), p.meansCode);
        if (!p.cardNumber.isEmpty()) { // BG-18
            start(xml, "ApplicableTradeSettlementFinancialCard");
            text(xml, ram("ID"), p.cardNumber);
            text(xml, ram("CardholderName"), p.cardHolder);
            end(xml);
        }
        nested(xml, "PayerPartyDebtorFinancialAccount", "IBANID", p.debitedAccount);
        if (!p.iban.isEmpty()) {
            start(xml, "PayeePartyCreditorFinancialAccount");
            text(xml, ram("IBANID"), p.iban);
            text(xml, ram("AccountName"), p.accountName);
            end(xml);
        }
        nested(xml, "PayeeSpecifiedCreditorFinancialInstitution", "BICID", p.bic);
        end(xml);
    }
    for (const EInvoiceVatBreakdown &row : invoice.vat) {
        start(xml, "ApplicableTradeTax");
        text(xml, ram("CalculatedAmount"), amount(row.tax));
        text(xml, ram("TypeCode"), QStringLiteral("VAT"));
        text(xml, ram("ExemptionReason"), row.exemptionReason);
        text(xml, ram("BasisAmount"), amount(row.taxable));
        text(xml, ram("CategoryCode"), row.category);
        text(xml, ram("ExemptionReasonCode"), row.exemptionCode);
        // Always stated, 0 for O (XRechnung BR-DE-14; EN 16931 allows it).
        text(xml, ram("RateApplicablePercent"), percent(row.rate));
        end(xml);
    }
    if (invoice.periodStart.isValid() || invoice.periodEnd.isValid()) {
        start(xml, "BillingSpecifiedPeriod");
        writeDate(xml, ram("StartDateTime"), invoice.periodStart);
        writeDate(xml, ram("EndDateTime"), invoice.periodEnd);
        end(xml);
    }
    for (const EInvoiceAllowanceCharge &ac : invoice.allowanceCharges)
        writeAllowanceCharge(xml, ac, true);
    if (!invoice.paymentTerms.isEmpty() || invoice.dueDate.isValid() || !p.mandateId.isEmpty()) {
        start(xml, "SpecifiedTradePaymentTerms");
        text(xml, ram("Description"), invoice.paymentTerms);
        writeDate(xml, ram("DueDateDateTime"), invoice.dueDate);
        text(xml, ram("DirectDebitMandateID"), p.mandateId);
        end(xml);
    }
    start(xml, "SpecifiedTradeSettlementHeaderMonetarySummation");
    text(xml, ram("LineTotalAmount"), amount(t.lineNets));
    if (t.charges != 0)
        text(xml, ram("ChargeTotalAmount"), amount(t.charges));
    if (t.allowances != 0)
        text(xml, ram("AllowanceTotalAmount"), amount(t.allowances));
    text(xml, ram("TaxBasisTotalAmount"), amount(t.withoutVat));
    textWithAttribute(xml, ram("TaxTotalAmount"), amount(t.vat), QStringLiteral("currencyID"), invoice.currency);
    if (t.rounding != 0)
        text(xml, ram("RoundingAmount"), amount(t.rounding));
    text(xml, ram("GrandTotalAmount"), amount(t.withVat));
    if (t.paid != 0)
        text(xml, ram("TotalPrepaidAmount"), amount(t.paid));
    text(xml, ram("DuePayableAmount"), amount(t.payable));
    end(xml);
    if (!invoice.precedingNumber.isEmpty()) {
        start(xml, "InvoiceReferencedDocument");
        text(xml, ram("IssuerAssignedID"), invoice.precedingNumber);
        writeDate(xml, ram("FormattedIssueDateTime"), invoice.precedingDate, QStringLiteral("qdt"));
        end(xml);
    }
    end(xml);
}

void CiiWriter::writeAllowanceCharge(QXmlStreamWriter &xml, const EInvoiceAllowanceCharge &ac, bool documentLevel) const
{
    start(xml, "SpecifiedTradeAllowanceCharge");
    start(xml, "ChargeIndicator");
    text(xml, QStringLiteral("udt:Indicator"), ac.charge ? QStringLiteral("true") : QStringLiteral("false"));
    end(xml);
    if (ac.hasPercent)
        text(xml, ram("CalculationPercent"), percent(ac.percent));
    if (ac.hasBase)
        text(xml, ram("BasisAmount"), amount(ac.base));
    text(xml, ram("ActualAmount"), amount(ac.amount));
    text(xml, ram("ReasonCode"), ac.reasonCode);
    text(xml, ram("Reason"), ac.reason);
    if (documentLevel) {
        start(xml, "CategoryTradeTax");
        text(xml, ram("TypeCode"), QStringLiteral("VAT"));
        text(xml, ram("CategoryCode"), ac.vatCategory);
        if (EInvoiceVat::hasRate(ac.vatCategory))
            text(xml, ram("RateApplicablePercent"), percent(ac.vatRate));
        end(xml);
    }
    end(xml);
}
