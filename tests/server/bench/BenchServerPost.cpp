// bench_server_post: posting on PostgreSQL (label bench, not in the test line).
//   1. N drafts (default 2,000) of 5 lines posted through PostingService on the server, one
//      transaction each, and the same on a SQLite file: time of each post.
//   2. A bare libpq baseline: the statements one real posting sent, as the server logged them
//      (log_statement = all for the clerk's session, between two marks), prepared once and run
//      with PQexecPrepared for each of N other drafts: the same SQL, the same number of statements
//      and round trips, none of the services' work. Ratio of the two.
//   3. Throughput with 1, 2, 4 and 8 posting processes at once, each its own connection.
// Runs on FACTURO_TEST_PG (a superuser URI) or on a private cluster of tests/server/pg-cluster.sh.
// Usage: bench_server_post [N] [posts per throughput level, default 400]
#include "BenchCluster.h"
#include "Clock.h"
#include "Ledger.h"
#include "PgConnection.h"
#include "PostingReplay.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <libpq-fe.h>

namespace {
FixedClock benchClock(QDateTime(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC));

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

std::unique_ptr<Ledger> openCompany(const QString &location, bool setUp)
{
    auto opened = Ledger::open(
        location, setUp ? Database::OpenMode::CreateIfMissing : Database::OpenMode::MustExist, benchClock);
    if (!opened) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(location), qPrintable(opened.message()));
        return {};
    }
    std::unique_ptr<Ledger> ledger = std::move(opened.value());
    if (setUp) {
        CompanySettings c;
        c.name = QStringLiteral("Bench SAS");
        c.address = QStringLiteral("1 rue du Banc\n69001 Lyon");
        c.vatId = QStringLiteral("FR32123456789");
        c.iban = QStringLiteral("FR7630006000011234567890189");
        Customer customer;
        customer.name = QStringLiteral("Customer");
        customer.billingAddress = QStringLiteral("2 place Bellecour\n69002 Lyon");
        if (!ledger->setUp(c, QStringLiteral("bench"), Percentage::fromInteger(20))
            || !ledger->customers().add(customer))
            return {};
    }
    return ledger;
}

QList<qint64> makeDrafts(Ledger &ledger, int count)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        QList<DocumentLine> lines;
        for (int k = 0; k < 5; ++k)
            lines.append(benchLine(i, k));
        auto draft = ledger.drafts().createInvoice(1, Document(), lines);
        if (!draft)
            return {};
        ids << draft.value();
    }
    return ids;
}

struct Stats
{
    double totalS = 0, meanMs = 0, medianMs = 0, p95Ms = 0;
};

Stats stats(QList<double> ms)
{
    Stats s;
    if (ms.isEmpty())
        return s;
    for (double m : ms)
        s.totalS += m / 1000;
    std::sort(ms.begin(), ms.end());
    s.meanMs = s.totalS * 1000 / static_cast<double>(ms.size());
    s.medianMs = ms.at(ms.size() / 2);
    s.p95Ms = ms.at(ms.size() * 95 / 100);
    return s;
}

void print(const char *what, const Stats &s, int count)
{
    std::printf("  %-34s %8.1f posts/s  per post: mean %6.2f ms, median %6.2f ms, p95 %6.2f ms (%.2f s)\n", what,
        count / s.totalS, s.meanMs, s.medianMs, s.p95Ms, s.totalS);
}

// Posts every draft, each timed; nothing when one fails.
QList<double> postAll(Ledger &ledger, const QList<qint64> &drafts)
{
    QList<double> ms;
    QElapsedTimer t;
    for (qint64 id : drafts) {
        t.start();
        auto posted = ledger.posting().post(id);
        ms << static_cast<double>(t.nsecsElapsed()) / 1e6;
        if (!posted) {
            std::fprintf(stderr, "posting %lld: %s\n", static_cast<long long>(id), qPrintable(posted.message()));
            return {};
        }
    }
    return ms;
}

// --poster URI FIRST LAST: opens the company, says "ready", waits for a line, posts the drafts
// FIRST..LAST and says "done SECONDS".
int poster(const QString &uri, qint64 first, qint64 last)
{
    std::unique_ptr<Ledger> ledger = openCompany(uri, false);
    if (!ledger)
        return 1;
    std::printf("ready\n");
    std::fflush(stdout);
    std::string go;
    std::getline(std::cin, go);
    QElapsedTimer t;
    t.start();
    for (qint64 id = first; id <= last; ++id)
        if (!ledger->posting().post(id)) {
            std::fprintf(stderr, "posting %lld failed\n", static_cast<long long>(id));
            return 1;
        }
    std::printf("done %.3f\n", static_cast<double>(t.nsecsElapsed()) / 1e9);
    return 0;
}

// The posters at once on `drafts` (consecutive ids): posts per second from "go" to the last "done".
double throughput(const QString &uri, const QList<qint64> &drafts, int posters)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    const qsizetype share = drafts.size() / posters;
    for (int p = 0; p < posters; ++p) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--poster"), uri, QString::number(drafts.at(p * share)),
                QString::number(drafts.at((p + 1) * share - 1))});
        processes.push_back(std::move(process));
    }
    for (auto &p : processes)
        while (!p->canReadLine())
            if (!p->waitForReadyRead(30000))
                return 0;
    for (auto &p : processes)
        p->readLine();
    QElapsedTimer t;
    t.start();
    for (auto &p : processes)
        p->write("go\n");
    for (auto &p : processes) {
        p->waitForFinished(-1);
        if (p->exitCode() != 0) {
            std::fprintf(stderr, "%s", p->readAllStandardError().constData());
            return 0;
        }
    }
    return static_cast<double>(share * posters) / (static_cast<double>(t.nsecsElapsed()) / 1e9);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 5 && QLatin1String(argv[1]) == QLatin1String("--poster"))
        return poster(QString::fromLocal8Bit(argv[2]), std::atoll(argv[3]), std::atoll(argv[4]));
    const int count = argc > 1 ? std::atoi(argv[1]) : 2000;
    const int perLevel = argc > 2 ? std::atoi(argv[2]) : 400;

    BenchCluster cluster;
    if (!cluster.ok())
        return 1;
    std::printf("bench_server_post: %d invoices of 5 lines, posted one transaction each (drafts made before)\n", count);
    std::printf("  server: PostgreSQL %s, fsync %s, synchronous_commit %s\n",
        qPrintable(cluster.adminValue(QStringLiteral("SHOW server_version"))),
        qPrintable(cluster.adminValue(QStringLiteral("SHOW fsync"))),
        qPrintable(cluster.adminValue(QStringLiteral("SHOW synchronous_commit"))));

    // 1. PostingService on the server and on a SQLite file.
    const QString services = cluster.createCompany(QStringLiteral("bench_services"));
    std::unique_ptr<Ledger> pg = openCompany(cluster.clerkUri(services), true);
    QTemporaryDir dir;
    std::unique_ptr<Ledger> lite = openCompany(dir.filePath(QStringLiteral("bench.facturo")), true);
    if (!pg || !lite)
        return 1;
    const QList<qint64> pgDrafts = makeDrafts(*pg, count), liteDrafts = makeDrafts(*lite, count);
    const QList<double> pgMs = postAll(*pg, pgDrafts), liteMs = postAll(*lite, liteDrafts);
    if (pgMs.isEmpty() || liteMs.isEmpty())
        return 1;
    lite.reset();

    // 2. The baseline: one real posting's statements captured from the server's log, replayed.
    const QString bare = cluster.createCompany(QStringLiteral("bench_bare"));
    std::unique_ptr<Ledger> bareLedger = openCompany(cluster.clerkUri(bare), true);
    if (!bareLedger)
        return 1;
    const QList<qint64> bareDrafts = makeDrafts(*bareLedger, count + 1);
    bareLedger.reset();
    cluster.admin(QStringLiteral("ALTER ROLE %1 SET log_statement = 'all'").arg(cluster.clerk()));
    QString capturedNumber;
    // Marks of this run only: the log may hold earlier runs' captures.
    const QString stamp = QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-')
        + QString::number(QDateTime::currentMSecsSinceEpoch());
    const QString beginMark = QStringLiteral("facturo-bench-capture-begin-") + stamp;
    const QString endMark = QStringLiteral("facturo-bench-capture-end-") + stamp;
    {
        std::unique_ptr<Ledger> capturing = openCompany(cluster.clerkUri(bare), false);
        PgConnection *session = capturing->database().server();
        (void)session->execute("SELECT '" + beginMark.toUtf8() + "'");
        auto posted = capturing->posting().post(bareDrafts.last());
        (void)session->execute("SELECT '" + endMark.toUtf8() + "'");
        if (!posted)
            return 1;
        capturedNumber = posted.value();
    }
    cluster.admin(QStringLiteral("ALTER ROLE %1 RESET log_statement").arg(cluster.clerk()));
    const QString log
        = cluster.adminValue(QStringLiteral("SELECT pg_read_file(coalesce(pg_current_logfile(), 'server.log'))"));
    const QList<CapturedStatement> captured = capturePosting(log, beginMark, endMark);
    int prepared = 0, parameters = 0;
    for (const CapturedStatement &s : captured) {
        prepared += s.simple ? 0 : 1;
        parameters += static_cast<int>(s.parameters.size());
        if (qEnvironmentVariableIsSet("FACTURO_BENCH_SHOW"))
            std::printf("    %s %s [%lld]\n", s.simple ? "Q" : "P", qPrintable(s.sql.left(150).simplified()),
                static_cast<long long>(s.parameters.size()));
    }
    std::printf("  captured posting: %lld statements (%d prepared, %lld simple queries), %d parameters\n",
        static_cast<long long>(captured.size()), prepared, static_cast<long long>(captured.size() - prepared),
        parameters);
    PGconn *conn = PQconnectdb(cluster.clerkUri(bare).toUtf8().constData());
    PostingReplay replay(conn, captured, bareDrafts.last(), capturedNumber);
    // What the posting read back and used: the journal entry's id (RETURNING id) for its lines,
    // the last audit event's id (plus one: the new event's id).
    const QString draftId = QString::number(bareDrafts.last());
    replay.learn(QStringLiteral("INSERT INTO journal_entries"), 0, QStringLiteral("INSERT INTO journal_lines"), 0,
        cluster.adminValue(QStringLiteral("SELECT id FROM journal_entries WHERE document_id = %1").arg(draftId), bare)
            .toLongLong());
    replay.learn(QStringLiteral("SELECT id, hash FROM audit_events ORDER BY id DESC"), 1,
        QStringLiteral("INSERT INTO audit_events"), 0,
        cluster.adminValue(QStringLiteral("SELECT max(id) FROM audit_events WHERE entity_id = %1").arg(draftId), bare)
            .toLongLong());
    if (PQstatus(conn) != CONNECTION_OK || captured.isEmpty() || !replay.prepare()) {
        std::fprintf(stderr, "baseline: %s %s\n", PQerrorMessage(conn), qPrintable(replay.error()));
        return 1;
    }
    QList<double> bareMs;
    QElapsedTimer t;
    const QString numberHead = capturedNumber.left(capturedNumber.lastIndexOf(QLatin1Char('-')) + 1);
    for (int i = 1; i <= count; ++i) {
        t.start();
        const bool ok
            = replay.post(bareDrafts.at(i - 1), numberHead + QStringLiteral("%1").arg(i + 1, 5, 10, QLatin1Char('0')));
        bareMs << static_cast<double>(t.nsecsElapsed()) / 1e6;
        if (!ok) {
            std::fprintf(stderr, "baseline post %d: %s\n", i, qPrintable(replay.error()));
            return 1;
        }
    }
    PQfinish(conn);
    const Stats pgStats = stats(pgMs), liteStats = stats(liteMs), bareStats = stats(bareMs);
    print("PostingService, PostgreSQL", pgStats, count);
    print("PostingService, SQLite file", liteStats, count);
    print("bare libpq, same statements", bareStats, count);
    std::printf("  ratio PostgreSQL services / bare libpq: %.2f x (target within 2 x: %s)\n",
        pgStats.totalS / bareStats.totalS, pgStats.totalS / bareStats.totalS <= 2.0 ? "met" : "MISSED");
    std::printf("  ratio PostgreSQL / SQLite (services)  : %.2f x\n", pgStats.totalS / liteStats.totalS);

    // 3. Throughput with concurrent posters, each a process with its own connection.
    const QList<qint64> more = makeDrafts(*pg, perLevel * 4);
    pg.reset();
    std::printf("  throughput, %d posts per level, posters each a process with its own connection:\n", perLevel);
    for (int level = 0; level < 4; ++level) {
        const int posters = 1 << level;
        const double rate = throughput(cluster.clerkUri(services), more.mid(level * perLevel, perLevel), posters);
        std::printf("    %d poster(s): %8.1f posts/s\n", posters, rate);
    }
    return 0;
}
