// bench_contracts: N contracts (default 10,000) due at once, made by the since-last-run service
// (ContractRunService, one transaction per occurrence with its unique occurrence row) into drafts,
// then the same number into posted invoices (a second company file whose contracts post). Prints
// the times and rates; fails when the drafts take more than 30 s (the target on 2 cores).
// Usage: bench_contracts [N]

#include "Clock.h"
#include "ContractRunService.h"
#include "ContractService.h"
#include "Ledger.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

namespace {
struct Figures
{
    double seconds = -1;
    qint64 made = 0;
    qint64 posted = 0;
};

Figures runOnce(const QString &path, int count, ContractAction action)
{
    FixedClock clock(QDateTime(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC));
    auto opened = Ledger::open(path, Database::OpenMode::CreateIfMissing, clock);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return {};
    }
    Ledger &ledger = *opened.value();
    CompanySettings c;
    c.name = QStringLiteral("Bench SAS");
    c.address = QStringLiteral("1 rue du Banc\n69001 Lyon");
    c.vatId = QStringLiteral("FR32123456789");
    c.iban = QStringLiteral("FR7630006000011234567890189");
    if (!ledger.setUp(c, QStringLiteral("bench"), Percentage::fromInteger(20)))
        return {};
    QList<qint64> customers;
    for (int i = 0; i < 100; ++i) {
        Customer customer;
        customer.name = QStringLiteral("Customer %1").arg(i);
        customer.billingAddress = QStringLiteral("%1 place Bellecour\n69002 Lyon").arg(i + 1);
        customers << ledger.customers().add(customer).value();
    }
    ContractService service(ledger.context(), ledger.audit());
    {
        // Setting up is not measured: one transaction for all the contracts.
        Transaction tx(ledger.database());
        for (int i = 0; i < count; ++i) {
            Contract k;
            k.customerId = customers[i % customers.size()];
            k.every = 1 + i % 3;
            k.unit = i % 7 == 0 ? ContractUnit::Year : ContractUnit::Month;
            k.startDate = QDate(2026, 5, 1 + i % 4); // due by 4 May
            k.action = action;
            auto id = service.add(k);
            if (!id) {
                std::fprintf(stderr, "%s\n", qPrintable(id.message()));
                return {};
            }
            for (int l = 0; l < 2; ++l) {
                ContractLine line;
                line.description
                    = l == 0 ? QStringLiteral("Maintenance {period}") : QStringLiteral("Hotline {month} {year}");
                line.kind = l == 0 ? LineKind::Labor : LineKind::Other;
                ContractVersion price;
                price.unitPrice = UnitPrice::fromScaled(100000 + (i * 37 + l * 11) % 900000);
                price.taxRate = Percentage::fromInteger(20);
                if (!service.addLine(id.value(), line, price))
                    return {};
            }
        }
        if (!tx.commit())
            return {};
    }
    ContractRunService runner(ledger);
    QElapsedTimer timer;
    timer.start();
    auto made = runner.run(clock.today());
    Figures f;
    f.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!made) {
        std::fprintf(stderr, "%s\n", qPrintable(made.message()));
        return {};
    }
    for (const MadeOccurrence &m : made.value()) {
        if (!m.error.isEmpty()) {
            std::fprintf(stderr, "contract %lld: %s\n", m.due.contractId, qPrintable(m.error));
            return {};
        }
        ++f.made;
        f.posted += m.outcome == OccurrenceOutcome::Posted;
    }
    if (!runner.due(clock.today())->isEmpty())
        return {};
    return f;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    const Figures drafts = runOnce(dir.filePath(QStringLiteral("drafts.facturo")), count, ContractAction::Draft);
    const Figures posted = runOnce(dir.filePath(QStringLiteral("posted.facturo")), count, ContractAction::Post);
    if (drafts.seconds < 0 || posted.seconds < 0 || drafts.made != count || posted.posted != count) {
        std::fprintf(stderr, "bench_contracts: the run did not make every occurrence\n");
        return 1;
    }
    std::printf("bench_contracts: %d contracts due at once (2 lines each)\n", count);
    std::printf("  into drafts:          %8.2f s  %8.0f occurrences/s\n", drafts.seconds, count / drafts.seconds);
    std::printf("  into posted invoices: %8.2f s  %8.0f occurrences/s\n", posted.seconds, count / posted.seconds);
    const bool met = count < 10000 || drafts.seconds < 30.0;
    std::printf("  target (10,000 into drafts under 30 s): %s\n", met ? "met" : "MISSED");
    return met ? 0 : 1;
}
