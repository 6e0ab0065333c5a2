#include "SqlStatement.h"
#include "TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

TEST_CASE("posting assigns the next number, dates the invoice and freezes the customer")
{
    TestLedger t;
    const qint64 draft = t.draftWith({{QStringLiteral("Boiler service"), QStringLiteral("1.5"), QStringLiteral("85"),
                                       QStringLiteral("20")},
                                      {QStringLiteral("Valve"), QStringLiteral("2"), QStringLiteral("12.40"),
                                       QStringLiteral("20")}});
    auto number = t->posting().post(draft);
    REQUIRE(number.ok());
    CHECK(number.value() == QStringLiteral("INV-2026-00001"));

    auto posted = t->context().documents.find(draft).value();
    CHECK(posted.status == DocumentStatus::Posted);
    CHECK(posted.issueDate == QDate(2026, 3, 10));
    CHECK(posted.dueDate == QDate(2026, 4, 9)); // Net 30
    CHECK(posted.totalNet == 12750 + 2480);
    CHECK(posted.totalTax == 3046);
    CHECK(posted.totalGross == 18276);
    REQUIRE(posted.taxSubtotals.size() == 1);
    CHECK(posted.taxSubtotals[0].base == 15230);

    // The customer changes name and address afterwards: the invoice keeps what it was sent with.
    Customer c = t->context().customers.find(t.customerId()).value();
    c.name = QStringLiteral("Renamed Bakery");
    c.billingAddress = QStringLiteral("Elsewhere");
    REQUIRE(t->customers().update(c).ok());
    auto again = t->context().documents.find(draft).value();
    CHECK(again.customerName == QStringLiteral("Boulangerie Martin SARL"));
    const QJsonObject snapshot = QJsonDocument::fromJson(again.snapshot.toUtf8()).object();
    CHECK(snapshot.value(QStringLiteral("customer")).toObject().value(QStringLiteral("address")).toString()
          == QStringLiteral("3 place Bellecour\n69002 Lyon"));
    CHECK(snapshot.value(QStringLiteral("seller")).toObject().value(QStringLiteral("vat_id")).toString()
          == QStringLiteral("FR32123456789"));

    CHECK(t.postNew() == QStringLiteral("INV-2026-00002"));
}

TEST_CASE("a refused post consumes no number and numbers stay gapless")
{
    TestLedger t;
    CHECK(t.postNew() == QStringLiteral("INV-2026-00001"));

    // A customer without an address cannot be invoiced: refused, naming the field.
    Customer bare;
    bare.name = QStringLiteral("No Address Ltd");
    const qint64 bareId = t->customers().add(bare).value();
    const qint64 refusedDraft = t.draftWith({{QStringLiteral("Work"), QStringLiteral("1"), QStringLiteral("10"),
                                              QStringLiteral("20")}}, bareId);
    const QString before = t.dump();
    auto refused = t->posting().post(refusedDraft);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("billing address")));
    CHECK(t.dump() == before);

    // An empty draft is refused too.
    const qint64 empty = t->drafts().createInvoice(t.customerId()).value();
    auto emptyPost = t->posting().post(empty);
    REQUIRE_FALSE(emptyPost.ok());
    CHECK(emptyPost.message().contains(QStringLiteral("at least one line")));

    CHECK(t.postNew() == QStringLiteral("INV-2026-00002"));
    CHECK(t.postNew() == QStringLiteral("INV-2026-00003"));

    // The counter restarts with the year.
    t.clock().set(QDateTime(QDate(2027, 1, 2), QTime(8, 0), Qt::UTC));
    CHECK(t.postNew() == QStringLiteral("INV-2027-00001"));
}

TEST_CASE("posting is refused with the missing seller field named")
{
    TestLedger t;
    CompanySettings company = t->context().company.load().value();
    company.vatId.clear();
    REQUIRE(t->settings().saveCompany(company).ok());
    const qint64 draft = t.draftWith({{QStringLiteral("Work"), QStringLiteral("1"), QStringLiteral("10"),
                                       QStringLiteral("20")}});
    const QString before = t.dump();
    auto refused = t->posting().post(draft);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("VAT id")));
    CHECK(t.dump() == before);
    auto issues = t->posting().check(draft).value();
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].field == QStringLiteral("seller.vat_id"));
}

TEST_CASE("reverse charge needs the customer's VAT id and a negative total is refused")
{
    TestLedger t;
    const qint64 noVat = t.addCustomer(QStringLiteral("Private Person"));
    const qint64 draft = t->drafts().createInvoice(noVat).value();
    DocumentLine rc = makeLine(QStringLiteral("Installation"), QStringLiteral("1"), QStringLiteral("500"),
                               QStringLiteral("0"));
    rc.taxCategory = TaxCategory::ReverseCharge;
    REQUIRE(t->drafts().addLine(draft, rc).ok());
    auto refused = t->posting().post(draft);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("VAT id")));

    const qint64 negative = t.draftWith({{QStringLiteral("Returned compressor"), QStringLiteral("-1"),
                                          QStringLiteral("300"), QStringLiteral("20")},
                                         {QStringLiteral("Labour"), QStringLiteral("1"), QStringLiteral("50"),
                                          QStringLiteral("20")}});
    const QString before = t.dump();
    auto negativePost = t->posting().post(negative);
    REQUIRE_FALSE(negativePost.ok());
    CHECK(negativePost.message().contains(QStringLiteral("negative")));
    CHECK(t.dump() == before);

    // A returned part on an invoice whose total stays positive is fine.
    const qint64 mixed = t.draftWith({{QStringLiteral("Returned filter"), QStringLiteral("-1"), QStringLiteral("20"),
                                       QStringLiteral("20")},
                                      {QStringLiteral("New filter"), QStringLiteral("2"), QStringLiteral("25"),
                                       QStringLiteral("20")}});
    auto mixedPost = t->posting().post(mixed);
    REQUIRE(mixedPost.ok());
    CHECK(t->context().documents.find(mixed).value().totalGross == 3600);
}

TEST_CASE("posted documents, their lines, payments, journal and audit are immutable in the database")
{
    TestLedger t;
    const QString number = t.postNew();
    const qint64 id = t->context().documents.idByNumber(number).value();
    REQUIRE(t->payments().registerPayment({id, 1000, {}, PaymentMethod::Cash, {}}).ok());
    const QStringList attacks = {
        QStringLiteral("UPDATE documents SET total_gross = 1 WHERE id = %1").arg(id),
        QStringLiteral("UPDATE documents SET number = 'X' WHERE id = %1").arg(id),
        QStringLiteral("UPDATE documents SET status = 'draft', number = NULL WHERE id = %1").arg(id),
        QStringLiteral("DELETE FROM documents WHERE id = %1").arg(id),
        QStringLiteral("UPDATE document_lines SET unit_price = 1 WHERE document_id = %1").arg(id),
        QStringLiteral("DELETE FROM document_lines WHERE document_id = %1").arg(id),
        QStringLiteral("INSERT INTO document_lines (document_id, position, kind, description, quantity, unit_price, "
                       "tax_category, tax_rate, line_net) VALUES (%1, 9, 'other', 'x', 1000, 10000, 'standard', 2000, 100)")
            .arg(id),
        QStringLiteral("UPDATE document_tax_lines SET tax = 0"),
        QStringLiteral("UPDATE payments SET amount = 1"),
        QStringLiteral("DELETE FROM payments"),
        QStringLiteral("UPDATE journal_lines SET debit = debit + 1"),
        QStringLiteral("DELETE FROM journal_entries"),
        QStringLiteral("UPDATE audit_events SET user_name = 'mallory'"),
        QStringLiteral("DELETE FROM audit_events"),
    };
    const QString before = t.dump();
    for (const QString &sql : attacks) {
        INFO(sql.toStdString());
        CHECK_FALSE(t->database().execute(sql).ok());
    }
    CHECK(t.dump() == before);
}

TEST_CASE("an invoice above the approval threshold needs a manager")
{
    TestLedger t;
    CompanySettings company = t->context().company.load().value();
    company.approvalThreshold = 100000; // 1,000.00
    REQUIRE(t->settings().saveCompany(company).ok());
    User clerk;
    clerk.name = QStringLiteral("paul");
    clerk.role = UserRole::Clerk;
    REQUIRE(t->settings().addUser(clerk).ok());
    REQUIRE(t->signIn(QStringLiteral("paul")).ok());

    CHECK_FALSE(t.postNew(QStringLiteral("10")).isEmpty()); // small invoices: no approval needed
    const qint64 big = t.draftWith({{QStringLiteral("Chiller"), QStringLiteral("1"), QStringLiteral("5000"),
                                     QStringLiteral("20")}});
    const QString before = t.dump();
    auto refused = t->posting().post(big);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == ErrorKind::Permission);
    CHECK(refused.message().contains(QStringLiteral("approval")));
    CHECK(t.dump() == before);
    CHECK_FALSE(t->drafts().approve(big).ok()); // a clerk cannot approve

    REQUIRE(t->signIn(QStringLiteral("marie")).ok());
    REQUIRE(t->drafts().approve(big).ok());
    REQUIRE(t->signIn(QStringLiteral("paul")).ok());
    // An edit after approval voids it.
    REQUIRE(t->drafts().addLine(big, makeLine(QStringLiteral("Travel"), QStringLiteral("1"), QStringLiteral("30"))).ok());
    CHECK_FALSE(t->posting().post(big).ok());
    REQUIRE(t->signIn(QStringLiteral("marie")).ok());
    REQUIRE(t->drafts().approve(big).ok());
    REQUIRE(t->signIn(QStringLiteral("paul")).ok());
    auto posted = t->posting().post(big);
    REQUIRE(posted.ok());
    auto doc = t->context().documents.find(big, false).value();
    CHECK(doc.approvedBy == QStringLiteral("marie"));
    CHECK(doc.postedBy == QStringLiteral("paul"));
    auto history = t->audit().history(QStringLiteral("invoice"), big).value();
    CHECK(history.last().userName == QStringLiteral("paul"));
    CHECK(history.last().action == QStringLiteral("post"));
}

TEST_CASE("drafts go to the trash and come back; posted documents cannot")
{
    TestLedger t;
    const qint64 draft = t.draftWith({{QStringLiteral("Work"), QStringLiteral("1"), QStringLiteral("10"),
                                       QStringLiteral("20")}});
    REQUIRE(t->drafts().moveToTrash(draft).ok());
    CHECK_FALSE(t->posting().post(draft).ok());
    CHECK_FALSE(t->drafts().addLine(draft, makeLine(QStringLiteral("x"), QStringLiteral("1"), QStringLiteral("1"))).ok());
    DocumentFilter trash;
    trash.trash = DocumentFilter::Trash::Only;
    CHECK(t->context().documents.list(trash, 0, 10).value().size() == 1);
    REQUIRE(t->drafts().restore(draft).ok());
    REQUIRE(t->posting().post(draft).ok());
    const QString before = t.dump();
    CHECK_FALSE(t->drafts().moveToTrash(draft).ok());
    CHECK(t.dump() == before);
}

TEST_CASE("numbering patterns are checked and formatted")
{
    CHECK(NumberingService::format(QStringLiteral("INV-{YYYY}-{SEQ:5}"), QDate(2026, 7, 1), 42)
          == QStringLiteral("INV-2026-00042"));
    CHECK(NumberingService::format(QStringLiteral("{YY}{MM}/{SEQ}"), QDate(2026, 7, 1), 7) == QStringLiteral("2607/7"));
    CHECK(NumberingService::validatePattern(QStringLiteral("F{YYYY}-{SEQ:4}"), true).ok());
    CHECK_FALSE(NumberingService::validatePattern(QStringLiteral("INV-{SEQ:5}"), true).ok()); // repeats yearly
    CHECK(NumberingService::validatePattern(QStringLiteral("INV-{SEQ:5}"), false).ok());
    CHECK_FALSE(NumberingService::validatePattern(QStringLiteral("INV-{YYYY}"), true).ok());
    CHECK_FALSE(NumberingService::validatePattern(QStringLiteral("INV-{DD}-{SEQ}"), false).ok());
    CHECK_FALSE(NumberingService::validatePattern(QStringLiteral("INV {SEQ}"), false).ok());
}

TEST_CASE("changing the pattern never renumbers posted documents")
{
    TestLedger t;
    const QString first = t.postNew();
    CompanySettings company = t->context().company.load().value();
    company.invoicePattern = QStringLiteral("F{YY}-{SEQ:3}");
    REQUIRE(t->settings().saveCompany(company).ok());
    CHECK(t.postNew() == QStringLiteral("F26-002"));
    CHECK(t->context().documents.idByNumber(first).ok());
}
