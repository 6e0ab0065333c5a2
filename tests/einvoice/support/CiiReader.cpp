// The CII D16B half of EInvoiceReader.
#include "EInvoiceReader.h"

void EInvoiceReader::readCii(const XmlNode &root)
{
    EInvoice &inv = m_result.invoice;
    m_result.profileId
        = root.value(QStringLiteral("ExchangedDocumentContext/BusinessProcessSpecifiedDocumentContextParameter/ID"));
    m_result.customizationId
        = root.value(QStringLiteral("ExchangedDocumentContext/GuidelineSpecifiedDocumentContextParameter/ID"));
    if (const XmlNode *doc = root.find(QStringLiteral("ExchangedDocument"))) {
        inv.number = doc->value(QStringLiteral("ID"));
        inv.typeCode = doc->value(QStringLiteral("TypeCode")).toInt();
        inv.issueDate = date(*doc, QStringLiteral("IssueDateTime/DateTimeString"), true);
        for (const XmlNode *note : doc->all(QStringLiteral("IncludedNote")))
            inv.notes << note->value(QStringLiteral("Content"));
    }
    const XmlNode *tx = root.find(QStringLiteral("SupplyChainTradeTransaction"));
    if (!tx)
        return;
    for (const XmlNode *line : tx->all(QStringLiteral("IncludedSupplyChainTradeLineItem")))
        readCiiLine(*line);
    if (const XmlNode *a = tx->find(QStringLiteral("ApplicableHeaderTradeAgreement"))) {
        inv.buyerReference = a->value(QStringLiteral("BuyerReference"));
        readCiiParty(a->find(QStringLiteral("SellerTradeParty")), inv.seller);
        readCiiParty(a->find(QStringLiteral("BuyerTradeParty")), inv.buyer);
        inv.orderReference = a->value(QStringLiteral("BuyerOrderReferencedDocument/IssuerAssignedID"));
    }
    if (const XmlNode *d = tx->find(QStringLiteral("ApplicableHeaderTradeDelivery"))) {
        inv.delivery.partyName = d->value(QStringLiteral("ShipToTradeParty/Name"));
        readCiiAddress(d->find(QStringLiteral("ShipToTradeParty/PostalTradeAddress")), inv.delivery.address);
        inv.delivery.date
            = date(*d, QStringLiteral("ActualDeliverySupplyChainEvent/OccurrenceDateTime/DateTimeString"), true);
    }
    if (const XmlNode *s = tx->find(QStringLiteral("ApplicableHeaderTradeSettlement")))
        readCiiSettlement(*s);
}

void EInvoiceReader::readCiiSettlement(const XmlNode &s)
{
    EInvoice &inv = m_result.invoice;
    EInvoicePayment &pay = inv.payment;
    pay.creditorId = s.value(QStringLiteral("CreditorReferenceID"));
    pay.remittance = s.value(QStringLiteral("PaymentReference"));
    inv.currency = s.value(QStringLiteral("InvoiceCurrencyCode"));
    if (const XmlNode *p = s.find(QStringLiteral("SpecifiedTradeSettlementPaymentMeans"))) {
        pay.meansCode = p->value(QStringLiteral("TypeCode"));
        pay.cardNumber = p->value(QStringLiteral("ApplicableTradeSettlementFinancialCard/ID"));
        pay.cardHolder = p->value(QStringLiteral("ApplicableTradeSettlementFinancialCard/CardholderName"));
        pay.debitedAccount = p->value(QStringLiteral("PayerPartyDebtorFinancialAccount/IBANID"));
        pay.iban = p->value(QStringLiteral("PayeePartyCreditorFinancialAccount/IBANID"));
        if (pay.iban.isEmpty())
            pay.iban = p->value(QStringLiteral("PayeePartyCreditorFinancialAccount/ProprietaryID"));
        pay.accountName = p->value(QStringLiteral("PayeePartyCreditorFinancialAccount/AccountName"));
        pay.bic = p->value(QStringLiteral("PayeeSpecifiedCreditorFinancialInstitution/BICID"));
    }
    for (const XmlNode *tax : s.all(QStringLiteral("ApplicableTradeTax"))) {
        EInvoiceVatBreakdown row;
        row.tax = amount(*tax, QStringLiteral("CalculatedAmount"));
        tax->value(QStringLiteral("TypeCode"));
        row.exemptionReason = tax->value(QStringLiteral("ExemptionReason"));
        row.taxable = amount(*tax, QStringLiteral("BasisAmount"));
        row.category = tax->value(QStringLiteral("CategoryCode"));
        row.exemptionCode = tax->value(QStringLiteral("ExemptionReasonCode"));
        row.rate = percent(*tax, QStringLiteral("RateApplicablePercent"));
        inv.vat << row;
    }
    inv.periodStart = date(s, QStringLiteral("BillingSpecifiedPeriod/StartDateTime/DateTimeString"), true);
    inv.periodEnd = date(s, QStringLiteral("BillingSpecifiedPeriod/EndDateTime/DateTimeString"), true);
    for (const XmlNode *ac : s.all(QStringLiteral("SpecifiedTradeAllowanceCharge")))
        inv.allowanceCharges << readCiiAllowanceCharge(*ac);
    if (const XmlNode *terms = s.find(QStringLiteral("SpecifiedTradePaymentTerms"))) {
        inv.paymentTerms = terms->value(QStringLiteral("Description"));
        inv.dueDate = date(*terms, QStringLiteral("DueDateDateTime/DateTimeString"), true);
        pay.mandateId = terms->value(QStringLiteral("DirectDebitMandateID"));
    }
    if (const XmlNode *t = s.find(QStringLiteral("SpecifiedTradeSettlementHeaderMonetarySummation"))) {
        inv.totals.lineNets = amount(*t, QStringLiteral("LineTotalAmount"));
        inv.totals.charges = amount(*t, QStringLiteral("ChargeTotalAmount"));
        inv.totals.allowances = amount(*t, QStringLiteral("AllowanceTotalAmount"));
        inv.totals.withoutVat = amount(*t, QStringLiteral("TaxBasisTotalAmount"));
        for (const XmlNode *vat : t->all(QStringLiteral("TaxTotalAmount"))) {
            if (vat->attributes.value(QStringLiteral("currencyID")) == inv.currency) {
                vat->used = true;
                DecimalText::Options options;
                const auto parsed = DecimalText::parse(vat->text, options);
                if (parsed)
                    inv.totals.vat = parsed.value();
                else
                    m_result.errors << vat->path() + QStringLiteral(": ") + vat->text;
            }
        }
        inv.totals.rounding = amount(*t, QStringLiteral("RoundingAmount"));
        inv.totals.withVat = amount(*t, QStringLiteral("GrandTotalAmount"));
        inv.totals.paid = amount(*t, QStringLiteral("TotalPrepaidAmount"));
        inv.totals.payable = amount(*t, QStringLiteral("DuePayableAmount"));
    }
    inv.precedingNumber = s.value(QStringLiteral("InvoiceReferencedDocument/IssuerAssignedID"));
    inv.precedingDate
        = date(s, QStringLiteral("InvoiceReferencedDocument/FormattedIssueDateTime/DateTimeString"), true);
}

void EInvoiceReader::readCiiParty(const XmlNode *party, EInvoiceParty &out)
{
    if (!party)
        return;
    if (const XmlNode *id = party->find(QStringLiteral("ID")); id && !id->text.isEmpty()) {
        out.identifier.id = party->value(QStringLiteral("ID"));
    } else if (party->find(QStringLiteral("GlobalID"))) {
        out.identifier.id = party->value(QStringLiteral("GlobalID"));
        out.identifier.scheme = party->attribute(QStringLiteral("GlobalID"), QStringLiteral("schemeID"));
    }
    out.name = party->value(QStringLiteral("Name"));
    out.legalId.id = party->value(QStringLiteral("SpecifiedLegalOrganization/ID"));
    out.legalId.scheme = party->attribute(QStringLiteral("SpecifiedLegalOrganization/ID"), QStringLiteral("schemeID"));
    out.tradingName = party->value(QStringLiteral("SpecifiedLegalOrganization/TradingBusinessName"));
    out.contact.name = party->value(QStringLiteral("DefinedTradeContact/PersonName"));
    out.contact.phone
        = party->value(QStringLiteral("DefinedTradeContact/TelephoneUniversalCommunication/CompleteNumber"));
    out.contact.email = party->value(QStringLiteral("DefinedTradeContact/EmailURIUniversalCommunication/URIID"));
    readCiiAddress(party->find(QStringLiteral("PostalTradeAddress")), out.address);
    out.endpoint.id = party->value(QStringLiteral("URIUniversalCommunication/URIID"));
    out.endpoint.scheme
        = party->attribute(QStringLiteral("URIUniversalCommunication/URIID"), QStringLiteral("schemeID"));
    for (const XmlNode *reg : party->all(QStringLiteral("SpecifiedTaxRegistration"))) {
        if (reg->attribute(QStringLiteral("ID"), QStringLiteral("schemeID")) == QLatin1String("VA")
            && out.vatId.isEmpty())
            out.vatId = reg->value(QStringLiteral("ID"));
        else if (const XmlNode *id = reg->find(QStringLiteral("ID")))
            id->usedAttributes.clear(); // BT-32 (scheme FC) is not carried
    }
}

void EInvoiceReader::readCiiAddress(const XmlNode *address, EInvoiceAddress &out)
{
    if (!address)
        return;
    out.postcode = address->value(QStringLiteral("PostcodeCode"));
    out.line1 = address->value(QStringLiteral("LineOne"));
    out.line2 = address->value(QStringLiteral("LineTwo"));
    out.line3 = address->value(QStringLiteral("LineThree"));
    out.city = address->value(QStringLiteral("CityName"));
    out.country = address->value(QStringLiteral("CountryID"));
    out.subdivision = address->value(QStringLiteral("CountrySubDivisionName"));
}

EInvoiceAllowanceCharge EInvoiceReader::readCiiAllowanceCharge(const XmlNode &node)
{
    EInvoiceAllowanceCharge ac;
    ac.charge = node.value(QStringLiteral("ChargeIndicator/Indicator")) == QLatin1String("true");
    ac.hasPercent = node.find(QStringLiteral("CalculationPercent")) != nullptr;
    ac.percent = percent(node, QStringLiteral("CalculationPercent"));
    ac.hasBase = node.find(QStringLiteral("BasisAmount")) != nullptr;
    ac.base = amount(node, QStringLiteral("BasisAmount"));
    ac.amount = amount(node, QStringLiteral("ActualAmount"));
    ac.reasonCode = node.value(QStringLiteral("ReasonCode"));
    ac.reason = node.value(QStringLiteral("Reason"));
    node.value(QStringLiteral("CategoryTradeTax/TypeCode"));
    ac.vatCategory = node.value(QStringLiteral("CategoryTradeTax/CategoryCode"));
    ac.vatRate = percent(node, QStringLiteral("CategoryTradeTax/RateApplicablePercent"));
    return ac;
}

void EInvoiceReader::readCiiLine(const XmlNode &node)
{
    EInvoiceLine line;
    line.id = node.value(QStringLiteral("AssociatedDocumentLineDocument/LineID"));
    line.note = node.value(QStringLiteral("AssociatedDocumentLineDocument/IncludedNote/Content"));
    line.sellerItemId = node.value(QStringLiteral("SpecifiedTradeProduct/SellerAssignedID"));
    line.itemName = node.value(QStringLiteral("SpecifiedTradeProduct/Name"));
    line.description = node.value(QStringLiteral("SpecifiedTradeProduct/Description"));
    const QString net = QStringLiteral("SpecifiedLineTradeAgreement/NetPriceProductTradePrice/");
    line.price = price(node, net + QStringLiteral("ChargeAmount"));
    line.baseQuantity = quantity(node, net + QStringLiteral("BasisQuantity"));
    line.quantity = quantity(node, QStringLiteral("SpecifiedLineTradeDelivery/BilledQuantity"));
    line.unitCode
        = node.attribute(QStringLiteral("SpecifiedLineTradeDelivery/BilledQuantity"), QStringLiteral("unitCode"));
    markSameUnit(node, net + QStringLiteral("BasisQuantity"), line.unitCode);
    if (const XmlNode *s = node.find(QStringLiteral("SpecifiedLineTradeSettlement"))) {
        s->value(QStringLiteral("ApplicableTradeTax/TypeCode"));
        line.vatCategory = s->value(QStringLiteral("ApplicableTradeTax/CategoryCode"));
        line.vatRate = percent(*s, QStringLiteral("ApplicableTradeTax/RateApplicablePercent"));
        for (const XmlNode *ac : s->all(QStringLiteral("SpecifiedTradeAllowanceCharge")))
            line.allowanceCharges << readCiiAllowanceCharge(*ac);
        line.net = amount(*s, QStringLiteral("SpecifiedTradeSettlementLineMonetarySummation/LineTotalAmount"));
    }
    m_result.invoice.lines << line;
}
