#include "EInvoiceTerms.h"

#include "EInvoiceXml.h"

using namespace EInvoiceXml;

namespace {
struct Out
{
    QStringList lines;
    void add(const QString &term, const QString &value)
    {
        if (!value.isEmpty())
            lines << term + QStringLiteral(" = ") + value;
    }
    void add(const QString &term, const QDate &value) { add(term, value.toString(Qt::ISODate)); }
    void add(const QString &term, const EInvoiceIdentifier &id)
    {
        add(term, id.scheme.isEmpty() ? id.id : id.id + QStringLiteral(" [") + id.scheme + QLatin1Char(']'));
    }
    void address(const QString &prefix, const EInvoiceAddress &a)
    {
        add(prefix + QStringLiteral(" address line 1"), a.line1);
        add(prefix + QStringLiteral(" address line 2"), a.line2);
        add(prefix + QStringLiteral(" address line 3"), a.line3);
        add(prefix + QStringLiteral(" city"), a.city);
        add(prefix + QStringLiteral(" postcode"), a.postcode);
        add(prefix + QStringLiteral(" subdivision"), a.subdivision);
        add(prefix + QStringLiteral(" country"), a.country);
    }
    void party(const QString &prefix, const EInvoiceParty &p)
    {
        add(prefix + QStringLiteral(" name (BT-27/44)"), p.name);
        add(prefix + QStringLiteral(" trading name (BT-28/45)"), p.tradingName);
        add(prefix + QStringLiteral(" identifier (BT-29/46)"), p.identifier);
        add(prefix + QStringLiteral(" legal registration id (BT-30/47)"), p.legalId);
        add(prefix + QStringLiteral(" VAT id (BT-31/48)"), p.vatId);
        add(prefix + QStringLiteral(" electronic address (BT-34/49)"), p.endpoint);
        address(prefix + QStringLiteral(" (BG-5/8)"), p.address);
        add(prefix + QStringLiteral(" contact name (BT-41/56)"), p.contact.name);
        add(prefix + QStringLiteral(" contact phone (BT-42/57)"), p.contact.phone);
        add(prefix + QStringLiteral(" contact email (BT-43/58)"), p.contact.email);
    }
    void allowanceCharge(const QString &prefix, const EInvoiceAllowanceCharge &ac)
    {
        add(prefix + QStringLiteral(" kind"), ac.charge ? QStringLiteral("charge") : QStringLiteral("allowance"));
        add(prefix + QStringLiteral(" amount"), amount(ac.amount));
        if (ac.hasBase)
            add(prefix + QStringLiteral(" base amount"), amount(ac.base));
        if (ac.hasPercent)
            add(prefix + QStringLiteral(" percentage"), percent(ac.percent));
        add(prefix + QStringLiteral(" reason"), ac.reason);
        add(prefix + QStringLiteral(" reason code"), ac.reasonCode);
        add(prefix + QStringLiteral(" VAT category"), ac.vatCategory);
        if (!ac.vatCategory.isEmpty())
            add(prefix + QStringLiteral(" VAT rate"), percent(ac.vatRate));
    }
};
} // namespace

QStringList EInvoiceTerms::list(const EInvoice &inv)
{
    Out o;
    o.add(QStringLiteral("BT-1 number"), inv.number);
    o.add(QStringLiteral("BT-2 issue date"), inv.issueDate);
    o.add(QStringLiteral("BT-3 type code"), QString::number(inv.typeCode));
    o.add(QStringLiteral("BT-5 currency"), inv.currency);
    o.add(QStringLiteral("BT-9 due date"), inv.dueDate);
    o.add(QStringLiteral("BT-10 buyer reference"), inv.buyerReference);
    o.add(QStringLiteral("BT-13 purchase order reference"), inv.orderReference);
    o.add(QStringLiteral("BT-20 payment terms"), inv.paymentTerms);
    for (int i = 0; i < inv.notes.size(); ++i)
        o.add(QStringLiteral("BT-22 note %1").arg(i + 1), inv.notes.at(i));
    o.add(QStringLiteral("BT-25 preceding invoice"), inv.precedingNumber);
    o.add(QStringLiteral("BT-26 preceding invoice date"), inv.precedingDate);
    o.add(QStringLiteral("BT-73 period start"), inv.periodStart);
    o.add(QStringLiteral("BT-74 period end"), inv.periodEnd);
    o.party(QStringLiteral("seller"), inv.seller);
    o.party(QStringLiteral("buyer"), inv.buyer);
    o.add(QStringLiteral("BT-70 deliver to name"), inv.delivery.partyName);
    o.add(QStringLiteral("BT-72 actual delivery date"), inv.delivery.date);
    o.address(QStringLiteral("deliver to (BG-15)"), inv.delivery.address);
    const EInvoicePayment &p = inv.payment;
    o.add(QStringLiteral("BT-81 payment means code"), p.meansCode);
    o.add(QStringLiteral("BT-83 remittance information"), p.remittance);
    o.add(QStringLiteral("BT-84 payment account"), p.iban);
    o.add(QStringLiteral("BT-85 payment account name"), p.accountName);
    o.add(QStringLiteral("BT-86 payment service provider"), p.bic);
    o.add(QStringLiteral("BT-87 payment card number"), p.cardNumber);
    o.add(QStringLiteral("BT-88 payment card holder"), p.cardHolder);
    o.add(QStringLiteral("UBL card network"), p.cardNetwork);
    o.add(QStringLiteral("BT-89 mandate reference"), p.mandateId);
    o.add(QStringLiteral("BT-90 creditor identifier"), p.creditorId);
    o.add(QStringLiteral("BT-91 debited account"), p.debitedAccount);
    for (int i = 0; i < inv.allowanceCharges.size(); ++i)
        o.allowanceCharge(QStringLiteral("BG-20/21 #%1").arg(i + 1), inv.allowanceCharges.at(i));
    for (const EInvoiceLine &line : inv.lines) {
        const QString l = QStringLiteral("line %1 ").arg(line.id);
        o.add(l + QStringLiteral("BT-126 id"), line.id);
        o.add(l + QStringLiteral("BT-127 note"), line.note);
        o.add(l + QStringLiteral("BT-129 quantity"), quantity(line.quantity));
        o.add(l + QStringLiteral("BT-130 unit"), line.unitCode);
        o.add(l + QStringLiteral("BT-131 net"), amount(line.net));
        for (int i = 0; i < line.allowanceCharges.size(); ++i)
            o.allowanceCharge(l + QStringLiteral("BG-27/28 #%1").arg(i + 1), line.allowanceCharges.at(i));
        o.add(l + QStringLiteral("BT-146 price"), price(line.price));
        if (!line.baseQuantity.isZero())
            o.add(l + QStringLiteral("BT-149 base quantity"), quantity(line.baseQuantity));
        o.add(l + QStringLiteral("BT-151 VAT category"), line.vatCategory);
        if (EInvoiceVat::hasRate(line.vatCategory))
            o.add(l + QStringLiteral("BT-152 VAT rate"), percent(line.vatRate));
        o.add(l + QStringLiteral("BT-153 item name"), line.itemName);
        o.add(l + QStringLiteral("BT-154 description"), line.description);
        o.add(l + QStringLiteral("BT-155 seller item id"), line.sellerItemId);
    }
    for (const EInvoiceVatBreakdown &row : inv.vat) {
        const QString v = QStringLiteral("VAT %1 %2 ").arg(row.category, percent(row.rate));
        o.add(v + QStringLiteral("BT-116 taxable"), amount(row.taxable));
        o.add(v + QStringLiteral("BT-117 tax"), amount(row.tax));
        o.add(v + QStringLiteral("BT-120 exemption reason"), row.exemptionReason);
        o.add(v + QStringLiteral("BT-121 exemption code"), row.exemptionCode);
    }
    const EInvoiceTotals &t = inv.totals;
    o.add(QStringLiteral("BT-106 sum of line nets"), amount(t.lineNets));
    o.add(QStringLiteral("BT-107 allowances"), amount(t.allowances));
    o.add(QStringLiteral("BT-108 charges"), amount(t.charges));
    o.add(QStringLiteral("BT-109 total without VAT"), amount(t.withoutVat));
    o.add(QStringLiteral("BT-110 VAT total"), amount(t.vat));
    o.add(QStringLiteral("BT-112 total with VAT"), amount(t.withVat));
    o.add(QStringLiteral("BT-113 paid"), amount(t.paid));
    o.add(QStringLiteral("BT-114 rounding"), amount(t.rounding));
    o.add(QStringLiteral("BT-115 payable"), amount(t.payable));
    return o.lines;
}
