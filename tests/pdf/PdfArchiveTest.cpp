// The PDF archive: the first print, export or send of a posted document stores its PDF and
// SHA-256; every later use returns those bytes, whatever changed since.

#include "DocumentRenderer.h"
#include "DocumentTemplateService.h"
#include "LedgerPdfFixture.h"
#include "SqlStatement.h"
#include "TestSql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfWriter>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {
void changeEverything(LedgerPdfFixture &f)
{
    Customer edited = need(f.t->context().customers.find(f.customerId));
    edited.name = QStringLiteral("Renamed Customer plc");
    need(f.t->customers().update(edited));
    DocumentTemplateService templates(f.t->context(), f.t->audit());
    DocumentTemplate style = need(templates.load());
    style.accentColor = QColor(0x80, 0x10, 0x10);
    style.footerText = QStringLiteral("A new footer nobody saw before");
    style.logo = LedgerPdfFixture::png(120, 60, Qt::darkGreen);
    style.showBankDetails = false;
    need(templates.save(style));
}

QJsonObject detailsOf(LedgerPdfFixture &f, qint64 id, const QString &action)
{
    for (const AuditEvent &e : need(f.t->audit().history(QStringLiteral("invoice"), id)))
        if (e.action == action)
            return QJsonDocument::fromJson(e.details.toUtf8()).object();
    return {};
}
} // namespace

TEST_CASE("the first export archives the PDF with its SHA-256 and every later use returns the same bytes")
{
    LedgerPdfFixture f;
    const qint64 id = f.postedSimple();
    const ArchivedPdf first = f.pdfFor(id, PdfUse::Export);
    CHECK_FALSE(first.fromArchive);
    CHECK(first.sha256 == DocumentPdfService::sha256Hex(first.pdf));
    CHECK(first.sha256.size() == 64);

    const auto stored = need(DocumentPdfService(f.t.ledger()).archived(id));
    REQUIRE(stored.has_value());
    CHECK(stored->pdf == first.pdf);
    CHECK(stored->sha256 == first.sha256);
    CHECK(DocumentPdfService::sha256Hex(stored->pdf) == stored->sha256);
    CHECK(stored->createdBy == QStringLiteral("marie"));

    changeEverything(f);
    PaymentRequest payment;
    payment.documentId = id;
    payment.amount = 2000;
    need(f.t->payments().registerPayment(payment));
    f.t.clock().advanceDays(3);

    for (PdfUse use : {PdfUse::Export, PdfUse::Print, PdfUse::Send, PdfUse::Preview}) {
        const ArchivedPdf again = f.pdfFor(id, use);
        CHECK(again.fromArchive);
        CHECK(again.pdf == first.pdf);
        CHECK(again.sha256 == first.sha256);
    }
    const QString text = f.text(f.pdfFor(id, PdfUse::Export));
    CHECK(text.contains(QStringLiteral("Harbour Café Ltd")));
    CHECK_FALSE(text.contains(QStringLiteral("A new footer")));
    CHECK(f.archiveRows() == 1);
}

TEST_CASE("print and export are audit events with the SHA-256; preview and send are not")
{
    LedgerPdfFixture f;
    const qint64 id = f.postedSimple();
    const QStringList before = f.actions(id);
    f.pdfFor(id, PdfUse::Preview);
    CHECK(f.actions(id) == before);
    CHECK(f.archiveRows() == 0); // a preview archives nothing

    const ArchivedPdf sent = f.pdfFor(id, PdfUse::Send);
    CHECK(f.actions(id) == before); // the outbox records "send"
    CHECK(f.archiveRows() == 1); // but what was sent is archived

    const ArchivedPdf printed = f.pdfFor(id, PdfUse::Print);
    const ArchivedPdf exported = f.pdfFor(id, PdfUse::Export);
    CHECK(f.actions(id) == before + QStringList {QStringLiteral("print"), QStringLiteral("export")});
    CHECK(printed.pdf == sent.pdf);
    CHECK(exported.pdf == sent.pdf);
    const QJsonObject details = detailsOf(f, id, QStringLiteral("export"));
    CHECK(details.value(QStringLiteral("sha256")).toString() == sent.sha256);
    CHECK(details.value(QStringLiteral("number")).toString() == f.load(id).number);
    CHECK(need(f.t->audit().verify()).intact);
}

TEST_CASE("the first print archives in the same transaction as its audit event")
{
    LedgerPdfFixture f;
    const qint64 id = f.postedSimple();
    const ArchivedPdf printed = f.pdfFor(id, PdfUse::Print);
    const QJsonObject details = detailsOf(f, id, QStringLiteral("print"));
    CHECK(details.value(QStringLiteral("archived")).toBool());
    CHECK(details.value(QStringLiteral("sha256")).toString() == printed.sha256);
}

// [file]: the audit event is made to fail by another program holding the file's write lock.
TEST_CASE("a print whose audit event fails leaves no archive behind", "[file]")
{
    LedgerPdfFixture f;
    const qint64 other = f.postedSimple(QStringLiteral("55"));
    QSqlDatabase second = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
    second.setDatabaseName(f.t.path());
    REQUIRE(second.open());
    {
        QSqlQuery lock(second);
        REQUIRE(lock.exec(QStringLiteral("PRAGMA busy_timeout = 0")));
        REQUIRE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        const auto refused = DocumentPdfService(f.t.ledger()).pdfFor(other, PdfUse::Export);
        CHECK_FALSE(refused.ok());
        REQUIRE(lock.exec(QStringLiteral("ROLLBACK")));
    }
    second.close();
    second = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    CHECK_FALSE(need(DocumentPdfService(f.t.ledger()).archived(other)).has_value());
    CHECK_FALSE(f.actions(other).contains(QStringLiteral("export")));
}

TEST_CASE("exporting to a file writes the archived bytes and records the export")
{
    LedgerPdfFixture f;
    const qint64 id = f.postedSimple();
    const QString path = f.pdf.path(QStringLiteral("out.pdf"));
    const ArchivedPdf written = need(DocumentPdfService(f.t.ledger()).exportToFile(id, path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == written.pdf);
    CHECK(f.actions(id).contains(QStringLiteral("export")));
    // A file that cannot be written is not an export.
    const QStringList before = f.actions(id);
    CHECK_FALSE(
        DocumentPdfService(f.t.ledger()).exportToFile(id, f.pdf.path(QStringLiteral("no/such/dir/x.pdf"))).ok());
    CHECK(f.actions(id) == before);
}

TEST_CASE("archived PDFs cannot be changed, removed, or made for drafts")
{
    LedgerPdfFixture f;
    const qint64 id = f.postedSimple();
    f.pdfFor(id, PdfUse::Export);
    Database &db = f.t->database();
    const Status changed
        = TestSql::run(db, QStringLiteral("UPDATE document_archive SET sha256 = '%1'").arg(QString(64, QLatin1Char('0'))));
    CHECK_FALSE(changed.ok());
    CHECK(changed.message().contains(QStringLiteral("immutable")));
    CHECK_FALSE(TestSql::run(db, QStringLiteral("DELETE FROM document_archive")).ok());
    const qint64 draft
        = f.t.draftWith({{QStringLiteral("x"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("20")}});
    PdfArchiveEntry entry {draft, "%PDF-1.4", QString(64, QLatin1Char('a')), QStringLiteral("x.pdf"), {},
        QDateTime::currentDateTimeUtc(), QStringLiteral("marie")};
    CHECK_FALSE(PdfArchiveRepository(f.t->database()).insert(entry).ok());
    entry.documentId = id; // one PDF per document
    CHECK_FALSE(PdfArchiveRepository(f.t->database()).insert(entry).ok());
    CHECK(f.archiveRows() == 1);
}

TEST_CASE("a fresh company file has the archive table from migration 0002")
{
    TestLedger t(false);
    CHECK(t->database().schemaVersion() >= 2);
    // The table's definition: in the file's catalog, or its columns on a server.
    const QString sql = t->database().isServer()
        ? QStringLiteral("SELECT string_agg(column_name, ',') FROM information_schema.columns "
                         "WHERE table_name = 'document_archive' AND table_schema = current_schema()")
        : QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'document_archive'");
    CHECK(TestSql::value(t->database(), sql).toString().contains(QStringLiteral("sha256")));
}

TEST_CASE("printing an archived document paints the archived content, not today's template or amounts")
{
    LedgerPdfFixture f;
    const qint64 id = f.postedSimple(QStringLiteral("180"));
    const ArchivedPdf archived = f.pdfFor(id, PdfUse::Print);
    changeEverything(f);
    PaymentRequest payment;
    payment.documentId = id;
    payment.amount = 3000;
    need(f.t->payments().registerPayment(payment));

    const QString path = f.pdf.path(QStringLiteral("printed.pdf"));
    {
        QPdfWriter writer(path);
        need(DocumentPdfService(f.t.ledger()).renderOnto(writer, id));
    }
    const QString printed = PdfTestSupport::text(path, true);
    const QString original = PdfTestSupport::text(f.write(archived), true);
    CHECK(PdfTestSupport::normalized(printed) == PdfTestSupport::normalized(original));
    CHECK_FALSE(printed.contains(QStringLiteral("A new footer")));

    // Not archived yet: the print preview shows the current state.
    const qint64 fresh = f.postedSimple(QStringLiteral("70"));
    const QString current
        = PdfTestSupport::text(f.write(need(DocumentPdfService(f.t.ledger()).pdfFor(fresh, PdfUse::Preview))), true);
    CHECK(current.contains(QStringLiteral("A new footer")));
}
