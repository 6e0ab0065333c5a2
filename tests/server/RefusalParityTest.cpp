// The same statements on a new SQLite company file and on the PostgreSQL schema (run as the
// application role): each is accepted by both or refused by both, a rule's refusal with the same
// message (the SQLite trigger's text), a constraint's as a constraint violation; the summaries and
// the search tables the triggers keep read the same afterwards.
#include "CatchQtStrings.h"
#include "Database.h"
#include "PgTestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
enum class Expect { Accepted, Rule, Constraint };

struct Step
{
    const char *sql;
    Expect expect;
    const char *message = nullptr; // the rule's words, for Expect::Rule
};

// A value both engines must read, each with its own query where the dialects differ.
struct Reading
{
    const char *sqlite;
    const char *postgresql; // nullptr: the same text
    const char *expected;
};

const char *const Sha = "'0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'";

QString expand(const char *sql)
{
    return QString::fromUtf8(sql).replace(QLatin1String("{SHA}"), QLatin1String(Sha));
}

const char *const Posted = "posted documents are immutable";
const char *const Lines = "lines of a posted document are immutable";
const char *const TaxLines = "tax lines of a posted document are immutable";
const char *const Payments = "payments are immutable: record a reversal instead";
const char *const Journal = "journal entries are immutable";
const char *const Audit = "audit events are immutable";
const char *const Reminder = "a recorded reminder cannot be changed";
const char *const Time = "time entries of a completed service order are immutable";
const char *const Mandate = "a mandate is only ever revoked, once";

const QList<Step> &steps()
{
    static const QList<Step> list = {
        // A customer, a draft invoice with a line and its tax line.
        {"INSERT INTO customers (id, name, created_at, updated_at) VALUES (1, 'Hôtel du Parc', 't', 't')",
            Expect::Accepted},
        {"INSERT INTO customers (id, name, created_at, updated_at) VALUES (2, '   ', 't', 't')", Expect::Constraint},
        {"INSERT INTO customers (id, name, country_code, created_at, updated_at) VALUES (3, 'X', 'fr', 't', 't')",
            Expect::Constraint},
        {"INSERT INTO users (id, name, role, created_at) VALUES (1, 'Marie', 'manager', 't')", Expect::Accepted},
        {"INSERT INTO users (id, name, role, created_at) VALUES (2, 'marie', 'clerk', 't')", Expect::Constraint},
        {"INSERT INTO documents (id, doc_type, status, customer_id, customer_name, currency, created_at, created_by, "
         "updated_at) "
         "VALUES (1, 'invoice', 'draft', 1, 'Hôtel du Parc', 'EUR', 't', 'marie', 't')",
            Expect::Accepted},
        {"INSERT INTO documents (id, doc_type, status, customer_id, currency, created_at, created_by, updated_at) "
         "VALUES (9, 'invoice', 'posted', 1, 'EUR', 't', 'marie', 't')",
            Expect::Constraint},
        {"INSERT INTO documents (id, doc_type, status, customer_id, currency, created_at, created_by, updated_at) "
         "VALUES (8, 'invoice', 'draft', 99, 'EUR', 't', 'marie', 't')",
            Expect::Constraint},
        {"INSERT INTO document_lines (id, document_id, position, kind, description, quantity, unit_price, "
         "tax_category, "
         "tax_rate, line_net) VALUES (1, 1, 1, 'labor', 'Réparation', 1000, 100000, 'standard', 2000, 10000)",
            Expect::Accepted},
        {"UPDATE document_lines SET description = 'Réparation de la chaudière' WHERE id = 1", Expect::Accepted},
        {"INSERT INTO document_lines (id, document_id, position, kind, description, quantity, unit_price, "
         "tax_category, "
         "tax_rate, line_net) VALUES (2, 1, 2, 'labor', 'x', 1, 1, 'bogus', 0, 0)",
            Expect::Constraint},
        {"INSERT INTO document_tax_lines (id, document_id, tax_category, tax_rate, base, tax) VALUES (1, 1, "
         "'standard', 2000, 10000, 2000)",
            Expect::Accepted},
        {"UPDATE document_tax_lines SET tax = 1 WHERE id = 1", Expect::Rule, TaxLines},
        {"INSERT INTO document_archive (id, document_id, pdf, sha256, file_name, created_at, created_by) "
         "VALUES (1, 1, 'PDF', {SHA}, 'INV.pdf', 't', 'marie')",
            Expect::Rule, "only posted documents are archived"},
        {"INSERT INTO document_payment_references (document_id, reference) VALUES (1, 'RF18INV202600001')",
            Expect::Rule, "only posted invoices have a payment reference"},
        {"INSERT INTO reminders (id, document_id, level, sent_on, days_overdue, amount_due, channel, user_name, "
         "created_at) "
         "VALUES (1, 1, 1, '2026-04-20', 11, 10000, 'email', 'marie', 't')",
            Expect::Rule, "only an open posted invoice can be reminded"},
        // Posting freezes the document, its lines and tax lines.
        {"UPDATE documents SET status = 'posted', number = 'INV-2026-00001', issue_date = '2026-03-10', due_date = "
         "'2026-04-09', "
         "total_net = 10000, total_tax = 2000, total_gross = 12000, posted_at = 't', posted_by = 'marie', snapshot = "
         "'{}' WHERE id = 1",
            Expect::Accepted},
        {"UPDATE documents SET total_gross = 1 WHERE id = 1", Expect::Rule, Posted},
        {"UPDATE documents SET status = 'draft', number = NULL WHERE id = 1", Expect::Rule, Posted},
        {"UPDATE documents SET deleted_at = 't' WHERE id = 1", Expect::Rule, Posted},
        {"UPDATE documents SET payment_means = 'cash' WHERE id = 1", Expect::Rule, Posted},
        {"DELETE FROM documents WHERE id = 1", Expect::Rule, "posted documents cannot be deleted"},
        {"UPDATE document_lines SET description = 'x' WHERE id = 1", Expect::Rule, Lines},
        {"DELETE FROM document_lines WHERE id = 1", Expect::Rule, Lines},
        {"INSERT INTO document_lines (id, document_id, position, kind, description, quantity, unit_price, "
         "tax_category, "
         "tax_rate, line_net) VALUES (2, 1, 2, 'labor', 'More', 1000, 100, 'standard', 2000, 100)",
            Expect::Rule, Lines},
        {"INSERT INTO documents (id, doc_type, status, customer_id, customer_name, currency, created_at, created_by, "
         "updated_at) "
         "VALUES (2, 'invoice', 'draft', 1, 'Hôtel du Parc', 'EUR', 't', 'marie', 't')",
            Expect::Accepted},
        {"INSERT INTO document_lines (id, document_id, position, kind, description, quantity, unit_price, "
         "tax_category, "
         "tax_rate, line_net) VALUES (3, 2, 1, 'other', 'Frais', 1000, 500, 'standard', 2000, 500)",
            Expect::Accepted},
        {"UPDATE document_lines SET document_id = 1 WHERE id = 3", Expect::Rule, Lines},
        {"INSERT INTO document_tax_lines (id, document_id, tax_category, tax_rate, base, tax) VALUES (2, 1, "
         "'standard', 2000, 1, 1)",
            Expect::Rule, TaxLines},
        {"DELETE FROM document_tax_lines WHERE id = 1", Expect::Rule, TaxLines},
        // A payment: recorded once, the invoice's paid amount may follow.
        {"INSERT INTO payments (id, document_id, kind, amount, payment_date, method, created_at, created_by) "
         "VALUES (1, 1, 'payment', 2000, '2026-03-20', 'bank_transfer', 't', 'marie')",
            Expect::Accepted},
        {"UPDATE documents SET amount_paid = 2000, status = 'partially_paid', updated_at = 't2' WHERE id = 1",
            Expect::Accepted},
        {"UPDATE documents SET amount_paid = 20000 WHERE id = 1", Expect::Constraint},
        {"UPDATE payments SET amount = 3000 WHERE id = 1", Expect::Rule, Payments},
        {"DELETE FROM payments WHERE id = 1", Expect::Rule, Payments},
        {"INSERT INTO payments (id, document_id, kind, amount, payment_date, method, created_at, created_by) "
         "VALUES (2, 1, 'payment', 0, '2026-03-20', 'cash', 't', 'marie')",
            Expect::Constraint},
        // The journal and the audit trail are append-only.
        {"INSERT INTO journal_entries (id, entry_date, kind, document_id, created_at) VALUES (1, '2026-03-10', "
         "'invoice', 1, 't')",
            Expect::Accepted},
        {"INSERT INTO journal_lines (id, entry_id, account_id, debit, credit) VALUES (1, 1, 1, 12000, 0)",
            Expect::Accepted},
        {"INSERT INTO journal_lines (id, entry_id, account_id, debit, credit) VALUES (2, 1, 7, 5, 5)",
            Expect::Constraint},
        {"UPDATE journal_entries SET description = 'x' WHERE id = 1", Expect::Rule, Journal},
        {"DELETE FROM journal_entries WHERE id = 1", Expect::Rule, Journal},
        {"UPDATE journal_lines SET debit = 1 WHERE id = 1", Expect::Rule, Journal},
        {"DELETE FROM journal_lines WHERE id = 1", Expect::Rule, Journal},
        {"INSERT INTO audit_events (id, occurred_at, user_name, entity, entity_id, action, prev_hash, hash) "
         "VALUES (1, '2026-03-10T09:30:00.000Z', 'marie', 'document', 1, 'post', '', 'abc')",
            Expect::Accepted},
        {"UPDATE audit_events SET details = 'x' WHERE id = 1", Expect::Rule, Audit},
        {"DELETE FROM audit_events WHERE id = 1", Expect::Rule, Audit},
        // Archives and the payment reference of a posted invoice.
        {"INSERT INTO document_archive (id, document_id, pdf, sha256, file_name, created_at, created_by) "
         "VALUES (1, 1, 'PDF', {SHA}, 'INV.pdf', 't', 'marie')",
            Expect::Accepted},
        {"INSERT INTO document_archive (id, document_id, pdf, sha256, file_name, created_at, created_by) "
         "VALUES (2, 1, 'PDF', {SHA}, 'INV.pdf', 't', 'marie')",
            Expect::Constraint},
        {"UPDATE document_archive SET file_name = 'y.pdf' WHERE id = 1", Expect::Rule, "archived PDFs are immutable"},
        {"DELETE FROM document_archive WHERE id = 1", Expect::Rule, "archived PDFs are immutable"},
        {"INSERT INTO einvoice_archive (id, document_id, format, content, sha256, file_name, created_at, created_by) "
         "VALUES (1, 1, 'peppol', 'XML', {SHA}, 'INV.xml', 't', 'marie')",
            Expect::Accepted},
        {"INSERT INTO einvoice_archive (id, document_id, format, content, sha256, file_name, created_at, created_by) "
         "VALUES (2, 1, 'facturx', 'XML', 'ABC', 'INV.xml', 't', 'marie')",
            Expect::Constraint},
        {"UPDATE einvoice_archive SET file_name = 'y.xml' WHERE id = 1", Expect::Rule,
            "archived e-invoices are immutable"},
        {"INSERT INTO document_payment_references (document_id, reference) VALUES (1, 'RF18INV202600001')",
            Expect::Accepted},
        {"UPDATE document_payment_references SET reference = 'RF18INV202600002' WHERE document_id = 1", Expect::Rule,
            Posted},
        {"DELETE FROM document_payment_references WHERE document_id = 1", Expect::Rule, Posted},
        // A reminder: its fee draft is attached once, nothing else changes.
        {"INSERT INTO reminders (id, document_id, level, sent_on, days_overdue, amount_due, channel, user_name, "
         "created_at) "
         "VALUES (1, 1, 1, '2026-04-20', 11, 10000, 'email', 'marie', 't')",
            Expect::Accepted},
        {"INSERT INTO reminders (id, document_id, level, sent_on, days_overdue, amount_due, channel, user_name, "
         "created_at) "
         "VALUES (2, 1, 1, '2026-04-21', 12, 10000, 'letter', 'marie', 't')",
            Expect::Constraint},
        {"UPDATE reminders SET fee_invoice_id = 2 WHERE id = 1", Expect::Accepted},
        {"UPDATE reminders SET fee_invoice_id = NULL WHERE id = 1", Expect::Rule, Reminder},
        {"UPDATE reminders SET amount_due = 1 WHERE id = 1", Expect::Rule, Reminder},
        {"DELETE FROM reminders WHERE id = 1", Expect::Rule, "a recorded reminder cannot be deleted"},
        // A draft is deleted with its lines.
        {"INSERT INTO documents (id, doc_type, status, customer_id, customer_name, currency, created_at, created_by, "
         "updated_at) "
         "VALUES (3, 'invoice', 'draft', 1, 'Garage Dupont', 'EUR', 't', 'marie', 't')",
            Expect::Accepted},
        {"INSERT INTO document_lines (id, document_id, position, kind, description, quantity, unit_price, "
         "tax_category, "
         "tax_rate, line_net) VALUES (4, 3, 1, 'part', 'Chaudière neuve', 1000, 500, 'standard', 2000, 500)",
            Expect::Accepted},
        {"DELETE FROM documents WHERE id = 3", Expect::Accepted},
        // A service order's work freezes when it is done; an invoiced order freezes whole.
        {"INSERT INTO service_orders (id, customer_id, status, created_at, updated_at) VALUES (1, 1, 'in_progress', "
         "'t', 't')",
            Expect::Accepted},
        {"INSERT INTO time_entries (id, order_id, technician, work_date, hours, hourly_rate) VALUES (1, 1, 'Paul', "
         "'2026-03-09', 2000, 6000)",
            Expect::Accepted},
        {"INSERT INTO parts_used (id, order_id, description, quantity, unit_price, tax_category, tax_rate) "
         "VALUES (1, 1, 'Valve', 1000, 2500, 'standard', 2000)",
            Expect::Accepted},
        {"UPDATE service_orders SET status = 'done', completed_at = 't' WHERE id = 1", Expect::Accepted},
        {"INSERT INTO time_entries (id, order_id, technician, work_date, hours, hourly_rate) VALUES (2, 1, 'Paul', "
         "'2026-03-10', 1000, 6000)",
            Expect::Rule, Time},
        {"UPDATE time_entries SET hours = 1000 WHERE id = 1", Expect::Rule, Time},
        {"DELETE FROM parts_used WHERE id = 1", Expect::Rule, "parts of a completed service order are immutable"},
        {"DELETE FROM service_orders WHERE id = 1", Expect::Rule, "a completed service order cannot be deleted"},
        {"UPDATE service_orders SET status = 'invoiced', invoice_id = 1 WHERE id = 1", Expect::Accepted},
        {"UPDATE service_orders SET report = 'x' WHERE id = 1", Expect::Rule, "an invoiced service order is immutable"},
        {"INSERT INTO service_orders (id, customer_id, status, created_at, updated_at) VALUES (2, 1, 'new', 't', 't')",
            Expect::Accepted},
        {"INSERT INTO time_entries (id, order_id, technician, work_date, hours, hourly_rate) VALUES (3, 2, 'Paul', "
         "'2026-03-09', 500, 6000)",
            Expect::Accepted},
        {"DELETE FROM service_orders WHERE id = 2", Expect::Accepted},
        // A customer's credit never goes below zero; its movements are records.
        {"INSERT INTO journal_entries (id, entry_date, kind, created_at) VALUES (2, '2026-03-21', 'credit_kept', 't')",
            Expect::Accepted},
        {"INSERT INTO customer_credits (id, customer_id, kind, amount, credit_date, journal_entry_id, created_at, "
         "created_by) "
         "VALUES (1, 1, 'kept', 500, '2026-03-21', 2, 't', 'marie')",
            Expect::Accepted},
        {"INSERT INTO customer_credits (id, customer_id, kind, amount, credit_date, payment_id, created_at, "
         "created_by) "
         "VALUES (2, 1, 'applied', -300, '2026-03-22', 1, 't', 'marie')",
            Expect::Accepted},
        {"INSERT INTO customer_credits (id, customer_id, kind, amount, credit_date, payment_id, created_at, "
         "created_by) "
         "VALUES (3, 1, 'applied', -300, '2026-03-23', 1, 't', 'marie')",
            Expect::Rule, "a customer credit cannot become negative"},
        {"UPDATE customer_credits SET amount = 600 WHERE id = 1", Expect::Rule,
            "customer credit movements are immutable"},
        // A mandate is revoked once; direct debits, sends, bank links and contract versions stay.
        {"INSERT INTO mandates (id, customer_id, reference, signed_on, iban, scheme, created_at, created_by) "
         "VALUES (1, 1, 'MANDATE-1', '2026-01-05', 'FR7630006000011234567890189', 'core', 't', 'marie')",
            Expect::Accepted},
        {"UPDATE mandates SET iban = 'DE89370400440532013000' WHERE id = 1", Expect::Rule, Mandate},
        {"UPDATE mandates SET revoked_on = '2026-03-01', revoked_by = 'marie' WHERE id = 1", Expect::Accepted},
        {"UPDATE mandates SET revoked_on = '2026-03-02' WHERE id = 1", Expect::Rule, Mandate},
        {"DELETE FROM mandates WHERE id = 1", Expect::Rule, "mandates are kept: revoke one instead"},
        {"INSERT INTO direct_debit_collections (id, document_id, mandate_id, payment_id, amount, collect_on, sequence, "
         "message_id, "
         "end_to_end_id, created_at, created_by) VALUES (1, 1, 1, 1, 2000, '2026-03-20', 'FRST', 'M1', 'E2E1', 't', "
         "'marie')",
            Expect::Accepted},
        {"UPDATE direct_debit_collections SET amount = 1 WHERE id = 1", Expect::Rule,
            "direct debit collections are immutable"},
        {"INSERT INTO outbox_messages (id, document_id, kind, sender, recipients, subject, body, mime, message_id, "
         "envelope_from, "
         "envelope_recipients, status, sent_at, created_at, created_by, updated_at) VALUES (1, 1, 'invoice', "
         "'a@b.example', "
         "'x@y.example', 'Invoice', 'Hello', 'MIME', '<1@facturo>', 'a@b.example', 'x@y.example', 'sent', 't', 't', "
         "'marie', 't')",
            Expect::Accepted},
        {"UPDATE outbox_messages SET attempts = 2 WHERE id = 1", Expect::Rule, "a sent message cannot be changed"},
        {"INSERT INTO document_sends (id, document_id, outbox_id, sent_at, recipients, subject, sent_by) "
         "VALUES (1, 1, 1, 't', 'x@y.example', 'Invoice', 'marie')",
            Expect::Accepted},
        {"DELETE FROM document_sends WHERE id = 1", Expect::Rule, "the send history is append-only"},
        {"INSERT INTO bank_statements (id, format, statement_ref, account_iban, currency, file_sha256, imported_at, "
         "imported_by) "
         "VALUES (1, 'camt.053', 'S1', 'FR76', 'EUR', 'h', 't', 'marie')",
            Expect::Accepted},
        {"INSERT INTO bank_entries (id, statement_id, entry_key, direction, amount, currency, booking_date, "
         "applied_amount) "
         "VALUES (1, 1, 'K1', 'credit', 2000, 'EUR', '2026-03-20', 2000)",
            Expect::Accepted},
        {"INSERT INTO bank_entry_payments (entry_id, payment_id, document_id, amount) VALUES (1, 1, 1, 2000)",
            Expect::Accepted},
        {"DELETE FROM bank_entry_payments WHERE payment_id = 1", Expect::Rule, "a bank entry's payments are immutable"},
        {"INSERT INTO contracts (id, customer_id, every_n, every_unit, start_date, created_at, created_by, updated_at) "
         "VALUES (1, 1, 1, 'month', '2026-01-01', 't', 'marie', 't')",
            Expect::Accepted},
        {"INSERT INTO contract_lines (id, contract_id, position, description, quantity, created_at, created_by) "
         "VALUES (1, 1, 1, 'Maintenance', 1000, 't', 'marie')",
            Expect::Accepted},
        {"INSERT INTO contract_versions (id, contract_line_id, effective_from, unit_price, tax_category, tax_rate, "
         "created_at, created_by) "
         "VALUES (1, 1, '2026-01-01', 5000, 'standard', 2000, 't', 'marie')",
            Expect::Accepted},
        {"UPDATE contract_versions SET unit_price = 1 WHERE id = 1", Expect::Rule, "contract versions are immutable"},
        {"DELETE FROM contract_versions WHERE id = 1", Expect::Rule, "contract versions cannot be deleted"},
    };
    return list;
}

const QList<Reading> &readings()
{
    static const QList<Reading> list = {
        {"SELECT open_count || ':' || open_amount FROM receivables_by_due WHERE due_date = '2026-04-09'", nullptr,
            "1:10000"},
        {"SELECT open_count || ':' || open_amount FROM receivables_by_customer_due WHERE customer_id = 1", nullptr,
            "1:10000"},
        {"SELECT invoice_count || ':' || invoiced || ':' || payment_count || ':' || collected FROM figures_by_day "
         "WHERE day = '2026-03-10'",
            nullptr, "1:12000:0:0"},
        {"SELECT invoice_count || ':' || invoiced || ':' || payment_count || ':' || collected FROM figures_by_day "
         "WHERE day = '2026-03-20'",
            nullptr, "0:0:1:2000"},
        {"SELECT count(*) FROM document_lines WHERE document_id = 3", nullptr, "0"},
        {"SELECT count(*) FROM time_entries WHERE order_id = 2", nullptr, "0"},
        {"SELECT count(*) FROM documents WHERE number >= 'INV-2026-0000' AND number < 'INV-2026-0001'", nullptr, "1"},
        {"SELECT count(*) FROM document_search WHERE document_search MATCH '\"hotel\"* \"parc\"*'",
            "SELECT count(*) FROM document_search WHERE search @@ facturo_search_query('Hotel parc')", "2"},
        {"SELECT group_concat(rowid) FROM document_search WHERE document_search MATCH '\"inv\"* \"2026\"* \"0000\"*'",
            "SELECT string_agg(rowid::text, ',') FROM document_search WHERE search @@ "
            "facturo_search_query('INV-2026-0000')",
            "1"},
        {"SELECT group_concat(document_id) FROM line_search WHERE line_search MATCH '\"CHAUDIERE\"*'",
            "SELECT string_agg(document_id::text, ',') FROM line_search WHERE search @@ "
            "facturo_search_query('CHAUDIERE')",
            "1"},
        {"SELECT count(*) FROM line_search WHERE rowid = 4", nullptr, "0"},
    };
    return list;
}

struct Outcome
{
    Expect kind = Expect::Accepted;
    QString message;
    QString detail;
};

Outcome runSqlite(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return {};
    const QSqlError error = q.lastError();
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    const bool rule = error.nativeErrorCode().toInt() == 1811; // SQLITE_CONSTRAINT_TRIGGER: RAISE(ABORT)
    return {rule            ? Expect::Rule
            : primary == 19 ? Expect::Constraint
                            : Expect::Accepted,
        error.databaseText(), error.nativeErrorCode() + QLatin1Char(' ') + error.text()};
}

Outcome runPostgresql(PgTestConnection &pg, const QString &sql)
{
    const PgOutcome outcome = pg.exec(sql);
    if (outcome.ok)
        return {};
    const bool rule = outcome.sqlState == QLatin1String("P0001");
    return {rule                                               ? Expect::Rule
            : outcome.sqlState.startsWith(QLatin1String("23")) ? Expect::Constraint
                                                               : Expect::Accepted,
        outcome.message, outcome.sqlState + QLatin1Char(' ') + outcome.message};
}

QString name(Expect kind)
{
    switch (kind) {
    case Expect::Accepted:
        return QStringLiteral("accepted (or another error)");
    case Expect::Rule:
        return QStringLiteral("refused by a rule");
    case Expect::Constraint:
        return QStringLiteral("refused by a constraint");
    }
    return {};
}
} // namespace

TEST_CASE("both engines accept and refuse the same changes, with the same words", "[server]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto sqlite = Database::open(dir.filePath(QStringLiteral("rules.facturo")), Database::OpenMode::CreateIfMissing);
    INFO(sqlite.message().toStdString());
    REQUIRE(sqlite.ok());
    QSqlDatabase &lite = sqlite.value()->connection();
    PgTestDatabase pg;

    int refused = 0;
    for (const Step &step : steps()) {
        const QString sql = expand(step.sql);
        INFO(sql.toStdString());
        const Outcome onSqlite = runSqlite(lite, sql);
        const Outcome onPostgresql = runPostgresql(pg.app(), sql);
        INFO("SQLite: " << onSqlite.detail.toStdString());
        INFO("PostgreSQL: " << onPostgresql.detail.toStdString());
        CHECK(name(onSqlite.kind) == name(step.expect));
        CHECK(name(onPostgresql.kind) == name(step.expect));
        if (step.expect == Expect::Rule) {
            CHECK(onSqlite.message == QString::fromUtf8(step.message));
            CHECK(onPostgresql.message == QString::fromUtf8(step.message));
        }
        if (step.expect != Expect::Accepted)
            ++refused;
    }
    CHECK(refused > 50);

    for (const Reading &reading : readings()) {
        INFO(reading.sqlite);
        QSqlQuery q(lite);
        REQUIRE(q.exec(QString::fromUtf8(reading.sqlite)));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QString::fromUtf8(reading.expected));
        CHECK(pg.app().value(QString::fromUtf8(reading.postgresql ? reading.postgresql : reading.sqlite))
            == QString::fromUtf8(reading.expected));
    }
}
