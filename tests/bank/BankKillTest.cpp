#include "BankTestSupport.h"
#include "MatchNumberReferenceLookup.h"
#include "ReconciliationService.h"
#include "StatementImportService.h"
#include "TestServer.h"
#include "TestSql.h"
#include "Transaction.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace BankTest;

namespace {
QString cli()
{
    return QString::fromLocal8Bit(qgetenv("FACTURO_CLI"));
}

int iterations()
{
    const int wanted = qEnvironmentVariableIntValue("FACTURO_CRASH_ITERATIONS");
    return wanted > 0 ? wanted : 6;
}

// The companies a run makes on a server (TestServer), dropped at its end.
struct ServerCopies
{
    QStringList databases;
    ~ServerCopies()
    {
        for (const QString &database : std::as_const(databases))
            TestServer::dropDatabase(database);
    }
};

// A company with open invoices and an imported statement paying each by its RF reference, not
// applied yet (the setting is off), saved to `path` (on a server: a database); its location.
QString makeCompany(const QString &path, int count, ServerCopies &copies)
{
    TestLedger t;
    REQUIRE(ReconciliationService(t.ledger()).setAutoApplyReferences(false).ok());
    CamtTestStatement s;
    s.id = QStringLiteral("KILL");
    {
        Transaction tx(t->database());
        REQUIRE(tx.began().ok());
        for (int i = 0; i < count; ++i) {
            const qint64 draft = t.draftWith(
                {{QStringLiteral("Work"), QStringLiteral("1"), QString::number(10 + i % 500), QStringLiteral("20")}});
            auto number = t->posting().post(draft);
            REQUIRE(number.ok());
            StatementEntry e = credit(t->context().documents.find(draft, false)->totalGross);
            e.structuredReference = MatchNumberReferenceLookup::creditorReference(
                MatchNumberReferenceLookup::compactNumber(number.value()));
            e.servicerRef = QStringLiteral("K-%1").arg(i);
            s.entries.append({e});
        }
        REQUIRE(tx.commit().ok());
    }
    REQUIRE(StatementImportService(t.ledger()).importBytes(CamtTestWriter::write(s), {})->added == count);
    const QString saved = t.saveCopy(path);
    if (TestServer::enabled())
        copies.databases << TestServer::databaseOf(saved);
    return saved;
}

// A copy of the company at `original` for one run: a file at `path`, or a database on the server.
QString copyOf(const QString &original, const QString &path, ServerCopies &copies)
{
    if (!TestServer::enabled()) {
        REQUIRE(QFile::copy(original, path));
        return path;
    }
    copies.databases << TestServer::createDatabase(TestServer::databaseOf(original));
    return TestServer::clerkUri(copies.databases.last());
}

struct Counts
{
    qint64 applied = 0; // entries with payments
    qint64 badEntries = 0; // entries whose applied amount is not their links' sum, or applied twice
    qint64 badInvoices = 0; // invoices paid other than once by their entry, or not at all
};

Counts counts(const QString &path)
{
    auto db = Database::open(path, Database::OpenMode::MustExist);
    REQUIRE(db.ok());
    Database &company = *db.value();
    Counts c;
    c.applied = TestSql::integer(company, QStringLiteral("SELECT count(*) FROM bank_entries WHERE applied_amount > 0"));
    c.badEntries = TestSql::integer(company, QStringLiteral(
        "SELECT count(*) FROM bank_entries e WHERE applied_amount <> (SELECT coalesce(sum(amount), 0) FROM "
        "bank_entry_payments p WHERE p.entry_id = e.id) OR (SELECT count(*) FROM bank_entry_payments p WHERE "
        "p.entry_id = e.id) > 1 OR (applied_amount > 0 AND applied_amount <> amount)"));
    // Each paid invoice: exactly one payment, the one its entry made, for its whole amount.
    c.badInvoices = TestSql::integer(company, QStringLiteral(
        "SELECT count(*) FROM documents d WHERE d.doc_type = 'invoice' AND (d.amount_paid <> (SELECT coalesce(sum("
        "amount), 0) FROM payments p WHERE p.document_id = d.id) OR (SELECT count(*) FROM payments p WHERE "
        "p.document_id = d.id) > 1 OR (SELECT count(*) FROM payments p WHERE p.document_id = d.id) <> (SELECT "
        "count(*) FROM bank_entry_payments l WHERE l.document_id = d.id))"));
    return c;
}

void requireChecked(const QString &path)
{
    QString out, err;
    const int code = runProgram(
        cli(), {QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("check")}, &out, &err);
    INFO(out.toStdString() << err.toStdString());
    REQUIRE(code == 0);
    CHECK(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("ok")).toBool());
}
} // namespace

TEST_CASE("a SIGKILL during bank auto leaves each entry applied once or not at all")
{
    const int count = 600;
    QTemporaryDir dir;
    ServerCopies copies;
    const QString original = makeCompany(dir.filePath(QStringLiteral("original.facturo")), count, copies);

    // How long the whole run takes, to kill inside it.
    const QString timed = copyOf(original, dir.filePath(QStringLiteral("timed.facturo")), copies);
    QElapsedTimer timer;
    timer.start();
    QString out, err;
    REQUIRE(
        runProgram(cli(), {QStringLiteral("--db"), timed, QStringLiteral("bank"), QStringLiteral("auto")}, &out, &err)
        == 0);
    const qint64 fullMs = std::max<qint64>(50, timer.elapsed());
    INFO("a full run takes " << fullMs << " ms");
    REQUIRE(counts(timed).applied == count);

    QRandomGenerator random(20261203);
    int killedMidway = 0;
    for (int i = 0; i < iterations(); ++i) {
        // Killed after a random delay inside the measured run; a run that ended before its kill
        // (the machine was faster than when timed) is tried again on a fresh copy, sooner.
        int delay = static_cast<int>(random.bounded(qint64(20), std::max<qint64>(40, fullMs / 2)));
        QString db;
        for (int attempt = 0; attempt < 6; ++attempt) {
            db = copyOf(original, dir.filePath(QStringLiteral("kill%1-%2.facturo").arg(i).arg(attempt)), copies);
            QProcess process;
            process.start(cli(), {QStringLiteral("--db"), db, QStringLiteral("bank"), QStringLiteral("auto")});
            REQUIRE(process.waitForStarted());
            INFO("iteration " << i << ", attempt " << attempt << ", kill after " << delay << " ms");
            if (!process.waitForFinished(delay)) {
                process.kill();
                REQUIRE(process.waitForFinished(-1));
                ++killedMidway;
                break;
            }
            delay = std::max(5, delay / 2);
        }
        const Counts after = counts(db);
        CHECK(after.badEntries == 0);
        CHECK(after.badInvoices == 0);
        requireChecked(db);
        // Running it again finishes the work and applies nothing twice.
        REQUIRE(runProgram(cli(), {QStringLiteral("--db"), db, QStringLiteral("bank"), QStringLiteral("auto")}) == 0);
        const Counts finished = counts(db);
        CHECK(finished.applied == count);
        CHECK(finished.badEntries == 0);
        CHECK(finished.badInvoices == 0);
    }
    CHECK(killedMidway * 2 >= iterations());
}
