#include "InvoiceGenerator.h"

#include "EInvoiceArithmetic.h"
#include "TaxCalculator.h"

QString glnWithCheckDigit(const QString &body12)
{
    int sum = 0;
    for (int i = 0; i < body12.size(); ++i)
        sum += body12.at(i).digitValue() * (i % 2 == 0 ? 1 : 3);
    return body12 + QString::number((10 - sum % 10) % 10);
}

qint64 InvoiceGenerator::between(qint64 low, qint64 high)
{
    return std::uniform_int_distribution<qint64>(low, high)(m_random);
}

EInvoiceLine InvoiceGenerator::line(int index, const QString &category, Percentage rate)
{
    static const QStringList units = {QStringLiteral("C62"), QStringLiteral("HUR"), QStringLiteral("KGM"),
        QStringLiteral("DAY"), QStringLiteral("MTR")};
    EInvoiceLine l;
    l.id = QString::number(index + 1);
    l.quantity = Quantity::fromScaled(chance(30) ? between(1, 20) * 1000 : between(1, 999'999));
    l.unitCode = units.at(int(between(0, units.size() - 1)));
    l.price = UnitPrice::fromScaled(chance(30) ? between(1, 500) * 10'000 : between(1, 99'999'999));
    l.itemName = QStringLiteral("Item %1 – service & parts").arg(index + 1);
    if (chance(40))
        l.description = QStringLiteral("Intervention <%1> on site").arg(between(100, 999));
    if (chance(40))
        l.sellerItemId = QStringLiteral("SKU-%1").arg(between(1000, 9999));
    if (chance(15))
        l.note = QStringLiteral("Line note %1").arg(index + 1);
    l.vatCategory = category;
    l.vatRate = EInvoiceVat::hasRate(category) ? rate : Percentage();
    if (chance(25)) {
        // A discount percentage (DESIGN.md): net = round(qty × price × (1 − d)); the allowance is
        // what separates it from round(qty × price), so BT-131 = gross − allowance to the cent.
        const Percentage discount = Percentage::fromScaled(between(1, 5000));
        const qint64 gross = EInvoiceArithmetic::lineGross(l);
        const qint64 net = TaxCalculator::lineNet(l.quantity, l.price, discount, 2).value();
        if (gross != net) {
            EInvoiceAllowanceCharge ac;
            ac.amount = gross - net;
            ac.base = gross;
            ac.hasBase = true;
            ac.percent = discount;
            ac.hasPercent = true;
            ac.reason = QStringLiteral("Discount");
            ac.reasonCode = QStringLiteral("95");
            l.allowanceCharges << ac;
        }
    }
    return l;
}

EInvoice InvoiceGenerator::next()
{
    const int n = ++m_count;
    EInvoice inv;
    inv.typeCode = chance(25) ? EInvoice::CreditNoteType : EInvoice::InvoiceType;
    inv.number = (inv.isCreditNote() ? QStringLiteral("CN-2026-%1") : QStringLiteral("INV-2026-%1"))
                     .arg(n, 5, 10, QLatin1Char('0'));
    inv.issueDate = QDate(2026, 1, 1).addDays(between(0, 330));
    inv.currency = QStringLiteral("EUR");
    inv.dueDate = inv.issueDate.addDays(30);
    inv.buyerReference = QStringLiteral("04011000-%1-%2").arg(between(10000, 99999)).arg(between(10, 99));
    if (chance(50))
        inv.orderReference = QStringLiteral("PO-%1").arg(between(1, 99999));
    inv.paymentTerms = QStringLiteral("Net 30 days");
    if (chance(30))
        inv.notes << QStringLiteral("Thank you for your business & trust.");
    if (inv.isCreditNote()) {
        inv.precedingNumber = QStringLiteral("INV-2025-%1").arg(between(1, 9999), 5, 10, QLatin1Char('0'));
        inv.precedingDate = inv.issueDate.addDays(-between(1, 60));
    }

    const bool outOfScope = chance(8); // O: alone, and without VAT ids (BR-O-02, BR-O-11)
    EInvoiceParty &s = inv.seller;
    s.name = QStringLiteral("Clim'Service SARL");
    s.tradingName = chance(50) ? QStringLiteral("ClimService") : QString();
    s.legalId = {QStringLiteral("732829320"), QStringLiteral("0002")};
    s.vatId = outOfScope ? QString() : QStringLiteral("FR40732829320");
    s.endpoint = {glnWithCheckDigit(QStringLiteral("301234500001")), QStringLiteral("0088")};
    s.address = {QStringLiteral("12 rue des Artisans"), chance(30) ? QStringLiteral("Bâtiment B") : QString(), {},
        QStringLiteral("Lyon"), QStringLiteral("69003"), {}, QStringLiteral("FR")};
    s.contact = {QStringLiteral("Marie Dupont"), QStringLiteral("+33 4 72 00 00 00"),
        QStringLiteral("factures@climservice.example")};
    EInvoiceParty &b = inv.buyer;
    b.name = QStringLiteral("Bäckerei Müller GmbH %1").arg(between(1, 99));
    b.identifier
        = chance(30) ? EInvoiceIdentifier {QStringLiteral("C-%1").arg(between(1, 999)), {}} : EInvoiceIdentifier {};
    b.vatId = outOfScope ? QString() : QStringLiteral("DE123456789");
    b.endpoint = {glnWithCheckDigit(QStringLiteral("40000000%1").arg(between(1000, 9999))), QStringLiteral("0088")};
    b.address = {QStringLiteral("Hauptstraße 5"), {}, chance(20) ? QStringLiteral("Hinterhaus") : QString(),
        QStringLiteral("Berlin"), QStringLiteral("10115"), chance(20) ? QStringLiteral("Berlin") : QString(),
        QStringLiteral("DE")};
    if (chance(60))
        b.contact
            = {QStringLiteral("Hans Müller"), QStringLiteral("+49 30 1234567"), QStringLiteral("hm@mueller.example")};

    EInvoicePayment &p = inv.payment;
    const int means = int(between(0, 9));
    p.meansCode = means < 5 ? QStringLiteral("58")
        : means < 7         ? QStringLiteral("30")
        : means < 8         ? QStringLiteral("59")
        : means < 9         ? QStringLiteral("48")
                            : QStringLiteral("10");
    p.remittance = inv.number;
    if (p.meansCode == QLatin1String("58") || p.meansCode == QLatin1String("30")) {
        p.iban = QStringLiteral("FR7630006000011234567890189");
        p.accountName = chance(50) ? QStringLiteral("Clim'Service SARL") : QString();
        p.bic = chance(70) ? QStringLiteral("AGRIFRPP") : QString();
    } else if (p.meansCode == QLatin1String("48")) {
        p.cardNumber = QStringLiteral("%1").arg(between(1000, 9999));
        p.cardHolder = chance(50) ? QStringLiteral("H. Müller") : QString();
    } else if (p.meansCode == QLatin1String("59")) {
        p.mandateId = QStringLiteral("MANDATE-%1").arg(between(1, 9999));
        p.creditorId = QStringLiteral("FR12ZZZ123456");
        p.debitedAccount = QStringLiteral("DE89370400440532013000");
    }

    struct Tax
    {
        QString category;
        Percentage rate;
    };
    QList<Tax> taxes;
    if (outOfScope) {
        taxes << Tax {QStringLiteral("O"), {}};
    } else {
        const QList<Tax> all = {{QStringLiteral("S"), Percentage::fromInteger(20)},
            {QStringLiteral("S"), Percentage::fromInteger(10)}, {QStringLiteral("S"), Percentage::fromScaled(550)},
            {QStringLiteral("S"), Percentage::fromScaled(210)}, {QStringLiteral("Z"), {}}, {QStringLiteral("E"), {}},
            {QStringLiteral("AE"), {}}, {QStringLiteral("K"), {}}, {QStringLiteral("G"), {}}};
        const int kinds = int(between(1, 4));
        for (int i = 0; i < kinds; ++i)
            taxes << all.at(int(between(0, all.size() - 1)));
    }
    const int lineCount = int(chance(10) ? between(30, 50) : between(1, 12));
    for (int i = 0; i < lineCount; ++i) {
        const Tax &t = taxes.at(int(between(0, taxes.size() - 1)));
        inv.lines << line(i, t.category, t.rate);
    }
    bool intraCommunity = false;
    for (const EInvoiceLine &l : inv.lines)
        intraCommunity = intraCommunity || l.vatCategory == QLatin1String("K");
    if (intraCommunity || chance(50))
        inv.delivery.date = inv.issueDate.addDays(-between(0, 20));
    else {
        inv.periodStart = inv.issueDate.addDays(-30);
        inv.periodEnd = inv.issueDate.addDays(-1);
    }
    if (intraCommunity || chance(20)) {
        inv.delivery.partyName = QStringLiteral("Filiale Potsdam");
        inv.delivery.address = {QStringLiteral("Am Markt 1"), {}, {}, QStringLiteral("Potsdam"),
            QStringLiteral("14467"), {}, QStringLiteral("DE")};
    }
    if (chance(15)) { // a document level allowance or charge on the first line's category
        EInvoiceAllowanceCharge ac;
        ac.charge = chance(50);
        ac.amount = between(1, std::max<qint64>(1, EInvoiceArithmetic::expectedLineNet(inv.lines.first()) / 2));
        ac.reason = ac.charge ? QStringLiteral("Freight") : QStringLiteral("Loyalty discount");
        ac.reasonCode = ac.charge ? QStringLiteral("FC") : QStringLiteral("95");
        ac.vatCategory = inv.lines.first().vatCategory;
        ac.vatRate = inv.lines.first().vatRate;
        inv.allowanceCharges << ac;
    }
    // Exemption reasons per category (BR-E/AE/IC/G/O-10), kept by complete().
    const QList<std::pair<QString, std::pair<QString, QString>>> reasons
        = {{QStringLiteral("E"),
               {QStringLiteral("Exempt under article 132 of the VAT directive"), QStringLiteral("VATEX-EU-132")}},
            {QStringLiteral("AE"), {QStringLiteral("Reverse charge"), QStringLiteral("VATEX-EU-AE")}},
            {QStringLiteral("K"), {QStringLiteral("Intra-community supply"), QStringLiteral("VATEX-EU-IC")}},
            {QStringLiteral("G"), {QStringLiteral("Export outside the EU"), QStringLiteral("VATEX-EU-G")}},
            {QStringLiteral("O"), {QStringLiteral("Not subject to VAT"), QStringLiteral("VATEX-EU-O")}}};
    for (const auto &[category, reason] : reasons) {
        EInvoiceVatBreakdown row;
        row.category = category;
        row.exemptionReason = reason.first;
        row.exemptionCode = chance(50) ? reason.second : QString();
        inv.vat << row;
    }
    EInvoiceArithmetic::complete(inv);
    if (chance(15) && inv.totals.withVat > 100) { // an advance payment (BT-113)
        inv.totals.paid = between(1, inv.totals.withVat - 1);
        inv.totals.payable = inv.totals.withVat - inv.totals.paid;
    }
    return inv;
}
