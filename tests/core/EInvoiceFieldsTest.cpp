// Schema 12: the e-invoice fields of documents, lines and catalog items (buyer and order
// reference, payment means, UN/ECE Rec 20 unit codes, VATEX codes, tax categories K, G and O),
// their refusals, their freezing at posting and the upgrade of an older file.
#include "ImportService.h"
#include "LedgerTestHelpers.h"
#include "SchemaDowngrade.h"
#include "SqlStatement.h"
#include "UnitCodes.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

using namespace LedgerTest;

namespace {
// Through the company's own statements, so on either engine.
QString scalar(TestLedger &t, const QString &sql)
{
    SqlStatement q(t->database(), sql);
    INFO(sql.toStdString());
    REQUIRE(q.exec(QStringLiteral("read a value")).ok());
    REQUIRE(q.next());
    return q.value(0).toString();
}

bool tryExec(TestLedger &t, const QString &sql)
{
    SqlStatement q(t->database(), sql);
    return q.exec(QStringLiteral("change a row")).ok();
}
} // namespace

TEST_CASE("the unit code table maps English, French and German unit texts to Rec 20 codes")
{
    const struct
    {
        const char *text;
        const char *code;
    } samples[] = {
        {"h", "HUR"}, {"hour", "HUR"}, {"Std.", "HUR"}, {"Stunden", "HUR"}, {"heure", "HUR"}, {" H ", "HUR"},
        {"pcs", "H87"}, {"Stk", "H87"}, {"Stück", "H87"}, {"pièce", "H87"}, {"pc", "H87"},
        {"km", "KMT"}, {"m", "MTR"}, {"mètres", "MTR"}, {"kg", "KGM"}, {"l", "LTR"}, {"Liter", "LTR"},
        {"day", "DAY"}, {"jours", "DAY"}, {"Tag", "DAY"}, {"m²", "MTK"}, {"forfait", "LS"}, {"pauschal", "LS"},
        {"", "C62"}, {"widgets", "C62"}, {"ml", "C62"},
    };
    for (const auto &s : samples) {
        INFO(s.text);
        CHECK(UnitCodes::fromUnitText(QString::fromUtf8(s.text)) == QLatin1String(s.code));
    }
    CHECK(UnitCodes::isListed(QStringLiteral("Std.")));
    CHECK_FALSE(UnitCodes::isListed(QStringLiteral("widgets")));
    // Every code the table maps to is one Facturo accepts, and each text is listed once.
    QSet<QString> texts;
    for (const UnitCodes::Mapping &m : UnitCodes::mappings()) {
        INFO(m.text);
        CHECK(UnitCodes::isKnown(QString::fromLatin1(m.code)));
        CHECK_FALSE(texts.contains(QString::fromUtf8(m.text)));
        texts.insert(QString::fromUtf8(m.text));
    }
    CHECK(need(UnitCodes::validate(QStringLiteral(" hur "))) == QStringLiteral("HUR"));
    CHECK(need(UnitCodes::validate(QStringLiteral("xpp"))) == QStringLiteral("XPP")); // Rec 21 package code
    CHECK_FALSE(UnitCodes::validate(QStringLiteral("XPPP")).ok());
    const auto bad = UnitCodes::validate(QStringLiteral("hours"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.message().contains(QStringLiteral("\"hours\"")));
}

TEST_CASE("a draft takes the customer's buyer reference, keeps its references and payment means, refuses bad codes")
{
    TestLedger t;
    Customer c = need(t->context().customers.find(t.customerId()));
    c.buyerReference = QStringLiteral("04011000-12345-34");
    need(t->customers().update(c));
    const qint64 id = need(t->drafts().createInvoice(t.customerId()));
    Document d = load(t, id);
    CHECK(d.buyerReference == QStringLiteral("04011000-12345-34"));
    CHECK(d.paymentMeans == PaymentMeans::CreditTransfer);

    d.orderReference = QStringLiteral("PO-7781");
    d.buyerReference = QStringLiteral("DEPT-9");
    d.paymentMeans = PaymentMeans::DirectDebit;
    need(t->drafts().updateHeader(d));
    d = load(t, id);
    CHECK(d.orderReference == QStringLiteral("PO-7781"));
    CHECK(d.buyerReference == QStringLiteral("DEPT-9"));
    CHECK(d.paymentMeans == PaymentMeans::DirectDebit);
    CHECK(scalar(t, QStringLiteral("SELECT payment_means FROM documents WHERE id = %1").arg(id))
          == QStringLiteral("direct-debit"));
    d.orderReference = QString(201, QLatin1Char('x'));
    CHECK_FALSE(t->drafts().updateHeader(d).ok());

    DocumentLine hours = makeLine(QStringLiteral("Labour"), QStringLiteral("2.5"), QStringLiteral("60"));
    hours.unit = QStringLiteral("Std.");
    need(t->drafts().addLine(id, hours));
    CHECK(load(t, id).lines.first().unitCode == QStringLiteral("HUR"));

    DocumentLine coded = makeLine(QStringLiteral("Cable"), QStringLiteral("12"), QStringLiteral("1.5"));
    coded.unit = QStringLiteral("m");
    coded.unitCode = QStringLiteral("mtr");
    need(t->drafts().addLine(id, coded));
    CHECK(load(t, id).lines.last().unitCode == QStringLiteral("MTR"));

    const QString before = t.dump();
    DocumentLine bad = coded;
    bad.unitCode = QStringLiteral("metres");
    const auto refused = t->drafts().addLine(id, bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("metres")));
    DocumentLine export_ = makeLine(QStringLiteral("Pump to Geneva"), QStringLiteral("1"), QStringLiteral("900"), QStringLiteral("0"));
    export_.taxCategory = TaxCategory::Export;
    export_.vatexCode = QStringLiteral("EXPORT");
    const auto badVatex = t->drafts().addLine(id, export_);
    REQUIRE_FALSE(badVatex.ok());
    CHECK(badVatex.message().contains(QStringLiteral("VATEX")));
    CHECK(t.dump() == before); // refusals change nothing

    export_.vatexCode.clear();
    need(t->drafts().addLine(id, export_));
    const DocumentLine stored = load(t, id).lines.last();
    CHECK(stored.taxCategory == TaxCategory::Export);
    CHECK(stored.vatexCode == QStringLiteral("VATEX-EU-G"));
    CHECK(stored.unitCode == QStringLiteral("C62"));
    // A standard-rated line carries no VATEX code.
    DocumentLine standard = load(t, id).lines.first();
    standard.vatexCode = QStringLiteral("VATEX-EU-G");
    need(t->drafts().updateLine(id, standard));
    CHECK(load(t, id).lines.first().vatexCode.isEmpty());
}

TEST_CASE("intra-EU, export and out-of-scope lines are 0 % lines with a mention code and post")
{
    TestLedger t;
    const qint64 id = need(t->drafts().createInvoice(t.customerId()));
    for (TaxCategory category : {TaxCategory::IntraCommunity, TaxCategory::Export, TaxCategory::OutOfScope}) {
        DocumentLine l = makeLine(TaxCategories::displayName(category), QStringLiteral("1"), QStringLiteral("100"),
                                  QStringLiteral("0"));
        l.taxCategory = category;
        need(t->drafts().addLine(id, l));
        DocumentLine taxed = l;
        taxed.taxRate = Percentage::fromInteger(20);
        CHECK_FALSE(t->drafts().addLine(id, taxed).ok()); // 0 % only
        CHECK(need(TaxCategories::fromKey(TaxCategories::key(category))) == category);
    }
    need(t->posting().post(id));
    const Document posted = load(t, id);
    CHECK(posted.totalTax == 0);
    CHECK(posted.totalGross == 30000);
    CHECK(posted.taxSubtotals.size() == 3);
}

TEST_CASE("a posted document's references and payment means are frozen")
{
    TestLedger t;
    const qint64 id = t.draftWith({{QStringLiteral("Service"), QStringLiteral("1"), QStringLiteral("100"), QStringLiteral("20")}});
    Document d = load(t, id);
    d.orderReference = QStringLiteral("PO-1");
    need(t->drafts().updateHeader(d));
    post(t, id);
    for (const char *sql : {"UPDATE documents SET buyer_reference = 'X' WHERE id = %1",
                            "UPDATE documents SET order_reference = 'X' WHERE id = %1",
                            "UPDATE documents SET payment_means = 'cash' WHERE id = %1",
                            "UPDATE document_lines SET unit_code = 'KGM' WHERE document_id = %1",
                            "UPDATE document_lines SET vatex_code = 'VATEX-EU-G' WHERE document_id = %1"}) {
        INFO(sql);
        CHECK_FALSE(tryExec(t, QString::fromLatin1(sql).arg(id)));
    }
    CHECK(load(t, id).orderReference == QStringLiteral("PO-1"));
    const qint64 draft = need(t->drafts().createInvoice(t.customerId()));
    CHECK_FALSE(tryExec(t, QStringLiteral("UPDATE documents SET payment_means = 'bitcoin' WHERE id = %1").arg(draft)));
}

TEST_CASE("upgrading a schema-11 file gives every line and catalog item the code of its unit text", "[file]")
{
    TestLedger t;
    const qint64 id = t.draftWith({{QStringLiteral("Labour"), QStringLiteral("2"), QStringLiteral("60"), QStringLiteral("20")}});
    const qint64 posted = t.draftWith({{QStringLiteral("Parts"), QStringLiteral("3"), QStringLiteral("10"), QStringLiteral("20")}});
    post(t, posted);
    downgradeToSchema11(t->database());
    QSqlQuery q(t->database().connection());
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER document_lines_frozen_update")));
    REQUIRE(q.exec(QStringLiteral("UPDATE document_lines SET unit = 'Std.' WHERE document_id = %1").arg(id)));
    REQUIRE(q.exec(QStringLiteral("UPDATE document_lines SET unit = 'Stk' WHERE document_id = %1").arg(posted)));
    REQUIRE(q.exec(QStringLiteral(
        "CREATE TRIGGER document_lines_frozen_update BEFORE UPDATE ON document_lines\n"
        "WHEN (SELECT status FROM documents WHERE id = OLD.document_id) <> 'draft'\n"
        "    OR (SELECT status FROM documents WHERE id = NEW.document_id) <> 'draft'\n"
        "BEGIN\n"
        "    SELECT RAISE(ABORT, 'lines of a posted document are immutable');\n"
        "END")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO catalog_items (sku, kind, description, unit, unit_price, tax_rate_id) "
                                  "SELECT 'P-1', 'part', 'Cable', 'mètres', 150, id FROM tax_rates LIMIT 1")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO catalog_items (sku, kind, description, unit, unit_price, tax_rate_id) "
                                  "SELECT 'P-2', 'part', 'Gadget', 'gizmo', 150, id FROM tax_rates LIMIT 1")));
    q.finish();
    t.reopen();
    CHECK(t->database().schemaVersion() == Database::latestSchemaVersion());
    CHECK(load(t, id).lines.first().unitCode == QStringLiteral("HUR"));
    CHECK(load(t, posted).lines.first().unitCode == QStringLiteral("H87"));
    CHECK(need(t->context().catalog.itemBySku(QStringLiteral("P-1"))).unitCode == QStringLiteral("MTR"));
    CHECK(need(t->context().catalog.itemBySku(QStringLiteral("P-2"))).unitCode == QStringLiteral("C62"));
    CHECK(load(t, posted).paymentMeans == PaymentMeans::CreditTransfer);
    // The lines of the posted document are immutable again.
    CHECK_FALSE(tryExec(t, QStringLiteral("UPDATE document_lines SET unit_code = 'KGM' WHERE document_id = %1").arg(posted)));
    QSqlQuery integrity(t->database().connection());
    REQUIRE(integrity.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(integrity.next());
    CHECK(integrity.value(0).toString() == QStringLiteral("ok"));
}

TEST_CASE("catalog items carry a unit code: from the unit text, or given and checked")
{
    TestLedger t;
    CatalogItem item;
    item.sku = QStringLiteral("LAB-1");
    item.description = QStringLiteral("Technician hour");
    item.kind = LineKind::Labor;
    item.unit = QStringLiteral("heure");
    item.unitPrice = UnitPrice::fromInteger(65);
    item.taxRateId = need(t->context().catalog.defaultTaxRate()).id;
    need(t->settings().addCatalogItem(item));
    CHECK(need(t->context().catalog.itemBySku(QStringLiteral("LAB-1"))).unitCode == QStringLiteral("HUR"));
    item.sku = QStringLiteral("FLAT-1");
    item.unitCode = QStringLiteral("ls");
    need(t->settings().addCatalogItem(item));
    CatalogItem flat = need(t->context().catalog.itemBySku(QStringLiteral("FLAT-1")));
    CHECK(flat.unitCode == QStringLiteral("LS"));
    const QString before = t.dump();
    flat.unitCode = QStringLiteral("flat");
    const Status refused = t->settings().updateCatalogItem(flat);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("\"flat\"")));
    CHECK(t.dump() == before);
}

TEST_CASE("the catalog import takes a unit code column, checks it and maps the unit text without one")
{
    TestLedger t;
    ImportService importer(t->context(), t->audit(), t->customers(), t->settings(), t->jobImport());
    const QByteArray bad = "sku,description,unit,unit_code,unit_price,tax_rate\n"
                           "H-1,Hour,Std.,,65,20\n"
                           "X-1,Flat,forfait,FLAT,120,20\n";
    const QString before = t.dump();
    const ImportReport refused = need(importer.importFile(ImportKind::Catalog, bad));
    CHECK_FALSE(refused.imported);
    REQUIRE(refused.issues.size() == 1);
    CHECK(refused.issues.first().message.contains(QStringLiteral("FLAT")));
    CHECK(t.dump() == before);
    const QByteArray good = "sku,description,unit,unit_code,unit_price,tax_rate\n"
                            "H-1,Hour,Std.,,65,20\n"
                            "X-1,Flat,forfait,ls,120,20\n"
                            "C-1,Cable,m,,1.5,20\n";
    CHECK(need(importer.importFile(ImportKind::Catalog, good)).imported);
    CHECK(need(t->context().catalog.itemBySku(QStringLiteral("H-1"))).unitCode == QStringLiteral("HUR"));
    CHECK(need(t->context().catalog.itemBySku(QStringLiteral("X-1"))).unitCode == QStringLiteral("LS"));
    CHECK(need(t->context().catalog.itemBySku(QStringLiteral("C-1"))).unitCode == QStringLiteral("MTR"));
}
