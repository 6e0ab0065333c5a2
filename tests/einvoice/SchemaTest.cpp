#include "CiiWriter.h"
#include "SampleEInvoice.h"
#include "SchemaCheck.h"
#include "UblWriter.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
QString save(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}
bool isUbl(const EInvoiceProfile &p)
{
    return p.syntax == EInvoiceProfile::Syntax::Ubl;
}
QByteArray writeIn(const EInvoiceProfile &p, const EInvoice &inv)
{
    return isUbl(p) ? UblWriter(p).write(inv) : CiiWriter(p).write(inv);
}
std::string joined(const QStringList &list)
{
    return list.join(QLatin1Char('\n')).toStdString();
}
} // namespace

TEST_CASE("every profile writes invoices and credit notes that the official XSDs accept", "[schema]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const EInvoiceProfile &profile : EInvoiceProfile::all()) {
        for (const EInvoice &invoice : {SampleEInvoice::invoice(), SampleEInvoice::creditNote()}) {
            INFO(profile.key.toStdString() << " " << invoice.number.toStdString());
            const QString file = save(dir, profile.key + QLatin1Char('-') + invoice.number + QStringLiteral(".xml"),
                writeIn(profile, invoice));
            CHECK(joined(SchemaCheck::failures(SchemaCheck::xsdFor(isUbl(profile), invoice.isCreditNote()), {file}))
                      .empty());
        }
    }
}

TEST_CASE("the schema check refuses what the schema forbids", "[schema]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const EInvoiceProfile ubl = EInvoiceProfile::en16931Ubl();
    QByteArray bytes = UblWriter(ubl).write(SampleEInvoice::invoice());
    // An invoice line before the totals breaks UBL's sequence.
    const qsizetype line = bytes.indexOf("<cac:InvoiceLine>");
    const qsizetype totals = bytes.indexOf("<cac:TaxTotal>");
    REQUIRE(line > totals);
    bytes.insert(totals, "<cac:InvoiceLine><cbc:ID>9</cbc:ID></cac:InvoiceLine>");
    const QString broken = save(dir, QStringLiteral("broken.xml"), bytes);
    const QString valid = save(dir, QStringLiteral("valid.xml"), UblWriter(ubl).write(SampleEInvoice::invoice()));
    const QStringList failures = SchemaCheck::failures(SchemaCheck::ublInvoiceXsd(), {valid, broken});
    REQUIRE_FALSE(failures.isEmpty());
    CHECK(failures.join(QLatin1Char('\n')).contains(QLatin1String("broken.xml")));
    CHECK_FALSE(failures.join(QLatin1Char('\n')).contains(QLatin1String("valid.xml")));
    // A credit note is not an invoice.
    const QString credit = save(dir, QStringLiteral("credit.xml"), UblWriter(ubl).write(SampleEInvoice::creditNote()));
    CHECK_FALSE(SchemaCheck::failures(SchemaCheck::ublInvoiceXsd(), {credit}).isEmpty());
}
