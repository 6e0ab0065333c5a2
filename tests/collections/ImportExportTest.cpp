#include "CollectionsFixture.h"
#include "CsvReader.h"
#include "ExportService.h"
#include "ImportService.h"
#include "ReportService.h"

#include <QBuffer>
#include <QFile>

#include <catch2/catch.hpp>

namespace {
ImportService importerOf(Ledger &l)
{
    return ImportService(l.context(), l.audit(), l.customers(), l.settings(), l.jobImport());
}

ImportReport imported(Ledger &l, ImportKind kind, const QByteArray &bytes, ImportOptions options = {})
{
    auto importer = importerOf(l);
    auto report = importer.importFile(kind, bytes, options);
    INFO(report.message().toStdString());
    REQUIRE(report.ok());
    return report.value();
}

QString issues(const ImportReport &r)
{
    QStringList lines;
    for (const ImportIssue &i : r.issues)
        lines << i.text();
    return lines.join(QLatin1Char('\n'));
}

QByteArray exported(Ledger &l, ExportKind kind, ExportFormat format, const QDate &from, const QDate &to)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportService exporter(l.context(), l.audit());
    ExportRequest r;
    r.kind = kind;
    r.format = format;
    r.from = from;
    r.to = to;
    auto rows = exporter.write(buffer, r);
    INFO(rows.message().toStdString());
    REQUIRE(rows.ok());
    return buffer.data();
}

const QByteArray Customers = "Name;Email;VAT_ID;Terms;Language;No_Reminders;Address\r\n"
                             "Caf\xe9 de la Gare;compta@cafe-gare.fr;FR20222333444;45;fr;non;\"1 place de la Gare\n"
                             "69002 Lyon\"\r\n"
                             "Mairie de Bron;finances@bron.fr;;;fr;oui;Place Weingarten\r\n";
} // namespace

TEST_CASE("customers import from a Windows-1252 semicolon file: preview first, then all of it, then skipped")
{
    CollectionsFixture f;
    const QString before = f.test().dump();
    ImportOptions preview;
    preview.dryRun = true;
    const ImportReport p = imported(f.ledger(), ImportKind::Customers, Customers, preview);
    CHECK(p.encoding == QStringLiteral("Windows-1252"));
    CHECK(p.separator == QLatin1Char(';'));
    CHECK(p.issues.isEmpty());
    REQUIRE(p.rows.size() == 2);
    CHECK(p.rows.at(0).label == QStringLiteral("Café de la Gare"));
    CHECK(p.rows.at(0).action == ImportRowAction::Action::Create);
    CHECK_FALSE(p.imported);
    CHECK(f.test().dump() == before);

    const ImportReport done = imported(f.ledger(), ImportKind::Customers, Customers);
    CHECK(done.imported);
    CHECK(done.created == 2);
    auto cafe = f.ledger().context().customers.find(done.rows.at(0).id);
    REQUIRE(cafe.ok());
    CHECK(cafe->paymentTermsDays == 45);
    CHECK(cafe->billingAddress == QStringLiteral("1 place de la Gare\n69002 Lyon"));
    CHECK(cafe->primaryEmail() == QStringLiteral("compta@cafe-gare.fr"));
    CHECK(f.ledger().context().customers.find(done.rows.at(1).id)->noReminders);
    auto recent = f.ledger().context().audit.recent(1);
    REQUIRE(recent.ok());
    CHECK(recent->first().entity == QStringLiteral("import"));
    CHECK(recent->first().details.contains(QStringLiteral("\"created\":2")));

    const ImportReport again = imported(f.ledger(), ImportKind::Customers, Customers);
    CHECK(again.created == 0);
    CHECK(again.skipped == 2);
}

TEST_CASE("a bad row refuses the whole import, naming row and field; valid-only imports the rest")
{
    CollectionsFixture f;
    const QByteArray file = "name,email,terms,language\n"
                            "Atelier Moreau,atelier@moreau.fr,30,fr\n"
                            "Garage Dupont,not-an-email,30,fr\n"
                            ",x@y.fr,400,xx\n"
                            "Hôtel du Parc,hotel@parc.fr,15,en\n"
                            "Atelier Moreau,atelier@moreau.fr,30,fr\n";
    const QString before = f.test().dump();
    const ImportReport refused = imported(f.ledger(), ImportKind::Customers, file);
    CHECK_FALSE(refused.imported);
    const QString text = issues(refused);
    CHECK(text.contains(QStringLiteral("Row 3, field \"email\"")));
    CHECK(text.contains(QStringLiteral("Row 4, field \"name\"")));
    CHECK(text.contains(QStringLiteral("Row 4, field \"terms\"")));
    CHECK(text.contains(QStringLiteral("Row 4, field \"language\"")));
    CHECK(text.contains(QStringLiteral("Row 6: the same customer as row 2")));
    CHECK(refused.rows.at(1).action == ImportRowAction::Action::Invalid);
    CHECK(f.test().dump() == before);

    ImportOptions validOnly;
    validOnly.allOrNothing = false;
    const ImportReport partial = imported(f.ledger(), ImportKind::Customers, file, validOnly);
    CHECK(partial.imported);
    CHECK(partial.created == 2);
    CHECK(partial.issues.size() == refused.issues.size());
}

TEST_CASE("catalog import creates and updates items; bad decimals and unknown rates are refused")
{
    CollectionsFixture f;
    CatalogItem existing;
    existing.sku = QStringLiteral("FLT-200");
    existing.description = QStringLiteral("Air filter");
    existing.unitPrice = UnitPrice::parse(QStringLiteral("18.90")).value();
    existing.taxRateId = f.ledger().context().catalog.defaultTaxRate()->id;
    REQUIRE(f.ledger().settings().addCatalogItem(existing).ok());

    const QByteArray bad = "sku;description;kind;unit;unit_price;tax_rate\n"
                           "FLT-200;Air filter G4;part;pc;19,90;20\n"
                           "LAB-H;Technician hour;labor;h;1.234,50;20\n"
                           "GAS-R32;R32 refrigerant;part;kg;45;7\n"
                           "BAD;Unknown kind;tool;pc;3;20\n";
    const QString before = f.test().dump();
    const ImportReport refused = imported(f.ledger(), ImportKind::Catalog, bad);
    const QString text = issues(refused);
    CHECK(text.contains(QStringLiteral("Row 3, field \"unit_price\"")));
    CHECK(text.contains(QStringLiteral("Row 4, field \"tax_rate\"")));
    CHECK(text.contains(QStringLiteral("Row 5, field \"kind\"")));
    CHECK_FALSE(refused.imported);
    CHECK(f.test().dump() == before);

    const QByteArray good = "sku;description;kind;unit;unit_price;tax_rate\n"
                            "FLT-200;Air filter G4;part;pc;19,90;20\n"
                            "LAB-H;Technician hour;labor;h;65;20\n"
                            "BOOK;Manual;other;pc;12,5;5,5\n";
    const ImportReport done = imported(f.ledger(), ImportKind::Catalog, good);
    INFO(issues(done).toStdString());
    CHECK(done.imported);
    CHECK(done.created == 2);
    CHECK(done.updated == 1);
    auto filter = f.ledger().context().catalog.itemBySku(QStringLiteral("FLT-200"));
    CHECK(filter->description == QStringLiteral("Air filter G4"));
    CHECK(filter->unitPrice == UnitPrice::parse(QStringLiteral("19.90")).value());
    auto book = f.ledger().context().catalog.itemBySku(QStringLiteral("BOOK"));
    CHECK(f.ledger().context().catalog.taxRate(book->taxRateId)->rate == Percentage::fromScaled(550));
    CHECK(book->kind == LineKind::Other);
}

TEST_CASE("completed jobs import from CSV rows (one per line) and from JSON, once each")
{
    CollectionsFixture f;
    const QByteArray jobs = "job_id,customer_name,customer_email,completed_at,description,line_type,technician,date,"
                            "hours,rate,sku,part_description,quantity,unit_price,tax_rate\n"
                            "J-1,Hôtel du Parc,compta@parc.fr,2026-03-09,AC service,labor,Luc,2026-03-09,2.5,65,,,,,\n"
                            "J-1,,,,,part,,,,,FLT-200,Air filter,2,18.90,20\n"
                            "J-2,Garage Dupont,,2026-03-10,Boiler,labor,Ana,2026-03-10,1,70,,,,,\n";
    const QByteArray badJobs = "job_id,customer_name,completed_at,line_type,technician,date,hours,rate\n"
                               "J-3,Garage Dupont,2026-03-10,labor,Ana,2026-03-10,1,70\n"
                               "J-3,,,labor,Ana,2026-03-11,one hour,70\n"
                               "J-4,Garage Dupont,2026-03-10,repair,Ana,2026-03-10,1,70\n";
    const QString before = f.test().dump();
    const ImportReport refused = imported(f.ledger(), ImportKind::Jobs, badJobs);
    CHECK(issues(refused).contains(QStringLiteral("Row 3, field \"hours\"")));
    CHECK(issues(refused).contains(QStringLiteral("Row 4, field \"line_type\"")));
    CHECK(f.test().dump() == before);

    const ImportReport done = imported(f.ledger(), ImportKind::Jobs, jobs);
    INFO(issues(done).toStdString());
    CHECK(done.imported);
    REQUIRE(done.created == 2);
    auto order = f.ledger().context().orders.find(done.rows.at(0).id);
    REQUIRE(order.ok());
    CHECK(order->status == OrderStatus::Done);
    CHECK(order->timeEntries.size() == 1);
    CHECK(order->parts.size() == 1);
    CHECK(imported(f.ledger(), ImportKind::Jobs, jobs).skipped == 2);

    const QByteArray json = R"({"job_id":"J-9","customer":{"name":"Atelier Moreau"},"completed_at":"2026-03-11",
        "labor":[{"technician":"Luc","date":"2026-03-11","hours":"1","rate":"60"}]})";
    const ImportReport fromJson = imported(f.ledger(), ImportKind::Jobs, json);
    CHECK(fromJson.format == QStringLiteral("json"));
    CHECK(fromJson.created == 1);
    const ImportReport twice = imported(f.ledger(), ImportKind::Jobs, json);
    CHECK_FALSE(twice.imported);
    CHECK(issues(twice).contains(QStringLiteral("J-9")));
}

TEST_CASE("exports for the accountant: the journal as CSV and FEC balance, cells are neutralised")
{
    CollectionsFixture f;
    const qint64 formula = f.addCustomer(QStringLiteral("=HYPERLINK(\"http://evil\")"));
    const qint64 a = f.invoiceOn(QDate(2026, 1, 10), QStringLiteral("100"));
    const qint64 b = f.invoiceOn(QDate(2026, 1, 20), QStringLiteral("250.55"), formula);
    f.payOn(a, QDate(2026, 2, 1), QStringLiteral("120"));
    f.creditOn(b, QDate(2026, 2, 5));
    f.invoiceOn(QDate(2026, 3, 1), QStringLiteral("10")); // outside the period

    const CsvTable journal = CsvReader::parse(
        exported(f.ledger(), ExportKind::Journal, ExportFormat::Csv, QDate(2026, 1, 1), QDate(2026, 2, 28)))
                                 .value();
    CHECK(journal.encoding == QStringLiteral("UTF-8 with BOM"));
    CHECK(journal.header.mid(0, 7)
        == QStringList {QStringLiteral("date"), QStringLiteral("journal"), QStringLiteral("entry"),
            QStringLiteral("account"), QStringLiteral("account_name"), QStringLiteral("debit"),
            QStringLiteral("credit")});
    qint64 debit = 0, credit = 0;
    for (const CsvRow &r : journal.rows) {
        debit += Money::parse(r.cells.at(5), QStringLiteral("EUR")).value().minor();
        credit += Money::parse(r.cells.at(6), QStringLiteral("EUR")).value().minor();
    }
    CHECK(debit == credit);
    CHECK(debit == 12000 + 30066 + 12000 + 30066); // two invoices, a payment, a credit note
    auto entries = f.ledger().context().journal.list(QDate(2026, 1, 1), QDate(2026, 2, 28));
    qint64 lines = 0;
    for (const JournalEntry &e : entries.value())
        lines += e.lines.size();
    CHECK(journal.rows.size() == lines);
    const int customer = journal.column({QStringLiteral("customer")});
    bool neutralised = false;
    for (const CsvRow &r : journal.rows)
        neutralised = neutralised || r.cells.at(customer) == QStringLiteral("'=HYPERLINK(\"http://evil\")");
    CHECK(neutralised);

    const QByteArray fec
        = exported(f.ledger(), ExportKind::Journal, ExportFormat::Fec, QDate(2026, 1, 1), QDate(2026, 2, 28));
    QList<QByteArray> fecLines = fec.trimmed().split('\n');
    for (QByteArray &line : fecLines)
        if (line.endsWith('\r'))
            line.chop(1); // empty last columns are kept: only the line end goes
    CHECK(fecLines.size() == lines + 1);
    CHECK(fecLines.first().split('\t').size() == 18);
    CHECK(fecLines.first().startsWith("JournalCode\tJournalLib\tEcritureNum\tEcritureDate"));
    const QList<QByteArray> first = fecLines.at(1).split('\t');
    REQUIRE(first.size() == 18);
    CHECK(first.at(0) == "VT");
    CHECK(first.at(3) == "20260110");
    CHECK(first.at(4) == "411");
    CHECK(first.at(6).startsWith("C0"));
    CHECK(first.at(11) == "120,00");
    CHECK(first.at(12) == "0,00");
    CHECK(fec.contains("\tBQ\t") == false);
    CHECK(fec.contains("\nBQ\tBanque\t"));
    CHECK(fec.contains("'=HYPERLINK"));

    const CsvTable invoices = CsvReader::parse(
        exported(f.ledger(), ExportKind::Invoices, ExportFormat::Csv, QDate(2026, 1, 1), QDate(2026, 2, 28)))
                                  .value();
    CHECK(invoices.rows.size() == 3);
    const CsvTable payments = CsvReader::parse(
        exported(f.ledger(), ExportKind::Payments, ExportFormat::Csv, QDate(2026, 1, 1), QDate(2026, 2, 28)))
                                  .value();
    REQUIRE(payments.rows.size() == 1);
    CHECK(payments.rows.at(0).cells.at(payments.column({QStringLiteral("amount")})) == QStringLiteral("120.00"));

    ExportService exporter(f.ledger().context(), f.ledger().audit());
    ExportRequest wrong;
    wrong.kind = ExportKind::Invoices;
    wrong.format = ExportFormat::Fec;
    wrong.from = QDate(2026, 1, 1);
    wrong.to = QDate(2026, 1, 31);
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    CHECK(exporter.write(sink, wrong).error().kind() == ErrorKind::Invalid);
    const QString file = f.test().dir() + QStringLiteral("/journal.csv");
    ExportRequest toFile;
    toFile.from = QDate(2026, 1, 1);
    toFile.to = QDate(2026, 12, 31);
    toFile.separator = QLatin1Char(';');
    CHECK(exporter.writeFile(file, toFile).value() == lines + 3);
    QFile written(file);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(CsvReader::parse(written.readAll())->separator == QLatin1Char(';'));
}
