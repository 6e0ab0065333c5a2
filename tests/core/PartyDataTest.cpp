#include "ImportService.h"
#include "IntegrityCheck.h"
#include "LedgerTestHelpers.h"
#include "PartySnapshot.h"
#include "SchemaDowngrade.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace LedgerTest;

namespace {
QString documentsRows(TestLedger &t)
{
    QSqlQuery q(t->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT * FROM documents ORDER BY id")));
    QString out;
    while (q.next())
        for (int i = 0; i < 30; ++i)
            out += q.value(i).toString() + QLatin1Char('|');
    return out;
}

void sql(TestLedger &t, const QString &statement)
{
    QSqlQuery q(t->database().connection());
    INFO(statement.toStdString());
    REQUIRE(q.exec(statement));
}

qint64 rawCustomer(TestLedger &t, const QString &name, const QString &address, const QString &vatId)
{
    QSqlQuery q(t->database().connection());
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO customers (name, billing_address, vat_id, created_at, updated_at) "
                                     "VALUES (?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
    q.addBindValue(name);
    q.addBindValue(address.isEmpty() ? QStringLiteral("") : address); // '' rather than NULL
    q.addBindValue(vatId.isEmpty() ? QStringLiteral("") : vatId);
    const bool done = q.exec();
    INFO(q.lastError().text().toStdString());
    REQUIRE(done);
    return q.lastInsertId().toLongLong();
}

Customer customer(TestLedger &t, qint64 id)
{
    return need(t->context().customers.find(id));
}

PartySnapshot snapshotOf(TestLedger &t, qint64 documentId)
{
    const Document d = load(t, documentId);
    auto parsed = PartySnapshot::parse(d.snapshot);
    INFO(parsed.message().toStdString());
    REQUIRE(parsed.ok());
    return parsed.value();
}
} // namespace

TEST_CASE("upgrading a schema-8 file splits the addresses it can and flags the others to review", "[file]")
{
    TestLedger t;
    const QString number = t.postNew();
    downgradeToSchema8(t->database());
    // The company's address has no country line: its VAT id (FR…) tells the country.
    sql(t, QStringLiteral("UPDATE company SET address = '12 rue des Artisans' || char(10) || '69003 Lyon'"));
    struct Sample
    {
        const char *name;
        const char *address;
        const char *vatId;
        const char *country; // nullptr: to review
        const char *postcode;
        const char *city;
    };
    const Sample samples[] = {
        {"Lyon with country line", "14 rue Mercière\n69002 Lyon\nFrance", "", "FR", "69002", "Lyon"},
        {"Berlin with prefix", "Unter den Linden 1\nD-10115 Berlin", "", "DE", "10115", "Berlin"},
        {"Brussels by VAT id", "Rue Neuve 120\n1000 Bruxelles", "BE0477472701", "BE", "1000", "Bruxelles"},
        {"Two street lines", "Bâtiment C\n8 boulevard des Belges\n69006 Lyon\nFRANCE", "", "FR", "69006", "Lyon"},
        {"No country known", "3 place Bellecour\n69002 Lyon", "", nullptr, nullptr, nullptr},
        {"Free text", "Chez M. Dupont, à côté de la gare, Lyon", "FR40303265045", nullptr, nullptr, nullptr},
        {"Wrong postcode form", "Rue Neuve 120\n75011 Bruxelles\nBelgique", "", nullptr, nullptr, nullptr},
        {"United States", "1 Main Street\nSpringfield, IL 62701\nUSA", "", nullptr, nullptr, nullptr},
    };
    QList<qint64> ids;
    for (const Sample &s : samples)
        ids << rawCustomer(t, QString::fromUtf8(s.name), QString::fromUtf8(s.address), QString::fromLatin1(s.vatId));
    const qint64 empty = rawCustomer(t, QStringLiteral("No address"), QString(), QString());
    const QString documentsBefore = documentsRows(t);

    t.reopen();
    CHECK(t->database().schemaVersion() == Database::latestSchemaVersion());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const Sample &s = samples[i];
        INFO(s.name);
        const Customer c = customer(t, ids.at(i));
        CHECK(c.billingAddress == QString::fromUtf8(s.address)); // the text (what is printed) is kept
        CHECK(c.postalAddress.toReview == (s.country == nullptr));
        if (!s.country) {
            CHECK_FALSE(c.postalAddress.isStructured());
            continue;
        }
        CHECK(c.postalAddress.countryCode == QString::fromLatin1(s.country));
        CHECK(c.postalAddress.postcode == QString::fromLatin1(s.postcode));
        CHECK(c.postalAddress.city == QString::fromUtf8(s.city));
        CHECK(c.postalAddress.lines() == PostalAddress::printedLines(c.billingAddress)); // prints as before
    }
    CHECK_FALSE(customer(t, empty).postalAddress.toReview);
    CHECK_FALSE(customer(t, t.customerId()).postalAddress.toReview); // "3 place Bellecour…" with an FR VAT id

    const CompanySettings company = need(t->context().company.load());
    CHECK(company.postalAddress.countryCode == QStringLiteral("FR"));
    CHECK(company.postalAddress.postcode == QStringLiteral("69003"));
    CHECK(company.postalAddress.line1 == QStringLiteral("12 rue des Artisans"));
    CHECK(company.postalAddress.countryLine.isEmpty());
    CHECK(company.address == QStringLiteral("12 rue des Artisans\n69003 Lyon"));

    // Posted documents are untouched, and their frozen copy still prints as before.
    CHECK(documentsRows(t) == documentsBefore);
    const qint64 posted = need(t->context().documents.idByNumber(number));
    const PartySnapshot old = snapshotOf(t, posted);
    CHECK(old.seller.addressText == QStringLiteral("12 rue des Artisans\n69003 Lyon\nFrance"));
    CHECK(old.seller.address.countryLine == QStringLiteral("France")); // as frozen, not as the company is now

    // check warns of each address to review and still passes.
    IntegrityCheck check(t->context(), t->audit());
    const IntegrityReport report = need(check.run(true));
    CHECK(report.ok());
    CHECK(report.warnings.size() == 4);
    const QString warnings = report.warnings.join(QLatin1Char('\n'));
    CHECK(warnings.contains(QStringLiteral("Free text")));
    CHECK(warnings.contains(QStringLiteral("No country known")));
    CHECK_FALSE(warnings.contains(QStringLiteral("Berlin")));
    const auto listed = need(t->context().customers.list(QString(), 1000, true));
    CHECK(listed.size() == 4);
}

TEST_CASE("an unsplittable company address is flagged to review at the upgrade, and check names it", "[file]")
{
    TestLedger t;
    downgradeToSchema8(t->database());
    sql(t,
        QStringLiteral("UPDATE company SET vat_id = '', address = '12 rue des Artisans' || char(10) || '69003 Lyon'"));
    t.reopen();
    const CompanySettings company = need(t->context().company.load());
    CHECK(company.postalAddress.toReview);
    CHECK(company.address == QStringLiteral("12 rue des Artisans\n69003 Lyon"));
    IntegrityCheck check(t->context(), t->audit());
    const IntegrityReport report = need(check.run(true));
    CHECK(report.ok());
    REQUIRE(report.warnings.size() == 1);
    CHECK(report.warnings.first().contains(QStringLiteral("company")));
}

TEST_CASE("posting freezes the structured party data; editing the customer or the company later changes nothing")
{
    TestLedger t;
    CompanySettings company = need(t->context().company.load());
    company.legalRegistration = need(LegalRegistration::parse(QStringLiteral("0009:12345678200010")));
    company.endpoint = need(ElectronicAddress::parse(QStringLiteral("0009:12345678200010")));
    company.contactName = QStringLiteral("Marie Dubois");
    company.contactPhone = QStringLiteral("+33 4 72 00 00 00");
    company.contactEmail = QStringLiteral("marie@climatec.example");
    REQUIRE(t->settings().saveCompany(company).ok());

    Customer c = customer(t, t.customerId());
    c.postalAddress = PostalAddress();
    c.postalAddress.line1 = QStringLiteral("Fehrenbachallee 12");
    c.postalAddress.postcode = QStringLiteral("79106");
    c.postalAddress.city = QStringLiteral("Freiburg im Breisgau");
    c.postalAddress.subdivision = QStringLiteral("Baden-Württemberg");
    c.postalAddress.countryCode = QStringLiteral("DE");
    c.billingAddress.clear();
    c.endpoint = need(ElectronicAddress::parse(QStringLiteral("0204:08311000-GM2026-64")));
    c.registration = need(LegalRegistration::parse(QStringLiteral("HRB:12345")));
    c.buyerReference = QStringLiteral("08311000-GM2026-64");
    c.einvoiceFormat = EInvoiceFormat::XRechnungUbl;
    REQUIRE(t->customers().update(c).ok());
    CHECK(customer(t, t.customerId()).billingAddress
        == QStringLiteral("Fehrenbachallee 12\n79106 Freiburg im Breisgau\nBaden-Württemberg"));

    const qint64 id = need(t->context().documents.idByNumber(t.postNew()));
    const PartySnapshot frozen = snapshotOf(t, id);
    CHECK(frozen.seller.address.line1 == QStringLiteral("12 rue des Artisans"));
    CHECK(frozen.seller.address.countryCode == QStringLiteral("FR"));
    CHECK(frozen.seller.registration.toString() == QStringLiteral("0009:12345678200010"));
    CHECK(frozen.seller.endpoint.toString() == QStringLiteral("0009:12345678200010"));
    CHECK(frozen.sellerContactName == QStringLiteral("Marie Dubois"));
    CHECK(frozen.sellerContactPhone == QStringLiteral("+33 4 72 00 00 00"));
    CHECK(frozen.sellerContactEmail == QStringLiteral("marie@climatec.example"));
    CHECK(frozen.seller.vatId == QStringLiteral("FR32123456789"));
    CHECK(frozen.customer.address.postcode == QStringLiteral("79106"));
    CHECK(frozen.customer.address.subdivision == QStringLiteral("Baden-Württemberg"));
    CHECK(frozen.customer.address.countryCode == QStringLiteral("DE"));
    CHECK(frozen.customer.endpoint.toString() == QStringLiteral("0204:08311000-GM2026-64"));
    CHECK(frozen.customer.registration.toString() == QStringLiteral("HRB:12345"));
    CHECK(frozen.buyerReference == QStringLiteral("08311000-GM2026-64"));
    CHECK(frozen.preferredFormat == EInvoiceFormat::XRechnungUbl);
    CHECK(frozen.customer.addressText == customer(t, t.customerId()).billingAddress);

    const QString snapshotBefore = load(t, id).snapshot;
    c = customer(t, t.customerId());
    c.postalAddress.city = QStringLiteral("Berlin");
    c.postalAddress.postcode = QStringLiteral("10115");
    c.endpoint = need(ElectronicAddress::parse(QStringLiteral("9930:DE123456789")));
    c.buyerReference = QStringLiteral("991-33333TEST-33");
    c.einvoiceFormat = EInvoiceFormat::Peppol;
    c.billingAddress.clear();
    REQUIRE(t->customers().update(c).ok());
    company.endpoint = need(ElectronicAddress::parse(QStringLiteral("0002:123456782")));
    company.postalAddress.city = QStringLiteral("Villeurbanne");
    company.postalAddress.postcode = QStringLiteral("69100");
    company.address.clear();
    REQUIRE(t->settings().saveCompany(company).ok());
    CHECK(load(t, id).snapshot == snapshotBefore);
    const PartySnapshot again = snapshotOf(t, id);
    CHECK(again.customer.address.city == QStringLiteral("Freiburg im Breisgau"));
    CHECK(again.customer.endpoint.scheme == QStringLiteral("0204"));
    CHECK(again.seller.address.city == QStringLiteral("Lyon"));
    CHECK(again.preferredFormat == EInvoiceFormat::XRechnungUbl);
}

TEST_CASE("a snapshot written before schema 9 reads with its structured fields empty; a damaged one is refused")
{
    const QString legacy = QStringLiteral(
        R"({"customer":{"address":"3 place Bellecour\n69002 Lyon","email":"compta@example.fr","name":"Boulangerie",)"
        R"("vat_id":"FR40303265045"},"payment_terms_days":45,"seller":{"address":"12 rue des Artisans\n69003 Lyon",)"
        R"("bank_name":"","bic":"AGRIFRPP","email":"","iban":"FR7630006000011234567890189","name":"Climatec",)"
        R"("phone":"","registration":"RCS Lyon","vat_id":"FR32123456789","website":""}})");
    const PartySnapshot s = need(PartySnapshot::parse(legacy));
    CHECK(s.seller.name == QStringLiteral("Climatec"));
    CHECK(s.customer.vatId == QStringLiteral("FR40303265045"));
    CHECK(s.customer.addressText == QStringLiteral("3 place Bellecour\n69002 Lyon"));
    CHECK(s.sellerRegistrationText == QStringLiteral("RCS Lyon"));
    CHECK(s.paymentTermsDays == 45);
    CHECK(s.iban == QStringLiteral("FR7630006000011234567890189"));
    CHECK_FALSE(s.seller.address.isStructured());
    CHECK_FALSE(s.customer.address.isStructured());
    CHECK(s.seller.endpoint.isEmpty());
    CHECK(s.customer.registration.isEmpty());
    CHECK(s.buyerReference.isEmpty());
    CHECK(s.sellerContactName.isEmpty());
    CHECK(s.preferredFormat == EInvoiceFormat::None);

    CHECK_FALSE(PartySnapshot::parse(QStringLiteral("{not json")).ok());
    CHECK_FALSE(PartySnapshot::parse(QStringLiteral("[1, 2]")).ok());
}

TEST_CASE("bad party data is refused with a clear message and changes nothing")
{
    TestLedger t;
    const QString before = t.dump();
    const Customer original = customer(t, t.customerId());
    struct Case
    {
        const char *what;
        std::function<void(Customer &)> edit;
        const char *message;
    };
    const Case cases[] = {
        {"unknown country",
            [](Customer &c) {
                c.postalAddress.countryCode = QStringLiteral("XX");
                c.billingAddress.clear();
            },
            "XX"},
        {"endpoint check digits",
            [](Customer &c) {
                c.endpoint = {QStringLiteral("0208"), QStringLiteral("0477472702")};
            },
            "0477472702"},
        {"Leitweg-ID check digits",
            [](Customer &c) {
                c.endpoint = {QStringLiteral("0204"), QStringLiteral("04011000-1234512345-07")};
            },
            "Leitweg"},
        {"unknown endpoint scheme",
            [](Customer &c) {
                c.endpoint = {QStringLiteral("PEPPOL"), QStringLiteral("x")};
            },
            "PEPPOL"},
        {"registration check digit",
            [](Customer &c) {
                c.registration = {QStringLiteral("0009"), QStringLiteral("12345678200011")};
            },
            "SIRET"},
        {"postcode of another country",
            [](Customer &c) {
                c.postalAddress.postcode = QStringLiteral("7501");
                c.billingAddress.clear();
            },
            "7501"},
        {"buyer reference on two lines", [](Customer &c) { c.buyerReference = QStringLiteral("a\nb"); },
            "buyer reference"},
    };
    for (const Case &k : cases) {
        INFO(k.what);
        Customer c = original;
        k.edit(c);
        const Status refused = t->customers().update(c);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind() == ErrorKind::Invalid);
        CHECK(refused.message().contains(QString::fromLatin1(k.message)));
        Customer added = c;
        added.id = 0;
        CHECK_FALSE(t->customers().add(added).ok());
    }
    CompanySettings company = need(t->context().company.load());
    company.endpoint = {QStringLiteral("0088"), QStringLiteral("4000001000006")};
    CHECK_FALSE(t->settings().saveCompany(company).ok());
    company = need(t->context().company.load());
    company.contactEmail = QStringLiteral("not an address");
    CHECK_FALSE(t->settings().saveCompany(company).ok());
    CHECK(t.dump() == before);
}

TEST_CASE("customers imported from CSV with structured address, endpoint, registration and format columns")
{
    TestLedger t;
    ImportService importer(t->context(), t->audit(), t->customers(), t->settings(), t->jobImport());
    const QByteArray csv
        = "name,street,postcode,city,country,endpoint,registration,buyer_reference,einvoice_format\n"
          "Brightwell Offices,Rue Neuve 120,1000,Bruxelles,BE,0208:0477472701,0208:0477472701,,peppol\n"
          "Stadt Freiburg,Fehrenbachallee 12,79106,Freiburg im Breisgau,DE,0204:08311000-GM2026-64,,08311000-GM2026-64,"
          "xrechnung-ubl\n"
          "Bad country,1 Main Street,62701,Springfield,XX,,,,\n"
          "Bad endpoint,Rue Neuve 1,1000,Bruxelles,BE,0208:0477472702,,,\n"
          "Bad format,Rue Neuve 2,1000,Bruxelles,BE,,,,ubl\n"
          "Bad postcode,Rue Neuve 3,75011,Bruxelles,BE,,,,\n"
          "Bad registration,Rue Neuve 4,1000,Bruxelles,BE,,0009:1,,\n";
    const QString before = t.dump();
    const ImportReport refused = need(importer.importFile(ImportKind::Customers, csv));
    CHECK_FALSE(refused.imported);
    CHECK(t.dump() == before);
    QStringList issues;
    for (const ImportIssue &i : refused.issues)
        issues << QStringLiteral("%1:%2").arg(i.row).arg(i.field);
    CHECK(issues.join(QLatin1Char(' ')).toStdString() == "4:country 5:endpoint 6:einvoice_format 7: 8:registration");

    ImportOptions validOnly;
    validOnly.allOrNothing = false;
    const ImportReport done = need(importer.importFile(ImportKind::Customers, csv, validOnly));
    CHECK(done.created == 2);
    const qint64 brightwell = done.rows.at(0).id;
    const qint64 freiburg = done.rows.at(1).id;
    const Customer b = customer(t, brightwell);
    CHECK(b.postalAddress.countryCode == QStringLiteral("BE"));
    CHECK(b.billingAddress == QStringLiteral("Rue Neuve 120\n1000 Bruxelles\nBelgium"));
    CHECK(b.endpoint.toString() == QStringLiteral("0208:0477472701"));
    CHECK(b.registration.toString() == QStringLiteral("0208:0477472701"));
    CHECK(b.einvoiceFormat == EInvoiceFormat::Peppol);
    const Customer f = customer(t, freiburg);
    CHECK(f.buyerReference == QStringLiteral("08311000-GM2026-64"));
    CHECK(f.einvoiceFormat == EInvoiceFormat::XRechnungUbl);
    CHECK(f.postalAddress.city == QStringLiteral("Freiburg im Breisgau"));

    // The old single address column still works, and is split when it can be.
    const QByteArray old = "name,address,vat_id\n\"Old style\",\"5 place Bellecour\\n69002 Lyon\",FR83404833048\n";
    const ImportReport oldStyle = need(importer.importFile(ImportKind::Customers, old));
    INFO((oldStyle.issues.isEmpty() ? QString() : oldStyle.issues.first().text()).toStdString());
    REQUIRE(oldStyle.created == 1);
    CHECK(customer(t, oldStyle.rows.at(0).id).postalAddress.postcode == QStringLiteral("69002"));
    const QByteArray both = "name,address,street,postcode,city,country\nBoth,\"x\",Rue Neuve 1,1000,Bruxelles,BE\n";
    const ImportReport conflicting = need(importer.importFile(ImportKind::Customers, both));
    REQUIRE(conflicting.issues.size() == 1);
    CHECK(conflicting.issues.first().field == QStringLiteral("address"));
}
