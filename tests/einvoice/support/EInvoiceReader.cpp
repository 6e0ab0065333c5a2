#include "EInvoiceReader.h"

#include "DecimalText.h"

#include <QRegularExpression>

EInvoiceReadResult EInvoiceReader::read(const QByteArray &xml)
{
    EInvoiceReadResult result;
    XmlTree tree(xml);
    if (!tree.root()) {
        result.errors << QStringLiteral("not XML: ") + tree.error();
        return result;
    }
    EInvoiceReader reader(result);
    const QString rootName = tree.root()->name;
    if (rootName == QLatin1String("Invoice") || rootName == QLatin1String("CreditNote")) {
        result.syntax = EInvoiceProfile::Syntax::Ubl;
        reader.readUbl(*tree.root());
    } else if (rootName == QLatin1String("CrossIndustryInvoice")) {
        result.syntax = EInvoiceProfile::Syntax::Cii;
        reader.readCii(*tree.root());
    } else {
        result.errors << QStringLiteral("unknown root element ") + rootName;
        return result;
    }
    QStringList unsupported;
    result.unusedPaths = tree.unused();
    for (const QString &path : result.unusedPaths)
        unsupported << einvoiceTermOfPath(path);
    unsupported.removeDuplicates();
    unsupported.sort();
    result.unsupported = unsupported;
    return result;
}

qint64 EInvoiceReader::scaled(const XmlNode &node, const QString &path, int scale)
{
    const XmlNode *leaf = node.find(path);
    if (!leaf)
        return 0;
    leaf->used = true;
    DecimalText::Options options;
    options.scale = scale;
    const auto parsed = DecimalText::parse(leaf->text, options);
    if (!parsed) {
        m_result.errors << leaf->path() + QStringLiteral(": ") + leaf->text + QStringLiteral(" (") + parsed.message()
                + QLatin1Char(')');
        return 0;
    }
    return parsed.value();
}

Quantity EInvoiceReader::quantity(const XmlNode &node, const QString &path)
{
    return Quantity::fromScaled(scaled(node, path, Quantity::scale));
}

UnitPrice EInvoiceReader::price(const XmlNode &node, const QString &path)
{
    return UnitPrice::fromScaled(scaled(node, path, UnitPrice::scale));
}

Percentage EInvoiceReader::percent(const XmlNode &node, const QString &path)
{
    return Percentage::fromScaled(scaled(node, path, Percentage::scale));
}

QDate EInvoiceReader::date(const XmlNode &node, const QString &path, bool basic)
{
    const QString text = node.value(path);
    if (text.isEmpty())
        return {};
    const QDate d = basic ? QDate::fromString(text, QStringLiteral("yyyyMMdd")) : QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        m_result.errors << path + QStringLiteral(": not a date: ") + text;
    return d;
}

void EInvoiceReader::markSameUnit(const XmlNode &node, const QString &path, const QString &lineUnit)
{
    const XmlNode *quantity = node.find(path);
    if (quantity && quantity->attributes.value(QStringLiteral("unitCode")) == lineUnit)
        quantity->usedAttributes.insert(QStringLiteral("unitCode"));
}

QString einvoiceTermOfPath(const QString &path)
{
    // Terms of EN 16931 that Facturo does not carry, by where UBL and CII put them.
    static const QList<QPair<QRegularExpression, QString>> table = [] {
        const auto r = [](const char *pattern) { return QRegularExpression(QLatin1String(pattern)); };
        return QList<QPair<QRegularExpression, QString>> {
            {r("(^|/)Note$|IncludedNote/SubjectCode$"), QStringLiteral("BT-21 note subject / further note")},
            {r("^TaxPointDate$"), QStringLiteral("BT-7 tax point date")},
            {r("DueDateTypeCode$|InvoicePeriod/DescriptionCode$"), QStringLiteral("BT-8 tax point date code")},
            {r("^TaxCurrencyCode$|^TaxTotal/TaxAmount$|TaxTotalAmount$"), QStringLiteral("BT-6/BT-111 tax currency")},
            {r("^AccountingCost$|ReceivableSpecifiedTradeAccountingAccount/ID$"),
                QStringLiteral("BT-19 buyer accounting reference")},
            {r("^ProjectReference/ID$|SpecifiedProcuringProject/(ID|Name)$"),
                QStringLiteral("BT-11 project reference")},
            {r("^ContractDocumentReference/ID$|ContractReferencedDocument/IssuerAssignedID$"),
                QStringLiteral("BT-12 contract reference")},
            {r("^OrderReference/SalesOrderID$|SellerOrderReferencedDocument/IssuerAssignedID$"),
                QStringLiteral("BT-14 sales order reference")},
            {r("^ReceiptDocumentReference/ID$|ReceivingAdviceReferencedDocument/IssuerAssignedID$"),
                QStringLiteral("BT-15 receiving advice reference")},
            {r("^DespatchDocumentReference/ID$|DespatchAdviceReferencedDocument/IssuerAssignedID$"),
                QStringLiteral("BT-16 despatch advice reference")},
            {r("^OriginatorDocumentReference/ID$"), QStringLiteral("BT-17 tender reference")},
            {r("^AdditionalDocumentReference/|AdditionalReferencedDocument/"),
                QStringLiteral("BG-24 additional supporting documents")},
            {r("^PayeeParty/|PayeeTradeParty/"), QStringLiteral("BG-10 payee")},
            {r("^TaxRepresentativeParty/|SellerTaxRepresentativeTradeParty/"),
                QStringLiteral("BG-11 seller tax representative")},
            {r("PartyTaxScheme/CompanyID$|SpecifiedTaxRegistration/ID@schemeID|SpecifiedTaxRegistration/ID$"),
                QStringLiteral("BT-32 seller tax registration id")},
            {r("PartyLegalEntity/CompanyLegalForm$|SellerTradeParty/Description$"),
                QStringLiteral("BT-33 seller additional legal information")},
            {r("(Contact|DefinedTradeContact)/(Telefax|DepartmentName)$"),
                QStringLiteral("BG-6 contact department / fax")},
            {r("DeliveryLocation/ID|ShipToTradeParty/(ID|GlobalID)"), QStringLiteral("BT-71 deliver to location id")},
            {r("PaymentMeansCode@name$|PaymentMeans/Information$"), QStringLiteral("BT-82 payment means text")},
            {r("CardAccount/|ApplicableTradeSettlementFinancialCard/"), QStringLiteral("BG-18 payment card")},
            {r("^PaymentMeans/|SpecifiedTradeSettlementPaymentMeans/"), QStringLiteral("BG-16 further payment means")},
            {r("^AllowanceCharge/|^SupplyChainTradeTransaction/ApplicableHeaderTradeSettlement/"
               "SpecifiedTradeAllowanceCharge/"),
                QStringLiteral("BG-20/21 document allowance or charge details")},
            {r("^(InvoiceLine|CreditNoteLine)/AccountingCost$|SpecifiedLineTradeSettlement/"
               "ReceivableSpecifiedTradeAccountingAccount"),
                QStringLiteral("BT-133 line buyer accounting reference")},
            {r("OrderLineReference/LineID$|BuyerOrderReferencedDocument/LineID$"),
                QStringLiteral("BT-132 referenced purchase order line")},
            {r("^(InvoiceLine|CreditNoteLine)/InvoicePeriod/|SpecifiedLineTradeSettlement/BillingSpecifiedPeriod/"),
                QStringLiteral("BG-26 line period")},
            {r("^(InvoiceLine|CreditNoteLine)/DocumentReference/|SpecifiedLineTradeSettlement/"
               "AdditionalReferencedDocument/"),
                QStringLiteral("BT-128 line object identifier")},
            {r("Item/BuyersItemIdentification/ID$|SpecifiedTradeProduct/BuyerAssignedID$"),
                QStringLiteral("BT-156 item buyer's identifier")},
            {r("Item/StandardItemIdentification/ID|SpecifiedTradeProduct/GlobalID"),
                QStringLiteral("BT-157 item standard identifier")},
            {r("CommodityClassification/|DesignatedProductClassification/"),
                QStringLiteral("BT-158 item classification")},
            {r("Item/OriginCountry/|OriginTradeCountry/"), QStringLiteral("BT-159 item country of origin")},
            {r("AdditionalItemProperty/|ApplicableProductCharacteristic/"), QStringLiteral("BG-32 item attributes")},
            {r("Price/AllowanceCharge/|GrossPriceProductTradePrice/"),
                QStringLiteral("BT-147/BT-148 price discount and gross price")},
            {r("Item/Description$|SpecifiedTradeProduct/Description$"),
                QStringLiteral("BT-154 further item description")},
        };
    }();
    for (const auto &[pattern, label] : table) {
        if (pattern.match(path).hasMatch())
            return label;
    }
    return path;
}
