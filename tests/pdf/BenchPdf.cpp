// bench_pdf: how fast invoices become PDFs. Renders N one-page invoices to PDF in one process
// (default 500) and prints the milliseconds per invoice; then renders the same content, as an
// equivalent HTML file per invoice, with weasyprint (its Python API in one process, so that
// start-up is not counted) and prints the ratio. Usage: bench_pdf [count] [weasyprintCount]
#include "DocumentFormatter.h"
#include "DocumentRenderer.h"
#include "DocumentLabels.h"
#include "SampleDocuments.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// The same content as the rendered invoice: letterhead, customer, facts, lines, VAT
// breakdown, totals, mentions, payment terms, bank details, notes, footer.
QString html(const PrintedDocument &doc)
{
    const DocumentLabels labels(doc.language);
    const DocumentFormatter format(DocumentLabels::defaultLocaleName(doc.language), doc.currency);
    QString out = QStringLiteral(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>"
        "@page{size:A4;margin:14mm 18mm 12mm 18mm;@bottom-right{content:\"Page \" counter(page) \" of \" counter(pages);font-size:7pt}}"
        "body{font-family:'DejaVu Sans';font-size:9pt;color:#222}.seller{text-align:right;color:#6b6b6b;font-size:8pt}"
        ".seller b{color:#222;font-size:11pt}h1{color:#1f4e79;font-size:20pt;border-top:1.2pt solid #1f4e79;padding-top:16pt}"
        ".cols{display:flex;justify-content:space-between}table{border-collapse:collapse;width:100%}"
        "th{color:#1f4e79;font-size:7.5pt;text-align:right;border-bottom:1pt solid #1f4e79;padding:4pt}"
        "td{padding:3.5pt 4pt;text-align:right;border-bottom:0.5pt solid #e2e2e2;vertical-align:top}"
        "td:first-child,th:first-child{text-align:left}.totals td{border:none}.due{color:#1f4e79;font-weight:bold}"
        ".bank{border:0.6pt solid #ccc;background:#fafafa;padding:9pt;margin-top:12pt}footer{font-size:7pt;color:#6b6b6b}"
        "</style></head><body>");
    out += QStringLiteral("<div class=\"seller\"><b>%1</b><br>%2<br>%3 %4</div>")
               .arg(escaped(doc.seller.name), doc.seller.address.join(QStringLiteral("<br>")),
                    labels.text(DocumentLabels::VatId), doc.seller.vatId);
    out += QStringLiteral("<h1>%1</h1><div class=\"cols\"><div><b>%2</b><br>%3<br>%4 %5</div><table style=\"width:40%\">")
               .arg(labels.text(DocumentLabels::InvoiceTitle), escaped(doc.customer.name),
                    doc.customer.address.join(QStringLiteral("<br>")), labels.text(DocumentLabels::VatId), doc.customer.vatId);
    const QList<QPair<DocumentLabels::Label, QString>> facts{
        {DocumentLabels::InvoiceNumber, doc.number}, {DocumentLabels::IssueDate, format.date(doc.issueDate)},
        {DocumentLabels::ServiceDate, format.date(doc.serviceDate)}, {DocumentLabels::DueDate, format.date(doc.dueDate)},
        {DocumentLabels::CustomerReference, doc.customerReference}};
    for (const auto &fact : facts)
        out += QStringLiteral("<tr class=\"totals\"><td>%1</td><td><b>%2</b></td></tr>").arg(labels.text(fact.first), fact.second);
    out += QStringLiteral("</table></div><br><table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>")
               .arg(labels.text(DocumentLabels::Description), labels.text(DocumentLabels::Quantity),
                    labels.text(DocumentLabels::Unit), labels.text(DocumentLabels::UnitPrice),
                    labels.text(DocumentLabels::Discount), labels.text(DocumentLabels::TaxRate),
                    labels.text(DocumentLabels::Amount));
    for (const PrintedDocument::Line &line : doc.lines)
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td style=\"text-align:left\">%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                   .arg(escaped(line.description), format.quantity(line.quantity), line.unit, format.unitPrice(line.unitPrice),
                        line.discount.isZero() ? QString() : format.percent(line.discount), format.percent(line.taxRate),
                        format.money(line.net));
    out += QStringLiteral("</table><div class=\"cols\"><table style=\"width:48%\">");
    for (const TaxSubtotal &subtotal : doc.totals.subtotals)
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                   .arg(format.percent(subtotal.rate), format.money(subtotal.base), format.money(subtotal.tax));
    out += QStringLiteral("</table><table class=\"totals\" style=\"width:44%\"><tr><td>%1</td><td>%2</td></tr>"
                          "<tr><td>%3</td><td>%4</td></tr><tr><td><b>%5</b></td><td><b>%6</b></td></tr>"
                          "<tr class=\"due\"><td>%7</td><td>%8</td></tr></table></div>")
               .arg(labels.text(DocumentLabels::TotalNet), format.money(doc.totals.net), labels.text(DocumentLabels::TotalTax),
                    format.money(doc.totals.tax), labels.text(DocumentLabels::TotalGross), format.money(doc.totals.gross),
                    labels.text(DocumentLabels::AmountDue), format.money(doc.amountDue()));
    out += QStringLiteral("<p><i>%1</i></p><p>%2</p>")
               .arg(labels.text(DocumentLabels::ReverseChargeMention),
                    labels.text(DocumentLabels::PaymentTerms).arg(doc.paymentTerms));
    out += QStringLiteral("<div class=\"bank\"><b>%1</b><br>%2<br>IBAN %3<br>BIC %4</div><p>%5</p>")
               .arg(labels.text(DocumentLabels::BankDetails), escaped(doc.bank.accountHolder),
                    DocumentFormatter::groupedIban(doc.bank.iban), doc.bank.bic, escaped(doc.notes));
    out += QStringLiteral("<footer>%1 · %2 · %3</footer></body></html>")
               .arg(escaped(doc.seller.name), doc.seller.registration, doc.seller.email);
    return out;
}

const char *weasyprintScript = R"(
import sys, time, glob
from weasyprint import HTML
files = sorted(glob.glob(sys.argv[1] + '/*.html'))
HTML(filename=files[0]).write_pdf()  # warm-up: imports, fonts
start = time.perf_counter()
for f in files:
    HTML(filename=f).write_pdf(f[:-5] + '.pdf')
print((time.perf_counter() - start) * 1000.0 / len(files))
)";
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 500;
    const int weasyCount = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : count;

    QList<PrintedDocument> documents;
    for (int i = 0; i < count; ++i)
        documents.append(SampleDocuments::smallInvoice(i));
    const DocumentTemplate style;
    if (!DocumentRenderer::renderToPdf(documents.first(), style).ok()) { // warm-up: fonts
        std::fprintf(stderr, "rendering failed\n");
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    qint64 bytes = 0;
    for (const PrintedDocument &document : documents) {
        const auto pdf = DocumentRenderer::renderToPdf(document, style);
        if (!pdf.ok()) {
            std::fprintf(stderr, "rendering failed: %s\n", qPrintable(pdf.message()));
            return 1;
        }
        bytes += pdf->size();
    }
    const double oursMs = double(timer.nsecsElapsed()) / 1e6 / count;
    std::printf("facturo: %d one-page invoices to PDF: %.2f ms per invoice (%.1f KiB average)\n", count, oursMs,
                double(bytes) / count / 1024.0);

    timer.restart();
    const auto longPdf = DocumentRenderer::renderToPdf(SampleDocuments::longInvoice(300), style);
    std::printf("facturo: one 300-line invoice: %.1f ms\n", double(timer.nsecsElapsed()) / 1e6);

    if (QStandardPaths::findExecutable(QStringLiteral("weasyprint")).isEmpty() || weasyCount <= 0) {
        std::printf("weasyprint: not installed (apt-get install weasyprint); no ratio\n");
        return 0;
    }
    QTemporaryDir dir;
    for (int i = 0; i < weasyCount; ++i) {
        QFile file(dir.filePath(QStringLiteral("invoice-%1.html").arg(i, 4, 10, QLatin1Char('0'))));
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(html(documents.at(i % count)).toUtf8());
    }
    QFile script(dir.filePath(QStringLiteral("bench.py")));
    if (!script.open(QIODevice::WriteOnly))
        return 1;
    script.write(weasyprintScript);
    script.close();
    // The interpreter weasyprint itself runs with (its #! line), not whatever python3 is first on PATH.
    QString interpreter = QStringLiteral("/usr/bin/python3");
    QFile launcher(QStandardPaths::findExecutable(QStringLiteral("weasyprint")));
    if (launcher.open(QIODevice::ReadOnly)) {
        const QByteArray shebang = launcher.readLine().trimmed();
        if (shebang.startsWith("#!") && !shebang.contains(' '))
            interpreter = QString::fromLocal8Bit(shebang.mid(2));
    }
    QProcess python;
    python.start(interpreter, {script.fileName(), dir.path()});
    if (!python.waitForFinished(30 * 60 * 1000) || python.exitCode() != 0) {
        std::fprintf(stderr, "weasyprint failed: %s\n", python.readAllStandardError().constData());
        return 1;
    }
    const double weasyMs = python.readAllStandardOutput().trimmed().toDouble();
    std::printf("weasyprint: %d equivalent HTML invoices to PDF (Python API, one process): %.2f ms per invoice\n",
                weasyCount, weasyMs);

    // The command-line tool once, start-up included, for scale.
    QElapsedTimer cli;
    cli.start();
    QProcess::execute(QStringLiteral("weasyprint"), {dir.filePath(QStringLiteral("invoice-0000.html")),
                                                     dir.filePath(QStringLiteral("cli.pdf"))});
    std::printf("weasyprint: one invoice with the command-line tool (start-up included): %.0f ms\n",
                double(cli.nsecsElapsed()) / 1e6);
    std::printf("ratio: weasyprint / facturo = %.1f x\n", weasyMs / oursMs);
    return 0;
}
