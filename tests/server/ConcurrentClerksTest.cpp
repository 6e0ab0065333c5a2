// Four clerks at once on one company on the server, each a facturo-cli process: drafts posted
// (the same draft sometimes by two clerks), the same invoices paid by all of them in partial
// amounts that together would over-pay them, processes killed at random points of their work and
// the server itself halted and started again. Afterwards the company is still sound: numbers
// gapless and unique, nothing paid above its total, every payment's journal entry balanced, the
// audit chain intact, everything a clerk was told was done still there.
#include "CatchQtStrings.h"
#include "ClerkCrowd.h"
#include "CrowdMail.h"
#include "PgTestDatabase.h"
#include "SmtpTestServer.h"
#include "TestDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

namespace {
QString cli()
{
    return QString::fromLocal8Bit(qgetenv("FACTURO_CLI"));
}

QString clusterScript()
{
    return qEnvironmentVariable("FACTURO_SOURCE_DIR") + QStringLiteral("/tests/server/pg-cluster.sh");
}

int run(const QString &uri, QStringList args, QString *out = nullptr, QString *err = nullptr)
{
    args.prepend(uri);
    args.prepend(QStringLiteral("--db"));
    return runProgram(cli(), args, out, err);
}

QString runOk(const QString &uri, const QStringList &args)
{
    QString out, err;
    const int code = run(uri, args, &out, &err);
    INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << err.toStdString());
    REQUIRE(code == 0);
    return out.trimmed();
}

// A company with a customer, `drafts` drafts of one line and `posted` posted invoices of 120.00.
struct Company
{
    QString uri;
    QStringList drafts;
    QStringList invoices;
};

Company makeCompany(PgTestDatabase &pg, int drafts, int posted)
{
    Company c;
    c.uri = PgTestDatabase::uriFor(pg.appRole(), pg.appPassword(), pg.name());
    runOk(c.uri,
        {QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Climatec"), QStringLiteral("--address"),
            QStringLiteral("Lyon"), QStringLiteral("--vat-id"), QStringLiteral("FR32123456789"),
            QStringLiteral("--iban"), QStringLiteral("FR7630006000011234567890189"), QStringLiteral("--email"),
            QStringLiteral("factures@climatec.fr")});
    const QString customer = runOk(c.uri,
        {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Hotel du Parc"),
            QStringLiteral("--address"), QStringLiteral("Paris"), QStringLiteral("--email"),
            QStringLiteral("compta@hotelduparc.fr")});
    for (int i = 0; i < drafts + posted; ++i) {
        const QString id
            = runOk(c.uri, {QStringLiteral("invoice"), QStringLiteral("new"), QStringLiteral("--customer"), customer});
        runOk(c.uri,
            {QStringLiteral("invoice"), QStringLiteral("add-line"), id, QStringLiteral("--description"),
                QStringLiteral("Maintenance"), QStringLiteral("--quantity"), QStringLiteral("1"),
                QStringLiteral("--unit-price"), i < drafts ? QString::number(10 + i) : QStringLiteral("100"),
                QStringLiteral("--tax-rate"), QStringLiteral("20")});
        if (i < drafts) {
            c.drafts << id;
        } else {
            runOk(c.uri, {QStringLiteral("invoice"), QStringLiteral("post"), id});
            c.invoices << id;
        }
    }
    return c;
}

// A clerk's list of work: posting drafts (in random order, so two clerks sometimes take the same
// one) and paying the posted invoices 25.00 or 7.00 at a time.
QStringList workList(const Company &c, QRandomGenerator &random, int length)
{
    QStringList commands;
    for (int i = 0; i < length; ++i) {
        if (random.bounded(2) == 0)
            commands << QStringLiteral("invoice post ") + c.drafts.at(random.bounded(c.drafts.size()));
        else
            commands << QStringLiteral("payment add %1 --amount %2")
                            .arg(c.invoices.at(random.bounded(c.invoices.size())),
                                random.bounded(3) == 0 ? QStringLiteral("7.00") : QStringLiteral("25.00"));
    }
    return commands;
}

// What the server holds is sound, and holds everything the clerks were told was done.
void requireSound(PgTestDatabase &pg, const Company &c, const ClerkCrowd &crowd)
{
    PgTestConnection db(PgTestDatabase::uriIn(pg.name()));
    REQUIRE(db.isOpen());
    // Numbers: unique, and 1..n without a gap in every sequence, n being the sequence's counter.
    CHECK(db.lines(
              QStringLiteral("SELECT regexp_replace(number, '-[0-9]+$', '') AS seq, count(*), count(DISTINCT number), "
                             "max(substring(number FROM '[0-9]+$')::int) FROM documents WHERE number IS NOT NULL "
                             "GROUP BY 1 HAVING count(*) <> count(DISTINCT number) OR "
                             "count(*) <> max(substring(number FROM '[0-9]+$')::int) "
                             "OR min(substring(number FROM '[0-9]+$')::int) <> 1"))
        == QStringList());
    CHECK(db.value(QStringLiteral("SELECT max(last_value) FROM number_sequences WHERE doc_type = 'invoice'"))
        == db.value(
            QStringLiteral("SELECT count(*) FROM documents WHERE doc_type = 'invoice' AND number IS NOT NULL")));
    // Nothing paid above its total, and what is paid is the sum of the payments.
    CHECK(db.lines(QStringLiteral("SELECT id, amount_paid, total_gross FROM documents WHERE amount_paid > total_gross"))
        == QStringList());
    CHECK(
        db.lines(QStringLiteral(
            "SELECT d.id, d.amount_paid, coalesce(sum(p.amount), 0) FROM documents d LEFT JOIN payments p "
            "ON p.document_id = d.id GROUP BY d.id, d.amount_paid HAVING d.amount_paid <> coalesce(sum(p.amount), 0)"))
        == QStringList());
    // Every payment has one journal entry, and every entry balances.
    CHECK(db.lines(QStringLiteral("SELECT p.id, count(e.id) FROM payments p LEFT JOIN journal_entries e "
                                  "ON e.payment_id = p.id GROUP BY p.id HAVING count(e.id) <> 1"))
        == QStringList());
    CHECK(
        db.lines(QStringLiteral("SELECT e.id, sum(l.debit), sum(l.credit) FROM journal_entries e JOIN journal_lines l "
                                "ON l.entry_id = e.id GROUP BY e.id HAVING sum(l.debit) <> sum(l.credit)"))
        == QStringList());
    // The audit chain: every event names the hash of the one before it; `audit verify` recomputes it.
    CHECK(db.value(QStringLiteral("SELECT count(*) FROM (SELECT prev_hash, lag(hash) OVER (ORDER BY id) AS before "
                                  "FROM audit_events) s WHERE before IS NOT NULL AND prev_hash <> before"))
        == QLatin1String("0"));
    QString verified, why;
    const int verify = run(c.uri, {QStringLiteral("audit"), QStringLiteral("verify")}, &verified, &why);
    INFO(verified.toStdString() << why.toStdString());
    CHECK(verify == 0);
    // Nothing a clerk was told was done is lost.
    const QStringList numbers = db.column(QStringLiteral("SELECT number FROM documents WHERE number IS NOT NULL"));
    const QStringList payments = db.column(QStringLiteral("SELECT id FROM payments"));
    for (const ClerkResult &r : crowd.results()) {
        if (r.code != 0)
            continue;
        INFO(r.command.toStdString() << " said " << r.output.toStdString());
        if (r.command.startsWith(QLatin1String("invoice post")))
            CHECK(numbers.contains(r.output));
        else if (r.command.startsWith(QLatin1String("payment add")))
            CHECK(payments.contains(r.output));
    }
    // No number was given twice.
    QStringList told;
    for (const ClerkResult &r : crowd.results())
        if (r.code == 0 && r.command.startsWith(QLatin1String("invoice post")))
            told << r.output;
    CHECK(told.size() == QSet<QString>(told.begin(), told.end()).size());
}

// A hash of every row of every table of the company, to show that a refusal changed nothing.
QStringList fingerprint(PgTestDatabase &pg)
{
    PgTestConnection db(PgTestDatabase::uriIn(pg.name()));
    REQUIRE(db.isOpen());
    QStringList sums;
    for (const QString &table :
        db.column(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                                 "AND table_type = 'BASE TABLE' ORDER BY table_name")))
        sums << table + QLatin1Char(' ')
                + db.value(QStringLiteral("SELECT count(*) || ' ' || md5(coalesce(string_agg(t::text, E'\\n' "
                                          "ORDER BY t::text), '')) FROM public.\"%1\" t")
                               .arg(table));
    return sums;
}
} // namespace

using namespace CrowdMail;

TEST_CASE("four clerks posting and paying at once, some killed midway, leave a sound company", "[server][crash]")
{
    PgTestDatabase pg;
    const Company c = makeCompany(pg, 50, 6);
    QRandomGenerator random(20261203);
    ClerkCrowd crowd(cli(), c.uri);
    int rounds = 0;
    const int roundsWanted = qEnvironmentVariableIntValue("FACTURO_CRASH_ITERATIONS") > 0
        ? 4 * qEnvironmentVariableIntValue("FACTURO_CRASH_ITERATIONS")
        : 24;
    crowd.run(4, [&](int) -> std::optional<ClerkWork> {
        if (rounds >= roundsWanted)
            return std::nullopt;
        ++rounds;
        ClerkWork work;
        work.commands = workList(c, random, 10);
        // Two rounds in three are killed after a random number of results, a few milliseconds into
        // the next command (a command takes tens of milliseconds): during its transaction or just
        // before or after it.
        if (random.bounded(3) != 0) {
            work.killAfterResults = random.bounded(1, 7);
            work.killDelayMs = random.bounded(0, 60);
        }
        return work;
    });
    INFO(crowd.summary().toStdString());
    for (const ClerkResult &r : crowd.results()) {
        INFO(r.command.toStdString() << ": " << r.code << " " << r.output.toStdString());
        // Done, or refused by a rule with its reason (over-payment, already posted).
        CHECK((r.code == 0 || r.code == 1));
        CHECK_FALSE(r.output.isEmpty());
    }
    CHECK(crowd.killed() >= roundsWanted / 3);
    CHECK(crowd.refusals() > 0);
    CHECK(crowd.successes() > 0);
    requireSound(pg, c, crowd);
}

TEST_CASE("four clerks posting, paying, queueing mail and sending the outbox at once, some killed midway, deliver "
          "every message once",
    "[server][crash][mail]")
{
    // The mail server waits before it answers each message's data: a killed sender is sometimes
    // caught with a message in hand.
    SmtpTestServer server({QStringLiteral("--delay-data-reply"), QStringLiteral("0.1")});
    INFO(server.error().toStdString());
    REQUIRE(server.isRunning());
    // The clerks' programs find no keychain and a runtime folder of their own (no warning about a
    // missing one in their output).
    QTemporaryDir runtime;
    REQUIRE(runtime.isValid());
    const QByteArray runtimeBefore = qgetenv("XDG_RUNTIME_DIR"), busBefore = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("XDG_RUNTIME_DIR", runtime.path().toLocal8Bit());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + runtime.filePath(QStringLiteral("no-such-bus")).toLocal8Bit());
    PgTestDatabase pg;
    const Company c = makeCompany(pg, 40, 6);
    runOk(c.uri,
        {QStringLiteral("settings"), QStringLiteral("smtp"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
            QStringLiteral("--port"), QString::number(server.port()), QStringLiteral("--security"),
            QStringLiteral("none"), QStringLiteral("--timeout"), QStringLiteral("20")});
    QElapsedTimer timer;
    timer.start();
    QRandomGenerator random(20261205);
    ClerkCrowd crowd(cli(), c.uri);
    // A sender that never returns (one waiting forever for something another sender changed) is
    // a failure, not a hang of the test.
    crowd.setStallLimit(30000);
    int rounds = 0;
    const int roundsWanted = qEnvironmentVariableIntValue("FACTURO_CRASH_ITERATIONS") > 0
        ? 4 * qEnvironmentVariableIntValue("FACTURO_CRASH_ITERATIONS")
        : 36;
    crowd.run(4, [&](int) -> std::optional<ClerkWork> {
        if (rounds >= roundsWanted)
            return std::nullopt;
        ++rounds;
        ClerkWork work;
        work.commands = mailWorkList(c.drafts, c.invoices, random, 12);
        // Two rounds in three are killed; half of those during an `outbox send` anywhere in its
        // run (starting, taking the lock, recovering, in the middle of a message), the others a
        // few milliseconds into whatever comes next.
        if (random.bounded(3) != 0) {
            work.killAfterResults = random.bounded(1, 7);
            if (random.bounded(2) == 0) {
                work.commands[work.killAfterResults] = QStringLiteral("outbox send");
                work.killDelayMs = random.bounded(0, 400);
            } else {
                work.killDelayMs = random.bounded(0, 60);
            }
        }
        return work;
    });
    // One last sender after the crowd takes over from the last killed one and sends what is left
    // (refused only while a killed sender's session has not ended yet), within a minute.
    QString out, err;
    int last = 1;
    for (int attempt = 0; attempt < 50; ++attempt) {
        out.clear();
        err.clear();
        last = runProgram(QStringLiteral("timeout"),
            {QStringLiteral("60"), cli(), QStringLiteral("--db"), c.uri, QStringLiteral("outbox"),
                QStringLiteral("send")},
            &out, &err);
        if (!err.contains(QLatin1String("is sending the mail of this company")))
            break;
        QThread::msleep(100);
    }
    const qint64 elapsed = timer.elapsed();
    for (const auto &[name, value] :
        {std::pair {"XDG_RUNTIME_DIR", runtimeBefore}, {"DBUS_SESSION_BUS_ADDRESS", busBefore}})
        value.isEmpty() ? qunsetenv(name) : qputenv(name, value);
    INFO(crowd.summary().toStdString());
    {
        INFO("last sender: " << last << " " << out.toStdString() << err.toStdString());
        CHECK((last == 0 || (last == 1 && err.contains(QLatin1String("may have been delivered")))));
    }
    for (const ClerkResult &r : crowd.results()) {
        INFO(r.command.toStdString() << ": " << r.code << " " << r.output.toStdString());
        CHECK((r.code == 0 || r.code == 1));
        // Only a sender that found nothing to send says nothing.
        if (r.command != QLatin1String("outbox send") || r.code != 0)
            CHECK_FALSE(r.output.isEmpty());
        // Mail of an invoice posted before the crowd started is never refused.
        if (r.command.startsWith(QLatin1String("invoice send ")) && r.code != 0)
            CHECK(c.drafts.contains(r.command.section(QLatin1Char(' '), 2, 2)));
    }
    const MailCounts mail = requireMailDeliveredOnce(pg, crowd, server);
    const QString figures = QStringLiteral("%1 s; mail: %2 queued, %3 sent, %4 to check, %5 received; senders: %6 run, "
                                           "%7 refused, %8 killed")
                                .arg(elapsed / 1000.0, 0, 'f', 1)
                                .arg(mail.messages)
                                .arg(mail.sent)
                                .arg(mail.check)
                                .arg(mail.received)
                                .arg(mail.senders)
                                .arg(mail.refusedSenders)
                                .arg(mail.killedSenders);
    INFO(figures.toStdString());
    if (qEnvironmentVariableIsSet("FACTURO_CRASH_FIGURES"))
        WARN(crowd.summary().toStdString() << "\n" << figures.toStdString());
    CHECK(crowd.stalledCommands() == QStringList());
    CHECK(crowd.killed() >= roundsWanted / 3);
    CHECK(mail.killedSenders > 0);
    CHECK(mail.refusedSenders > 0); // senders did meet
    CHECK(mail.sent > 0);
    CHECK(crowd.refusals() > 0);
    requireSound(pg, c, crowd);
}

TEST_CASE("the server halted and started again while four clerks work loses nothing committed", "[server][crash]")
{
    // A cluster of its own: halting the shared one would fail the tests running beside this one.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QFile::setPermissions(dir.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    const QString clusterDir = dir.filePath(QStringLiteral("pg"));
    QString started;
    REQUIRE(runProgram(clusterScript(), {QStringLiteral("start"), clusterDir}, &started, &started) == 0);
    const QByteArray before = qgetenv("FACTURO_TEST_PG");
    QFile uriFile(clusterDir + QStringLiteral("/uri"));
    REQUIRE(uriFile.open(QIODevice::ReadOnly));
    qputenv("FACTURO_TEST_PG", uriFile.readAll().trimmed());
    {
        // The test clusters run with synchronous_commit off: a commit is reported before its WAL is
        // written, so a crash of the server loses the last commits (and their numbers are given
        // again). A company's server keeps it on; so does this cluster.
        PgTestConnection admin(PgTestDatabase::clusterUri());
        REQUIRE(admin.exec(QStringLiteral("ALTER SYSTEM SET synchronous_commit = on")).ok);
        REQUIRE(admin.exec(QStringLiteral("SELECT pg_reload_conf()")).ok);
    }
    {
        PgTestDatabase pg;
        const Company c = makeCompany(pg, 30, 6);
        QRandomGenerator random(20261204);
        ClerkCrowd crowd(cli(), c.uri);
        int rounds = 0;
        bool halted = false, resumed = false;
        // The server goes down once 12 results came back, and up again once the clerks reported
        // 4 failures (or after 3 s of no news): progress, not a fixed delay, decides.
        crowd.onResult([&](const ClerkCrowd &now) {
            if (!halted && now.results().size() >= 12) {
                halted = runProgram(clusterScript(), {QStringLiteral("halt"), clusterDir}) == 0;
                REQUIRE(halted);
                crowd.markOutage();
            } else if (halted && !resumed && (now.failuresSinceOutage() >= 4 || now.msSinceOutage() > 3000)) {
                resumed = runProgram(clusterScript(), {QStringLiteral("resume"), clusterDir}) == 0;
                REQUIRE(resumed);
            }
        });
        crowd.run(4, [&](int) -> std::optional<ClerkWork> {
            if (rounds >= 8)
                return std::nullopt;
            ++rounds;
            ClerkWork work;
            work.commands = workList(c, random, 12);
            return work;
        });
        if (halted && !resumed)
            REQUIRE(runProgram(clusterScript(), {QStringLiteral("resume"), clusterDir}) == 0);
        INFO(crowd.summary().toStdString());
        REQUIRE(halted);
        int unreachable = 0;
        for (const ClerkResult &r : crowd.results()) {
            INFO(r.command.toStdString() << ": " << r.code << " " << r.output.toStdString());
            // No crash (a signal), and every failure says what happened in words.
            CHECK((r.code == 0 || r.code == 1 || r.code == 3));
            CHECK_FALSE(r.output.isEmpty());
            CHECK_FALSE(r.output.contains(QLatin1String("Driver not loaded")));
            if (r.code == 3)
                ++unreachable;
        }
        CHECK(unreachable > 0);
        requireSound(pg, c, crowd);
    }
    if (before.isEmpty())
        qunsetenv("FACTURO_TEST_PG");
    else
        qputenv("FACTURO_TEST_PG", before);
    runProgram(clusterScript(), {QStringLiteral("stop"), clusterDir});
}

TEST_CASE("a refused posting or over-payment on the server says why and changes nothing", "[server]")
{
    PgTestDatabase pg;
    Company c = makeCompany(pg, 1, 1);
    const QString empty = runOk(
        c.uri, {QStringLiteral("invoice"), QStringLiteral("new"), QStringLiteral("--customer"), QStringLiteral("1")});
    runOk(c.uri,
        {QStringLiteral("payment"), QStringLiteral("add"), c.invoices.first(), QStringLiteral("--amount"),
            QStringLiteral("100.00")});
    const QStringList before = fingerprint(pg);
    QString out, err;
    SECTION("a draft without lines")
    {
        CHECK(run(c.uri, {QStringLiteral("invoice"), QStringLiteral("post"), empty}, &out, &err) == 1);
        CHECK(err.contains(QStringLiteral("needs at least one line")));
    }
    SECTION("a payment above what is due")
    {
        CHECK(run(c.uri,
                  {QStringLiteral("payment"), QStringLiteral("add"), c.invoices.first(), QStringLiteral("--amount"),
                      QStringLiteral("20.01")},
                  &out, &err)
            == 1);
        CHECK(err.contains(QStringLiteral("Over-payment refused")));
    }
    SECTION("an invoice posted again")
    {
        CHECK(run(c.uri, {QStringLiteral("invoice"), QStringLiteral("post"), c.invoices.first()}, &out, &err) == 1);
        CHECK(err.contains(QStringLiteral("already posted")));
    }
    CHECK(out.isEmpty());
    CHECK(fingerprint(pg) == before);
    // The refusals were not a broken connection: the same clerk goes on working.
    CHECK(run(c.uri,
              {QStringLiteral("payment"), QStringLiteral("add"), c.invoices.first(), QStringLiteral("--amount"),
                  QStringLiteral("20.00")})
        == 0);
    CHECK(fingerprint(pg) != before);
}
