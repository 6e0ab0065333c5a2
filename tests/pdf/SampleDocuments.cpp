#include "SampleDocuments.h"

#include "Currency.h"

namespace {
QString localized(const QString &language, const char16_t *en, const char16_t *fr, const char16_t *de)
{
    if (language == QLatin1String("fr"))
        return QString::fromUtf16(fr);
    if (language == QLatin1String("de"))
        return QString::fromUtf16(de);
    return QString::fromUtf16(en);
}
} // namespace

PrintedDocument::Party SampleDocuments::seller(const QString &)
{
    PrintedDocument::Party party;
    party.name = QStringLiteral("Atelier Lumière SARL");
    party.address = {QStringLiteral("12 rue des Artisans"), QStringLiteral("69003 Lyon"), QStringLiteral("France")};
    party.vatId = QStringLiteral("FR40303265045");
    party.registration = QStringLiteral("RCS Lyon 303 265 045");
    party.email = QStringLiteral("contact@atelier-lumiere.example");
    party.phone = QStringLiteral("+33 4 72 00 00 00");
    party.website = QStringLiteral("atelier-lumiere.example");
    return party;
}

PrintedDocument::Party SampleDocuments::customer(const QString &language)
{
    PrintedDocument::Party party;
    if (language == QLatin1String("de")) {
        party.name = QStringLiteral("Müller Haustechnik GmbH");
        party.address = {QStringLiteral("Hauptstraße 5"), QStringLiteral("10115 Berlin"), QStringLiteral("Deutschland")};
        party.vatId = QStringLiteral("DE136695976");
    } else if (language == QLatin1String("fr")) {
        party.name = QStringLiteral("Boulangerie Dupont");
        party.address = {QStringLiteral("3 place Bellecour"), QStringLiteral("69002 Lyon")};
        party.vatId = QStringLiteral("FR83404833048");
    } else {
        party.name = QStringLiteral("Harbour Lights Ltd");
        party.address = {QStringLiteral("7 Quay Street"), QStringLiteral("Bristol BS1 4DJ"), QStringLiteral("United Kingdom")};
        party.vatId = QStringLiteral("GB980780684");
    }
    return party;
}

PrintedDocument::BankDetails SampleDocuments::bank()
{
    return {QStringLiteral("Atelier Lumière SARL"), QStringLiteral("FR7630006000011234567890189"),
            QStringLiteral("AGRIFRPP"), QStringLiteral("Crédit Agricole")};
}

PrintedDocument::Line SampleDocuments::line(const LineInput &input, const QString &currency)
{
    PrintedDocument::Line line;
    line.description = QString::fromUtf8(input.description);
    line.quantity = Quantity::parse(QString::fromLatin1(input.quantity)).value();
    line.unit = QString::fromUtf8(input.unit);
    line.unitPrice = UnitPrice::parse(QString::fromLatin1(input.unitPrice)).value();
    line.discount = Percentage::parse(QString::fromLatin1(input.discount)).value();
    line.taxCategory = input.category;
    line.taxRate = Percentage::parse(QString::fromLatin1(input.rate)).value();
    line.exemptionReason = QString::fromUtf8(input.exemptionReason);
    line.net = TaxCalculator::lineNet(line.quantity, line.unitPrice, line.discount, Currency::minorDigits(currency)).value();
    return line;
}

void SampleDocuments::total(PrintedDocument &document)
{
    TaxCalculator calculator(Currency::minorDigits(document.currency));
    for (const PrintedDocument::Line &line : document.lines)
        (void)calculator.addLine(line.quantity, line.unitPrice, line.discount, line.taxCategory, line.taxRate,
                                 line.exemptionReason);
    document.totals = calculator.totals().value();
}

PrintedDocument SampleDocuments::invoice(const QString &language)
{
    PrintedDocument doc;
    doc.kind = PrintedDocument::Kind::Invoice;
    doc.language = language;
    doc.number = QStringLiteral("INV-2024-00042");
    doc.issueDate = QDate(2024, 3, 12);
    doc.serviceDate = QDate(2024, 3, 8);
    doc.dueDate = QDate(2024, 4, 11);
    doc.customerReference = QStringLiteral("PO-4711");
    doc.seller = seller(language);
    doc.customer = customer(language);
    doc.bank = bank();
    doc.paymentTerms = localized(language, u"Net 30 days", u"30 jours net", u"30 Tage netto");
    doc.notes = localized(language, u"Thank you for your business.", u"Merci de votre confiance.",
                          u"Vielen Dank für Ihren Auftrag.");
    const LineInput inputs[] = {
        {"Electrical inspection of the shop, including report", "3.5", "h", "65", "0", TaxCategory::Standard, "20", ""},
        {"LED panel 60×60 cm", "4", "pcs", "89.90", "10", TaxCategory::Standard, "20", ""},
        {"Cable 3G2.5, per metre", "27.5", "m", "1.2375", "0", TaxCategory::Standard, "20", ""},
        {"Energy-saving renovation (reduced rate)", "1", "", "480", "0", TaxCategory::Reduced, "5.5", ""},
        {"Safety training for staff", "2", "h", "75", "0", TaxCategory::Exempt, "0",
         "Article 261-4-4° of the French tax code (vocational training)"},
        {"Remote monitoring subscription, EU customer", "1", "", "120", "0", TaxCategory::ReverseCharge, "0", ""},
    };
    for (const LineInput &input : inputs)
        doc.lines.append(line(input));
    total(doc);
    doc.amountPaid = 20000;
    return doc;
}

PrintedDocument SampleDocuments::smallInvoice(int seed)
{
    PrintedDocument doc = invoice(seed % 3 == 0 ? QStringLiteral("en") : seed % 3 == 1 ? QStringLiteral("fr") : QStringLiteral("de"));
    doc.number = QStringLiteral("INV-2024-%1").arg(1000 + seed, 5, 10, QLatin1Char('0'));
    doc.lines.resize(4);
    doc.lines[0].quantity = Quantity::fromScaled(1000 + 250 * (seed % 7));
    doc.lines[0].net = TaxCalculator::lineNet(doc.lines[0].quantity, doc.lines[0].unitPrice, doc.lines[0].discount, 2).value();
    total(doc);
    doc.amountPaid = 0;
    return doc;
}

PrintedDocument SampleDocuments::longInvoice(int count)
{
    PrintedDocument doc = invoice(QStringLiteral("en"));
    doc.number = QStringLiteral("INV-2024-00300");
    doc.lines.clear();
    for (int i = 1; i <= count; ++i) {
        QByteArray description = QStringLiteral("Item %1").arg(i, 3, 10, QLatin1Char('0')).toUtf8();
        if (i % 5 == 0)
            description += " - replacement of the lighting circuit in the back room, with testing of every socket, "
                           "labelling of the distribution board and a written summary for the customer's insurer";
        else
            description += " - maintenance visit";
        const QByteArray quantity = QByteArray::number(1 + i % 4) + (i % 3 == 0 ? ".5" : "");
        const QByteArray price = QByteArray::number(10 + (i * 37) % 190) + "." + QByteArray::number(10 + i % 90);
        const LineInput input{description.constData(), quantity.constData(), "h", price.constData(),
                              i % 7 == 0 ? "5" : "0", i % 11 == 0 ? TaxCategory::Reduced : TaxCategory::Standard,
                              i % 11 == 0 ? "10" : "20", ""};
        doc.lines.append(line(input));
    }
    total(doc);
    doc.amountPaid = 0;
    return doc;
}
