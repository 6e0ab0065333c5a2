// The UBL 2.1 half of EInvoiceReader.
#include "EInvoiceReader.h"

void EInvoiceReader::readUbl(const XmlNode &root)
{
    EInvoice &inv = m_result.invoice;
    const bool credit = root.name == QLatin1String("CreditNote");
    m_result.customizationId = root.value(QStringLiteral("CustomizationID"));
    m_result.profileId = root.value(QStringLiteral("ProfileID"));
    inv.number = root.value(QStringLiteral("ID"));
    inv.issueDate = date(root, QStringLiteral("IssueDate"), false);
    inv.dueDate = date(root, QStringLiteral("DueDate"), false);
    inv.typeCode
        = root.value(credit ? QStringLiteral("CreditNoteTypeCode") : QStringLiteral("InvoiceTypeCode")).toInt();
    for (const XmlNode *note : root.all(QStringLiteral("Note"))) {
        note->used = true;
        inv.notes << note->text;
    }
    inv.currency = root.value(QStringLiteral("DocumentCurrencyCode"));
    inv.buyerReference = root.value(QStringLiteral("BuyerReference"));
    inv.periodStart = date(root, QStringLiteral("InvoicePeriod/StartDate"), false);
    inv.periodEnd = date(root, QStringLiteral("InvoicePeriod/EndDate"), false);
    inv.orderReference = root.value(QStringLiteral("OrderReference/ID"));
    inv.precedingNumber = root.value(QStringLiteral("BillingReference/InvoiceDocumentReference/ID"));
    inv.precedingDate = date(root, QStringLiteral("BillingReference/InvoiceDocumentReference/IssueDate"), false);
    readUblParty(root.find(QStringLiteral("AccountingSupplierParty/Party")), inv.seller, true);
    readUblParty(root.find(QStringLiteral("AccountingCustomerParty/Party")), inv.buyer, false);

    if (const XmlNode *d = root.find(QStringLiteral("Delivery"))) {
        inv.delivery.date = date(*d, QStringLiteral("ActualDeliveryDate"), false);
        readUblAddress(d->find(QStringLiteral("DeliveryLocation/Address")), inv.delivery.address);
        inv.delivery.partyName = d->value(QStringLiteral("DeliveryParty/PartyName/Name"));
    }
    if (const XmlNode *p = root.find(QStringLiteral("PaymentMeans"))) {
        EInvoicePayment &pay = inv.payment;
        pay.meansCode = p->value(QStringLiteral("PaymentMeansCode"));
        if (credit)
            inv.dueDate = date(*p, QStringLiteral("PaymentDueDate"), false);
        pay.remittance = p->value(QStringLiteral("PaymentID"));
        pay.cardNumber = p->value(QStringLiteral("CardAccount/PrimaryAccountNumberID"));
        pay.cardHolder = p->value(QStringLiteral("CardAccount/HolderName"));
        pay.cardNetwork = p->value(QStringLiteral("CardAccount/NetworkID"));
        if (pay.cardNetwork == QLatin1String("NA")) // what the writer puts when none is known
            pay.cardNetwork.clear();
        pay.iban = p->value(QStringLiteral("PayeeFinancialAccount/ID"));
        pay.accountName = p->value(QStringLiteral("PayeeFinancialAccount/Name"));
        pay.bic = p->value(QStringLiteral("PayeeFinancialAccount/FinancialInstitutionBranch/ID"));
        pay.mandateId = p->value(QStringLiteral("PaymentMandate/ID"));
        pay.debitedAccount = p->value(QStringLiteral("PaymentMandate/PayerFinancialAccount/ID"));
    }
    inv.paymentTerms = root.value(QStringLiteral("PaymentTerms/Note"));
    for (const XmlNode *ac : root.all(QStringLiteral("AllowanceCharge")))
        inv.allowanceCharges << readUblAllowanceCharge(*ac);

    // The TaxTotal in the document currency is the one with the breakdown (BT-110).
    for (const XmlNode *total : root.all(QStringLiteral("TaxTotal"))) {
        if (total->attribute(QStringLiteral("TaxAmount"), QStringLiteral("currencyID")) != inv.currency
            || total->all(QStringLiteral("TaxSubtotal")).isEmpty())
            continue;
        inv.totals.vat = amount(*total, QStringLiteral("TaxAmount"));
        for (const XmlNode *sub : total->all(QStringLiteral("TaxSubtotal"))) {
            EInvoiceVatBreakdown row;
            row.taxable = amount(*sub, QStringLiteral("TaxableAmount"));
            row.tax = amount(*sub, QStringLiteral("TaxAmount"));
            row.category = sub->value(QStringLiteral("TaxCategory/ID"));
            row.rate = percent(*sub, QStringLiteral("TaxCategory/Percent"));
            row.exemptionCode = sub->value(QStringLiteral("TaxCategory/TaxExemptionReasonCode"));
            row.exemptionReason = sub->value(QStringLiteral("TaxCategory/TaxExemptionReason"));
            sub->value(QStringLiteral("TaxCategory/TaxScheme/ID"));
            inv.vat << row;
        }
        break;
    }
    if (const XmlNode *t = root.find(QStringLiteral("LegalMonetaryTotal"))) {
        inv.totals.lineNets = amount(*t, QStringLiteral("LineExtensionAmount"));
        inv.totals.withoutVat = amount(*t, QStringLiteral("TaxExclusiveAmount"));
        inv.totals.withVat = amount(*t, QStringLiteral("TaxInclusiveAmount"));
        inv.totals.allowances = amount(*t, QStringLiteral("AllowanceTotalAmount"));
        inv.totals.charges = amount(*t, QStringLiteral("ChargeTotalAmount"));
        inv.totals.paid = amount(*t, QStringLiteral("PrepaidAmount"));
        inv.totals.rounding = amount(*t, QStringLiteral("PayableRoundingAmount"));
        inv.totals.payable = amount(*t, QStringLiteral("PayableAmount"));
    }
    for (const XmlNode *line : root.all(credit ? QStringLiteral("CreditNoteLine") : QStringLiteral("InvoiceLine")))
        readUblLine(*line, credit);
}

void EInvoiceReader::readUblParty(const XmlNode *party, EInvoiceParty &out, bool seller)
{
    if (!party)
        return;
    out.endpoint.id = party->value(QStringLiteral("EndpointID"));
    out.endpoint.scheme = party->attribute(QStringLiteral("EndpointID"), QStringLiteral("schemeID"));
    for (const XmlNode *pid : party->all(QStringLiteral("PartyIdentification"))) {
        const XmlNode *id = pid->find(QStringLiteral("ID"));
        if (!id)
            continue;
        const QString scheme = pid->attribute(QStringLiteral("ID"), QStringLiteral("schemeID"));
        if (seller && scheme == QLatin1String("SEPA") && m_result.invoice.payment.creditorId.isEmpty()) {
            m_result.invoice.payment.creditorId = pid->value(QStringLiteral("ID"));
        } else if (out.identifier.isEmpty()) {
            out.identifier = {pid->value(QStringLiteral("ID")), scheme};
        } else {
            id->usedAttributes.remove(QStringLiteral("schemeID")); // a second identifier: not carried
        }
    }
    out.tradingName = party->value(QStringLiteral("PartyName/Name"));
    readUblAddress(party->find(QStringLiteral("PostalAddress")), out.address);
    for (const XmlNode *scheme : party->all(QStringLiteral("PartyTaxScheme"))) {
        if (scheme->value(QStringLiteral("TaxScheme/ID")) == QLatin1String("VAT") && out.vatId.isEmpty())
            out.vatId = scheme->value(QStringLiteral("CompanyID"));
    }
    out.name = party->value(QStringLiteral("PartyLegalEntity/RegistrationName"));
    out.legalId.id = party->value(QStringLiteral("PartyLegalEntity/CompanyID"));
    out.legalId.scheme = party->attribute(QStringLiteral("PartyLegalEntity/CompanyID"), QStringLiteral("schemeID"));
    out.contact.name = party->value(QStringLiteral("Contact/Name"));
    out.contact.phone = party->value(QStringLiteral("Contact/Telephone"));
    out.contact.email = party->value(QStringLiteral("Contact/ElectronicMail"));
}

void EInvoiceReader::readUblAddress(const XmlNode *address, EInvoiceAddress &out)
{
    if (!address)
        return;
    out.line1 = address->value(QStringLiteral("StreetName"));
    out.line2 = address->value(QStringLiteral("AdditionalStreetName"));
    out.line3 = address->value(QStringLiteral("AddressLine/Line"));
    out.city = address->value(QStringLiteral("CityName"));
    out.postcode = address->value(QStringLiteral("PostalZone"));
    out.subdivision = address->value(QStringLiteral("CountrySubentity"));
    out.country = address->value(QStringLiteral("Country/IdentificationCode"));
}

EInvoiceAllowanceCharge EInvoiceReader::readUblAllowanceCharge(const XmlNode &node)
{
    EInvoiceAllowanceCharge ac;
    ac.charge = node.value(QStringLiteral("ChargeIndicator")) == QLatin1String("true");
    ac.reasonCode = node.value(QStringLiteral("AllowanceChargeReasonCode"));
    ac.reason = node.value(QStringLiteral("AllowanceChargeReason"));
    ac.hasPercent = node.find(QStringLiteral("MultiplierFactorNumeric")) != nullptr;
    ac.percent = percent(node, QStringLiteral("MultiplierFactorNumeric"));
    ac.amount = amount(node, QStringLiteral("Amount"));
    ac.hasBase = node.find(QStringLiteral("BaseAmount")) != nullptr;
    ac.base = amount(node, QStringLiteral("BaseAmount"));
    ac.vatCategory = node.value(QStringLiteral("TaxCategory/ID"));
    ac.vatRate = percent(node, QStringLiteral("TaxCategory/Percent"));
    node.value(QStringLiteral("TaxCategory/TaxScheme/ID"));
    return ac;
}

void EInvoiceReader::readUblLine(const XmlNode &node, bool credit)
{
    EInvoiceLine line;
    const QString quantityName = credit ? QStringLiteral("CreditedQuantity") : QStringLiteral("InvoicedQuantity");
    line.id = node.value(QStringLiteral("ID"));
    line.note = node.value(QStringLiteral("Note"));
    line.quantity = quantity(node, quantityName);
    line.unitCode = node.attribute(quantityName, QStringLiteral("unitCode"));
    line.net = amount(node, QStringLiteral("LineExtensionAmount"));
    for (const XmlNode *ac : node.all(QStringLiteral("AllowanceCharge")))
        line.allowanceCharges << readUblAllowanceCharge(*ac);
    line.description = node.value(QStringLiteral("Item/Description"));
    line.itemName = node.value(QStringLiteral("Item/Name"));
    line.sellerItemId = node.value(QStringLiteral("Item/SellersItemIdentification/ID"));
    line.vatCategory = node.value(QStringLiteral("Item/ClassifiedTaxCategory/ID"));
    line.vatRate = percent(node, QStringLiteral("Item/ClassifiedTaxCategory/Percent"));
    node.value(QStringLiteral("Item/ClassifiedTaxCategory/TaxScheme/ID"));
    line.price = price(node, QStringLiteral("Price/PriceAmount"));
    line.baseQuantity = quantity(node, QStringLiteral("Price/BaseQuantity"));
    markSameUnit(node, QStringLiteral("Price/BaseQuantity"), line.unitCode);
    m_result.invoice.lines << line;
}
