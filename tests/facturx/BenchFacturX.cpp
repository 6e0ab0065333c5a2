// bench_facturx: what Factur-X costs on top of the PDF. Makes N one-page invoices (default
// 200) as plain PDFs, then the same invoices as Factur-X PDF/A-3b (QPdfWriter in PDF/A-1b
// mode, then FacturXPdf with the sample CII XML), and prints the milliseconds per document and
// the ratio (target: under 1.5). Usage: bench_facturx [count]
#include "DocumentRenderer.h"
#include "FacturXPdf.h"
#include "FacturXTestSupport.h"
#include "SampleDocuments.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <cstdio>

using PdfFormat = DocumentRenderer::PdfFormat;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200;
    if (count <= 0)
        return 1;

    QList<PrintedDocument> documents;
    for (int i = 0; i < count; ++i)
        documents.append(SampleDocuments::smallInvoice(i));
    QString source;
    const QByteArray xml = FacturXTestSupport::sampleCii(&source);
    const DocumentTemplate style;
    // Warm-up: fonts, qpdf.
    const auto warm = DocumentRenderer::renderToPdf(documents.first(), style, PdfFormat::PdfA1b);
    if (!warm.ok() || !FacturXPdf::make(warm.value(), xml, FacturXTestSupport::metadataFor(documents.first())).ok()) {
        std::fprintf(stderr, "Factur-X failed\n");
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    qint64 plainBytes = 0;
    for (const PrintedDocument &document : documents) {
        const auto pdf = DocumentRenderer::renderToPdf(document, style);
        if (!pdf.ok()) {
            std::fprintf(stderr, "rendering failed: %s\n", qPrintable(pdf.message()));
            return 1;
        }
        plainBytes += pdf->size();
    }
    const double plainMs = double(timer.nsecsElapsed()) / 1e6 / count;

    qint64 facturXBytes = 0;
    qint64 embedNs = 0;
    timer.restart();
    for (const PrintedDocument &document : documents) {
        const auto pdf = DocumentRenderer::renderToPdf(document, style, PdfFormat::PdfA1b);
        if (!pdf.ok()) {
            std::fprintf(stderr, "rendering failed: %s\n", qPrintable(pdf.message()));
            return 1;
        }
        // FacturXDocumentPdf::render() does these two steps; apart here to time the second.
        QElapsedTimer embed;
        embed.start();
        const auto made = FacturXPdf::make(pdf.value(), xml, FacturXTestSupport::metadataFor(document));
        embedNs += embed.nsecsElapsed();
        if (!made.ok()) {
            std::fprintf(stderr, "Factur-X failed: %s\n", qPrintable(made.message()));
            return 1;
        }
        facturXBytes += made->size();
    }
    const double facturXMs = double(timer.nsecsElapsed()) / 1e6 / count;
    const double ratio = facturXMs / plainMs;

    std::printf("XML: %s (%lld bytes)\n", qPrintable(source), qlonglong(xml.size()));
    std::printf("plain PDF: %d invoices, %.2f ms per invoice (%.1f KiB average)\n", count, plainMs,
        double(plainBytes) / count / 1024.0);
    std::printf("Factur-X:  %d invoices, %.2f ms per invoice (%.1f KiB average), of which FacturXPdf %.2f ms\n", count,
        facturXMs, double(facturXBytes) / count / 1024.0, double(embedNs) / 1e6 / count);
    std::printf("ratio Factur-X / plain: %.2f (target under 1.50: %s)\n", ratio, ratio < 1.5 ? "met" : "NOT met");
    return 0;
}
