#include "DocumentFormatter.h"
#include "DocumentRenderer.h"
#include "EpcQrPayload.h"
#include "PdfTestSupport.h"
#include "SampleDocuments.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

#include <catch2/catch.hpp>

namespace {
QString renderFlat(PdfTestSupport &pdf, const PrintedDocument &doc, QString *file = nullptr,
                   const DocumentTemplate &style = DocumentTemplate())
{
    const auto bytes = DocumentRenderer::renderToPdf(doc, style);
    INFO(bytes.message().toStdString());
    REQUIRE(bytes.ok());
    const QString path = pdf.write(QStringLiteral("kind.pdf"), bytes.value());
    if (file)
        *file = path;
    return PdfTestSupport::flat(PdfTestSupport::text(path, true));
}

QByteArray signaturePng()
{
    QImage image(300, 100, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setPen(QPen(Qt::darkBlue, 4));
    painter.drawLine(10, 80, 90, 20);
    painter.drawLine(90, 20, 160, 70);
    painter.drawLine(160, 70, 280, 30);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

PrintedDocument serviceReport()
{
    PrintedDocument doc;
    doc.kind = PrintedDocument::Kind::ServiceOrderReport;
    doc.number = QStringLiteral("SO-2024-0107");
    doc.issueDate = QDate(2024, 3, 8);
    doc.serviceDate = QDate(2024, 3, 8);
    doc.seller = SampleDocuments::seller(QStringLiteral("en"));
    doc.customer = SampleDocuments::customer(QStringLiteral("en"));
    doc.siteAddress = {QStringLiteral("Unit 4, Harbour Side"), QStringLiteral("Bristol BS1 5TY")};
    doc.orderDescription = QStringLiteral("Lights in the storage room flicker.");
    doc.interventionReport = QStringLiteral("Replaced the faulty ballast and two tubes.\nTested all circuits: OK.");
    doc.timeEntries = {{QDate(2024, 3, 8), QStringLiteral("Marc Petit"), Quantity::fromScaled(2500),
                        UnitPrice::parse(QStringLiteral("65")).value(), 16250},
                       {QDate(2024, 3, 8), QStringLiteral("Julie Roux"), Quantity::fromScaled(1000),
                        UnitPrice::parse(QStringLiteral("55")).value(), 5500}};
    doc.parts = {{QStringLiteral("Electronic ballast 58 W"), Quantity::fromInteger(1), QStringLiteral("pcs"),
                  UnitPrice::parse(QStringLiteral("34.5")).value(), 3450}};
    doc.signOff = {QStringLiteral("Sarah Jones"), QDateTime(QDate(2024, 3, 8), QTime(16, 45)), signaturePng()};
    return doc;
}

PrintedDocument reminder()
{
    PrintedDocument doc;
    doc.kind = PrintedDocument::Kind::PaymentReminder;
    doc.issueDate = QDate(2024, 5, 20);
    doc.seller = SampleDocuments::seller(QStringLiteral("en"));
    doc.customer = SampleDocuments::customer(QStringLiteral("en"));
    doc.bank = SampleDocuments::bank();
    doc.reminderLevel = 2;
    doc.overdueInvoices = {{QStringLiteral("INV-2024-00042"), QDate(2024, 3, 12), QDate(2024, 4, 11), 39, 127860},
                           {QStringLiteral("INV-2024-00051"), QDate(2024, 3, 30), QDate(2024, 4, 29), 21, 45000}};
    doc.lateFeeText = QStringLiteral("A late payment fee of €40.00 may be charged.");
    return doc;
}
} // namespace

TEST_CASE("a draft says DRAFT in its language and has no number")
{
    PdfTestSupport pdf;
    const struct {
        const char *language;
        const char *watermark;
        const char *number;
    } cases[] = {{"en", "DRAFT", "Invoice no. Draft"}, {"fr", "BROUILLON", "Facture n° Brouillon"},
                 {"de", "ENTWURF", "Rechnungsnr. Entwurf"}};
    for (const auto &c : cases) {
        PrintedDocument doc = SampleDocuments::invoice(QString::fromLatin1(c.language));
        doc.draft = true;
        doc.number.clear();
        QString file;
        const QString text = renderFlat(pdf, doc, &file);
        INFO(text.toStdString());
        // The rotated watermark: pdftotext may split its letters ("ENTW URF"), so without spaces.
        CHECK(PdfTestSupport::flat(PdfTestSupport::rawText(file)).remove(QLatin1Char(' ')).contains(QString::fromUtf8(c.watermark)));
        CHECK(text.contains(QString::fromUtf8(c.number)));
        CHECK_FALSE(text.contains(QStringLiteral("INV-")));
    }
}

TEST_CASE("a posted invoice without a number, an unknown language or wrong totals is refused")
{
    PrintedDocument noNumber = SampleDocuments::invoice(QStringLiteral("en"));
    noNumber.number.clear();
    CHECK_FALSE(DocumentRenderer::renderToPdf(noNumber, DocumentTemplate()).ok());
    PrintedDocument italian = SampleDocuments::invoice(QStringLiteral("en"));
    italian.language = QStringLiteral("it");
    CHECK_FALSE(DocumentRenderer::renderToPdf(italian, DocumentTemplate()).ok());
    PrintedDocument wrong = SampleDocuments::invoice(QStringLiteral("en"));
    wrong.totals.tax += 1;
    const auto refused = DocumentRenderer::renderToPdf(wrong, DocumentTemplate());
    CHECK_FALSE(refused.ok());
    CHECK_FALSE(refused.message().isEmpty());
    PrintedDocument recomputed = wrong;
    REQUIRE(recomputed.computeTotals().ok());
    CHECK(recomputed.totals.tax == SampleDocuments::invoice(QStringLiteral("en")).totals.tax);
}

TEST_CASE("a credit note names the invoice it credits")
{
    PdfTestSupport pdf;
    PrintedDocument doc = SampleDocuments::invoice(QStringLiteral("en"));
    doc.kind = PrintedDocument::Kind::CreditNote;
    doc.number = QStringLiteral("CN-2024-00003");
    doc.creditedInvoiceNumber = QStringLiteral("INV-2024-00042");
    doc.creditedInvoiceDate = QDate(2024, 3, 12);
    doc.amountPaid = 0;
    QString file;
    const QString text = renderFlat(pdf, doc, &file);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Credit note")));
    CHECK(text.contains(QStringLiteral("Credit note no. CN-2024-00003")));
    CHECK(text.contains(QStringLiteral("This credit note refers to invoice INV-2024-00042 of 12/03/2024.")));
    CHECK(text.contains(QStringLiteral("Reverse charge: VAT to be accounted for by the customer")));
    CHECK_FALSE(text.contains(QStringLiteral("Amount due")));
    CHECK(pdf.decodeQr(file, 1).isEmpty());

    doc.creditedInvoiceNumber.clear();
    CHECK_FALSE(DocumentRenderer::renderToPdf(doc, DocumentTemplate()).ok());
}

TEST_CASE("a quotation shows its validity and no payment block")
{
    PdfTestSupport pdf;
    PrintedDocument doc = SampleDocuments::invoice(QStringLiteral("fr"));
    doc.kind = PrintedDocument::Kind::Quotation;
    doc.number = QStringLiteral("Q-2024-0019");
    doc.validUntil = QDate(2024, 4, 30);
    doc.dueDate = QDate();
    doc.amountPaid = 0;
    const QString text = renderFlat(pdf, doc);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Devis n° Q-2024-0019")));
    CHECK(text.contains(QStringLiteral("Ce devis est valable jusqu’au 30/04/2024.")));
    CHECK_FALSE(text.contains(QStringLiteral("Net à payer")));
    CHECK_FALSE(text.contains(QStringLiteral("FR76 3000")));
}

TEST_CASE("a service-order report shows the work, time, parts and the customer's sign-off")
{
    PdfTestSupport pdf;
    const PrintedDocument doc = serviceReport();
    QString file;
    const QString text = renderFlat(pdf, doc, &file);
    INFO(text.toStdString());
    for (const char *expected :
         {"Service report", "Order no. SO-2024-0107", "Unit 4, Harbour Side", "Lights in the storage room flicker.",
          "Replaced the faulty ballast and two tubes.", "Tested all circuits: OK.", "08/03/2024 Marc Petit 2.5 €65.00 €162.50",
          "Julie Roux 1 €55.00 €55.00", "Total 3.5 €217.50", "Electronic ballast 58 W 1 pcs €34.50 €34.50",
          "Customer sign-off", "Name Sarah Jones", "Date and time 08/03/2024 16:45", "Signature"}) {
        INFO(expected);
        CHECK(text.contains(QString::fromUtf8(expected)));
    }
    const QString images = QString::fromUtf8(PdfTestSupport::run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), file}));
    CHECK(images.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() >= 3); // header, rule, the signature

    DocumentTemplate noSignOff;
    noSignOff.showSignOff = false;
    CHECK_FALSE(renderFlat(pdf, doc, nullptr, noSignOff).contains(QStringLiteral("Customer sign-off")));
}

TEST_CASE("a payment reminder lists the overdue invoices, their total and a QR code for it")
{
    PdfTestSupport pdf;
    const PrintedDocument doc = reminder();
    QString file;
    const QString text = renderFlat(pdf, doc, &file);
    INFO(text.toStdString());
    const DocumentFormatter format(QStringLiteral("en_GB"), doc.currency);
    CHECK(text.contains(QStringLiteral("Payment reminder")));
    CHECK(text.contains(QStringLiteral("Reminder no. 2")));
    CHECK(text.contains(QStringLiteral("INV-2024-00042 12/03/2024 11/04/2024 39 €1,278.60")));
    CHECK(text.contains(QStringLiteral("INV-2024-00051 30/03/2024 29/04/2024 21 €450.00")));
    CHECK(text.contains(QStringLiteral("Total due ") + format.money(127860 + 45000)));
    CHECK(text.contains(QStringLiteral("A late payment fee of €40.00 may be charged.")));
    const QByteArray expected = EpcQrPayload(doc.bank.accountHolder, doc.bank.iban, doc.bank.bic, 127860 + 45000,
                                             QStringLiteral("INV-2024-00042, INV-2024-00051"))
                                    .payload()
                                    .value();
    QByteArray decoded = pdf.decodeQr(file, 1);
    if (decoded.endsWith('\n'))
        decoded.chop(1);
    CHECK(decoded == expected);
}

TEST_CASE("several documents combine into one PDF, numbered per document")
{
    PdfTestSupport pdf;
    const QList<PrintedDocument> documents{SampleDocuments::invoice(QStringLiteral("en")), SampleDocuments::longInvoice(60),
                                           reminder()};
    const auto bytes = DocumentRenderer::renderManyToPdf(documents, DocumentTemplate());
    REQUIRE(bytes.ok());
    const QString file = pdf.write(QStringLiteral("batch.pdf"), bytes.value());
    const int pages = PdfTestSupport::pageCount(file);
    REQUIRE(pages >= 4);
    CHECK(PdfTestSupport::text(file, false, 1, 1).contains(QStringLiteral("Page 1 of 1")));
    CHECK(PdfTestSupport::text(file, false, 2, 2).contains(QStringLiteral("INV-2024-00300")));
    CHECK(PdfTestSupport::text(file, false, 2, 2).contains(QStringLiteral("Page 1 of %1").arg(pages - 2)));
    CHECK(PdfTestSupport::text(file, false, pages, pages).contains(QStringLiteral("Payment reminder")));
    CHECK(PdfTestSupport::text(file, false, pages, pages).contains(QStringLiteral("Page 1 of 1")));
    CHECK_FALSE(DocumentRenderer::renderManyToPdf({}, DocumentTemplate()).ok());
}
