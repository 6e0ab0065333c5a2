// bench_bank: a statement of E entries (default 10,000) imported and matched against I open
// invoices (default 100,000), then its exact references applied, each entry its own transaction.
// The company is made first through the services, in large transactions (not timed:
// BulkLoad would suspend the index the posting's chronology check reads). Entries: half pay by their RF reference,
// a fifth name the invoice number in the text, the rest come from a known IBAN with the amount
// or are noise. Usage: bench_bank [ENTRIES] [INVOICES]. Prints the figures.

#include "CamtTestWriter.h"
#include "Ledger.h"
#include "MatchCandidateRepository.h"
#include "MatchNumberReferenceLookup.h"
#include "ReconciliationService.h"
#include "StatementImportService.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

namespace {
double seconds(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

// CPU seconds of this process (user + system): the machine may be shared, the wall clock then lies.
double cpu()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

bool fail(const QString &what)
{
    std::fprintf(stderr, "bench_bank: %s\n", qPrintable(what));
    return false;
}

struct Made
{
    qint64 id;
    QString number;
    qint64 customer;
    qint64 gross;
};

bool makeCompany(Ledger &ledger, int invoices, QList<Made> &made, QList<qint64> &customers)
{
    CompanySettings c;
    c.name = QStringLiteral("Bench SAS");
    c.address = QStringLiteral("1 rue du Banc\n69001 Lyon");
    c.vatId = QStringLiteral("FR32123456789");
    c.iban = QStringLiteral("FR7630006000011234567890189");
    if (!ledger.setUp(c, QStringLiteral("bench"), Percentage::fromInteger(20)))
        return fail(QStringLiteral("set-up"));
    QRandomGenerator random(15);
    const int perTransaction = 500;
    for (int start = 0; start < invoices; start += perTransaction) {
        Transaction tx(ledger.database());
        if (!tx.began())
            return fail(QStringLiteral("begin"));
        if (start == 0) {
            for (int k = 0; k < 2000; ++k) {
                Customer customer;
                customer.name = QStringLiteral("Customer %1").arg(k);
                customer.billingAddress = QStringLiteral("2 place Bellecour\n69002 Lyon");
                auto id = ledger.customers().add(customer);
                if (!id)
                    return fail(id.message());
                customers.append(id.value());
            }
        }
        for (int i = start; i < std::min(invoices, start + perTransaction); ++i) {
            DocumentLine l;
            l.kind = LineKind::Labor;
            l.description = QStringLiteral("Service %1").arg(i);
            l.quantity = Quantity::fromScaled(1000);
            l.unitPrice = UnitPrice::fromScaled(100000 + random.bounded(50'000'000));
            l.taxCategory = TaxCategory::Standard;
            l.taxRate = Percentage::fromInteger(20);
            const qint64 customer = customers.at(random.bounded(customers.size()));
            auto draft = ledger.drafts().createInvoice(customer, Document(), {l});
            if (!draft)
                return fail(draft.message());
            auto number = ledger.posting().post(draft.value());
            if (!number)
                return fail(number.message());
            made.append({draft.value(), number.value(), customer, 0});
        }
        if (!tx.commit())
            return fail(QStringLiteral("commit"));
    }
    auto open = MatchCandidateRepository(ledger.database()).openInvoices();
    if (!open || open->size() != made.size())
        return fail(QStringLiteral("open invoices"));
    for (int i = 0; i < made.size(); ++i)
        made[i].gross = open->at(i).due;
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int entries = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const int invoices = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 100000;
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 6, 30), QTime(9, 0), Qt::UTC));
    const QString path = dir.filePath(QStringLiteral("bench.facturo"));
    // FACTURO_BANK_BENCH_FILE: a company made by an earlier run with the same sizes is copied
    // instead of made again (it is written there when missing).
    const QString kept = QString::fromLocal8Bit(qgetenv("FACTURO_BANK_BENCH_FILE"));
    const bool reuse = !kept.isEmpty() && QFile::exists(kept);
    if (reuse && !QFile::copy(kept, path))
        return fail(QStringLiteral("copy ") + kept), 1;
    auto opened = Ledger::open(path, Database::OpenMode::CreateIfMissing, clock);
    if (!opened)
        return fail(opened.message()), 1;
    Ledger &ledger = *opened.value();
    if (reuse && !ledger.signIn())
        return fail(QStringLiteral("sign in")), 1;
    QElapsedTimer setup;
    setup.start();
    QList<Made> made;
    QList<qint64> customers;
    if (reuse) {
        auto open = MatchCandidateRepository(ledger.database()).openInvoices();
        if (!open || open->size() != invoices)
            return fail(QStringLiteral("the kept file has other invoices")), 1;
        QSet<qint64> seen;
        for (const OpenInvoice &o : open.value()) {
            made.append({o.id, o.number, o.customerId, o.due});
            seen.insert(o.customerId);
        }
        customers = QList<qint64>(seen.begin(), seen.end());
        std::sort(customers.begin(), customers.end());
    } else {
        if (!makeCompany(ledger, invoices, made, customers))
            return 1;
        // A quarter of the customers are known to pay from their IBAN.
        Transaction tx(ledger.database());
        MatchCandidateRepository accounts(ledger.database());
        for (int k = 0; k < customers.size() / 4; ++k)
            if (!accounts.learnAccount(
                    QStringLiteral("DE%1").arg(10000000000000000LL + k), customers.at(k), 0, clock.nowUtc()))
                return fail(QStringLiteral("accounts")), 1;
        if (!tx.commit())
            return 1;
        if (!kept.isEmpty() && !ledger.backupTo(kept))
            return fail(QStringLiteral("keep the company in ") + kept), 1;
    }
    CamtTestStatement s;
    s.id = QStringLiteral("BENCH");
    QRandomGenerator random(10000);
    int kinds[4] = {0, 0, 0, 0};
    for (int n = 0; n < entries; ++n) {
        const Made &m = made.at((static_cast<qint64>(n) * 7919) % made.size());
        StatementEntry e;
        e.currency = QStringLiteral("EUR");
        e.bookingDate = QDate(2026, 6, 30);
        e.servicerRef = QStringLiteral("B-%1").arg(n);
        e.amount = m.gross;
        e.debtorName = QStringLiteral("Payer %1").arg(n);
        const int kind = n % 20 < 10 ? 0 : n % 20 < 14 ? 1 : n % 20 < 17 ? 2 : 3;
        ++kinds[kind];
        if (kind == 0)
            e.structuredReference
                = MatchNumberReferenceLookup::creditorReference(MatchNumberReferenceLookup::compactNumber(m.number));
        else if (kind == 1)
            e.remittance = QStringLiteral("Invoice ") + m.number + QStringLiteral(" thank you");
        else if (kind == 2 && customers.indexOf(m.customer) < customers.size() / 4)
            e.debtorIban = QStringLiteral("DE%1").arg(10000000000000000LL + customers.indexOf(m.customer));
        else {
            e.amount = 1 + random.bounded(99'999'999);
            e.remittance = QStringLiteral("Transfer %1 misc").arg(n);
        }
        s.entries.append({e});
    }
    const QByteArray bytes = CamtTestWriter::write(s);
    const double setupSeconds = seconds(setup);

    QElapsedTimer total;
    total.start();
    const double cpuStart = cpu();
    QElapsedTimer step;
    step.start();
    StatementImportService importer(ledger);
    auto imported = importer.importBytes(bytes, {});
    if (!imported || imported->added != entries)
        return fail(imported.message()), 1;
    const double importSeconds = seconds(step);
    const double importCpu = cpu() - cpuStart;
    step.restart();
    ReconciliationService reconciliation(ledger);
    auto items = reconciliation.openItems();
    if (!items)
        return fail(items.message()), 1;
    int proposed = 0, byReason[5] = {0, 0, 0, 0, 0};
    for (const ReconciliationItem &item : items.value()) {
        if (item.proposals.isEmpty())
            continue;
        ++proposed;
        ++byReason[static_cast<int>(item.proposals.first().reason)];
    }
    const double matchSeconds = seconds(step);
    const double importAndMatch = seconds(total);
    const double matchCpu = cpu() - cpuStart - importCpu;
    step.restart();
    auto applied = reconciliation.applyReferences();
    if (!applied)
        return fail(applied.message()), 1;
    const double applySeconds = seconds(step);
    const double applyCpu = cpu() - cpuStart - importCpu - matchCpu;

    std::printf("bench_bank: %d entries (%d reference, %d number in text, %d IBAN+amount or noise, %d noise) against "
                "%d open invoices\n",
        entries, kinds[0], kinds[1], kinds[2], kinds[3], invoices);
    std::printf("  company made (not timed): %.2f s; statement file %.1f MB\n", setupSeconds, bytes.size() / 1e6);
    std::printf("  import (parse camt.053, identities, store):     %.2f s  (CPU %.2f s)\n", importSeconds, importCpu);
    std::printf("  match (load open invoices, propose all entries): %.2f s  (CPU %.2f s) -> %d entries with a proposal "
                "(reference %d, number %d, IBAN %d, IBAN set %d, name %d)\n",
        matchSeconds, matchCpu, proposed, byReason[0], byReason[1], byReason[2], byReason[3], byReason[4]);
    std::printf("  imported and matched:                           %.2f s  (CPU %.2f s; target < 10 s)\n",
        importAndMatch, importCpu + matchCpu);
    std::printf("  apply exact references (one transaction each):  %.2f s  (CPU %.2f s) -> %d payments\n", applySeconds,
        applyCpu, applied->applied);
    std::printf("  total:                                          %.2f s\n", seconds(total));
    QFile load(QStringLiteral("/proc/loadavg"));
    if (load.open(QIODevice::ReadOnly))
        std::printf("  load average while measuring: %s", load.readAll().constData());
    return importAndMatch < 10.0 ? 0 : 1;
}
