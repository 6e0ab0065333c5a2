#include "CamtTestWriter.h"
#include "DirectDebitCreditorId.h"
#include "DirectDebitService.h"
#include "Iban.h"
#include "MoneyInFixture.h"
#include "Pain008Writer.h"
#include "StatementImportService.h"

#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace MoneyIn;

namespace {
const QString CreditorId = QStringLiteral("DE98ZZZ09999999999"); // the Bundesbank's published test identifier

Mandate mandateOf(qint64 customerId, const QString &reference, MandateScheme scheme = MandateScheme::Core)
{
    Mandate m;
    m.customerId = customerId;
    m.reference = reference;
    m.signedOn = QDate(2026, 1, 15);
    m.iban = QStringLiteral("DE89 3704 0044 0532 0130 00");
    m.bic = QStringLiteral("COBADEFFXXX");
    m.scheme = scheme;
    return m;
}

struct File
{
    QStringList endToEnd;
    QStringList sequences; // per transaction, from its block
    QStringList schemes;
    QString controlSum;
};

File readFile(const QString &path)
{
    File f;
    QXmlStreamReader x(fileBytes(path));
    QString sequence, scheme;
    QStringList stack;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            stack.append(x.name().toString());
            const QString name = x.name().toString();
            if (name == QLatin1String("SeqTp"))
                sequence = x.readElementText();
            else if (name == QLatin1String("Cd") && stack.value(stack.size() - 2) == QLatin1String("LclInstrm"))
                scheme = x.readElementText();
            else if (name == QLatin1String("EndToEndId")) {
                f.endToEnd.append(x.readElementText());
                f.sequences.append(sequence);
                f.schemes.append(scheme);
            } else if (name == QLatin1String("CtrlSum") && stack.value(stack.size() - 2) == QLatin1String("GrpHdr"))
                f.controlSum = x.readElementText();
            else
                continue;
            stack.removeLast();
        } else if (x.isEndElement()) {
            stack.removeLast();
        }
    }
    REQUIRE_FALSE(x.hasError());
    return f;
}

DirectDebitService service(TestLedger &t)
{
    return DirectDebitService(t->context(), t->audit(), t->payments(), t->drafts());
}
} // namespace

TEST_CASE("the SEPA creditor identifier is checked: country, mod-97 check digits without the business code")
{
    CHECK(DirectDebitCreditorId::validated(QStringLiteral("DE98ZZZ09999999999")).ok());
    CHECK(DirectDebitCreditorId::validated(QStringLiteral("de98 zzz 0999 9999 999")).value() == CreditorId);
    CHECK(DirectDebitCreditorId::validated(QStringLiteral("IT66ZZZA1B2C3D4E5F6G7H8")).ok()); // EPC262-08 example
    CHECK(DirectDebitCreditorId::validated(QStringLiteral("DE98ABC09999999999")).ok()); // business code ignored
    CHECK_FALSE(DirectDebitCreditorId::validated(QStringLiteral("DE97ZZZ09999999999")).ok());
    CHECK_FALSE(DirectDebitCreditorId::validated(QStringLiteral("DE98ZZZ09999999998")).ok());
    CHECK_FALSE(DirectDebitCreditorId::validated(QStringLiteral("XX98ZZZ09999999999")).ok());
    CHECK_FALSE(DirectDebitCreditorId::validated(QStringLiteral("DE98")).ok());
    CHECK(DirectDebitCreditorId::checkDigits(QStringLiteral("DE"), QStringLiteral("09999999999"))
        == QStringLiteral("98"));
    CHECK(Pain008Writer::amountText(1234) == QStringLiteral("12.34"));
    CHECK(Pain008Writer::amountText(5) == QStringLiteral("0.05"));
    CHECK(
        Pain008Writer::sepaText(QStringLiteral("Hôtel « du Parc » & Cie"), 70) == QStringLiteral("Hotel du Parc Cie"));
}

TEST_CASE("a mandate is checked, its reference unique; each refusal changes nothing")
{
    TestLedger t;
    MandateService mandates(t->context(), t->audit());
    need(mandates.add(mandateOf(t.customerId(), QStringLiteral("UMR-2026-001"))));
    const QString before = t.dump();
    Mandate bad = mandateOf(t.customerId(), QStringLiteral("UMR-2026-001"));
    CHECK(mandates.add(bad).error().kind() == ErrorKind::Conflict);
    bad.reference = QStringLiteral("UMR-2026-002");
    bad.iban = QStringLiteral("DE89 3704 0044 0532 0130 01");
    CHECK_FALSE(mandates.add(bad).ok());
    bad = mandateOf(t.customerId(), QStringLiteral("UMR#2026"));
    CHECK_FALSE(mandates.add(bad).ok());
    bad = mandateOf(t.customerId(), QStringLiteral("UMR-2026-003"));
    bad.signedOn = t.clock().today().addDays(1);
    CHECK_FALSE(mandates.add(bad).ok());
    bad = mandateOf(t.customerId(), QStringLiteral("UMR-2026-004"));
    bad.bic = QStringLiteral("NOTABIC");
    CHECK_FALSE(mandates.add(bad).ok());
    CHECK(mandates.setCreditorId(QStringLiteral("DE97ZZZ09999999999")).error().kind() == ErrorKind::Invalid);
    CHECK(t.dump() == before);
    CHECK(MandateService::maskedIban(QStringLiteral("DE89 3704 0044 0532 0130 00"))
        == QStringLiteral("DE89 **** **** **** **30 00"));
    CHECK(MandateService::maskedIban(QStringLiteral("DE89370400440532013000")).endsWith(QStringLiteral("30 00")));
    CHECK_FALSE(MandateService::maskedIban(QStringLiteral("DE89370400440532013000")).contains(QStringLiteral("0532")));

    const qint64 id = need(mandates.idOfReference(QStringLiteral("UMR-2026-001")));
    need(mandates.revoke(id));
    CHECK_FALSE(need(mandates.find(id)).isActive());
    CHECK(mandates.revoke(id).error().kind() == ErrorKind::Conflict);
    CHECK_FALSE(TestSql::run(t->database(), QStringLiteral("DELETE FROM mandates")).ok());
    CHECK_FALSE(TestSql::run(t->database(), QStringLiteral("UPDATE mandates SET iban = 'DE02120300000000202051'")).ok());
}

TEST_CASE("the pain.008.001.02 file collects the due direct-debit invoices once, FRST then RCUR, and validates")
{
    TestLedger t;
    QTemporaryDir dir;
    const QString xsd = painSchema(dir.path());
    MandateService mandates(t->context(), t->audit());
    DirectDebitService debits = service(t);
    const QString out = dir.filePath(QStringLiteral("collect.xml"));

    const qint64 business = t.addCustomer(QStringLiteral("Garage Dupont SARL"));
    need(mandates.add(mandateOf(t.customerId(), QStringLiteral("UMR-HOTEL-1"))));
    need(mandates.add(mandateOf(business, QStringLiteral("UMR-GARAGE-1"), MandateScheme::B2B)));
    const qint64 a = postedInvoice(t, QStringLiteral("100"), t.customerId(), PaymentMeans::DirectDebit);
    const qint64 b = postedInvoice(t, QStringLiteral("250.50"), business, PaymentMeans::DirectDebit);
    const qint64 transfer = postedInvoice(t, QStringLiteral("80"), t.customerId()); // paid by transfer
    const qint64 noMandate = postedInvoice(
        t, QStringLiteral("40"), t.addCustomer(QStringLiteral("Sans Mandat")), PaymentMeans::DirectDebit);
    const QDate collectOn = t.clock().today().addDays(40); // after the 30-day terms

    // Refused without a creditor identifier: nothing recorded, no file.
    QString before = t.dump();
    auto refused = debits.writeFile(collectOn, out);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("--creditor-id")));
    CHECK_FALSE(QFile::exists(out));
    CHECK(t.dump() == before);
    need(mandates.setCreditorId(CreditorId));
    before = t.dump();
    CHECK_FALSE(debits.writeFile(t.clock().today(), out).ok()); // the bank needs it before the day
    CHECK(debits.writeFile(t.clock().today().addDays(5), out).error().kind() == ErrorKind::Refused); // none due yet
    CHECK_FALSE(QFile::exists(out));
    CHECK(t.dump() == before);

    const DirectDebitFileResult written = need(debits.writeFile(collectOn, out));
    CHECK(written.count == 2);
    CHECK(written.total == 12000 + 30060);
    QString err;
    INFO(err.toStdString());
    CHECK(xmllint(xsd, out, &err) == 0);
    File f = readFile(out);
    CHECK(f.controlSum == QStringLiteral("420.60"));
    CHECK(f.endToEnd.size() == 2);
    CHECK(f.sequences == QStringList {QStringLiteral("FRST"), QStringLiteral("FRST")});
    CHECK(f.schemes.contains(QStringLiteral("B2B")));
    CHECK(f.schemes.contains(QStringLiteral("CORE")));
    CHECK(load(t, a).status == DocumentStatus::Paid);
    CHECK(load(t, b).status == DocumentStatus::Paid);
    CHECK(load(t, transfer).status == DocumentStatus::Posted);
    CHECK(load(t, noMandate).status == DocumentStatus::Posted);
    CHECK(accountBalance(t, QStringLiteral("direct_debit")) == 42060);

    // Not collected twice: the same day again has nothing to collect, the file is left as it was.
    const QByteArray first = fileBytes(out);
    before = t.dump();
    CHECK_FALSE(debits.writeFile(collectOn, out).ok());
    CHECK(fileBytes(out) == first);
    CHECK(t.dump() == before);

    // The next invoice under the same mandate is a recurring collection.
    const qint64 c = postedInvoice(t, QStringLiteral("60"), t.customerId(), PaymentMeans::DirectDebit);
    const QString second = dir.filePath(QStringLiteral("second.xml"));
    need(debits.writeFile(collectOn, second));
    CHECK(xmllint(xsd, second, &err) == 0);
    f = readFile(second);
    CHECK(f.sequences == QStringList {QStringLiteral("RCUR")});
    CHECK(load(t, c).status == DocumentStatus::Paid);
    const IntegrityReport report = checkFile(t);
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report.ok());
}

TEST_CASE("a returned debit reopens the invoice with a fee draft and the invoice can be collected again")
{
    TestLedger t;
    QTemporaryDir dir;
    MandateService mandates(t->context(), t->audit());
    DirectDebitService debits = service(t);
    need(mandates.setCreditorId(CreditorId));
    need(mandates.add(mandateOf(t.customerId(), QStringLiteral("UMR-HOTEL-1"))));
    const qint64 a = postedInvoice(t, QStringLiteral("100"), t.customerId(), PaymentMeans::DirectDebit);
    const qint64 never = postedInvoice(t, QStringLiteral("10"));
    const QDate collectOn = t.clock().today().addDays(31);

    DebitReturnRequest none;
    none.invoiceId = never;
    QString before = t.dump();
    CHECK_FALSE(debits.recordReturn(none).ok());
    CHECK(t.dump() == before);

    need(debits.writeFile(collectOn, dir.filePath(QStringLiteral("one.xml"))));
    const auto collections = need(debits.collections(a));
    REQUIRE(collections.size() == 1);
    before = t.dump();
    CHECK_FALSE(t->payments().reverse(collections.first().paymentId, QStringLiteral("by hand")).ok());
    DebitReturnRequest bad;
    bad.invoiceId = a;
    bad.fee = -1;
    CHECK_FALSE(debits.recordReturn(bad).ok());
    CHECK(t.dump() == before);

    t.clock().advanceDays(33);
    DebitReturnRequest r;
    r.endToEndId = collections.first().endToEndId; // as a bank statement names it
    r.fee = 350;
    r.reason = QStringLiteral("MD06");
    const qint64 returned = need(debits.recordReturn(r));
    CHECK(returned > 0);
    const Document reopened = load(t, a);
    CHECK(reopened.status == DocumentStatus::Posted);
    CHECK(reopened.amountDue() == 12000);
    CHECK(accountBalance(t, QStringLiteral("direct_debit")) == 0);
    DocumentFilter drafts;
    drafts.statuses = {DocumentStatus::Draft};
    drafts.customerId = t.customerId();
    const auto fees = need(t->context().documents.list(drafts, 0, 10));
    REQUIRE(fees.size() == 1);
    CHECK(fees.first().totalGross == 350);
    CHECK(debits.recordReturn(r).error().kind() == ErrorKind::Refused); // returned once only

    // Collected again: a new end-to-end id, and FRST again since the first never went through.
    const QString again = dir.filePath(QStringLiteral("again.xml"));
    need(debits.writeFile(t.clock().today().addDays(2), again));
    const File f = readFile(again);
    CHECK(f.endToEnd == QStringList {collections.first().endToEndId + QStringLiteral("/2")});
    CHECK(f.sequences == QStringList {QStringLiteral("FRST")});
    REQUIRE(checkFile(t).ok());

    // The return is vouched for: a changed fee is found.
    t.dropTriggers({QStringLiteral("direct_debit_returns_immutable_update")});
    t.tamper({QStringLiteral("UPDATE direct_debit_returns SET fee = 10")});
    const IntegrityReport report = checkFile(t);
    REQUIRE_FALSE(report.ok());
    CHECK(report.problems.join(QLatin1Char('\n')).contains(QStringLiteral("returned direct debit")));
}

TEST_CASE("a returned debit read from a bank statement reopens its invoice once, with the bank's charges as fee")
{
    TestLedger t;
    QTemporaryDir dir;
    MandateService mandates(t->context(), t->audit());
    DirectDebitService debits = service(t);
    need(mandates.setCreditorId(CreditorId));
    need(mandates.add(mandateOf(t.customerId(), QStringLiteral("UMR-HOTEL-2"))));
    const qint64 a = postedInvoice(t, QStringLiteral("100"), t.customerId(), PaymentMeans::DirectDebit);
    need(debits.writeFile(t.clock().today().addDays(31), dir.filePath(QStringLiteral("one.xml"))));
    const auto collections = need(debits.collections(a));
    REQUIRE(collections.size() == 1);
    REQUIRE(load(t, a).amountDue() == 0);
    t.clock().advanceDays(33);

    auto company = t->context().company.load();
    REQUIRE(company.ok());
    CamtTestStatement s;
    s.id = QStringLiteral("STMT-RETURN");
    s.accountIban = Iban::normalized(company->iban);
    StatementEntry returned;
    returned.credit = false;
    returned.reversal = true;
    returned.returnReason = QStringLiteral("MD06");
    returned.amount = 12000;
    returned.charges = 350;
    returned.currency = QStringLiteral("EUR");
    returned.bookingDate = t.clock().today();
    returned.valueDate = returned.bookingDate;
    returned.servicerRef = QStringLiteral("RET-1");
    returned.endToEndId = collections.first().endToEndId;
    StatementEntry foreign = returned; // a debit someone else collected: only reported
    foreign.servicerRef = QStringLiteral("RET-2");
    foreign.endToEndId = QStringLiteral("NOT-OURS-1");
    s.entries = {{returned}, {foreign}};

    StatementImportService importer(t.ledger());
    auto done = importer.importBytes(CamtTestWriter::write(s), {});
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
    CHECK(done->returned == 2);
    CHECK(done->debitsReturned == 1);
    const Document reopened = load(t, a);
    CHECK(reopened.status == DocumentStatus::Posted);
    CHECK(reopened.amountDue() == 12000);
    DocumentFilter drafts;
    drafts.statuses = {DocumentStatus::Draft};
    drafts.customerId = t.customerId();
    const auto fees = need(t->context().documents.list(drafts, 0, 10));
    REQUIRE(fees.size() == 1);
    CHECK(fees.first().totalGross == 350);

    // The same statement again changes nothing: the return is not recorded twice.
    const QString before = t.dump();
    auto again = importer.importBytes(CamtTestWriter::write(s), {});
    REQUIRE(again.ok());
    CHECK(again->known == 2);
    CHECK(again->debitsReturned == 0);
    CHECK(t.dump() == before);
    REQUIRE(checkFile(t).ok());
}
