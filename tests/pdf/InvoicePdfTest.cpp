#include "Currency.h"
#include "DocumentFormatter.h"
#include "DocumentRenderer.h"
#include "EpcQrPayload.h"
#include "PdfTestSupport.h"
#include "SampleDocuments.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>

#include <catch2/catch.hpp>

namespace {
// The totals recomputed here from the line inputs, independently of the document's own.
DocumentTotals expectedTotals(const PrintedDocument &doc)
{
    TaxCalculator calculator(Currency::minorDigits(doc.currency));
    for (const PrintedDocument::Line &line : doc.lines)
        REQUIRE(calculator.addLine(line.quantity, line.unitPrice, line.discount, line.taxCategory, line.taxRate,
                                   line.exemptionReason)
                    .ok());
    return calculator.totals().value();
}

QByteArray logoPng()
{
    QImage image(480, 160, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0xc0, 0x5a, 0x1e));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(10, 10, 140, 140));
    painter.setBrush(Qt::white);
    painter.drawEllipse(QRectF(50, 50, 60, 60));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

int imageCount(const QString &pdf)
{
    const QString list = QString::fromUtf8(PdfTestSupport::run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}));
    int images = 0; // rows of type "image" (an alpha channel adds an "smask" row)
    for (const QString &row : list.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2))
        images += row.simplified().split(QLatin1Char(' ')).value(2) == QLatin1String("image") ? 1 : 0;
    return images;
}

QString flat(const QString &text)
{
    return PdfTestSupport::flat(text);
}

QString renderedText(PdfTestSupport &pdf, const PrintedDocument &doc, const DocumentTemplate &style, bool layout,
                     QString *file = nullptr)
{
    const auto bytes = DocumentRenderer::renderToPdf(doc, style);
    INFO(bytes.message().toStdString());
    REQUIRE(bytes.ok());
    const QString path = pdf.write(QStringLiteral("doc.pdf"), bytes.value());
    if (file)
        *file = path;
    return PdfTestSupport::text(path, layout);
}
} // namespace

TEST_CASE("a posted invoice prints every legal field of art. 226")
{
    PdfTestSupport pdf;
    const PrintedDocument doc = SampleDocuments::invoice(QStringLiteral("en"));
    QString file;
    // Label and value pairs read in layout order; wrapped descriptions in reading order.
    const QString text = flat(renderedText(pdf, doc, DocumentTemplate(), true, &file));
    const QString reading = flat(PdfTestSupport::text(file, false));
    INFO(text.toStdString());
    const QStringList required{
        QStringLiteral("Invoice"), doc.number, QStringLiteral("Issue date 12/03/2024"),
        QStringLiteral("Date of supply 08/03/2024"), QStringLiteral("Due date 11/04/2024"),
        QStringLiteral("Your reference PO-4711"), doc.seller.name, QStringLiteral("12 rue des Artisans"),
        QStringLiteral("69003 Lyon"), QStringLiteral("VAT ID FR40303265045"), doc.seller.registration,
        doc.seller.email, doc.seller.phone, doc.customer.name, QStringLiteral("7 Quay Street"),
        QStringLiteral("Bristol BS1 4DJ"), QStringLiteral("VAT ID GB980780684"), QStringLiteral("Payment terms: Net 30 days"),
        QStringLiteral("FR76 3000 6000 0112 3456 7890 189"), QStringLiteral("AGRIFRPP"), QStringLiteral("Crédit Agricole"),
        QStringLiteral("Thank you for your business."), QStringLiteral("Page 1 of 1"),
        QStringLiteral("VAT exemption: Article 261-4-4° of the French tax code (vocational training)"),
        QStringLiteral("Reverse charge: VAT to be accounted for by the customer (Article 196, Directive 2006/112/EC)")};
    for (const QString &field : required) {
        INFO(field.toStdString());
        CHECK(text.contains(field));
    }
    for (const PrintedDocument::Line &line : doc.lines)
        CHECK(reading.contains(line.description));
}

TEST_CASE("an invoice's lines, VAT breakdown and totals are printed exactly")
{
    PdfTestSupport pdf;
    const PrintedDocument doc = SampleDocuments::invoice(QStringLiteral("en"));
    const QString layout = PdfTestSupport::normalized(renderedText(pdf, doc, DocumentTemplate(), true));
    const QString text = flat(layout);
    INFO(layout.toStdString());
    const DocumentFormatter format(QStringLiteral("en_GB"), doc.currency);
    const DocumentTotals totals = expectedTotals(doc);

    for (const PrintedDocument::Line &line : doc.lines) {
        const QString net = format.money(TaxCalculator::lineNet(line.quantity, line.unitPrice, line.discount, 2).value());
        const QString row = line.description.section(QLatin1Char(' '), 0, 1);
        bool found = false;
        for (const QString &printed : layout.split(QLatin1Char('\n')))
            found = found || (printed.contains(row) && printed.endsWith(net));
        INFO(row.toStdString() << " " << net.toStdString());
        CHECK(found);
    }
    CHECK(text.contains(QStringLiteral("3.5 h €65.00 20% €227.50")));
    CHECK(text.contains(QStringLiteral("4 pcs €89.90 10% 20% €323.64")));
    CHECK(text.contains(QStringLiteral("27.5 m €1.2375 20% €34.03")));

    for (const TaxSubtotal &subtotal : totals.subtotals) {
        const QString row = format.percent(subtotal.rate) + QLatin1Char(' ');
        INFO(row.toStdString());
        CHECK(text.contains(row));
        CHECK(text.contains(format.money(subtotal.base) + QLatin1Char(' ') + format.money(subtotal.tax)));
    }
    CHECK(text.contains(QStringLiteral("Total net ") + format.money(totals.net)));
    CHECK(text.contains(QStringLiteral("Total VAT ") + format.money(totals.tax)));
    CHECK(text.contains(QStringLiteral("Total ") + format.money(totals.gross)));
    CHECK(text.contains(QStringLiteral("Paid ") + format.money(-doc.amountPaid)));
    CHECK(text.contains(QStringLiteral("Amount due ") + format.money(totals.gross - doc.amountPaid)));
    CHECK(text.contains(QStringLiteral("Please pay %1 by 11/04/2024, quoting INV-2024-00042.")
                            .arg(format.money(totals.gross - doc.amountPaid))));
}

TEST_CASE("French and German invoices use their locale's numbers and dates")
{
    PdfTestSupport pdf;
    for (const char *language : {"fr", "de"}) {
        const PrintedDocument doc = SampleDocuments::invoice(QString::fromLatin1(language));
        const QString text = flat(renderedText(pdf, doc, DocumentTemplate(), true));
        INFO(text.toStdString());
        const DocumentFormatter format(QString::fromLatin1(language) == QLatin1String("fr") ? QStringLiteral("fr_FR")
                                                                                             : QStringLiteral("de_DE"),
                                       doc.currency);
        const DocumentTotals totals = expectedTotals(doc);
        const QString due = PdfTestSupport::flat(format.money(totals.gross - doc.amountPaid));
        if (QLatin1String(language) == QLatin1String("fr")) {
            CHECK(text.contains(QStringLiteral("Facture n° INV-2024-00042")));
            CHECK(text.contains(QStringLiteral("Date d’émission 12/03/2024")));
            CHECK(text.contains(QStringLiteral("Net à payer ") + due));
            CHECK(text.contains(QStringLiteral("Autoliquidation")));
            CHECK(text.contains(QStringLiteral("Page 1 sur 1")));
            CHECK(due == QStringLiteral("1 278,60 €"));
        } else {
            CHECK(text.contains(QStringLiteral("Rechnungsnr. INV-2024-00042")));
            CHECK(text.contains(QStringLiteral("Rechnungsdatum 12.03.2024")));
            CHECK(text.contains(QStringLiteral("Zahlbetrag ") + due));
            CHECK(text.contains(QStringLiteral("Steuerschuldnerschaft des Leistungsempfängers")));
            CHECK(text.contains(QStringLiteral("Seite 1 von 1")));
            CHECK(due == QStringLiteral("1.278,60 €"));
        }
    }
}

TEST_CASE("the PDF embeds its fonts and carries the number as its title")
{
    PdfTestSupport pdf;
    QString file;
    (void)renderedText(pdf, SampleDocuments::invoice(QStringLiteral("en")), DocumentTemplate(), false, &file);
    const QString fonts = PdfTestSupport::fonts(file);
    INFO(fonts.toStdString());
    const QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(rows.isEmpty());
    for (const QString &row : rows) {
        CHECK(row.startsWith(QStringLiteral("DejaVuSans")));
        CHECK(row.simplified().split(QLatin1Char(' ')).at(4) == QStringLiteral("yes")); // emb
    }
    const QString info = PdfTestSupport::info(file);
    CHECK(info.contains(QStringLiteral("Title:           INV-2024-00042")));
    CHECK(info.contains(QStringLiteral("Creator:         Facturo")));
    CHECK(info.contains(QStringLiteral("(A4)")));
    CHECK(imageCount(file) == 0); // no logo, and the QR code is vector rectangles, not an image
}

TEST_CASE("the template chooses US Letter paper and hides blocks")
{
    PdfTestSupport pdf;
    DocumentTemplate style;
    style.paperSize = QPageSize::Letter;
    style.showBankDetails = false;
    style.showNotes = false;
    style.showQrCode = false;
    style.footerText = QStringLiteral("Member of the Lyon electricians' guild");
    style.logo = logoPng();
    style.accentColor = QColor(0xc0, 0x5a, 0x1e);
    QString file;
    const QString text = flat(renderedText(pdf, SampleDocuments::invoice(QStringLiteral("en")), style, false, &file));
    CHECK(PdfTestSupport::info(file).contains(QStringLiteral("612 x 792 pts (letter)")));
    CHECK_FALSE(text.contains(QStringLiteral("FR76 3000")));
    CHECK_FALSE(text.contains(QStringLiteral("Thank you for your business.")));
    CHECK(text.contains(QStringLiteral("Member of the Lyon electricians' guild")));
    CHECK(pdf.decodeQr(file, 1).isEmpty());
    CHECK(imageCount(file) == 1); // the logo
}

TEST_CASE("the EPC QR code on the invoice decodes to the payload, byte for byte")
{
    PdfTestSupport pdf;
    const PrintedDocument doc = SampleDocuments::invoice(QStringLiteral("en"));
    QString file;
    (void)renderedText(pdf, doc, DocumentTemplate(), false, &file);
    const QByteArray expected = EpcQrPayload(doc.bank.accountHolder, doc.bank.iban, doc.bank.bic, expectedTotals(doc).gross - doc.amountPaid,
                                             doc.number).payload().value();
    QByteArray decoded = pdf.decodeQr(file, 1);
    if (decoded.endsWith('\n') && !expected.endsWith('\n'))
        decoded.chop(1); // zbarimg ends each symbol with a newline
    CHECK(decoded == expected);
}

TEST_CASE("no QR code when nothing is due or the currency is not the euro")
{
    PdfTestSupport pdf;
    PrintedDocument paid = SampleDocuments::invoice(QStringLiteral("en"));
    paid.amountPaid = paid.totals.gross;
    QString file;
    const QString text = flat(renderedText(pdf, paid, DocumentTemplate(), false, &file));
    CHECK(text.contains(QStringLiteral("Amount due €0.00")));
    CHECK(pdf.decodeQr(file, 1).isEmpty());

    PrintedDocument pounds = SampleDocuments::invoice(QStringLiteral("en"));
    pounds.currency = QStringLiteral("GBP");
    pounds.localeName = QStringLiteral("en_GB");
    (void)renderedText(pdf, pounds, DocumentTemplate(), false, &file);
    CHECK(pdf.decodeQr(file, 1).isEmpty());
}

TEST_CASE("the renderer paints onto any paged paint device")
{
    PdfTestSupport pdf;
    const QString path = pdf.path(QStringLiteral("writer.pdf"));
    {
        QPdfWriter writer(path);
        const Status status = DocumentRenderer::render(writer, SampleDocuments::invoice(QStringLiteral("de")), DocumentTemplate());
        INFO(status.message().toStdString());
        REQUIRE(status.ok());
    }
    CHECK(PdfTestSupport::pageCount(path) == 1);
    CHECK(PdfTestSupport::text(path, false).contains(QStringLiteral("Rechnung")));
}
