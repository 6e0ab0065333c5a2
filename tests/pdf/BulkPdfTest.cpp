// Bulk export of many documents: a month to a folder of PDFs or to one combined PDF.

#include "BulkPdfExporter.h"
#include "LedgerPdfFixture.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

namespace {
// Three posted invoices and a credit note in March 2026, one invoice in April, one draft.
struct Month
{
    QList<qint64> march;
    qint64 creditNote = 0;
    qint64 april = 0;
    qint64 draft = 0;
};

Month makeMonth(LedgerPdfFixture &f)
{
    Month m;
    m.march << f.postedSimple(QStringLiteral("100")) << f.postedSimple(QStringLiteral("200"))
            << f.postedSimple(QStringLiteral("300"));
    m.creditNote = need(f.t->creditNotes().createDraft(m.march.first(), QStringLiteral("Goodwill")));
    need(f.t->posting().post(m.creditNote));
    m.draft
        = f.t.draftWith({{QStringLiteral("Not yet"), QStringLiteral("1"), QStringLiteral("10"), QStringLiteral("20")}});
    f.t.clock().advanceDays(30); // 2026-04-09
    m.april = f.postedSimple(QStringLiteral("400"));
    return m;
}
} // namespace

TEST_CASE("a month's filter selects its posted documents in number order, never drafts")
{
    LedgerPdfFixture f;
    const Month m = makeMonth(f);
    BulkPdfExporter exporter(f.t.ledger());
    CHECK(need(exporter.select(BulkPdfExporter::monthFilter(2026, 3, DocumentType::Invoice))) == m.march);
    CHECK(need(exporter.select(BulkPdfExporter::monthFilter(2026, 3))) == m.march + QList<qint64> {m.creditNote});
    CHECK(need(exporter.select(BulkPdfExporter::monthFilter(2026, 4))) == QList<qint64> {m.april});
    CHECK(need(exporter.select(need(BulkPdfExporter::monthFilter(QStringLiteral("2026-02"))))).isEmpty());
    CHECK_FALSE(BulkPdfExporter::monthFilter(QStringLiteral("2026-13")).ok());
    CHECK_FALSE(BulkPdfExporter::monthFilter(QStringLiteral("March")).ok());
}

TEST_CASE("a month exports to a folder of PDFs named by number, each archived and audited")
{
    LedgerPdfFixture f;
    const Month m = makeMonth(f);
    BulkPdfExporter exporter(f.t.ledger());
    const QList<qint64> ids = need(exporter.select(BulkPdfExporter::monthFilter(2026, 3)));
    const QString folder = f.pdf.path(QStringLiteral("march"));
    QList<int> seen;
    const BulkPdfSummary summary = need(exporter.exportToFolder(ids, folder, [&](int done, int total, const QString &) {
        CHECK(total == 4);
        seen << done;
        return true;
    }));
    CHECK(seen == QList<int> {0, 1, 2, 3, 4});
    CHECK(summary.exported == 4);
    CHECK_FALSE(summary.cancelled);
    CHECK(summary.failures.isEmpty());
    REQUIRE(summary.files.size() == 4);
    for (int i = 0; i < ids.size(); ++i) {
        const Document d = f.load(ids.at(i));
        const QString expected = QDir(folder).filePath(d.number + QStringLiteral(".pdf"));
        CHECK(summary.files.at(i) == expected);
        QFile file(expected);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const auto archived = need(DocumentPdfService(f.t.ledger()).archived(d.id));
        REQUIRE(archived.has_value());
        CHECK(file.readAll() == archived->pdf);
        CHECK(PdfTestSupport::text(expected, false).contains(d.number));
        CHECK(f.actions(d.id, DocumentTypes::key(d.type)).contains(QStringLiteral("export")));
    }
    CHECK(f.archiveRows() == 4);
}

TEST_CASE("a month exports to one combined PDF holding every document")
{
    LedgerPdfFixture f;
    const Month m = makeMonth(f);
    BulkPdfExporter exporter(f.t.ledger());
    const QList<qint64> ids = need(exporter.select(BulkPdfExporter::monthFilter(2026, 3, DocumentType::Invoice)));
    const QString path = f.pdf.path(QStringLiteral("march.pdf"));
    const BulkPdfSummary summary = need(exporter.exportCombined(ids, path));
    CHECK(summary.combinedFile == path);
    CHECK(summary.exported == 3);
    CHECK(PdfTestSupport::pageCount(path) == 3);
    const QString text = PdfTestSupport::text(path, false);
    for (const qint64 id : ids) {
        CHECK(text.contains(f.load(id).number));
        CHECK(f.actions(id).contains(QStringLiteral("export")));
        CHECK(need(DocumentPdfService(f.t.ledger()).archived(id)).has_value());
    }
    CHECK(text.contains(QStringLiteral("Page 1 of 1")));
    CHECK_FALSE(text.contains(f.load(m.april).number));
}

TEST_CASE("cancelling a folder export keeps what was written; cancelling a combined export writes nothing")
{
    LedgerPdfFixture f;
    makeMonth(f);
    BulkPdfExporter exporter(f.t.ledger());
    const QList<qint64> ids = need(exporter.select(BulkPdfExporter::monthFilter(2026, 3, DocumentType::Invoice)));
    const QString folder = f.pdf.path(QStringLiteral("cancelled"));
    const BulkPdfSummary folderSummary
        = need(exporter.exportToFolder(ids, folder, [](int done, int, const QString &) { return done < 1; }));
    CHECK(folderSummary.cancelled);
    CHECK(folderSummary.exported == 1);
    CHECK(QDir(folder).entryList(QDir::Files).size() == 1);
    CHECK(f.archiveRows() == 1);

    const QString path = f.pdf.path(QStringLiteral("cancelled.pdf"));
    const BulkPdfSummary combined
        = need(exporter.exportCombined(ids, path, [](int done, int, const QString &) { return done < 2; }));
    CHECK(combined.cancelled);
    CHECK(combined.combinedFile.isEmpty());
    CHECK_FALSE(QFile::exists(path));
    CHECK(f.archiveRows() == 1);
    CHECK(f.actions(ids.at(1)).count(QStringLiteral("export")) == 0);
}

TEST_CASE("a selection may hold drafts: they export fresh and are not archived")
{
    LedgerPdfFixture f;
    const Month m = makeMonth(f);
    BulkPdfExporter exporter(f.t.ledger());
    const QString folder = f.pdf.path(QStringLiteral("selection"));
    const BulkPdfSummary summary = need(exporter.exportToFolder({m.draft, m.april, 999999}, folder));
    CHECK(summary.exported == 2);
    REQUIRE(summary.failures.size() == 1);
    CHECK(summary.failures.first().startsWith(QStringLiteral("999999: ")));
    CHECK(QFile::exists(QDir(folder).filePath(QStringLiteral("Draft-invoice-%1.pdf").arg(m.draft))));
    CHECK(f.archiveRows() == 1);
}
