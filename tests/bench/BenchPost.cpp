// bench_post: create and post N invoices of 5 lines each through the real services, then write
// the same rows with bare SQLite (C API, prepared statements) in the same process with the same
// transaction pattern (one transaction to create each draft, one to post it), and print both
// rates and their ratio. Usage: bench_post [N] (default 10000).

#include "Clock.h"
#include "Ledger.h"
#include "TaxCalculator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>

namespace {
DocumentLine benchLine(int i, int k)
{
    DocumentLine l;
    l.kind = k == 0 ? LineKind::Labor : LineKind::Part;
    l.description = QStringLiteral("Line %1 of invoice %2").arg(k + 1).arg(i);
    l.quantity = Quantity::fromScaled(1000 + (i * 7 + k * 13) % 5000);
    l.unitPrice = UnitPrice::fromScaled(100000 + (i * 31 + k * 17) % 900000);
    l.taxCategory = TaxCategory::Standard;
    l.taxRate = Percentage::fromInteger(k == 4 ? 10 : 20);
    return l;
}

double servicesRun(const QString &path, int count)
{
    FixedClock clock(QDateTime(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC));
    auto opened = Ledger::open(path, Database::OpenMode::CreateIfMissing, clock);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 0;
    }
    Ledger &ledger = *opened.value();
    CompanySettings c;
    c.name = QStringLiteral("Bench SAS");
    c.address = QStringLiteral("1 rue du Banc\n69001 Lyon");
    c.vatId = QStringLiteral("FR32123456789");
    c.iban = QStringLiteral("FR7630006000011234567890189");
    if (!ledger.setUp(c, QStringLiteral("bench"), Percentage::fromInteger(20)))
        return 0;
    Customer customer;
    customer.name = QStringLiteral("Customer");
    customer.billingAddress = QStringLiteral("2 place Bellecour\n69002 Lyon");
    const qint64 customerId = ledger.customers().add(customer).value();

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        QList<DocumentLine> lines;
        for (int k = 0; k < 5; ++k)
            lines.append(benchLine(i, k));
        auto draft = ledger.drafts().createInvoice(customerId, Document(), lines);
        if (!draft || !ledger.posting().post(draft.value())) {
            std::fprintf(stderr, "posting failed at %d\n", i);
            return 0;
        }
    }
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

bool ok(int rc, sqlite3 *db)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    std::fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(db));
    return false;
}

struct Stmt
{
    sqlite3_stmt *s = nullptr;
    Stmt(sqlite3 *db, const char *sql) { sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr); }
    ~Stmt() { sqlite3_finalize(s); }
    Stmt &i(int index, qint64 v) { sqlite3_bind_int64(s, index, v); return *this; }
    Stmt &t(int index, const QByteArray &v) { sqlite3_bind_text(s, index, v.constData(), static_cast<int>(v.size()), SQLITE_TRANSIENT); return *this; }
    int run() { const int rc = sqlite3_step(s); sqlite3_reset(s); return rc; }
};

// The same rows, the same indexes and triggers (the schema file), the same transaction pattern.
double baselineRun(const QString &path, int count)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return 0;
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;", nullptr, nullptr, nullptr);
    // Every migration, as the program applies them: the same tables, indexes, search index and
    // triggers, so both sides write the same rows with the same side effects.
    const QDir migrations(QStringLiteral(FACTURO_MIGRATIONS_DIR));
    for (const QString &name : migrations.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        QFile schema(migrations.filePath(name));
        if (!schema.open(QIODevice::ReadOnly) || !ok(sqlite3_exec(db, schema.readAll().constData(), nullptr, nullptr, nullptr), db))
            return 0;
    }
    sqlite3_exec(db, "INSERT INTO customers (name, billing_address, created_at, updated_at) VALUES ('Customer', 'Lyon', 'x', 'x');"
                     "INSERT INTO users (name, role, created_at) VALUES ('bench', 'manager', 'x');",
                 nullptr, nullptr, nullptr);
    {
        Stmt begin(db, "BEGIN IMMEDIATE"), commit(db, "COMMIT");
        Stmt doc(db, "INSERT INTO documents (doc_type, status, customer_id, customer_name, service_date, payment_terms_days, "
                     "currency, total_net, total_tax, total_gross, created_at, created_by, updated_at) "
                     "VALUES ('invoice', 'draft', 1, 'Customer', '2026-05-04', 30, 'EUR', ?1, ?2, ?3, 'now', 'bench', 'now')");
        Stmt line(db, "INSERT INTO document_lines (document_id, position, kind, description, quantity, unit, unit_price, "
                      "discount, tax_category, tax_rate, exemption_reason, line_net) VALUES (?1, ?2, ?3, ?4, ?5, '', ?6, 0, "
                      "'standard', ?7, '', ?8)");
        Stmt audit(db, "INSERT INTO audit_events (id, occurred_at, user_name, entity, entity_id, action, details, prev_hash, "
                       "hash) VALUES (?1, 'now', 'bench', 'invoice', ?2, ?3, '', ?4, ?5)");
        Stmt lastAudit(db, "SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1");
        Stmt seq(db, "INSERT INTO number_sequences (doc_type, period, last_value) VALUES ('invoice', 2026, 1) "
                     "ON CONFLICT (doc_type, period) DO UPDATE SET last_value = last_value + 1 RETURNING last_value");
        Stmt tax(db, "INSERT INTO document_tax_lines (document_id, tax_category, tax_rate, exemption_reason, base, tax) "
                     "VALUES (?1, 'standard', ?2, '', ?3, ?4)");
        Stmt post(db, "UPDATE documents SET status = 'posted', number = ?1, issue_date = '2026-05-04', due_date = '2026-06-03', "
                      "snapshot = '{}', posted_at = 'now', posted_by = 'bench' WHERE id = ?2");
        Stmt entry(db, "INSERT INTO journal_entries (entry_date, kind, document_id, reference, description, created_at) "
                       "VALUES ('2026-05-04', 'invoice', ?1, ?2, 'Customer', 'now')");
        Stmt jline(db, "INSERT INTO journal_lines (entry_id, account_id, debit, credit) VALUES (?1, ?2, ?3, ?4)");

        auto appendAudit = [&](qint64 docId, const char *action) {
            qint64 lastId = 0;
            QByteArray prev(64, '0');
            if (sqlite3_step(lastAudit.s) == SQLITE_ROW) {
                lastId = sqlite3_column_int64(lastAudit.s, 0);
                prev = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(lastAudit.s, 1)));
            }
            sqlite3_reset(lastAudit.s);
            const QByteArray hash = QCryptographicHash::hash(prev + QByteArray::number(lastId + 1) + action,
                                                             QCryptographicHash::Sha256).toHex();
            audit.i(1, lastId + 1).i(2, docId).t(3, action).t(4, prev).t(5, hash).run();
        };

        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < count; ++i) {
            TaxCalculator calc(2);
            QList<qint64> nets;
            for (int k = 0; k < 5; ++k) {
                const DocumentLine l = benchLine(i, k);
                nets << calc.addLine(l.quantity, l.unitPrice, l.discount, l.taxCategory, l.taxRate).value();
            }
            const DocumentTotals totals = calc.totals().value();
            // Transaction 1: the draft.
            begin.run();
            doc.i(1, totals.net).i(2, totals.tax).i(3, totals.gross).run();
            const qint64 id = sqlite3_last_insert_rowid(db);
            for (int k = 0; k < 5; ++k) {
                const DocumentLine l = benchLine(i, k);
                line.i(1, id).i(2, k + 1).t(3, k == 0 ? "labor" : "part").t(4, l.description.toUtf8())
                    .i(5, l.quantity.scaled()).i(6, l.unitPrice.scaled()).i(7, l.taxRate.scaled()).i(8, nets[k]).run();
            }
            appendAudit(id, "create");
            if (!ok(commit.run(), db))
                return 0;
            // Transaction 2: posting.
            begin.run();
            sqlite3_step(seq.s);
            const qint64 n = sqlite3_column_int64(seq.s, 0);
            sqlite3_reset(seq.s);
            for (const TaxSubtotal &t : totals.subtotals)
                tax.i(1, id).i(2, t.rate.scaled()).i(3, t.base).i(4, t.tax).run();
            post.t(1, QStringLiteral("INV-2026-%1").arg(n, 5, 10, QLatin1Char('0')).toUtf8()).i(2, id).run();
            entry.i(1, id).t(2, QByteArray("INV")).run();
            const qint64 e = sqlite3_last_insert_rowid(db);
            jline.i(1, e).i(2, 1).i(3, totals.gross).i(4, 0).run();
            jline.i(1, e).i(2, 8).i(3, 0).i(4, nets[0]).run();
            jline.i(1, e).i(2, 9).i(3, 0).i(4, totals.net - nets[0]).run();
            jline.i(1, e).i(2, 7).i(3, 0).i(4, totals.tax).run();
            appendAudit(id, "post");
            if (!ok(commit.run(), db))
                return 0;
        }
        const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        sqlite3_close(db);
        return seconds;
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 10000;
    QTemporaryDir dir;
    const double facturo = servicesRun(dir.filePath(QStringLiteral("services.facturo")), count);
    const double bare = baselineRun(dir.filePath(QStringLiteral("baseline.sqlite")), count);
    if (facturo <= 0 || bare <= 0)
        return 1;
    std::printf("bench_post: %d invoices of 5 lines, created and posted one transaction each\n", count);
    std::printf("  Facturo services : %8.1f invoices/s (%.2f s)\n", count / facturo, facturo);
    std::printf("  bare SQLite      : %8.1f invoices/s (%.2f s)\n", count / bare, bare);
    std::printf("  ratio            : %8.2f x slower than the bare baseline\n", facturo / bare);
    return 0;
}
