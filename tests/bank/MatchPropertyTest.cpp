#include "BankTestSupport.h"
#include "IntegrityCheck.h"
#include "MatchNumberReferenceLookup.h"
#include "ReconciliationService.h"
#include "StatementImportService.h"
#include "TestSql.h"
#include "Transaction.h"

#include <QRandomGenerator>

#include <catch2/catch.hpp>

#include <numeric>
#include <random>

using namespace BankTest;

namespace {
enum Kind { Reference, ReferenceInText, NumberInText, IbanAmount, IbanSet, Noise, ReferenceAndOtherNumber };

struct Made
{
    Kind kind = Noise;
    qint64 target = 0; // the invoice meant (0 for noise and sets)
    QList<qint64> set;
};

QString rf(const QString &number)
{
    return MatchNumberReferenceLookup::creditorReference(MatchNumberReferenceLookup::compactNumber(number));
}

QString grouped(const QString &reference)
{
    QString out;
    for (int i = 0; i < reference.size(); i += 4)
        out += reference.mid(i, 4) + QLatin1Char(' ');
    return out.trimmed();
}

qint64 scalar(TestLedger &t, const QString &sql)
{
    return TestSql::integer(t->database(), sql);
}
} // namespace

TEST_CASE("matching property: thousands of open invoices and entries made from them")
{
    const int invoiceCount = qEnvironmentVariableIntValue("FACTURO_BANK_PROPERTY_INVOICES") > 0
        ? qEnvironmentVariableIntValue("FACTURO_BANK_PROPERTY_INVOICES")
        : 2000;
    QRandomGenerator random(1511);
    TestLedger t;
    QList<qint64> customers;
    QHash<qint64, QString> ibanOf;
    const QStringList ibans {QStringLiteral("DE89370400440532013000"), QStringLiteral("GB29NWBK60161331926819"),
        QStringLiteral("NL91ABNA0417164300"), QStringLiteral("BE68539007547034"),
        QStringLiteral("FR1420041010050500013M02606"), QStringLiteral("IT60X0542811101000000123456"),
        QStringLiteral("ES9121000418450200051332"), QStringLiteral("AT611904300234573201")};
    for (int c = 0; c < 40; ++c)
        customers.append(t.addCustomer(QStringLiteral("Customer %1").arg(c)));
    struct Inv
    {
        qint64 id;
        QString number;
        qint64 customer;
        qint64 due;
    };
    QList<Inv> invoices;
    {
        Transaction tx(t->database());
        REQUIRE(tx.began().ok());
        for (int i = 0; i < invoiceCount; ++i) {
            const qint64 customer = customers.at(random.bounded(customers.size()));
            const QString price = QStringLiteral("%1.%2")
                                      .arg(random.bounded(5, 3000))
                                      .arg(random.bounded(100), 2, 10, QLatin1Char('0'));
            const qint64 draft
                = t.draftWith({{QStringLiteral("Work"), QStringLiteral("1"), price, QStringLiteral("20")}}, customer);
            auto number = t->posting().post(draft);
            REQUIRE(number.ok());
            invoices.append({draft, number.value(), customer, t->context().documents.find(draft, false)->totalGross});
        }
        // Half the customers are known to pay from one IBAN each.
        MatchCandidateRepository accounts(t->database());
        for (int c = 0; c < ibans.size(); ++c) {
            ibanOf.insert(customers.at(c), ibans.at(c));
            REQUIRE(accounts.learnAccount(ibans.at(c), customers.at(c), 0, t.clock().nowUtc()).ok());
        }
        REQUIRE(tx.commit().ok());
    }

    // Entries, each made from invoices not used by another entry.
    QList<int> order(invoices.size());
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), std::mt19937(random.generate()));
    QList<QList<StatementEntry>> files[2];
    QList<Made> made;
    QHash<QString, int> madeByKey; // entry text key -> index in made (the reference field holds it)
    QSet<int> used;
    int next = 0;
    auto take = [&]() -> int {
        while (next < order.size() && used.contains(order.at(next)))
            ++next;
        if (next >= order.size())
            return -1;
        used.insert(order.at(next));
        return order.at(next++);
    };
    const int entryCount = invoiceCount * 6 / 10;
    for (int n = 0; n < entryCount; ++n) {
        const Kind kind = static_cast<Kind>(random.bounded(7));
        StatementEntry e = credit(0);
        e.servicerRef = QStringLiteral("P-%1").arg(n);
        e.debtorName = QStringLiteral("Payer %1").arg(n);
        Made m;
        m.kind = kind;
        const int i = kind == Noise ? -1 : take();
        if (kind != Noise && i < 0)
            break;
        const Inv inv = i >= 0 ? invoices.at(i) : Inv {};
        switch (kind) {
        case Reference:
            e.structuredReference = rf(inv.number);
            e.amount = random.bounded(4) == 0 ? inv.due + random.bounded(1, 5000) : inv.due; // over-payments too
            break;
        case ReferenceInText:
            e.remittance = QStringLiteral("Paiement ") + grouped(rf(inv.number)) + QStringLiteral(" merci");
            e.amount = random.bounded(3) == 0 ? std::max<qint64>(1, inv.due / 2) : inv.due; // partial too
            break;
        case ReferenceAndOtherNumber: {
            const int other = take();
            e.structuredReference = rf(inv.number);
            e.remittance = other >= 0 ? invoices.at(other).number : QString();
            e.amount = inv.due;
            break;
        }
        case NumberInText:
            e.remittance = QStringLiteral("Facture n. ") + inv.number + QStringLiteral(".");
            e.amount = inv.due;
            break;
        case IbanAmount:
        case IbanSet:
            if (!ibanOf.contains(inv.customer)) {
                m.kind = Noise;
                e.amount = random.bounded(1, 100000);
                e.remittance = QStringLiteral("Noise %1").arg(n);
                break;
            }
            e.debtorIban = ibanOf.value(inv.customer);
            e.amount = inv.due;
            break;
        case Noise:
            e.amount = random.bounded(1, 10'000'000);
            e.remittance = QStringLiteral("Virement %1 divers RF00 12 INV-1999-0000%2").arg(n).arg(random.bounded(9));
            e.debtorIban = random.bounded(2) ? QStringLiteral("CH9300762011623852957") : QString();
            break;
        }
        if (m.kind != Noise)
            m.target = inv.id;
        made.append(m);
        madeByKey.insert(e.servicerRef, static_cast<int>(made.size() - 1));
        files[n % 2].append({e});
    }
    CamtTestStatement s053, s054;
    s053.id = QStringLiteral("PROP-053");
    s053.entries = files[0];
    s054.message = QStringLiteral("camt.054");
    s054.version = QStringLiteral("001.08");
    s054.id = QStringLiteral("PROP-054");
    s054.entries = files[1];
    const QByteArray bytes053 = CamtTestWriter::write(s053), bytes054 = CamtTestWriter::write(s054);

    StatementImportService importer(t.ledger());
    auto i1 = importer.importBytes(bytes053, {});
    auto i2 = importer.importBytes(bytes054, {});
    REQUIRE(i1.ok());
    REQUIRE(i2.ok());
    REQUIRE(i1->added + i2->added == made.size());

    ReconciliationService r(t.ledger());
    auto autoDone = r.applyReferences();
    REQUIRE(autoDone.ok());
    INFO(autoDone->skipped.join(QLatin1Char('\n')).toStdString());
    CHECK(autoDone->skipped.isEmpty());

    // Every exact reference applied, to the right invoice, for no more than was due.
    auto all = r.entries().list(false);
    REQUIRE(all.ok());
    int references = 0;
    for (const StatementEntry &e : all.value()) {
        const Made &m = made.at(madeByKey.value(e.servicerRef));
        if (m.kind != Reference && m.kind != ReferenceInText && m.kind != ReferenceAndOtherNumber)
            continue;
        ++references;
        auto paid = r.entries().paymentsOf(e.id);
        REQUIRE(paid->size() == 1);
        CHECK(paid->first().documentId == m.target);
        const qint64 due
            = std::find_if(invoices.cbegin(), invoices.cend(), [&](const Inv &x) { return x.id == m.target; })->due;
        CHECK(paid->first().amount == std::min(e.amount, due));
    }
    CHECK(references > entryCount / 4);

    // The clerk accepts the first proposal of every other entry.
    int accepted = 0, right = 0;
    auto open = r.openItems();
    REQUIRE(open.ok());
    for (const ReconciliationItem &item : open.value()) {
        if (item.proposals.isEmpty())
            continue;
        const Made &m = made.at(madeByKey.value(item.entry.servicerRef));
        auto proposals = r.proposals(item.entry.id); // current: earlier acceptances consumed some invoices
        if (proposals->isEmpty())
            continue;
        const MatchProposal p = proposals->first();
        auto applied = r.apply(item.entry.id, p.allocations, QStringLiteral("manual"));
        INFO(applied.message().toStdString());
        REQUIRE(applied.ok());
        ++accepted;
        if (m.target != 0 && p.allocations.first().documentId == m.target)
            ++right;
        if (m.kind == NumberInText)
            CHECK(p.reason == MatchReason::NumberInText);
    }
    CHECK(accepted > 0);
    CHECK(right * 10 >= accepted * 9); // noise may look like an invoice; made entries mostly find theirs

    // Re-imports change nothing, and nothing is applied twice.
    const qint64 payments = scalar(t, QStringLiteral("SELECT count(*) FROM payments"));
    const QString before = t.dump();
    auto again1 = importer.importBytes(bytes053, {});
    auto again2 = importer.importBytes(bytes054, {});
    CHECK(again1->added + again2->added == 0);
    CHECK(again1->known + again2->known == made.size());
    CHECK(r.applyReferences()->applied == 0);
    CHECK(t.dump() == before);
    CHECK(scalar(t, QStringLiteral("SELECT count(*) FROM payments")) == payments);

    // No payment above what was due, no entry applied beyond its amount, links equal to the entries.
    CHECK(scalar(t, QStringLiteral("SELECT count(*) FROM documents WHERE amount_paid + amount_credited > total_gross"))
        == 0);
    CHECK(scalar(t,
              QStringLiteral("SELECT count(*) FROM bank_entries e WHERE applied_amount <> (SELECT "
                             "coalesce(sum(amount), 0) FROM bank_entry_payments p WHERE p.entry_id = e.id)"))
        == 0);
    CHECK(scalar(t,
              QStringLiteral("SELECT count(*) FROM bank_entry_payments l JOIN payments p ON p.id = l.payment_id "
                             "WHERE p.amount <> l.amount OR p.document_id <> l.document_id"))
        == 0);
    CHECK(t->context().journal.unbalancedEntries()->isEmpty());
    IntegrityCheck check(t->context(), t->audit());
    auto report = check.run(true);
    REQUIRE(report.ok());
    INFO(report->problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report->ok());
}
