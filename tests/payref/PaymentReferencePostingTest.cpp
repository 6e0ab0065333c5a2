#include "BookRowsRepository.h"
#include "CreditorReference.h"
#include "PaymentReference.h"
#include "TestDatabase.h"
#include "TestResults.h"
#include "TestSql.h"


#include <catch2/catch.hpp>

// Posting freezes the invoice's structured reference: derived from its number, unique in the
// file, immutable (trigger) and covered by the row digest; the matcher's lookup finds open
// invoices only.
namespace {
Document load(TestLedger &t, const QString &number)
{
    const qint64 id = need(t->context().documents.idByNumber(number));
    return need(t->context().documents.find(id));
}

void setCompany(TestLedger &t, const std::function<void(CompanySettings &)> &change)
{
    CompanySettings c = need(t->context().company.load());
    change(c);
    need(t->settings().saveCompany(c));
}

QString alnum(const QString &number)
{
    QString out;
    for (const QChar c : number)
        if (c.isLetterOrNumber())
            out += c.toUpper();
    return out;
}
} // namespace

TEST_CASE("a posted invoice gets an ISO 11649 reference made from its number", "[payref]")
{
    TestLedger t;
    const qint64 draft = t.draftWith(
        {{QStringLiteral("Boiler service"), QStringLiteral("1"), QStringLiteral("120"), QStringLiteral("20")}});
    CHECK(need(t->context().documents.find(draft)).paymentReference.isEmpty());
    const QString number = need(t->posting().post(draft));
    const Document d = load(t, number);
    REQUIRE(CreditorReference::isValid(d.paymentReference));
    CHECK(d.paymentReference.mid(4) == alnum(number));
    CHECK(need(CreditorReference::make(alnum(number))) == d.paymentReference);

    // A credit note is paid by nobody: it gets none.
    const qint64 note = need(t->creditNotes().createDraft(d.id, QStringLiteral("Returned"), {}));
    const QString noteNumber = need(t->posting().post(note));
    CHECK(load(t, noteNumber).paymentReference.isEmpty());
}

TEST_CASE("the Belgian structured communication is used when the company asks for it", "[payref]")
{
    TestLedger t;
    setCompany(t, [](CompanySettings &c) { c.paymentReferenceKind = QStringLiteral("BE"); });
    CHECK(need(t->context().company.load()).paymentReferenceKind == QStringLiteral("be"));
    const QString number = t.postNew();
    const Document d = load(t, number);
    const auto parsed = PaymentReference::parse(d.paymentReference);
    REQUIRE(parsed.has_value());
    CHECK(parsed->kind == PaymentReference::Kind::Belgian);
    QString digits;
    for (const QChar c : number)
        if (c.isDigit())
            digits += c;
    CHECK(d.paymentReference.left(10) == digits.rightJustified(10, QLatin1Char('0')));

    CompanySettings wrong = need(t->context().company.load());
    wrong.paymentReferenceKind = QStringLiteral("ogm");
    const Status refused = t->settings().saveCompany(wrong);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("rf")));
}

TEST_CASE("two numbers that differ only in their separators still get two references", "[payref]")
{
    TestLedger t;
    // X{YY}{SEQ:1}0 numbers the first invoice X2610 (year 26, counter 1); after nine more, the
    // pattern X{YY}-{SEQ} numbers the tenth X26-10: the same letters and digits.
    setCompany(t, [](CompanySettings &c) { c.invoicePattern = QStringLiteral("X{YY}{SEQ:1}0"); });
    const QString first = t.postNew();
    for (int i = 0; i < 8; ++i)
        t.postNew();
    setCompany(t, [](CompanySettings &c) { c.invoicePattern = QStringLiteral("X{YY}-{SEQ}"); });
    const QString tenth = t.postNew();
    REQUIRE(alnum(first) == alnum(tenth));
    const Document a = load(t, first);
    const Document b = load(t, tenth);
    CHECK(a.paymentReference.mid(4) == alnum(first));
    CHECK(b.paymentReference.mid(4) == QStringLiteral("D%1").arg(b.id));
    CHECK(CreditorReference::isValid(b.paymentReference));
}

TEST_CASE("a posted invoice's reference cannot change, and a changed one is found by the digest", "[payref]")
{
    TestLedger t;
    const QString number = t.postNew();
    const Document d = load(t, number);
    const QString before = need(BookRowsRepository(t->context().db).documentDigest(d.id)).value();
    Database &db = t->context().db;
    const QString table = QStringLiteral("document_payment_references");
    const auto refused = [&db](const QString &sql, const QString &why) {
        const Status done = TestSql::run(db, sql);
        CHECK_FALSE(done.ok());
        CHECK(done.message().contains(why));
    };
    refused(QStringLiteral("UPDATE %1 SET reference = 'RF18539007547034' WHERE document_id = %2").arg(table).arg(d.id),
            QStringLiteral("posted documents are immutable"));
    refused(QStringLiteral("DELETE FROM %1 WHERE document_id = %2").arg(table).arg(d.id),
            QStringLiteral("posted documents are immutable"));
    // Nor does a draft, a credit note or a second invoice get one by hand, or the same one.
    const qint64 draft
        = t.draftWith({{QStringLiteral("x"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("20")}});
    refused(QStringLiteral("INSERT INTO %1 VALUES (%2, 'RF18539007547034')").arg(table).arg(draft),
            QStringLiteral("only posted invoices"));
    const Document other = load(t, t.postNew());
    CHECK_FALSE(
        TestSql::run(db, QStringLiteral("INSERT INTO %1 VALUES (%2, '%3')").arg(table).arg(draft).arg(d.paymentReference))
            .ok());
    CHECK_FALSE(TestSql::run(db, QStringLiteral("UPDATE %1 SET reference = '%2' WHERE document_id = %3")
                                     .arg(table, d.paymentReference)
                                     .arg(other.id))
                    .ok());

    // Around the triggers (as a tamperer would): the digest no longer matches.
    t.dropTriggers({QStringLiteral("document_payment_references_immutable_update"),
                    QStringLiteral("document_payment_references_immutable_delete")});
    t.tamper({QStringLiteral("UPDATE %1 SET reference = 'RF18539007547034' WHERE document_id = %2").arg(table).arg(d.id)});
    CHECK(need(BookRowsRepository(t->context().db).documentDigest(d.id)).value() != before);
    t.tamper({QStringLiteral("DELETE FROM %1 WHERE document_id = %2").arg(table).arg(d.id)});
    CHECK(need(BookRowsRepository(t->context().db).documentDigest(d.id)).value() != before);
    t.tamper({QStringLiteral("INSERT INTO %1 VALUES (%2, '%3')").arg(table).arg(d.id).arg(d.paymentReference)});
    CHECK(need(BookRowsRepository(t->context().db).documentDigest(d.id)).value() == before);
}

TEST_CASE("the matcher's lookup finds the open invoice of a reference, in any written form", "[payref]")
{
    TestLedger t;
    const QString number = t.postNew(QStringLiteral("100"));
    const Document d = load(t, number);
    const QString printed = PaymentReference::parse(d.paymentReference)->printed();
    for (const QString &form : {d.paymentReference, printed.toLower(), QLatin1Char(' ') + printed + QLatin1Char(' ')}) {
        INFO(str(form));
        const auto found = need(t->context().documents.findOpenByPaymentReference(form));
        REQUIRE(found.has_value());
        CHECK(found->id == d.id);
        CHECK(found->amountDue() == d.totalGross);
    }
    CHECK_FALSE(
        need(t->context().documents.findOpenByPaymentReference(QStringLiteral("RF18539007547034"))).has_value());
    CHECK_FALSE(need(t->context().documents.findOpenByPaymentReference(number)).has_value());
    QString wrongCheck = d.paymentReference;
    wrongCheck[2] = wrongCheck.at(2) == QLatin1Char('9') ? QLatin1Char('1') : QChar(wrongCheck.at(2).unicode() + 1);
    CHECK_FALSE(need(t->context().documents.findOpenByPaymentReference(wrongCheck)).has_value());

    // Partly paid: still open. Paid: no longer.
    PaymentRequest part;
    part.documentId = d.id;
    part.amount = 1000;
    part.method = PaymentMethod::BankTransfer;
    need(t->payments().registerPayment(part));
    CHECK(need(t->context().documents.findOpenByPaymentReference(d.paymentReference)).has_value());
    PaymentRequest rest = part;
    rest.amount = d.totalGross - 1000;
    need(t->payments().registerPayment(rest));
    CHECK_FALSE(need(t->context().documents.findOpenByPaymentReference(d.paymentReference)).has_value());
}
