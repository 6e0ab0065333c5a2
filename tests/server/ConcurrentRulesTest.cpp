// The rules that read another row hold with two connections at once, as they do in SQLite where
// only one writer works at a time: a statement that depends on a document being posted, or on a
// customer's credit being used, by another transaction waits for it and then judges by its result.
#include "CatchQtStrings.h"
#include "PgTestDatabase.h"

#include <catch2/catch.hpp>

namespace {
void require(PgTestConnection &pg, const QString &sql)
{
    const PgOutcome outcome = pg.exec(sql);
    INFO(sql.toStdString() << ": " << outcome.message.toStdString());
    REQUIRE(outcome.ok);
}
} // namespace

TEST_CASE("a rule waits for the transaction that changes what it reads", "[server]")
{
    PgTestDatabase pg;
    PgTestConnection &first = pg.app();
    PgTestConnection second(PgTestDatabase::uriFor(pg.appRole(), pg.appPassword(), pg.name()));
    REQUIRE(second.isOpen());
    require(first,
        QStringLiteral("INSERT INTO customers (id, name, created_at, updated_at) VALUES (1, 'Atelier', 't', 't')"));

    SECTION("a line added while its document is being posted is refused once the posting commits")
    {
        require(first,
            QStringLiteral(
                "INSERT INTO documents (id, doc_type, status, customer_id, currency, created_at, created_by, "
                "updated_at) VALUES (1, 'invoice', 'draft', 1, 'EUR', 't', 'marie', 't')"));
        const QString line = QStringLiteral(
            "INSERT INTO document_lines (id, document_id, position, kind, description, quantity, unit_price, "
            "tax_category, tax_rate, line_net) VALUES (%1, 1, %1, 'labor', 'Work', 1000, 100, 'standard', 2000, 100)");
        require(first, line.arg(1));
        require(first, QStringLiteral("BEGIN"));
        require(first,
            QStringLiteral("UPDATE documents SET status = 'posted', number = 'INV-2026-00001', "
                           "issue_date = '2026-03-10', total_gross = 120 WHERE id = 1"));
        REQUIRE(second.send(line.arg(2)));
        CHECK(second.stillWaiting(300));
        require(first, QStringLiteral("COMMIT"));
        const PgOutcome added = second.finish();
        CHECK_FALSE(added.ok);
        CHECK(added.message == QStringLiteral("lines of a posted document are immutable"));
        CHECK(first.value(QStringLiteral("SELECT count(*) FROM document_lines")) == QLatin1String("1"));
    }

    SECTION("the same credit used twice at once is used only once")
    {
        require(first,
            QStringLiteral(
                "INSERT INTO documents (id, doc_type, status, customer_id, currency, created_at, created_by, "
                "updated_at) VALUES (1, 'invoice', 'draft', 1, 'EUR', 't', 'marie', 't')"));
        require(first,
            QStringLiteral("INSERT INTO payments (id, document_id, kind, amount, payment_date, method, "
                           "created_at, created_by) VALUES (1, 1, 'payment', 300, '2026-03-20', "
                           "'customer_credit', 't', 'marie')"));
        require(first,
            QStringLiteral("INSERT INTO journal_entries (id, entry_date, kind, created_at) "
                           "VALUES (1, '2026-03-01', 'credit_kept', 't')"));
        require(first,
            QStringLiteral("INSERT INTO customer_credits (id, customer_id, kind, amount, credit_date, "
                           "journal_entry_id, created_at, created_by) VALUES (1, 1, 'kept', 500, "
                           "'2026-03-01', 1, 't', 'marie')"));
        const QString apply = QStringLiteral(
            "INSERT INTO customer_credits (id, customer_id, kind, amount, credit_date, payment_id, created_at, "
            "created_by) VALUES (%1, 1, 'applied', -300, '2026-03-20', 1, 't', 'marie')");
        require(first, QStringLiteral("BEGIN"));
        require(first, apply.arg(2));
        REQUIRE(second.send(apply.arg(3)));
        CHECK(second.stillWaiting(300));
        require(first, QStringLiteral("COMMIT"));
        const PgOutcome applied = second.finish();
        CHECK_FALSE(applied.ok);
        CHECK(applied.message == QStringLiteral("a customer credit cannot become negative"));
        CHECK(first.value(QStringLiteral("SELECT sum(amount) FROM customer_credits")) == QLatin1String("200"));
    }
}
