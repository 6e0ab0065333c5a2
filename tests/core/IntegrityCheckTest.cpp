#include "IntegrityCheck.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

namespace {
IntegrityReport checkFile(TestLedger &t)
{
    IntegrityCheck check(t->context(), t->audit());
    auto report = check.run();
    INFO(report.message().toStdString());
    REQUIRE(report.ok());
    return report.value();
}

// A small file with every kind of record: posted invoices, a payment, a credit note.
void fill(TestLedger &t)
{
    const QString first = t.postNew(QStringLiteral("100"));
    t.postNew(QStringLiteral("250.55"));
    const qint64 id = t->context().documents.idByNumber(first).value();
    REQUIRE(t->payments().registerPayment({id, 5000, {}, PaymentMethod::Card, {}}).ok());
    const qint64 credit = t->creditNotes().createDraft(id, QStringLiteral("Goodwill")).value();
    REQUIRE(t->posting().post(credit).ok());
}

// Tampering needs the immutability triggers out of the way, as an attacker with the file would.
void tamper(TestLedger &t, const QStringList &statements)
{
    t.dropTriggers({QStringLiteral("documents_posted_frozen"), QStringLiteral("document_lines_frozen_update"),
                    QStringLiteral("journal_lines_immutable_delete"), QStringLiteral("payments_immutable_update"),
                    QStringLiteral("document_tax_lines_frozen_update")});
    t.tamper(statements);
}
} // namespace

TEST_CASE("the file check passes on a sound file and names every kind of damage")
{
    TestLedger t;
    fill(t);
    const IntegrityReport sound = checkFile(t);
    INFO(sound.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(sound.ok());
    CHECK(sound.passed.size() >= 10);

    struct Damage
    {
        QStringList sql;
        const char *expected;
    };
    const QList<Damage> damages = {
        {{QStringLiteral("UPDATE document_lines SET line_net = line_net + 1 WHERE id = (SELECT min(id) FROM document_lines)")},
         "quantity × price"},
        {{QStringLiteral("UPDATE document_lines SET unit_price = unit_price + 10000, line_net = line_net + 100 "
                         "WHERE id = (SELECT min(id) FROM document_lines)")},
         "sum of its lines"},
        {{QStringLiteral("UPDATE document_tax_lines SET tax = tax + 1 WHERE id = (SELECT min(id) FROM document_tax_lines)")},
         "VAT breakdown"},
        {{QStringLiteral("DELETE FROM journal_lines WHERE id = (SELECT max(id) FROM journal_lines)")}, "does not balance"},
        {{QStringLiteral("UPDATE documents SET amount_paid = amount_paid - 1 WHERE id = 1")}, "Payments do not add up"},
        {{QStringLiteral("UPDATE number_sequences SET last_value = last_value + 1 WHERE doc_type = 'invoice'")}, "gap"},
        {{QStringLiteral("UPDATE documents SET status = 'paid' WHERE id = 2")}, "status"},
        {{QStringLiteral("UPDATE documents SET status = 'credited' WHERE id = 2")}, "is credited with"},
    };
    for (const Damage &damage : damages) {
        INFO(damage.expected);
        TestLedger copy;
        fill(copy);
        tamper(copy, damage.sql);
        const IntegrityReport report = checkFile(copy);
        REQUIRE_FALSE(report.ok());
        CHECK(report.problems.first().contains(QString::fromUtf8(damage.expected), Qt::CaseInsensitive));
    }
}
