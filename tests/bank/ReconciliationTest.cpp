#include "BankTestSupport.h"
#include "IntegrityCheck.h"
#include "MatchNumberReferenceLookup.h"
#include "ReconciliationService.h"
#include "StatementImportService.h"

#include <catch2/catch.hpp>

using namespace BankTest;

namespace {
struct Posted
{
    qint64 id = 0;
    QString number;
};

Posted post(TestLedger &t, const QString &price, qint64 customer = 0)
{
    const qint64 draft
        = t.draftWith({{QStringLiteral("Service"), QStringLiteral("1"), price, QStringLiteral("20")}}, customer);
    auto number = t->posting().post(draft);
    REQUIRE(number.ok());
    return {draft, number.value()};
}

QList<qint64> import(TestLedger &t, const QList<QList<StatementEntry>> &entries, const QString &id)
{
    CamtTestStatement s;
    s.id = id;
    s.entries = entries;
    auto done = StatementImportService(t.ledger()).importBytes(CamtTestWriter::write(s), {});
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
    return done->addedIds;
}

// A fake reference register: the Belgian communications the payref part will store on invoices.
class FakeReferences : public MatchReferenceLookup
{
public:
    QHash<QString, qint64> refs;
    qint64 invoiceFor(const QString &reference) const override { return refs.value(reference, 0); }
};

void requireSound(TestLedger &t)
{
    IntegrityCheck check(t->context(), t->audit());
    auto report = check.run(true);
    REQUIRE(report.ok());
    INFO(report->problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report->ok());
}
} // namespace

TEST_CASE("matching proposes, in order and with reasons: reference, number in text, known IBAN and amount, name")
{
    TestLedger t;
    const qint64 dupont = t.addCustomer(QStringLiteral("Dupont & Fils"));
    const Posted a = post(t, QStringLiteral("100"), dupont); // 120.00
    const Posted b = post(t, QStringLiteral("50"), dupont); // 60.00
    const Posted c = post(t, QStringLiteral("25"), dupont); // 30.00
    const Posted other = post(t, QStringLiteral("100")); // 120.00, another customer
    const QString payer = QStringLiteral("DE89370400440532013000");

    StatementEntry byRef = credit(12000);
    byRef.structuredReference
        = MatchNumberReferenceLookup::creditorReference(MatchNumberReferenceLookup::compactNumber(a.number));
    StatementEntry byText = credit(9000, QStringLiteral("Factures ") + b.number + QStringLiteral(" et ") + c.number);
    StatementEntry byName = credit(12000, QStringLiteral("virement"));
    byName.debtorName = QStringLiteral("DUPONT ET FILS"); // the bank's spelling
    byName.debtorIban = payer;
    const QList<qint64> ids = import(t, {{byRef}, {byText}, {byName}}, QStringLiteral("S1"));

    ReconciliationService r(t.ledger());
    auto ref = r.proposals(ids.at(0));
    REQUIRE(ref.ok());
    REQUIRE_FALSE(ref->isEmpty());
    CHECK(ref->first().reason == MatchReason::Reference);
    CHECK(ref->first().automatic());
    CHECK(ref->first().allocations.first().documentId == a.id);
    CHECK(ref->first().explanation.contains(a.number));

    auto text = r.proposals(ids.at(1));
    REQUIRE(text->size() >= 1);
    CHECK(text->first().reason == MatchReason::NumberInText);
    REQUIRE(text->first().allocations.size() == 2);
    CHECK(text->first().allocations.at(0).amount == 6000);
    CHECK(text->first().allocations.at(1).amount == 3000);
    CHECK_FALSE(text->first().automatic());

    // The name matches Dupont's invoice of 120.00, not the other customer's.
    auto name = r.proposals(ids.at(2));
    REQUIRE(name->size() == 1);
    CHECK(name->first().reason == MatchReason::NameAmount);
    CHECK(name->first().allocations.first().documentId == a.id);
    CHECK(name->first().allocations.first().documentId != other.id);

    // Applying it records the payment and learns the payer's IBAN for Dupont.
    auto applied = r.apply(ids.at(2), name->first().allocations, QStringLiteral("manual"));
    INFO(applied.message().toStdString());
    REQUIRE(applied.ok());
    CHECK(applied.value() == 12000);
    auto payments = t->context().payments.forDocument(a.id);
    REQUIRE(payments->size() == 1);
    CHECK(payments->first().method == PaymentMethod::BankTransfer);
    CHECK(payments->first().date == QDate(2026, 3, 10));
    CHECK(payments->first().reference.contains(QStringLiteral("Bank entry %1").arg(ids.at(2))));
    auto history = t->audit().history(QStringLiteral("bank_entry"), ids.at(2));
    REQUIRE(history->size() == 1);
    CHECK(history->first().action == QLatin1String("apply"));
    CHECK(MatchCandidateRepository(t->database()).accountsOf(dupont).value() == QStringList {payer});
    CHECK(r.entries().find(ids.at(2))->status == StatementEntry::Status::Applied);

    // Now the IBAN is known: 90.00 from it is B and C together.
    StatementEntry fromIban = credit(9000, QStringLiteral("thanks"));
    fromIban.debtorIban = payer;
    StatementEntry single = credit(3000);
    single.debtorIban = payer;
    const QList<qint64> more = import(t, {{fromIban}, {single}}, QStringLiteral("S2"));
    ReconciliationService again(t.ledger());
    auto set = again.proposals(more.at(0));
    REQUIRE(set->size() == 1);
    CHECK(set->first().reason == MatchReason::IbanSet);
    CHECK(set->first().total() == 9000);
    auto one = again.proposals(more.at(1));
    REQUIRE(one->size() == 1);
    CHECK(one->first().reason == MatchReason::IbanAmount);
    CHECK(one->first().allocations.first().documentId == c.id);
    requireSound(t);
}

TEST_CASE("an entry is never applied above what is due nor twice; debits and returns pay nothing")
{
    TestLedger t;
    const Posted a = post(t, QStringLiteral("100")); // 120.00
    StatementEntry over = credit(15000, a.number);
    StatementEntry debit = credit(5000, a.number);
    debit.credit = false;
    StatementEntry returned = credit(12000, a.number);
    returned.reversal = true;
    returned.returnReason = QStringLiteral("AC04");
    returned.credit = false;
    const QList<qint64> ids = import(t, {{over}, {debit}, {returned}}, QStringLiteral("S"));
    ReconciliationService r(t.ledger());
    auto proposals = r.proposals(ids.at(0));
    REQUIRE(proposals->size() == 1);
    CHECK(proposals->first().total() == 12000); // the invoice's due, not the entry's 150.00
    const QString before = t.dump();
    CHECK(r.apply(ids.at(0), {{a.id, a.number, 15000}}, QStringLiteral("manual"))
              .message()
              .contains(QStringLiteral("Over-payment refused")));
    CHECK(r.apply(ids.at(0), {{a.id, a.number, 16000}}, QStringLiteral("manual"))
              .message()
              .contains(QStringLiteral("more than the 150.00 left")));
    CHECK(r.apply(ids.at(1), {{a.id, a.number, 5000}}, QStringLiteral("manual"))
              .message()
              .contains(QStringLiteral("is a debit")));
    CHECK(r.apply(ids.at(2), {{a.id, a.number, 5000}}, QStringLiteral("manual")).error().kind() == ErrorKind::Refused);
    CHECK(t.dump() == before);
    REQUIRE(r.apply(ids.at(0), proposals->first().allocations, QStringLiteral("manual")).ok());
    auto entry = r.entries().find(ids.at(0));
    CHECK(entry->appliedAmount == 12000);
    CHECK(entry->unapplied() == 3000); // the excess stays on the entry for the clerk
    CHECK(entry->status == StatementEntry::Status::Open);
    CHECK(r.proposals(ids.at(0))->isEmpty());
    CHECK_FALSE(r.apply(ids.at(0), {{a.id, a.number, 3000}}, QStringLiteral("manual")).ok());
    REQUIRE(r.leave(ids.at(0)).ok());
    CHECK(r.entries().list(true)->isEmpty());
    requireSound(t);
}

TEST_CASE("bank auto applies the exact references only, through the reference lookup it is given")
{
    TestLedger t;
    const Posted a = post(t, QStringLiteral("100"));
    const Posted b = post(t, QStringLiteral("200"));
    const Posted later = post(t, QStringLiteral("300"));
    FakeReferences refs;
    refs.refs.insert(QStringLiteral("090933755493"), a.id);
    StatementEntry belgian = credit(12000, QStringLiteral("+++090/9337/55493+++"));
    StatementEntry wrongCheck = credit(12000, QStringLiteral("+++090/9337/55494+++"));
    StatementEntry text = credit(24000, b.number);
    StatementEntry early = credit(36000, later.number, QDate(2026, 3, 9)); // booked before the invoice
    const QList<qint64> ids = import(t, {{belgian}, {wrongCheck}, {text}, {early}}, QStringLiteral("S"));
    ReconciliationService r(t.ledger(), &refs);
    CHECK(r.proposals(ids.at(1))->isEmpty());
    CHECK(r.proposals(ids.at(3))->isEmpty()); // a payment is never dated before its invoice
    auto done = r.applyReferences();
    REQUIRE(done.ok());
    CHECK(done->applied == 1);
    CHECK(done->amount == 12000);
    CHECK(r.entries().find(ids.at(0))->status == StatementEntry::Status::Applied);
    CHECK(r.entries().find(ids.at(2))->status == StatementEntry::Status::Open); // proposed, not applied
    auto again = r.applyReferences();
    CHECK(again->applied == 0);
    CHECK(t->context().payments.forDocument(a.id)->size() == 1);
    requireSound(t);
}
