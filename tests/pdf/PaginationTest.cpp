#include "DocumentFormatter.h"
#include "DocumentRenderer.h"
#include "PdfTestSupport.h"
#include "SampleDocuments.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <catch2/catch.hpp>

TEST_CASE("a 300-line invoice paginates cleanly with repeated headers and carried-forward subtotals")
{
    PdfTestSupport pdf;
    const PrintedDocument doc = SampleDocuments::longInvoice(300);
    QElapsedTimer timer;
    timer.start();
    const auto bytes = DocumentRenderer::renderToPdf(doc, DocumentTemplate());
    const qint64 elapsed = timer.elapsed();
    REQUIRE(bytes.ok());
    CHECK(elapsed < 5000);
    const QString file = pdf.write(QStringLiteral("long.pdf"), bytes.value());
    const DocumentFormatter format(QStringLiteral("en_GB"), doc.currency);

    const int pages = PdfTestSupport::pageCount(file);
    // 300 lines of 1 to 3 text lines each: about 40 rows a page.
    CHECK(pages >= 6);
    CHECK(pages <= 14);

    const QRegularExpression itemNumber(QStringLiteral("Item (\\d{3}) - "));
    QList<int> pageOfLine(doc.lines.size() + 1, 0);
    qint64 runningSum = 0;
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        const QString raw = PdfTestSupport::text(file, true, page, page);
        const QString layout = PdfTestSupport::normalized(raw);
        const QString text = PdfTestSupport::flat(raw);
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
        // The table header repeats on every page that holds lines.
        CHECK(layout.contains(QStringLiteral("Description Qty Unit Unit price Disc. VAT Amount")));
        if (page > 1) {
            CHECK(text.contains(QStringLiteral("Invoice INV-2024-00300")));
            CHECK(text.contains(QStringLiteral("Brought forward ") + format.money(runningSum)));
        }
        int longOnPage = 0;
        auto matches = itemNumber.globalMatch(text);
        while (matches.hasNext()) {
            const int line = matches.next().captured(1).toInt();
            REQUIRE(line >= 1);
            REQUIRE(line <= 300);
            CHECK(pageOfLine.at(line) == 0); // each line printed once, on one page
            pageOfLine[line] = page;
            runningSum += doc.lines.at(line - 1).net;
            if (line % 5 == 0)
                ++longOnPage;
        }
        // A long description is never cut: its last words are on the same page as its start.
        CHECK(text.count(QStringLiteral("insurer")) == longOnPage);
        if (page < pages)
            CHECK(text.contains(QStringLiteral("Carried forward ") + format.money(runningSum)));
        else
            CHECK_FALSE(text.contains(QStringLiteral("Carried forward")));
    }
    for (int line = 1; line <= 300; ++line) {
        INFO("line " << line);
        CHECK(pageOfLine.at(line) > 0);
        if (line > 1)
            CHECK(pageOfLine.at(line) >= pageOfLine.at(line - 1));
    }
    CHECK(runningSum == doc.totals.net);
    CHECK(PdfTestSupport::flat(PdfTestSupport::text(file, true, pages, pages))
              .contains(QStringLiteral("Total net ") + format.money(doc.totals.net)));
}

TEST_CASE("a line taller than a page gets a page of its own instead of stalling the layout")
{
    PdfTestSupport pdf;
    PrintedDocument doc = SampleDocuments::invoice(QStringLiteral("en"));
    QString huge;
    for (int i = 0; i < 900; ++i)
        huge += QStringLiteral("word%1 ").arg(i);
    doc.lines[1].description = huge.trimmed();
    const auto bytes = DocumentRenderer::renderToPdf(doc, DocumentTemplate());
    REQUIRE(bytes.ok());
    const QString file = pdf.write(QStringLiteral("huge.pdf"), bytes.value());
    const int pages = PdfTestSupport::pageCount(file);
    CHECK(pages >= 3);
    CHECK(PdfTestSupport::flat(PdfTestSupport::text(file, true, pages, pages))
              .contains(QStringLiteral("Page %1 of %1").arg(pages)));
}
