// bench_reads: the read figures of a large company file given in FACTURO_BENCH_FILE (e.g. made by
// `facturo-cli --db big.facturo demo --invoices 1000000 --as-of 2026-06-30`): the dashboard
// (DashboardService::load), the aged receivables report, and the invoice list searched through
// the full-text index by customer name, invoice number and line text (DocumentRepository::list,
// first page of 100). Each is timed on its first run (cold: just opened) and as the median of
// five more. Prints; asserts nothing. FACTURO_BENCH_AS_OF=YYYY-MM-DD sets "today" (default: the
// latest issue date in the file).

#include "Clock.h"
#include "DashboardService.h"
#include "Ledger.h"
#include "ReportService.h"
#include "SqlStatement.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

namespace {
struct Timing
{
    double coldMs = 0;
    double medianMs = 0;
    double coldCpuMs = 0; // CPU time of this process (user + sys): the figure that does not
    double medianCpuMs = 0; // depend on what else runs on a shared machine
};

double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

Timing measure(const std::function<bool()> &run)
{
    Timing t;
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuMs();
    if (!run())
        return {-1, -1, -1, -1};
    t.coldMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    t.coldCpuMs = cpuMs() - cpu;
    QList<double> runs, cpuRuns;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        cpu = cpuMs();
        run();
        runs << static_cast<double>(timer.nsecsElapsed()) / 1e6;
        cpuRuns << cpuMs() - cpu;
    }
    std::sort(runs.begin(), runs.end());
    std::sort(cpuRuns.begin(), cpuRuns.end());
    t.medianMs = runs.at(runs.size() / 2);
    t.medianCpuMs = cpuRuns.at(cpuRuns.size() / 2);
    return t;
}

void print(const char *what, const Timing &t, const QString &result, double targetMs)
{
    std::printf("  %-44s first %8.1f ms (cpu %7.1f), median %8.1f ms (cpu %7.1f)  (target < %.0f ms: %s)  %s\n", what,
        t.coldMs, t.coldCpuMs, t.medianMs, t.medianCpuMs, targetMs,
        t.coldMs >= 0 && std::max(t.coldMs, t.medianMs) < targetMs ? "met" : "MISSED", qPrintable(result));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString path = qEnvironmentVariable("FACTURO_BENCH_FILE");
    if (path.isEmpty()) {
        std::printf("bench_reads: set FACTURO_BENCH_FILE to a large company file to measure.\n");
        return 0;
    }
    SystemClock clock;
    QElapsedTimer opening;
    opening.start();
    auto opened = Ledger::open(path, Database::OpenMode::MustExist, clock);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    const double openMs = static_cast<double>(opening.nsecsElapsed()) / 1e6;
    Ledger &ledger = *opened.value();
    Database &db = ledger.database();

    QDate asOf = QDate::fromString(qEnvironmentVariable("FACTURO_BENCH_AS_OF"), Qt::ISODate);
    QString lastNumber;
    qint64 documents = 0;
    {
        SqlStatement q(db, "SELECT max(issue_date), count(*), (SELECT number FROM documents WHERE doc_type = 'invoice' "
                           "AND number IS NOT NULL ORDER BY id DESC LIMIT 1) FROM documents");
        if (!q.exec(QStringLiteral("read the file")) || !q.next())
            return 1;
        if (!asOf.isValid())
            asOf = SqlValue::toDate(q.value(0));
        documents = q.integer(1);
        lastNumber = q.text(2);
    }
    std::printf("bench_reads: %s, %lld documents, as of %s (opened in %.1f ms)\n", qPrintable(path),
                static_cast<long long>(documents), qPrintable(asOf.toString(Qt::ISODate)), openMs);

    DashboardService dashboard(db);
    QString figures;
    print("dashboard (figures, aging, 12 months)", measure([&] {
              auto data = dashboard.load(asOf, 12);
              if (!data)
                  return false;
              figures = QStringLiteral("outstanding %1 in %2 invoices, overdue %3")
                            .arg(data->figures.outstanding)
                            .arg(data->figures.outstandingCount)
                            .arg(data->figures.overdue);
              return true;
          }), figures, 300);

    ReportService reports(ledger.context());
    QString aged;
    print("aged receivables report", measure([&] {
              auto table = reports.agedReceivables(asOf);
              if (!table)
                  return false;
              aged = QStringLiteral("%1 customer rows").arg(table->rows.size());
              return true;
          }), aged, 300);

    const QList<std::pair<const char *, QString>> searches = {
        {"search: customer name (hotel parc)", QStringLiteral("hotel parc")},
        {"search: generated customer (garage gerland)", QStringLiteral("garage gerland")},
        {"search: full invoice number", lastNumber},
        {"search: number prefix (INV-2026-0001)", QStringLiteral("INV-2026-0001")},
        {"search: line text (thermostat)", QStringLiteral("thermostat")},
        {"search: line text, rare (safety training)", QStringLiteral("safety training")},
        {"search: number not in the file", QStringLiteral("INV-2099-00001")},
    };
    for (const auto &[label, text] : searches) {
        DocumentFilter filter;
        filter.search = text;
        QString rows;
        print(label, measure([&] {
                  auto page = ledger.context().documents.list(filter, 0, 100);
                  if (!page)
                      return false;
                  rows = QStringLiteral("%1 rows on the first page").arg(page->size());
                  return true;
              }), rows, 50);
    }
    {
        DocumentFilter filter;
        filter.search = QStringLiteral("thermostat");
        QString rows;
        print("search: line text (thermostat), rows 5000-5099", measure([&] {
            auto page = ledger.context().documents.list(filter, 5000, 100);
            if (!page)
                return false;
            rows = QStringLiteral("%1 rows on the page").arg(page->size());
            return true;
        }),
            rows, 50);
    }
    // The list in a column's order (a header clicked): the first page, and the last page as the
    // window reads it on Ctrl+End (from the end). Target as the window's: 100 and 200 ms.
    const QList<std::pair<const char *, DocumentOrder>> orders = {
        {"number", DocumentOrder::Number},       {"type, then date", DocumentOrder::Type},
        {"customer", DocumentOrder::Customer},   {"issue date", DocumentOrder::IssueDate},
        {"due date", DocumentOrder::DueDate},    {"total", DocumentOrder::Total},
        {"amount due", DocumentOrder::AmountDue}, {"status", DocumentOrder::Status},
    };
    for (const auto &[name, order] : orders) {
        for (const bool descending : {false, true}) {
            DocumentFilter filter;
            filter.order = order;
            filter.descending = descending;
            for (const bool last : {false, true}) {
                QString rows;
                const QString direction = descending ? QStringLiteral("desc") : QStringLiteral("asc");
                const QByteArray label = QStringLiteral("order: %1 %2, %3 page")
                                             .arg(QLatin1String(name), direction,
                                                  last ? QStringLiteral("last") : QStringLiteral("first"))
                                             .toUtf8();
                print(label.constData(), measure([&] {
                    auto page = last ? ledger.context().documents.listFromEnd(filter, 0, 200)
                                     : ledger.context().documents.list(filter, 0, 200);
                    if (!page)
                        return false;
                    rows = QStringLiteral("%1 rows").arg(page->size());
                    return true;
                }),
                    rows, last ? 200 : 100);
            }
        }
    }
    {
        // What a clerk types: an amount (the last invoice's total), a part of a number.
        qint64 amount = 0;
        {
            SqlStatement q(db, "SELECT total_gross FROM documents WHERE number = :number");
            q.bind(":number", lastNumber);
            if (q.exec(QStringLiteral("read the file")) && q.next())
                amount = q.integer(0);
        }
        DocumentFilter byAmount;
        byAmount.amount = amount;
        QString rows;
        print("search: an amount (the last invoice's total)", measure([&] {
            auto page = ledger.context().documents.list(byAmount, 0, 100);
            if (!page)
                return false;
            rows = QStringLiteral("%1 rows on the first page").arg(page->size());
            return true;
        }),
            rows, 100);
        print("totals of that amount search", measure([&] {
            auto totals = ledger.context().documents.totals(byAmount);
            if (!totals)
                return false;
            rows = QStringLiteral("%1 documents").arg(totals->count);
            return true;
        }),
            rows, 300);
        const QString sequence = lastNumber.section(QLatin1Char('-'), -1);           // "00042"
        const QString yearAndStart = lastNumber.section(QLatin1Char('-'), 1).chopped(1); // "2026-0004"
        for (const QString &typed : {sequence, yearAndStart}) {
            DocumentFilter filter;
            filter.search = typed;
            const QByteArray label = QStringLiteral("search: part of a number (%1)").arg(typed).toUtf8();
            print(label.constData(), measure([&] {
                auto page = ledger.context().documents.list(filter, 0, 100);
                if (!page)
                    return false;
                rows = QStringLiteral("%1 rows on the first page").arg(page->size());
                return true;
            }),
                rows, 100);
        }
    }
    return 0;
}
