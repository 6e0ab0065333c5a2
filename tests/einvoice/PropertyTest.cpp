#include "CiiWriter.h"
#include "EInvoiceCheck.h"
#include "EInvoiceReader.h"
#include "EInvoiceTerms.h"
#include "InvoiceGenerator.h"
#include "Rounding.h"
#include "SchemaCheck.h"
#include "TaxCalculator.h"
#include "UblWriter.h"

#include <QFile>
#include <QMap>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

// Random invoices and credit notes (seeded: FACTURO_EINVOICE_SEED, FACTURO_EINVOICE_COUNT) in
// every profile: the check passes, the XSD accepts every file (many files per xmllint call),
// every term reads back, and the sums read back equal the EN 16931 arithmetic redone here from
// the lines read back: line net = round(qty × price) − allowance, VAT rounded once per rate.
// FACTURO_EINVOICE_OUTPUT=folder keeps the files there (to run the official business rules).
namespace {
std::string joined(const QStringList &items)
{
    return items.join(QLatin1Char('\n')).toStdString();
}

struct Sums
{
    qint64 lineNets = 0, allowances = 0, charges = 0, vat = 0;
    QMap<QString, qint64> taxable; // "S 20" → base
    QMap<QString, qint64> tax;
};

// BR-CO-10 to BR-CO-16, recomputed without the production arithmetic.
Sums recompute(const EInvoice &inv, QStringList &problems)
{
    Sums s;
    for (const EInvoiceLine &line : inv.lines) {
        const Int128 base = line.baseQuantity.isZero() ? 1000 : line.baseQuantity.scaled();
        qint64 net = static_cast<qint64>(
            roundHalfAwayFromZero(Int128(line.quantity.scaled()) * line.price.scaled() * 100, base * 10'000));
        for (const EInvoiceAllowanceCharge &ac : line.allowanceCharges)
            net += ac.charge ? ac.amount : -ac.amount;
        if (net != line.net)
            problems << QStringLiteral("line %1 net %2, expected %3").arg(line.id).arg(line.net).arg(net);
        s.lineNets += line.net;
        s.taxable[line.vatCategory + QLatin1Char(' ') + QString::number(line.vatRate.scaled())] += line.net;
    }
    for (const EInvoiceAllowanceCharge &ac : inv.allowanceCharges) {
        (ac.charge ? s.charges : s.allowances) += ac.amount;
        s.taxable[ac.vatCategory + QLatin1Char(' ') + QString::number(ac.vatRate.scaled())]
            += ac.charge ? ac.amount : -ac.amount;
    }
    for (auto it = s.taxable.cbegin(); it != s.taxable.cend(); ++it) {
        const qint64 rate = it.key().section(QLatin1Char(' '), 1).toLongLong();
        s.tax[it.key()] = TaxCalculator::taxOn(it.value(), Percentage::fromScaled(rate));
        s.vat += s.tax[it.key()];
    }
    return s;
}

void compareSums(const EInvoice &read, QStringList &problems)
{
    const Sums s = recompute(read, problems);
    const EInvoiceTotals &t = read.totals;
    const auto expect = [&problems](const char *rule, qint64 stated, qint64 computed) {
        if (stated != computed)
            problems << QStringLiteral("%1: %2 read, %3 computed").arg(QLatin1String(rule)).arg(stated).arg(computed);
    };
    expect("BR-CO-10", t.lineNets, s.lineNets);
    expect("BR-CO-11", t.allowances, s.allowances);
    expect("BR-CO-12", t.charges, s.charges);
    expect("BR-CO-13", t.withoutVat, s.lineNets - s.allowances + s.charges);
    expect("BR-CO-14", t.vat, s.vat);
    expect("BR-CO-15", t.withVat, s.lineNets - s.allowances + s.charges + s.vat);
    expect("BR-CO-16", t.payable, s.lineNets - s.allowances + s.charges + s.vat - t.paid + t.rounding);
    if (read.vat.size() != s.taxable.size())
        problems << QStringLiteral("%1 VAT rows read, %2 computed").arg(read.vat.size()).arg(s.taxable.size());
    for (const EInvoiceVatBreakdown &row : read.vat) {
        const QString key = row.category + QLatin1Char(' ') + QString::number(row.rate.scaled());
        expect("BR-CO-17 taxable", row.taxable, s.taxable.value(key, -1));
        expect("BR-CO-17 tax", row.tax, s.tax.value(key, -1));
    }
}
} // namespace

TEST_CASE("random invoices and credit notes are valid, consistent and read back in every profile", "[property]")
{
    const quint64 seed = qEnvironmentVariableIsSet("FACTURO_EINVOICE_SEED")
        ? qEnvironmentVariable("FACTURO_EINVOICE_SEED").toULongLong()
        : 20260314;
    const int count = qEnvironmentVariableIsSet("FACTURO_EINVOICE_COUNT")
        ? qEnvironmentVariableIntValue("FACTURO_EINVOICE_COUNT")
        : 500;
    INFO("seed " << seed);
    InvoiceGenerator generator(seed);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QMap<QString, QStringList> filesBySchema;
    int credits = 0;
    QMap<QString, int> categories;
    for (int i = 0; i < count; ++i) {
        const EInvoice invoice = generator.next();
        credits += invoice.isCreditNote() ? 1 : 0;
        for (const EInvoiceVatBreakdown &row : invoice.vat)
            ++categories[row.category];
        for (const EInvoiceProfile &profile : EInvoiceProfile::all()) {
            INFO(invoice.number.toStdString() << " in " << profile.key.toStdString());
            REQUIRE(joined(EInvoiceCheck::check(invoice, profile)).empty());
            const bool ubl = profile.syntax == EInvoiceProfile::Syntax::Ubl;
            const QByteArray xml = ubl ? UblWriter(profile).write(invoice) : CiiWriter(profile).write(invoice);
            const EInvoiceReadResult read = EInvoiceReader::read(xml);
            REQUIRE(joined(read.errors).empty());
            REQUIRE(joined(read.unsupported).empty());
            REQUIRE(joined(EInvoiceTerms::list(read.invoice)) == joined(EInvoiceTerms::list(invoice)));
            QStringList problems;
            compareSums(read.invoice, problems);
            REQUIRE(joined(problems).empty());
            const QString name = profile.key + QLatin1Char('-') + invoice.number + QStringLiteral(".xml");
            const QString path = qEnvironmentVariableIsSet("FACTURO_EINVOICE_OUTPUT")
                ? qEnvironmentVariable("FACTURO_EINVOICE_OUTPUT") + QLatin1Char('/') + name
                : dir.filePath(name);
            QFile file(path);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write(xml);
            filesBySchema[SchemaCheck::xsdFor(ubl, invoice.isCreditNote())] << path;
        }
    }
    // The generator covers what it claims to.
    CHECK(credits > count / 10);
    for (const QString &category : EInvoiceVat::categories())
        CHECK(categories.value(category) > 0);

    for (auto it = filesBySchema.cbegin(); it != filesBySchema.cend(); ++it) {
        for (qsizetype from = 0; from < it.value().size(); from += 400) {
            INFO(it.key().toStdString());
            CHECK(joined(SchemaCheck::failures(it.key(), it.value().mid(from, 400))).empty());
        }
    }
}
