#pragma once

#include "DocumentTemplate.h"
#include "PrintedDocument.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPageLayout>

class QPagedPaintDevice;
class QPainter;

// Paints a PrintedDocument onto any QPagedPaintDevice: QPrinter (print, print preview) or
// QPdfWriter (PDF export), with the same code. Needs a QGuiApplication (fonts).
//
//   // print preview (ui): connect paintRequested(QPrinter *printer) to
//   DocumentRenderer::render(*printer, document, style);
//   // PDF:
//   Result<QByteArray> pdf = DocumentRenderer::renderToPdf(document, style);
class DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)
public:
    // Paper size from the template, portrait, the document margins.
    static QPageLayout pageLayout(const DocumentTemplate &style);

    // Sets the device's page layout, then paints every page with its own QPainter.
    static Status render(QPagedPaintDevice &device, const PrintedDocument &document, const DocumentTemplate &style);
    // Paints with a painter already active on `device`; newPage = start on a fresh page first
    // (every document after the first one of a combined PDF). Page numbers count per document.
    static Status renderOnto(QPainter &painter, QPagedPaintDevice &device, const PrintedDocument &document,
                             const DocumentTemplate &style, bool newPage);

    // How the PDF file is written. Plain: QPdfWriter's default (PDF 1.4), what is archived and
    // printed. PdfA1b: QPdfWriter's PDF/A-1b mode (fonts embedded, sRGB output intent, XMP
    // metadata), the base that FacturXPdf turns into a Factur-X PDF/A-3b. The pages look the same
    // (PDF/A-1 has no soft masks: a logo's transparent parts are flattened on the white page).
    enum class PdfFormat { Plain, PdfA1b };

    // A PDF of the document; title = its number (or its title for a draft), creator = Facturo.
    static Result<QByteArray> renderToPdf(const PrintedDocument &document, const DocumentTemplate &style,
                                          PdfFormat format = PdfFormat::Plain);
    // One PDF holding several documents one after the other (a batch to print or send).
    static Result<QByteArray> renderManyToPdf(const QList<PrintedDocument> &documents, const DocumentTemplate &style,
                                              PdfFormat format = PdfFormat::Plain);

    // A picture of one page (0-based) for on-screen previews such as the template settings:
    // the whole sheet on white at `dpi`, the page painted inside the margins as on paper.
    // pageCount (optional) receives the document's number of pages.
    static Result<QImage> renderPageImage(const PrintedDocument &document, const DocumentTemplate &style, int page = 0,
                                          qreal dpi = 72, int *pageCount = nullptr);
};
