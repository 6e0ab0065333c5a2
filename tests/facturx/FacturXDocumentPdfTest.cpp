// FacturXDocumentPdf: the one call the archive makes for a posted invoice or credit note.
#include "FacturXDocumentPdf.h"

#include "DocumentRenderer.h"
#include "FacturXTestSupport.h"
#include "PdfTestSupport.h"
#include "SampleDocuments.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

TEST_CASE("a posted credit note becomes a Factur-X PDF dated when it was posted", "[facturx]")
{
    PdfTestSupport files;
    PrintedDocument doc = SampleDocuments::invoice(QStringLiteral("fr"));
    doc.kind = PrintedDocument::Kind::CreditNote;
    doc.number = QStringLiteral("CN-2024-00003");
    doc.creditedInvoiceNumber = QStringLiteral("INV-2024-00042");
    doc.creditedInvoiceDate = QDate(2024, 3, 12);
    doc.amountPaid = 0;
    const QDateTime posted(QDate(2024, 3, 20), QTime(16, 45, 0), QTimeZone::utc());
    const QByteArray xml = FacturXTestSupport::sampleCii();

    auto pdf = FacturXDocumentPdf::render(doc, DocumentTemplate(), xml, posted);
    INFO(pdf.message().toStdString());
    REQUIRE(pdf.ok());
    const QString path = files.write(QStringLiteral("credit-note.pdf"), pdf.value());
    const QString info = PdfTestSupport::info(path);
    CHECK(info.contains(QStringLiteral("Title:           CN-2024-00003")));
    CHECK(info.contains(QStringLiteral("Subject:         Factur-X invoice CN-2024-00003")));
    CHECK(info.contains(QStringLiteral("CreationDate:    Wed Mar 20 16:45:00 2024 UTC")));
    CHECK(PdfTestSupport::flat(PdfTestSupport::text(path, false)).contains(QStringLiteral("CN-2024-00003")));
    const QByteArray xmp = PdfTestSupport::run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
    CHECK(xmp.contains("<xmp:CreateDate>2024-03-20T16:45:00+00:00</xmp:CreateDate>"));
    CHECK(xmp.contains("<fx:DocumentType>INVOICE</fx:DocumentType>")); // credit notes too

    // The same call again: the same bytes.
    auto again = FacturXDocumentPdf::render(doc, DocumentTemplate(), xml, posted);
    REQUIRE(again.ok());
    CHECK(again.value() == pdf.value());
}

TEST_CASE("drafts, quotations and reminders are not Factur-X documents", "[facturx]")
{
    const QByteArray xml = FacturXTestSupport::sampleCii();
    PrintedDocument draft = SampleDocuments::invoice(QStringLiteral("en"));
    draft.draft = true;
    draft.number.clear();
    auto refused = FacturXDocumentPdf::render(draft, DocumentTemplate(), xml);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message() == QStringLiteral("a draft cannot be a Factur-X document: post it first"));

    PrintedDocument quotation = SampleDocuments::invoice(QStringLiteral("en"));
    quotation.kind = PrintedDocument::Kind::Quotation;
    refused = FacturXDocumentPdf::render(quotation, DocumentTemplate(), xml);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message() == QStringLiteral("only invoices and credit notes can be Factur-X documents"));

    // What FacturXPdf refuses comes through as it is.
    refused
        = FacturXDocumentPdf::render(SampleDocuments::invoice(QStringLiteral("en")), DocumentTemplate(), QByteArray());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message() == QStringLiteral("the invoice XML is empty"));
}
