#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

// What FacturXPdf writes into the PDF's metadata (Info dictionary and XMP).
struct FacturXMetadata
{
    QString title; // Info /Title and dc:title: the document's number for a posted invoice
    QString documentNumber; // named in Info /Subject, dc:description and the attachment's /Desc
    QDate issueDate; // the invoice's issue date
    // When the PDF was made (xmp:CreateDate, /CreationDate, /ModDate, the attachment's /ModDate).
    // Invalid: the issue date at 00:00 UTC. Never the current time: a PDF made again from the
    // same inputs must be byte-identical to the archived one.
    QDateTime created;
    // The Factur-X profile of the XML: MINIMUM, BASIC WL, BASIC, EN 16931 or EXTENDED.
    QString conformanceLevel = QStringLiteral("EN 16931");
    QString creator = QStringLiteral("Facturo"); // /Creator and xmp:CreatorTool
};

// Makes a Factur-X 1.0 (ZUGFeRD 2.x) invoice: a PDF/A-3b with the CII XML embedded as
// factur-x.xml. The input is the invoice as QPdfWriter writes it in PDF/A-1b mode
// (DocumentRenderer::renderToPdf(..., PdfFormat::PdfA1b): fonts embedded, sRGB output intent);
// the pages are copied untouched and the PDF gains
//  - the XML as an embedded file stream (/Subtype /text#2Fxml, /Params /ModDate /Size /CheckSum),
//  - its file specification (/F and /UF factur-x.xml, /AFRelationship) in the catalog's
//    /Names /EmbeddedFiles and /AF array,
//  - new XMP metadata: PDF/A-3B, the Factur-X extension schema and its fx: properties, and the
//    same title, dates and tools as the Info dictionary.
// The output depends on the inputs only (qpdf's deterministic /ID, no clock): the same inputs
// give the same bytes. Errors are values; nothing throws.
//
//   auto pdf = DocumentRenderer::renderToPdf(printed, style, DocumentRenderer::PdfFormat::PdfA1b);
//   FacturXMetadata meta{number, number, issueDate};
//   Result<QByteArray> facturX = FacturXPdf::make(pdf.value(), ciiXml, meta);
class FacturXPdf
{
    Q_DECLARE_TR_FUNCTIONS(FacturXPdf)
public:
    static Result<QByteArray> make(const QByteArray &pdfA1b, const QByteArray &ciiXml, const FacturXMetadata &metadata);

    static QString attachmentName() { return QStringLiteral("factur-x.xml"); }
    // The /AFRelationship for a profile: Data for MINIMUM and BASIC WL, Alternative otherwise
    // (see the .cpp). Empty for an unknown profile.
    static QString afRelationship(const QString &conformanceLevel);
};
