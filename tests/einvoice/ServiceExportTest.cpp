// E-invoices of posted documents through Facturo's services: posting, EInvoiceService (archive,
// audit, refusals) and the official XSDs, for every format.
#include "EInvoiceArchiveRepository.h"
#include "EInvoiceService.h"
#include "SchemaCheck.h"
#include "SchemaDowngrade.h"
#include "TestDatabase.h"
#include "TestResults.h"
#include "TestSql.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
const EInvoiceFormat AllFormats[] = {EInvoiceFormat::En16931Ubl, EInvoiceFormat::En16931Cii, EInvoiceFormat::Peppol,
    EInvoiceFormat::XRechnungUbl, EInvoiceFormat::XRechnungCii, EInvoiceFormat::FacturX};

bool isUbl(EInvoiceFormat f)
{
    return f == EInvoiceFormat::En16931Ubl || f == EInvoiceFormat::Peppol || f == EInvoiceFormat::XRechnungUbl;
}

// The seller with everything Peppol and XRechnung ask for.
void completeSeller(TestLedger &t)
{
    CompanySettings c = need(t->context().company.load());
    c.endpoint = need(ElectronicAddress::parse(QStringLiteral("0009:12345678200010")));
    c.legalRegistration = {QStringLiteral("0002"), QStringLiteral("123456782")};
    c.contactName = QStringLiteral("Marie Laurent");
    c.contactPhone = QStringLiteral("+33 4 72 00 00 00");
    c.contactEmail = QStringLiteral("billing@climatec.example");
    need(t->settings().saveCompany(c));
}

qint64 customerFor(TestLedger &t, EInvoiceFormat format, bool complete = true)
{
    Customer c;
    c.name = QStringLiteral("Stadtwerke Freiburg");
    c.postalAddress.line1 = QStringLiteral("Fehrenbachallee 12");
    c.postalAddress.postcode = QStringLiteral("79106");
    c.postalAddress.city = QStringLiteral("Freiburg im Breisgau");
    c.postalAddress.countryCode = QStringLiteral("DE");
    c.postalAddress.countryLine = QStringLiteral("Deutschland");
    c.vatId = QStringLiteral("DE142122102");
    c.language = QStringLiteral("de");
    c.einvoiceFormat = format;
    if (complete) {
        c.endpoint = need(ElectronicAddress::parse(QStringLiteral("0204:08311000-GM2026-64")));
        c.buyerReference = QStringLiteral("08311000-GM2026-64");
    }
    c.contacts.append({0, QStringLiteral("Rechnungen"), QStringLiteral("rechnung@freiburg.example"), QString(),
        QString(), true});
    return need(t->customers().add(c));
}

qint64 draftFor(TestLedger &t, qint64 customerId)
{
    const qint64 id = need(t->drafts().createInvoice(customerId));
    DocumentLine labour = makeLine(QStringLiteral("Wartung Kältemaschine"), QStringLiteral("3.5"),
        QStringLiteral("72.50"), QStringLiteral("20"), QStringLiteral("10"));
    labour.unit = QStringLiteral("Std.");
    need(t->drafts().addLine(id, labour));
    DocumentLine part = makeLine(QStringLiteral("Filter"), QStringLiteral("2"), QStringLiteral("19.9"));
    part.unit = QStringLiteral("Stk");
    need(t->drafts().addLine(id, part));
    return id;
}

QString save(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QString count(TestLedger &t, const QString &sql)
{
    return TestSql::value(t->database(), sql).toString();
}

// The XML inside: the file itself, or the factur-x.xml of a Factur-X PDF (pdfdetach).
QByteArray xmlOf(const QTemporaryDir &dir, EInvoiceFormat format, const QByteArray &bytes)
{
    if (format != EInvoiceFormat::FacturX)
        return bytes;
    const QString pdf = save(dir, QStringLiteral("fx.pdf"), bytes);
    const QString xml = dir.filePath(QStringLiteral("factur-x.xml"));
    QFile::remove(xml);
    REQUIRE(runProgram(QStringLiteral("pdfdetach"), {QStringLiteral("-savefile"), QStringLiteral("factur-x.xml"),
                QStringLiteral("-o"), xml, pdf}) == 0);
    QFile file(xml);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}
} // namespace

TEST_CASE("a posted invoice and its credit note export in every format, schema-valid", "[schema]")
{
    QTemporaryDir dir;
    for (EInvoiceFormat format : AllFormats) {
        INFO(EInvoiceFormats::key(format).toStdString());
        TestLedger t;
        completeSeller(t);
        const qint64 customer = customerFor(t, format);
        const qint64 invoice = draftFor(t, customer);
        Document header = need(t->context().documents.find(invoice));
        header.orderReference = QStringLiteral("PO-2026-118");
        need(t->drafts().updateHeader(header));
        need(t->posting().post(invoice));
        EInvoiceService service(t.ledger());
        CHECK(service.missing(invoice, format).isEmpty());
        const EInvoiceOutput out = need(service.output(invoice, format, EInvoiceUse::Export));
        const Document posted = need(t->context().documents.find(invoice));
        CHECK(out.fileName == posted.number + (format == EInvoiceFormat::FacturX ? QStringLiteral(".pdf") : QStringLiteral(".xml")));
        CHECK(out.sha256 == DocumentPdfService::sha256Hex(out.bytes));
        const QByteArray xml = xmlOf(dir, format, out.bytes);
        CHECK(xml.contains(posted.number.toUtf8()));
        CHECK(xml.contains("HUR"));
        CHECK(xml.contains("H87"));
        CHECK(xml.contains("PO-2026-118"));
        // The amounts are the ledger's, to the cent.
        const QString gross = QString::number(posted.totalGross / 100) + QLatin1Char('.')
            + QStringLiteral("%1").arg(posted.totalGross % 100, 2, 10, QLatin1Char('0'));
        CHECK(xml.contains(gross.toUtf8()));
        const QString file = save(dir, EInvoiceFormats::key(format) + QStringLiteral("-invoice.xml"), xml);
        CHECK(SchemaCheck::failures(SchemaCheck::xsdFor(isUbl(format), false), {file}).join(QLatin1Char('\n'))
                  .toStdString() == std::string());
        CHECK(count(t, QStringLiteral("SELECT count(*) FROM einvoice_archive WHERE document_id = %1").arg(invoice))
              == QStringLiteral("1"));
        CHECK(count(t, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'einvoice_export' AND "
                                      "details LIKE '%%1%'").arg(out.sha256)) == QStringLiteral("1"));
        if (format == EInvoiceFormat::FacturX) // the plain PDF of the same pages is archived with it
            CHECK(count(t, QStringLiteral("SELECT count(*) FROM document_archive WHERE document_id = %1").arg(invoice))
                  == QStringLiteral("1"));

        // The credit note states the invoice it credits (BT-25/26).
        const qint64 note = need(t->creditNotes().createDraft(invoice, QStringLiteral("Filter returned"),
            {{posted.lines.last().id, Quantity::fromInteger(1).scaled()}}));
        need(t->posting().post(note));
        const EInvoiceOutput credit = need(service.output(note, format, EInvoiceUse::Export));
        const QByteArray creditXml = xmlOf(dir, format, credit.bytes);
        CHECK(creditXml.contains(posted.number.toUtf8()));
        CHECK(creditXml.contains("381"));
        const QString creditFile = save(dir, EInvoiceFormats::key(format) + QStringLiteral("-credit.xml"), creditXml);
        CHECK(SchemaCheck::failures(SchemaCheck::xsdFor(isUbl(format), true), {creditFile}).join(QLatin1Char('\n'))
                  .toStdString() == std::string());
    }
}

TEST_CASE("posting for a customer on Peppol or XRechnung refuses what the format lacks and changes nothing")
{
    TestLedger t;
    const qint64 peppol = customerFor(t, EInvoiceFormat::Peppol, false);
    const qint64 draft = draftFor(t, peppol);
    const QString before = t.dump();
    const auto refused = t->posting().post(draft);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("electronic address")));
    CHECK(refused.message().contains(QStringLiteral("purchase order reference")));
    CHECK(t.dump() == before);
    EInvoiceService service(t.ledger());
    CHECK(service.missing(draft, EInvoiceFormat::Peppol).join(QLatin1Char('\n')).contains(QStringLiteral("electronic address")));
    const QStringList xrechnung = service.missing(draft, EInvoiceFormat::XRechnungUbl);
    CHECK(xrechnung.join(QLatin1Char('\n')).contains(QStringLiteral("Leitweg-ID")));
    CHECK(xrechnung.join(QLatin1Char('\n')).contains(QStringLiteral("contact")));
    // A draft has no e-invoice to export.
    CHECK_FALSE(service.output(draft, EInvoiceFormat::En16931Ubl, EInvoiceUse::Export).ok());
    CHECK(t.dump() == before);

    // The plain EN 16931 format needs neither: the same draft, for a customer without preference,
    // posts; exporting it as Peppol is refused naming the field, and nothing is archived.
    Document d = need(t->context().documents.find(draft));
    d.customerId = customerFor(t, EInvoiceFormat::None, false);
    need(t->drafts().updateHeader(d));
    need(t->posting().post(draft));
    const QString posted = t.dump();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.xml"));
    const auto exported = service.exportToFile(draft, EInvoiceFormat::Peppol, path);
    REQUIRE_FALSE(exported.ok());
    CHECK(exported.message().contains(QStringLiteral("electronic address")));
    CHECK_FALSE(QFile::exists(path));
    CHECK(t.dump() == posted);
    CHECK(need(service.exportToFile(draft, EInvoiceFormat::En16931Ubl, path)).bytes.size() > 0);
}

TEST_CASE("the second export is the archived bytes, whatever changed since")
{
    TestLedger t;
    completeSeller(t);
    const qint64 customer = customerFor(t, EInvoiceFormat::XRechnungCii);
    const qint64 id = draftFor(t, customer);
    need(t->posting().post(id));
    EInvoiceService service(t.ledger());
    QTemporaryDir dir;
    const EInvoiceOutput first = need(service.exportToFile(id, EInvoiceFormat::XRechnungCii, dir.filePath(QStringLiteral("a.xml"))));
    CHECK_FALSE(first.fromArchive);
    Customer c = need(t->context().customers.find(customer));
    c.name = QStringLiteral("Stadt Freiburg, Amt 65");
    c.buyerReference = QStringLiteral("08311000-NEW-99");
    need(t->customers().update(c));
    CompanySettings company = need(t->context().company.load());
    company.contactName = QStringLiteral("Paul Martin");
    need(t->settings().saveCompany(company));
    const EInvoiceOutput second = need(service.exportToFile(id, EInvoiceFormat::XRechnungCii, dir.filePath(QStringLiteral("b.xml"))));
    CHECK(second.fromArchive);
    CHECK(second.bytes == first.bytes);
    CHECK(second.sha256 == first.sha256);
    // A format not exported yet is made now, from the frozen snapshot: the old name still.
    const EInvoiceOutput ubl = need(service.output(id, EInvoiceFormat::XRechnungUbl, EInvoiceUse::Preview));
    CHECK(ubl.bytes.contains("Stadtwerke Freiburg"));
    CHECK_FALSE(ubl.bytes.contains("Amt 65"));
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM einvoice_archive")) == QStringLiteral("1")); // preview
    const QList<EInvoiceArchiveEntry> history = need(service.archived(id));
    REQUIRE(history.size() == 1);
    CHECK(history.first().format == QStringLiteral("xrechnung-cii"));
    CHECK(history.first().sha256 == first.sha256);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'einvoice_export'"))
          == QStringLiteral("2"));
    CHECK_FALSE(TestSql::run(t->database(), QStringLiteral("UPDATE einvoice_archive SET file_name = 'x.xml'")).ok());
    CHECK_FALSE(TestSql::run(t->database(), QStringLiteral("DELETE FROM einvoice_archive")).ok());
}

// [file]: an old company file (turned back to schema 11 and upgraded again at the next open).
TEST_CASE("a document posted before schema 12 exports what its snapshot allows or names what is missing", "[file]")
{
    TestLedger t;
    completeSeller(t);
    const qint64 customer = customerFor(t, EInvoiceFormat::None);
    const qint64 id = draftFor(t, customer);
    need(t->posting().post(id));
    // Before schema 9 the snapshot held the parties' text only.
    const qint64 older = draftFor(t, customer);
    need(t->posting().post(older));
    downgradeToSchema11(t->database());
    {
        QSqlQuery q(t->database().connection());
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER documents_posted_frozen")));
        REQUIRE(q.exec(QStringLiteral("UPDATE documents SET snapshot = '{\"seller\":{\"name\":\"Climatec\",\"address\":"
                                      "\"12 rue des Artisans\"},\"customer\":{\"name\":\"Stadtwerke\"}}' WHERE id = %1")
                           .arg(older)));
    }
    t.reopen(); // upgrades to the current schema again (the trigger comes back)
    REQUIRE(t->database().schemaVersion() == Database::latestSchemaVersion());
    EInvoiceService service(t.ledger());
    CHECK(service.missing(id, EInvoiceFormat::En16931Ubl).isEmpty());
    const EInvoiceOutput out = need(service.output(id, EInvoiceFormat::En16931Ubl, EInvoiceUse::Export));
    CHECK(out.bytes.contains("HUR")); // the unit texts mapped by the migration
    const QStringList missing = service.missing(older, EInvoiceFormat::En16931Ubl);
    CHECK(missing.join(QLatin1Char('\n')).contains(QStringLiteral("postal address")));
    const auto refused = service.output(older, EInvoiceFormat::En16931Ubl, EInvoiceUse::Export);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("postal address")));
}

TEST_CASE("a Factur-X PDF shows the pages of the document's archived PDF")
{
    TestLedger t;
    completeSeller(t);
    const qint64 customer = customerFor(t, EInvoiceFormat::FacturX);
    QTemporaryDir dir;
    const auto pagesText = [&dir](const QByteArray &pdf, const QString &name) {
        const QString path = save(dir, name + QStringLiteral(".pdf"), pdf);
        QString text;
        REQUIRE(runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}, &text) == 0);
        return text;
    };

    // The PDF left the program before any payment; the Factur-X made after a payment shows the
    // same pages (amounts as archived), and the archived PDF is kept.
    const qint64 first = draftFor(t, customer);
    need(t->posting().post(first));
    const ArchivedPdf plain = need(DocumentPdfService(t.ledger()).pdfFor(first, PdfUse::Export));
    PaymentRequest payment;
    payment.documentId = first;
    payment.amount = 1000;
    need(t->payments().registerPayment(payment));
    const EInvoiceOutput facturX = need(EInvoiceService(t.ledger()).output(first, EInvoiceFormat::FacturX, EInvoiceUse::Export));
    CHECK(pagesText(facturX.bytes, QStringLiteral("fx1")) == pagesText(plain.pdf, QStringLiteral("plain1")));
    const ArchivedPdf kept = need(DocumentPdfService(t.ledger()).pdfFor(first, PdfUse::Export));
    CHECK(kept.pdf == plain.pdf);

    // Without an archived PDF, the Factur-X export archives the plain PDF of the same pages.
    const qint64 second = draftFor(t, customer);
    need(t->posting().post(second));
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM document_archive WHERE document_id = %1").arg(second))
          == QStringLiteral("0"));
    const EInvoiceOutput fx2 = need(EInvoiceService(t.ledger()).output(second, EInvoiceFormat::FacturX, EInvoiceUse::Send));
    const ArchivedPdf plain2 = need(DocumentPdfService(t.ledger()).pdfFor(second, PdfUse::Export));
    CHECK(plain2.fromArchive);
    CHECK(pagesText(fx2.bytes, QStringLiteral("fx2")) == pagesText(plain2.pdf, QStringLiteral("plain2")));
}
