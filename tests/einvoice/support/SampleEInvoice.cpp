#include "SampleEInvoice.h"

#include "EInvoiceArithmetic.h"

namespace {
EInvoiceLine makeLine(
    const char *id, const char *name, qint64 qty, const char *unit, qint64 price, const char *category, qint64 rate)
{
    EInvoiceLine l;
    l.id = QLatin1String(id);
    l.itemName = QString::fromUtf8(name);
    l.quantity = Quantity::fromScaled(qty);
    l.unitCode = QLatin1String(unit);
    l.price = UnitPrice::fromScaled(price);
    l.vatCategory = QLatin1String(category);
    l.vatRate = Percentage::fromScaled(rate);
    return l;
}
} // namespace

EInvoice SampleEInvoice::invoice()
{
    EInvoice inv;
    inv.number = QStringLiteral("INV-2026-00042");
    inv.issueDate = QDate(2026, 3, 14);
    inv.currency = QStringLiteral("EUR");
    inv.dueDate = QDate(2026, 4, 13);
    inv.buyerReference = QStringLiteral("04011000-12345-34");
    inv.orderReference = QStringLiteral("PO-7781");
    inv.paymentTerms = QStringLiteral("Net 30 days, no discount for early payment");
    inv.notes << QStringLiteral("Maintenance contract 2026, visit 1 of 4.");
    inv.periodStart = QDate(2026, 3, 1);
    inv.periodEnd = QDate(2026, 3, 31);

    EInvoiceParty &s = inv.seller;
    s.name = QStringLiteral("Clim'Service SARL");
    s.tradingName = QStringLiteral("ClimService");
    s.legalId = {QStringLiteral("732829320"), QStringLiteral("0002")};
    s.vatId = QStringLiteral("FR40732829320");
    s.endpoint = {QStringLiteral("3012345000017"), QStringLiteral("0088")};
    s.address = {QStringLiteral("12 rue des Artisans"), QStringLiteral("Bâtiment B"), {}, QStringLiteral("Lyon"),
        QStringLiteral("69003"), {}, QStringLiteral("FR")};
    s.contact = {QStringLiteral("Marie Dupont"), QStringLiteral("+33 4 72 00 00 00"),
        QStringLiteral("factures@climservice.example")};
    EInvoiceParty &b = inv.buyer;
    b.name = QStringLiteral("Bäckerei Müller GmbH");
    b.identifier = {QStringLiteral("C-0815"), {}};
    b.legalId = {QStringLiteral("HRB 12345"), {}};
    b.vatId = QStringLiteral("DE123456789");
    b.endpoint = {QStringLiteral("4000000012344"), QStringLiteral("0088")};
    b.address = {QStringLiteral("Hauptstraße 5"), {}, QStringLiteral("Hinterhaus"), QStringLiteral("Berlin"),
        QStringLiteral("10115"), QStringLiteral("Berlin"), QStringLiteral("DE")};
    b.contact = {QStringLiteral("Hans Müller"), QStringLiteral("+49 30 1234567"), QStringLiteral("hm@mueller.example")};

    inv.payment.meansCode = QStringLiteral("58");
    inv.payment.remittance = inv.number;
    inv.payment.iban = QStringLiteral("FR7630006000011234567890189");
    inv.payment.accountName = QStringLiteral("Clim'Service SARL");
    inv.payment.bic = QStringLiteral("AGRIFRPP");

    EInvoiceLine labour = makeLine("1", "Technician labour", 3500, "HUR", 650000, "S", 2000);
    labour.description = QStringLiteral("Annual maintenance of the heat pump <model HP-9>");
    labour.sellerItemId = QStringLiteral("LAB-STD");
    EInvoiceAllowanceCharge discount;
    discount.hasBase = true;
    discount.base = EInvoiceArithmetic::lineGross(labour); // 227.50
    discount.hasPercent = true;
    discount.percent = Percentage::fromInteger(10);
    discount.amount = 2275;
    discount.reason = QStringLiteral("Discount");
    discount.reasonCode = QStringLiteral("95");
    labour.allowanceCharges << discount;
    EInvoiceLine filter = makeLine("2", "Filter cartridge F7", 2000, "C62", 189900, "S", 550);
    filter.sellerItemId = QStringLiteral("FLT-F7");
    EInvoiceLine refrigerant = makeLine("3", "Refrigerant R32", 1250, "KGM", 423333, "S", 1000);
    refrigerant.note = QStringLiteral("Refill after leak test");
    inv.lines << labour << filter << refrigerant;
    EInvoiceArithmetic::complete(inv);
    return inv;
}

EInvoice SampleEInvoice::creditNote()
{
    EInvoice inv = invoice();
    inv.typeCode = EInvoice::CreditNoteType;
    inv.number = QStringLiteral("CN-2026-00007");
    inv.issueDate = QDate(2026, 3, 20);
    inv.dueDate = QDate(2026, 3, 20);
    inv.precedingNumber = QStringLiteral("INV-2026-00042");
    inv.precedingDate = QDate(2026, 3, 14);
    inv.notes = {QStringLiteral("One filter cartridge was not fitted.")};
    inv.paymentTerms = QStringLiteral("Refunded to your account within 10 days");
    inv.payment.remittance = inv.number;
    EInvoiceLine filter = inv.lines.at(1);
    filter.id = QStringLiteral("1");
    filter.quantity = Quantity::fromInteger(1);
    inv.lines = {filter};
    inv.vat.clear();
    EInvoiceArithmetic::complete(inv);
    return inv;
}
