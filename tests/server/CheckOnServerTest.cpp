// `check` and `audit verify` on a company on the server: the same checks as on a file, with the
// same findings for the same alterations (made as the superuser, who can switch the rules off),
// and the server's own ways around the rules (a trigger switched off, an object handed to the
// clerks' role) named too.
#include "IntegrityCheck.h"
#include "TestDatabase.h"
#include "TestServer.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

namespace {
std::string str(const QString &text)
{
    return text.toStdString();
}

// Restores the engine of the environment at the end of a test case.
struct Engine
{
    explicit Engine(bool server) { TestServer::force(server); }
    ~Engine() { TestServer::force(std::nullopt); }
};

// The company of IntegrityCheckTest: posted invoices, a payment, a credit note.
void fill(TestLedger &t)
{
    const QString first = t.postNew(QStringLiteral("100"));
    t.postNew(QStringLiteral("250.55"));
    const qint64 id = t->context().documents.idByNumber(first).value();
    REQUIRE(t->payments().registerPayment({id, 5000, {}, PaymentMethod::Card, {}}).ok());
    const qint64 credit = t->creditNotes().createDraft(id, QStringLiteral("Goodwill")).value();
    REQUIRE(t->posting().post(credit).ok());
}

IntegrityReport checkOf(TestLedger &t)
{
    IntegrityCheck check(t->context(), t->audit());
    auto report = check.run();
    INFO(str(report.message()));
    REQUIRE(report.ok());
    return report.value();
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QString &location, const QStringList &args)
{
    Run r;
    r.code = runProgram(qEnvironmentVariable("FACTURO_CLI"), QStringList{QStringLiteral("--db"), location} + args,
        &r.out, &r.err);
    return r;
}

QStringList badLines(const Run &run)
{
    QStringList bad;
    for (const QString &line : run.out.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("BAD ")))
            bad << line;
    return bad;
}

// One alteration, made the same way on a file and on the server: the triggers named dropped
// (the same DROP on either engine), then the statements.
struct Alteration
{
    const char *what;
    QStringList dropped;
    QStringList statements;
    const char *expected; // in the first problem
};

IntegrityReport altered(bool server, const Alteration &a)
{
    Engine engine(server);
    TestLedger t;
    fill(t);
    t.dropTriggers(a.dropped);
    t.tamper(a.statements);
    return checkOf(t);
}
} // namespace

TEST_CASE("check passes a sound company on the server, from the library and from facturo-cli")
{
    Engine engine(true);
    TestLedger t;
    REQUIRE(t.path().startsWith(QLatin1String("postgresql://")));
    fill(t);
    const IntegrityReport report = checkOf(t);
    INFO(str(report.problems.join(QLatin1Char('\n'))));
    CHECK(report.ok());
    CHECK(report.passed.size() >= 10);
    // Every immutability trigger and table of the scripts looked up in the catalog.
    const QStringList schema = report.passed.filter(QStringLiteral("immutability triggers"));
    REQUIRE(schema.size() == 1);
    const QRegularExpressionMatch counts
        = QRegularExpression(QStringLiteral("all (\\d+) immutability triggers and (\\d+) table")).match(schema.first());
    INFO(str(schema.first()));
    REQUIRE(counts.hasMatch());
    CHECK(counts.captured(1).toInt() > 20);
    CHECK(counts.captured(2).toInt() > 30);
    CHECK_FALSE(report.passed.filter(QStringLiteral("Every reference between records is valid")).isEmpty());
    CHECK(report.passed.filter(QStringLiteral("SQLite")).isEmpty()); // no file structure on a server

    const Run check = cli(t.path(), {QStringLiteral("check")});
    INFO(str(check.out + check.err));
    CHECK(check.code == 0);
    CHECK(badLines(check).isEmpty());
    const Run verify = cli(t.path(), {QStringLiteral("audit"), QStringLiteral("verify")});
    INFO(str(verify.out + verify.err));
    CHECK(verify.code == 0);
}

TEST_CASE("the same alteration gives the same findings on a file and on the server")
{
    const QStringList frozen = {QStringLiteral("documents_posted_frozen"), QStringLiteral("document_lines_frozen_update"),
        QStringLiteral("journal_lines_immutable_delete"), QStringLiteral("payments_immutable_update"),
        QStringLiteral("document_tax_lines_frozen_update")};
    const QList<Alteration> alterations = {
        {"a line's net", frozen,
            {QStringLiteral("UPDATE document_lines SET line_net = line_net + 1 WHERE id = (SELECT min(id) FROM "
                            "document_lines)")},
            "quantity × price"},
        {"a posted total", frozen, {QStringLiteral("UPDATE documents SET total_gross = total_gross + 1 WHERE id = 2")},
            "does not follow from its lines"},
        {"a journal line", frozen,
            {QStringLiteral("DELETE FROM journal_lines WHERE id = (SELECT max(id) FROM journal_lines)")},
            "does not balance"},
        {"an amount paid", frozen, {QStringLiteral("UPDATE documents SET amount_paid = amount_paid - 1 WHERE id = 1")},
            "Payments do not add up"},
        {"a number taken", frozen,
            {QStringLiteral("UPDATE number_sequences SET last_value = last_value + 1 WHERE doc_type = 'invoice'")},
            "gap"},
        {"a status", frozen, {QStringLiteral("UPDATE documents SET status = 'credited' WHERE id = 2")},
            "is credited with"},
        {"a summary", {}, {QStringLiteral("UPDATE receivables_by_due SET open_amount = open_amount + 1")},
            "receivables summary differs"},
        {"an audit event", {QStringLiteral("audit_events_immutable_update")},
            {QStringLiteral("UPDATE audit_events SET user_name = 'mallory' WHERE id = 3")}, "Audit event 3 "},
        {"a dropped trigger", {QStringLiteral("payments_immutable_delete")}, {},
            "immutability trigger payments_immutable_delete is missing"},
    };
    for (const Alteration &a : alterations) {
        INFO(a.what);
        const IntegrityReport onFile = altered(false, a);
        const IntegrityReport onServer = altered(true, a);
        INFO("file:\n" << str(onFile.problems.join(QLatin1Char('\n'))) << "\nserver:\n"
                       << str(onServer.problems.join(QLatin1Char('\n'))));
        REQUIRE_FALSE(onFile.ok());
        CHECK(onFile.problems.first().contains(QString::fromUtf8(a.expected)));
        CHECK(onServer.problems == onFile.problems);
    }
}

TEST_CASE("a total changed as a replica, without any trigger firing, is found by check and audit verify")
{
    Engine engine(true);
    TestLedger t;
    fill(t);
    // The superuser's way around every trigger at once, the rules' and the foreign keys'.
    t.tamper({QStringLiteral("SET session_replication_role = replica"),
        QStringLiteral("UPDATE documents SET total_gross = total_gross + 100, total_net = total_net + 100 WHERE id = 1"),
        QStringLiteral("UPDATE document_lines SET line_net = line_net + 100 WHERE id = (SELECT min(id) FROM "
                       "document_lines WHERE document_id = 1)")});
    const IntegrityReport report = checkOf(t);
    INFO(str(report.problems.join(QLatin1Char('\n'))));
    REQUIRE_FALSE(report.ok());
    CHECK(report.problems.first().contains(QStringLiteral("INV-2026-00001")));

    const Run check = cli(t.path(), {QStringLiteral("check")});
    INFO(str(check.out + check.err));
    CHECK(check.code != 0);
    CHECK_FALSE(badLines(check).filter(QStringLiteral("changed after it was posted")).isEmpty());
    const Run verify = cli(t.path(), {QStringLiteral("audit"), QStringLiteral("verify")});
    INFO(str(verify.out + verify.err));
    CHECK(verify.code != 0);
    CHECK(verify.err.contains(QStringLiteral("INV-2026-00001")));
}

TEST_CASE("a broken audit chain on the server is named by audit verify as on a file")
{
    QString messages[2];
    for (const bool server : {false, true}) {
        Engine engine(server);
        TestLedger t;
        fill(t);
        t.dropTriggers({QStringLiteral("audit_events_immutable_delete")});
        t.tamper({QStringLiteral("DELETE FROM audit_events WHERE id = 4")});
        const Run verify = cli(t.path(), {QStringLiteral("audit"), QStringLiteral("verify")});
        INFO(str(verify.out + verify.err));
        CHECK(verify.code != 0);
        CHECK(verify.err.contains(QStringLiteral("Audit event 5 ")));
        messages[server ? 1 : 0] = verify.err;
    }
    CHECK(messages[1] == messages[0]);
}

TEST_CASE("a trigger switched off or an object handed to the clerks' role on the server is named by check")
{
    Engine engine(true);
    struct Case
    {
        const char *what;
        QString sql;
        QStringList named;
    };
    const QList<Case> cases = {
        {"one trigger disabled", QStringLiteral("ALTER TABLE payments DISABLE TRIGGER payments_immutable_update"),
            {QStringLiteral("payments_immutable_update"), QStringLiteral("switched off")}},
        {"a trigger left for replicas only", QStringLiteral("ALTER TABLE documents ENABLE REPLICA TRIGGER documents_posted_frozen"),
            {QStringLiteral("documents_posted_frozen"), QStringLiteral("switched off")}},
        {"every trigger of a table disabled", QStringLiteral("ALTER TABLE document_lines DISABLE TRIGGER ALL"),
            {QStringLiteral("a reference of table document_lines"), QStringLiteral("switched off")}},
        {"a table given to the clerks", QStringLiteral("ALTER TABLE customers OWNER TO %1").arg(TestServer::appRole()),
            {QStringLiteral("customers belongs to a role that writes rows")}},
        {"a trigger dropped", QStringLiteral("DROP TRIGGER journal_lines_immutable_update ON journal_lines"),
            {QStringLiteral("journal_lines_immutable_update is missing")}},
        {"a column renamed", QStringLiteral("ALTER TABLE document_sends RENAME COLUMN subject TO subj"),
            {QStringLiteral("table document_sends"), QStringLiteral("altered")}},
        {"a rule's function made to let everything through",
            QStringLiteral("CREATE OR REPLACE FUNCTION facturo_refuse() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                           "BEGIN\n    RETURN NEW;\nEND;\n$$"),
            {QStringLiteral("facturo_refuse()"), QStringLiteral("altered")}},
        {"a trigger given a condition that never holds",
            QStringLiteral("CREATE OR REPLACE TRIGGER payments_immutable_update BEFORE UPDATE ON payments FOR EACH ROW "
                           "WHEN (false) EXECUTE FUNCTION facturo_refuse('payments are immutable: record a reversal "
                           "instead')"),
            {QStringLiteral("payments_immutable_update"), QStringLiteral("altered")}},
        {"a trigger made to run another function",
            QStringLiteral("CREATE FUNCTION facturo_allow() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; "
                           "END; $$; CREATE OR REPLACE TRIGGER document_lines_frozen_update BEFORE UPDATE ON "
                           "document_lines FOR EACH ROW EXECUTE FUNCTION facturo_allow('lines of a posted document "
                           "are immutable')"),
            {QStringLiteral("document_lines_frozen_update"), QStringLiteral("altered")}},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        TestLedger t;
        fill(t);
        t.tamper({c.sql});
        const Run check = cli(t.path(), {QStringLiteral("check")});
        INFO(str(check.out + check.err));
        CHECK(check.code != 0);
        bool named = false;
        for (const QString &line : badLines(check)) {
            bool all = true;
            for (const QString &word : c.named)
                all = all && line.contains(word);
            named = named || all;
        }
        CHECK(named);
    }
}
