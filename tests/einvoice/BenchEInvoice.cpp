// bench_einvoice [count]: UBL 2.1 and CII D16B writing time per document over generated
// invoices (default 1,000, 1 to 50 lines each), plus the reading time of the test reader.
#include "CiiWriter.h"
#include "EInvoiceReader.h"
#include "InvoiceGenerator.h"
#include "UblWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    if (count <= 0) {
        std::fprintf(stderr, "usage: bench_einvoice [count]\n");
        return 2;
    }
    InvoiceGenerator generator(20260314);
    QList<EInvoice> invoices;
    qint64 lines = 0;
    for (int i = 0; i < count; ++i) {
        invoices << generator.next();
        lines += invoices.last().lines.size();
    }
    const UblWriter ubl(EInvoiceProfile::peppolBis3());
    const CiiWriter cii(EInvoiceProfile::facturXEn16931());
    QElapsedTimer timer;
    const auto run = [&](const char *name, auto write) {
        qint64 bytes = 0;
        timer.start();
        for (const EInvoice &invoice : invoices)
            bytes += write(invoice).size();
        const qint64 ns = timer.nsecsElapsed();
        std::printf("%-10s %6d documents (%lld lines): %8.1f us per document, %6.2f MB written, %7.1f MB/s\n", name,
            count, static_cast<long long>(lines), ns / 1000.0 / count, bytes / 1e6, bytes / 1e6 / (ns / 1e9));
        return ns;
    };
    run("UBL", [&](const EInvoice &inv) { return ubl.write(inv); });
    run("CII", [&](const EInvoice &inv) { return cii.write(inv); });
    run("UBL+read", [&](const EInvoice &inv) {
        const QByteArray xml = ubl.write(inv);
        return EInvoiceReader::read(xml).errors.isEmpty() ? xml : QByteArray();
    });
    return 0;
}
