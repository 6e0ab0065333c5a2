// Random invoices and credit notes posted through Facturo's services (DraftService,
// PostingService, CreditNoteService) and written by EInvoiceService in every XML format, for
// customers of every format: the check at posting and at export passes, the XSD accepts every
// file, and the totals read back equal the ledger's to the cent (BR-CO-10 to 16 redone from the
// lines read back). Seed: FACTURO_EINVOICE_SEED; count: FACTURO_EINVOICE_SERVICE_COUNT (500);
// each document is exported in all five XML formats (Factur-X carries the CII: facturx_tests).
// FACTURO_EINVOICE_OUTPUT=folder keeps the files there (to run the official business rules).
#include "EInvoiceReader.h"
#include "EInvoiceService.h"
#include "Rounding.h"
#include "SchemaCheck.h"
#include "TaxCalculator.h"
#include "TestDatabase.h"
#include "TestResults.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <random>

namespace {
std::string joined(const QStringList &items)
{
    return items.join(QLatin1Char('\n')).toStdString();
}

class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    { }
    qint64 between(qint64 low, qint64 high) { return std::uniform_int_distribution<qint64>(low, high)(m_engine); }
    bool chance(int percent) { return between(1, 100) <= percent; }

private:
    std::mt19937_64 m_engine;
};

qint64 customerFor(TestLedger &t, EInvoiceFormat format, int index)
{
    Customer c;
    c.name = QStringLiteral("Kunde %1 (%2)").arg(index).arg(EInvoiceFormats::key(format));
    c.postalAddress.line1 = QStringLiteral("Rue Neuve %1").arg(index + 1);
    c.postalAddress.postcode = QStringLiteral("1000");
    c.postalAddress.city = QStringLiteral("Bruxelles");
    c.postalAddress.countryCode = QStringLiteral("BE");
    c.vatId = QStringLiteral("BE0477472701");
    c.einvoiceFormat = format;
    c.endpoint = need(ElectronicAddress::parse(QStringLiteral("0208:0477472701")));
    c.buyerReference = QStringLiteral("08311000-GM2026-64");
    return need(t->customers().add(c));
}

// The lines of one document in one tax scenario.
QList<DocumentLine> linesFor(Random &r, int scenario)
{
    static const char *const rates[] = {"20", "10", "5.5", "2.1"};
    const int count = static_cast<int>(r.chance(80) ? r.between(1, 8) : r.between(9, 50));
    QList<DocumentLine> lines;
    for (int i = 0; i < count; ++i) {
        DocumentLine l;
        l.description = QStringLiteral("Item %1").arg(i + 1);
        l.kind = LineKind::Other;
        l.quantity = Quantity::fromScaled(r.between(1, 50'000)); // 0.001 .. 50
        l.unitPrice = UnitPrice::fromScaled(r.between(1, 5'000'000)); // 0.0001 .. 500
        if (r.chance(30))
            l.discount = Percentage::fromScaled(r.between(1, 5000)); // up to 50 %
        l.unit = r.chance(50) ? QStringLiteral("h") : QStringLiteral("Stk");
        switch (scenario) {
        case 0: // standard and reduced rates, zero-rated and exempt lines together
            if (r.chance(10)) {
                l.taxCategory = TaxCategory::Zero;
            } else if (r.chance(10)) {
                l.taxCategory = TaxCategory::Exempt;
                l.exemptionReason = QStringLiteral("Article 132 1 (c)");
                l.vatexCode = QStringLiteral("VATEX-EU-132-1C");
            } else {
                l.taxRate = need(Percentage::parse(QString::fromLatin1(rates[r.between(0, 3)])));
                l.taxCategory = l.taxRate == Percentage::fromInteger(20) ? TaxCategory::Standard : TaxCategory::Reduced;
            }
            break;
        case 1:
            l.taxCategory = TaxCategory::ReverseCharge;
            break;
        case 2:
            l.taxCategory = TaxCategory::IntraCommunity;
            break;
        case 3:
            l.taxCategory = TaxCategory::Export;
            break;
        default:
            l.taxCategory = TaxCategory::OutOfScope;
            break;
        }
        lines << l;
    }
    return lines;
}

// Read back: the sums against the ledger and against the lines read.
void compare(const EInvoice &read, const Document &d, QStringList &problems)
{
    const auto expect = [&problems](const char *what, qint64 stated, qint64 wanted) {
        if (stated != wanted)
            problems << QStringLiteral("%1: %2 read, %3 expected").arg(QLatin1String(what)).arg(stated).arg(wanted);
    };
    qint64 lineNets = 0;
    QMap<QString, qint64> taxable;
    for (const EInvoiceLine &line : read.lines) {
        qint64 net = static_cast<qint64>(
            roundHalfAwayFromZero(Int128(line.quantity.scaled()) * line.price.scaled() * 100, Int128(1000) * 10'000));
        for (const EInvoiceAllowanceCharge &ac : line.allowanceCharges)
            net += ac.charge ? ac.amount : -ac.amount;
        expect("line net", line.net, net);
        lineNets += line.net;
        taxable[line.vatCategory + QLatin1Char(' ') + QString::number(line.vatRate.scaled())] += line.net;
    }
    qint64 vat = 0;
    for (auto it = taxable.cbegin(); it != taxable.cend(); ++it)
        vat += TaxCalculator::taxOn(
            it.value(), Percentage::fromScaled(it.key().section(QLatin1Char(' '), 1).toLongLong()));
    expect("BR-CO-10", read.totals.lineNets, lineNets);
    expect("BR-CO-13", read.totals.withoutVat, lineNets);
    expect("BR-CO-14", read.totals.vat, vat);
    expect("BR-CO-15", read.totals.withVat, lineNets + vat);
    expect("BR-CO-16", read.totals.payable, lineNets + vat - read.totals.paid);
    expect("ledger net", read.totals.withoutVat, d.totalNet);
    expect("ledger VAT", read.totals.vat, d.totalTax);
    expect("ledger gross", read.totals.withVat, d.totalGross);
    if (read.lines.size() != d.lines.size())
        problems << QStringLiteral("%1 lines read, %2 in the ledger").arg(read.lines.size()).arg(d.lines.size());
}
} // namespace

TEST_CASE("random posted documents export in every format, valid and equal to the ledger", "[property]")
{
    const quint64 seed = qEnvironmentVariableIsSet("FACTURO_EINVOICE_SEED")
        ? qEnvironmentVariable("FACTURO_EINVOICE_SEED").toULongLong()
        : 20261203;
    const int count = qEnvironmentVariableIsSet("FACTURO_EINVOICE_SERVICE_COUNT")
        ? qEnvironmentVariableIntValue("FACTURO_EINVOICE_SERVICE_COUNT")
        : 500;
    INFO("seed " << seed);
    Random r(seed);
    TestLedger t;
    CompanySettings company = need(t->context().company.load());
    company.endpoint = need(ElectronicAddress::parse(QStringLiteral("0009:12345678200010")));
    company.legalRegistration = {QStringLiteral("0002"), QStringLiteral("123456782")}; // BR-CO-26 without VAT ids
    company.contactName = QStringLiteral("Marie Laurent");
    company.contactPhone = QStringLiteral("+33 4 72 00 00 00");
    company.contactEmail = QStringLiteral("billing@climatec.example");
    need(t->settings().saveCompany(company));
    const EInvoiceFormat formats[] = {EInvoiceFormat::En16931Ubl, EInvoiceFormat::En16931Cii, EInvoiceFormat::Peppol,
        EInvoiceFormat::XRechnungUbl, EInvoiceFormat::XRechnungCii};
    QList<qint64> customers;
    for (int i = 0; i < 5; ++i)
        customers << customerFor(t, formats[i], i);
    EInvoiceService service(t.ledger());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QMap<QString, QStringList> filesBySchema;
    QMap<int, int> scenarios;
    int credits = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        const int which = static_cast<int>(r.between(0, 4));
        // Mostly rated documents; reverse charge, intra-EU, export and out-of-scope ones too.
        const int scenario = r.chance(60) ? 0 : static_cast<int>(r.between(1, 4));
        ++scenarios[scenario];
        INFO("document " << i << " scenario " << scenario);
        const qint64 id = need(t->drafts().createInvoice(customers.at(which), Document(), linesFor(r, scenario)));
        auto posted = t->posting().post(id);
        INFO("document " << i << ": " << posted.message().toStdString());
        REQUIRE(posted.ok());
        QList<qint64> documents {id};
        if (r.chance(15)) {
            const qint64 note = need(t->creditNotes().createDraft(id, QStringLiteral("Returned")));
            need(t->posting().post(note));
            documents << note;
            ++credits;
        }
        for (qint64 doc : documents) {
            const Document d = need(t->context().documents.find(doc));
            for (const EInvoiceFormat format : formats) {
                INFO(d.number.toStdString() << " as " << EInvoiceFormats::key(format).toStdString());
                const auto out = service.output(doc, format, EInvoiceUse::Export);
                REQUIRE(out.message().toStdString() == std::string());
                const EInvoiceReadResult read = EInvoiceReader::read(out->bytes);
                REQUIRE(joined(read.errors).empty());
                QStringList problems;
                compare(read.invoice, d, problems);
                REQUIRE(joined(problems).empty());
                const QString name = EInvoiceFormats::key(format) + QLatin1Char('-') + out->fileName;
                const QString path = qEnvironmentVariableIsSet("FACTURO_EINVOICE_OUTPUT")
                    ? qEnvironmentVariable("FACTURO_EINVOICE_OUTPUT") + QLatin1Char('/') + name
                    : dir.filePath(name);
                QFile file(path);
                REQUIRE(file.open(QIODevice::WriteOnly));
                file.write(out->bytes);
                const bool ubl = format == EInvoiceFormat::En16931Ubl || format == EInvoiceFormat::Peppol
                    || format == EInvoiceFormat::XRechnungUbl;
                filesBySchema[SchemaCheck::xsdFor(ubl, d.type == DocumentType::CreditNote)] << path;
            }
        }
    }
    WARN("service property test: " << count << " invoices, " << credits
                                   << " credit notes posted and exported in 5 formats in " << timer.elapsed()
                                   << " ms (seed " << seed << ")");
    CHECK(credits > 0);
    for (int scenario = 0; scenario <= 4; ++scenario)
        CHECK(scenarios.value(scenario) > 0);
    for (auto it = filesBySchema.cbegin(); it != filesBySchema.cend(); ++it) {
        for (qsizetype from = 0; from < it.value().size(); from += 400) {
            INFO(it.key().toStdString());
            CHECK(joined(SchemaCheck::failures(it.key(), it.value().mid(from, 400))).empty());
        }
    }
}
