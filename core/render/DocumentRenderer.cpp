#include "DocumentRenderer.h"

#include "DocumentHeader.h"
#include "FlowText.h"
#include "LinesTable.h"
#include "PageChrome.h"
#include "PageFlow.h"
#include "PaymentBlock.h"
#include "ReminderBlocks.h"
#include "RenderContext.h"
#include "RenderFonts.h"
#include "ServiceReportBlocks.h"
#include "TotalsBlock.h"

#include <QBuffer>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

using Kind = PrintedDocument::Kind;

namespace {
void addBody(PageFlow &flow, const RenderContext &ctx)
{
    const PrintedDocument &doc = ctx.document();
    const DocumentFormatter &format = ctx.format();
    DocumentHeader(ctx).addTo(flow);

    if (doc.kind == Kind::CreditNote) {
        const QString sentence = doc.creditedInvoiceDate.isValid()
            ? ctx.label(DocumentLabels::CreditsInvoiceOf).arg(doc.creditedInvoiceNumber, format.date(doc.creditedInvoiceDate))
            : ctx.label(DocumentLabels::CreditsInvoice).arg(doc.creditedInvoiceNumber);
        FlowText::addParagraphs(flow, ctx, sentence, ctx.bodyBold(), RenderContext::ink());
        flow.addSpace(ctx.pt(12));
    }
    if (doc.kind != Kind::PaymentReminder && !doc.introduction.trimmed().isEmpty()) {
        FlowText::addParagraphs(flow, ctx, doc.introduction.trimmed(), ctx.body(), RenderContext::ink());
        flow.addSpace(ctx.pt(12));
    }

    switch (doc.kind) {
    case Kind::Invoice:
    case Kind::CreditNote:
    case Kind::Quotation:
        LinesTable(ctx).addTo(flow);
        flow.addSpace(ctx.pt(12));
        TotalsBlock(ctx).addTo(flow);
        if (doc.kind == Kind::Quotation && doc.validUntil.isValid()) {
            flow.addSpace(ctx.pt(10));
            FlowText::addParagraphs(flow, ctx, ctx.label(DocumentLabels::QuotationValidity).arg(format.date(doc.validUntil)),
                                    ctx.body(), RenderContext::ink());
        }
        if (doc.kind == Kind::Invoice)
            PaymentBlock(ctx).addTo(flow);
        break;
    case Kind::ServiceOrderReport:
        ServiceReportBlocks(ctx).addTo(flow);
        break;
    case Kind::PaymentReminder:
        ReminderBlocks(ctx).addTo(flow);
        PaymentBlock(ctx).addTo(flow);
        break;
    }

    if (ctx.style().showNotes && !doc.notes.trimmed().isEmpty()) {
        flow.addSpace(ctx.pt(14));
        FlowText::addHeading(flow, ctx, ctx.label(DocumentLabels::Notes));
        FlowText::addParagraphs(flow, ctx, doc.notes.trimmed(), ctx.body(), RenderContext::ink());
    }
}

// The XMP packet of a posted document's PDF: its title, the creator tool and the audit anchor
// (facturo:AuditSequence, facturo:AuditHash and both as facturo:AuditAnchor "SEQ:HASH").
QByteArray anchorXmp(const QString &title, const QString &anchor)
{
    const QString packet = QStringLiteral(
        "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
        "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:facturo=\"https://facturo.app/ns/audit/1.0/\">\n"
        "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
        "   <xmp:CreatorTool>Facturo</xmp:CreatorTool>\n"
        "   <facturo:AuditSequence>%2</facturo:AuditSequence>\n"
        "   <facturo:AuditHash>%3</facturo:AuditHash>\n"
        "   <facturo:AuditAnchor>%4</facturo:AuditAnchor>\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        "<?xpacket end=\"w\"?>")
                               .arg(title.toHtmlEscaped(), anchor.section(QLatin1Char(':'), 0, 0).toHtmlEscaped(),
                                    anchor.section(QLatin1Char(':'), 1).toHtmlEscaped(), anchor.toHtmlEscaped());
    return packet.toUtf8();
}

QString pdfTitle(const PrintedDocument &document)
{
    if (!document.number.trimmed().isEmpty())
        return document.number;
    QString title;
    switch (document.kind) {
    case Kind::Invoice: title = DocumentLabels(document.language).text(DocumentLabels::InvoiceTitle); break;
    case Kind::CreditNote: title = DocumentLabels(document.language).text(DocumentLabels::CreditNoteTitle); break;
    case Kind::Quotation: title = DocumentLabels(document.language).text(DocumentLabels::QuotationTitle); break;
    case Kind::ServiceOrderReport: title = DocumentLabels(document.language).text(DocumentLabels::ServiceReportTitle); break;
    case Kind::PaymentReminder: title = DocumentLabels(document.language).text(DocumentLabels::ReminderTitle); break;
    }
    if (document.draft)
        title += QStringLiteral(" (") + DocumentLabels(document.language).text(DocumentLabels::DraftNumber) + QLatin1Char(')');
    return title;
}
} // namespace

QPageLayout DocumentRenderer::pageLayout(const DocumentTemplate &style)
{
    const QPageSize::PageSizeId size = style.paperSize == QPageSize::Letter ? QPageSize::Letter : QPageSize::A4;
    return QPageLayout(QPageSize(size), QPageLayout::Portrait, QMarginsF(18, 14, 18, 12), QPageLayout::Millimeter);
}

Status DocumentRenderer::render(QPagedPaintDevice &device, const PrintedDocument &document, const DocumentTemplate &style)
{
    FACTURO_TRY(RenderFonts::ensureRegistered());
    FACTURO_TRY(document.validate());
    if (!device.setPageLayout(pageLayout(style)))
        return Error::invalid(tr("the printer does not accept the paper size of the template"));
    QPainter painter;
    if (!painter.begin(&device))
        return Error::storage(tr("the document could not be painted (the printer or file is not ready)"));
    const Status status = renderOnto(painter, device, document, style, false);
    painter.end();
    return status;
}

Status DocumentRenderer::renderOnto(QPainter &painter, QPagedPaintDevice &device, const PrintedDocument &document,
                                    const DocumentTemplate &style, bool newPage)
{
    FACTURO_TRY(RenderFonts::ensureRegistered());
    FACTURO_TRY(document.validate());
    if (newPage) {
        device.setPageLayout(pageLayout(style));
        if (!device.newPage())
            return Error::storage(tr("a new page could not be started"));
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);

    const RenderContext context(device, document, style);
    const PageChrome chrome(context);
    PageFlow flow;
    addBody(flow, context);
    flow.layout(0, chrome.runningHeaderHeight(), context.height() - chrome.footerHeight());

    const int pages = flow.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage())
            return Error::storage(tr("a new page could not be started"));
        chrome.paintWatermark(painter);
        if (page > 0)
            chrome.paintRunningHeader(painter);
        flow.paintPage(painter, page, context.width());
        chrome.paintFooter(painter, page + 1, pages);
    }
    return {};
}

Result<QImage> DocumentRenderer::renderPageImage(const PrintedDocument &document, const DocumentTemplate &style,
                                                 int page, qreal dpi, int *pageCount)
{
    FACTURO_TRY(RenderFonts::ensureRegistered());
    FACTURO_TRY(document.validate());
    if (dpi < 10 || dpi > 600)
        return Error::invalid(tr("a page preview is drawn at 10 to 600 dpi"));
    const QPageLayout layout = pageLayout(style);
    const int resolution = qRound(dpi);
    const QRect sheet = layout.fullRectPixels(resolution);
    const QRect printable = layout.paintRectPixels(resolution);
    const int dotsPerMeter = qRound(resolution / 0.0254);

    // The body is laid out on an image the size of the printable area (the renderer's device
    // metrics), then placed on the sheet.
    QImage body(printable.size(), QImage::Format_ARGB32_Premultiplied);
    body.setDotsPerMeterX(dotsPerMeter);
    body.setDotsPerMeterY(dotsPerMeter);
    body.fill(Qt::white);
    const RenderContext context(body, document, style);
    const PageChrome chrome(context);
    PageFlow flow;
    addBody(flow, context);
    flow.layout(0, chrome.runningHeaderHeight(), context.height() - chrome.footerHeight());
    const int pages = flow.pageCount();
    if (pageCount)
        *pageCount = pages;
    if (page < 0 || page >= pages)
        return Error::invalid(tr("the document has no page %1").arg(page + 1));
    {
        QPainter painter(&body);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        chrome.paintWatermark(painter);
        if (page > 0)
            chrome.paintRunningHeader(painter);
        flow.paintPage(painter, page, context.width());
        chrome.paintFooter(painter, page + 1, pages);
    }
    QImage image(sheet.size(), QImage::Format_RGB32);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter sheetPainter(&image);
    sheetPainter.drawImage(printable.topLeft(), body);
    sheetPainter.end();
    return image;
}

Result<QByteArray> DocumentRenderer::renderToPdf(const PrintedDocument &document, const DocumentTemplate &style,
                                                 PdfFormat format)
{
    return renderManyToPdf({document}, style, format);
}

Result<QByteArray> DocumentRenderer::renderManyToPdf(const QList<PrintedDocument> &documents,
                                                     const DocumentTemplate &style, PdfFormat format)
{
    if (documents.isEmpty())
        return Error::invalid(tr("there is no document to export"));
    FACTURO_TRY(RenderFonts::ensureRegistered());
    for (const PrintedDocument &document : documents)
        FACTURO_TRY(document.validate());

    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        if (!buffer.open(QIODevice::WriteOnly))
            return Error::storage(tr("the PDF could not be written"));
        QPdfWriter writer(&buffer);
        if (format == PdfFormat::PdfA1b)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(1200);
        writer.setCreator(QStringLiteral("Facturo"));
        QStringList titles;
        for (const PrintedDocument &document : documents)
            titles.append(pdfTitle(document));
        writer.setTitle(titles.join(QStringLiteral(", ")));
        // One posted document: the audit chain head at its posting, readable with `pdfinfo -meta`.
        // PDF/A output keeps Qt's own metadata (Factur-X writes its packet afterwards).
        if (format == PdfFormat::Plain && documents.size() == 1 && !documents.first().auditAnchor.isEmpty())
            writer.setDocumentXmpMetadata(anchorXmp(titles.first(), documents.first().auditAnchor));
        writer.setPageLayout(pageLayout(style));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error::storage(tr("the PDF could not be written"));
        for (int i = 0; i < documents.size(); ++i) {
            const Status status = renderOnto(painter, writer, documents.at(i), style, i > 0);
            if (!status) {
                painter.end();
                return status.error();
            }
        }
        painter.end();
    }
    return bytes;
}
