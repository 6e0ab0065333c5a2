// bench_einvoice_service: N invoices (default 1,000) of 5 lines each are posted through the real
// services to customers wanting Peppol, XRechnung and Factur-X; then each posted invoice's
// e-invoice is made through EInvoiceService in every format, as an export does it (check,
// mapping, writing, SHA-256, archive row and audit event in one transaction), and the time per
// invoice is printed per format, beside the plain PDF's first export (render + archive + audit).
// Usage: bench_einvoice_service [N]

#include "Clock.h"
#include "DocumentPdfService.h"
#include "EInvoiceService.h"
#include "Ledger.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

namespace {
DocumentLine benchLine(int i, int k)
{
    DocumentLine l;
    l.kind = k == 0 ? LineKind::Labor : LineKind::Part;
    l.description = QStringLiteral("Line %1 of invoice %2").arg(k + 1).arg(i);
    l.quantity = Quantity::fromScaled(1000 + (i * 7 + k * 13) % 5000);
    l.unit = k == 0 ? QStringLiteral("h") : QStringLiteral("pcs");
    l.unitPrice = UnitPrice::fromScaled(100000 + (i * 31 + k * 17) % 900000);
    l.discount = k == 2 ? Percentage::fromInteger(5) : Percentage();
    l.taxCategory = TaxCategory::Standard;
    l.taxRate = Percentage::fromInteger(k == 4 ? 10 : 20);
    return l;
}

bool fail(const QString &what)
{
    std::fprintf(stderr, "%s\n", qPrintable(what));
    return false;
}

Customer customerFor(EInvoiceFormat format)
{
    Customer c;
    c.name = QStringLiteral("Stadtwerke Freiburg");
    c.postalAddress.line1 = QStringLiteral("Fehrenbachallee 12");
    c.postalAddress.postcode = QStringLiteral("79106");
    c.postalAddress.city = QStringLiteral("Freiburg im Breisgau");
    c.postalAddress.countryCode = QStringLiteral("DE");
    c.postalAddress.countryLine = QStringLiteral("Deutschland");
    c.vatId = QStringLiteral("DE142122102");
    c.language = QStringLiteral("de");
    c.einvoiceFormat = format;
    c.endpoint = ElectronicAddress::parse(QStringLiteral("0204:08311000-GM2026-64")).value();
    c.buyerReference = QStringLiteral("08311000-GM2026-64");
    c.contacts.append({0, QStringLiteral("Rechnungen"), QStringLiteral("rechnung@freiburg.example"), QString(), QString(), true});
    return c;
}

bool run(int count)
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC));
    auto opened = Ledger::open(dir.filePath(QStringLiteral("bench.facturo")), Database::OpenMode::CreateIfMissing, clock);
    if (!opened)
        return fail(opened.message());
    Ledger &ledger = *opened.value();
    CompanySettings c;
    c.name = QStringLiteral("Climatec Services SAS");
    c.address = QStringLiteral("12 rue des Artisans\n69003 Lyon\nFrance");
    c.postalAddress.line1 = QStringLiteral("12 rue des Artisans");
    c.postalAddress.postcode = QStringLiteral("69003");
    c.postalAddress.city = QStringLiteral("Lyon");
    c.postalAddress.countryCode = QStringLiteral("FR");
    c.postalAddress.countryLine = QStringLiteral("France");
    c.vatId = QStringLiteral("FR32123456789");
    c.iban = QStringLiteral("FR7630006000011234567890189");
    c.bic = QStringLiteral("AGRIFRPP");
    c.endpoint = ElectronicAddress::parse(QStringLiteral("0009:12345678200010")).value();
    c.legalRegistration = {QStringLiteral("0002"), QStringLiteral("123456782")};
    c.contactName = QStringLiteral("Marie Laurent");
    c.contactPhone = QStringLiteral("+33 4 72 00 00 00");
    c.contactEmail = QStringLiteral("billing@climatec.example");
    if (const Status set = ledger.setUp(c, QStringLiteral("bench"), Percentage::fromInteger(20)); !set)
        return fail(set.message());
    auto customer = ledger.customers().add(customerFor(EInvoiceFormat::XRechnungUbl));
    if (!customer)
        return fail(customer.message());

    QList<qint64> posted;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        QList<DocumentLine> lines;
        for (int k = 0; k < 5; ++k)
            lines.append(benchLine(i, k));
        auto draft = ledger.drafts().createInvoice(customer.value(), Document(), lines);
        if (!draft)
            return fail(draft.message());
        if (auto number = ledger.posting().post(draft.value()); !number)
            return fail(number.message());
        posted.append(draft.value());
    }
    std::printf("posted %d invoices of 5 lines (customer wanting XRechnung: checked at posting): %.2f ms per invoice\n",
        count, static_cast<double>(timer.nsecsElapsed()) / 1e6 / count);

    EInvoiceService einvoices(ledger);
    const struct
    {
        EInvoiceFormat format;
        const char *name;
    } formats[] = {{EInvoiceFormat::En16931Ubl, "EN 16931 UBL"}, {EInvoiceFormat::En16931Cii, "EN 16931 CII"},
        {EInvoiceFormat::Peppol, "Peppol BIS 3"}, {EInvoiceFormat::XRechnungUbl, "XRechnung UBL"},
        {EInvoiceFormat::XRechnungCii, "XRechnung CII"}};
    for (const auto &f : formats) {
        qint64 bytes = 0;
        timer.restart();
        for (qint64 id : posted) {
            auto out = einvoices.output(id, f.format, EInvoiceUse::Export);
            if (!out)
                return fail(out.message());
            bytes += out->bytes.size();
        }
        std::printf("%-14s first export, archived and audited: %7.1f us per invoice (%lld bytes average)\n", f.name,
            static_cast<double>(timer.nsecsElapsed()) / 1e3 / count, static_cast<long long>(bytes / count));
    }
    timer.restart();
    for (qint64 id : posted) {
        auto again = einvoices.output(id, EInvoiceFormat::En16931Ubl, EInvoiceUse::Export);
        if (!again || !again->fromArchive)
            return fail(QStringLiteral("the second export did not come from the archive"));
    }
    std::printf("%-14s second export, from the archive:   %7.1f us per invoice\n", "EN 16931 UBL",
        static_cast<double>(timer.nsecsElapsed()) / 1e3 / count);

    // The PDFs on a tenth of the invoices (rendering dominates): plain first, then Factur-X
    // (painted from the archived PDF's render state, so both render once).
    const int pdfCount = std::max(1, count / 10);
    DocumentPdfService pdfs(ledger);
    timer.restart();
    for (int i = 0; i < pdfCount; ++i)
        if (auto pdf = pdfs.pdfFor(posted.at(i), PdfUse::Export); !pdf)
            return fail(pdf.message());
    const double plainMs = static_cast<double>(timer.nsecsElapsed()) / 1e6 / pdfCount;
    timer.restart();
    for (int i = 0; i < pdfCount; ++i)
        if (auto fx = einvoices.output(posted.at(i), EInvoiceFormat::FacturX, EInvoiceUse::Export); !fx)
            return fail(fx.message());
    const double facturxMs = static_cast<double>(timer.nsecsElapsed()) / 1e6 / pdfCount;
    std::printf("plain PDF      first export, archived and audited: %7.2f ms per invoice (%d invoices)\n", plainMs, pdfCount);
    std::printf("Factur-X       first export, archived and audited: %7.2f ms per invoice; %.2f times the plain PDF\n",
        facturxMs, facturxMs / plainMs);
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // fonts for the PDF renderer
    const int count = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 1000;
    return run(count) ? 0 : 1;
}
