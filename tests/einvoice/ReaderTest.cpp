#include "CiiWriter.h"
#include "EInvoiceReader.h"
#include "EInvoiceTerms.h"
#include "EInvoiceWriter.h"
#include "SampleEInvoice.h"
#include "UblWriter.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

namespace {
QByteArray writeIn(const EInvoiceProfile &profile, const EInvoice &invoice)
{
    return EInvoiceWriter::write(invoice, profile);
}
std::string joined(const QStringList &list)
{
    return list.join(QLatin1Char('\n')).toStdString();
}
} // namespace

TEST_CASE("every profile writes the sample invoice and credit note so that every term reads back")
{
    for (const EInvoiceProfile &profile : EInvoiceProfile::all()) {
        for (const EInvoice &invoice : {SampleEInvoice::invoice(), SampleEInvoice::creditNote()}) {
            INFO(profile.key.toStdString() << " " << invoice.number.toStdString());
            const EInvoiceReadResult read = EInvoiceReader::read(writeIn(profile, invoice));
            CHECK(joined(read.errors).empty());
            CHECK(joined(read.unsupported).empty());
            CHECK(read.customizationId == profile.customizationId);
            CHECK(read.profileId == profile.profileId);
            CHECK(joined(EInvoiceTerms::list(read.invoice)) == joined(EInvoiceTerms::list(invoice)));
            CHECK(read.invoice == invoice);
        }
    }
}

TEST_CASE("the reader takes numbers from their text, exactly, and refuses what it cannot hold exactly")
{
    EInvoice invoice = SampleEInvoice::invoice();
    invoice.totals.payable = 30; // 0.30: 0.1 + 0.2 in binary floating point is not 0.3
    QString xml = QString::fromUtf8(UblWriter(EInvoiceProfile::en16931Ubl()).write(invoice));
    CHECK(EInvoiceReader::read(xml.toUtf8()).invoice.totals.payable == 30);
    // A third decimal on an amount is refused, not rounded.
    xml.replace(QRegularExpression(QStringLiteral("(<cbc:PayableAmount[^>]*>)[^<]*")), QStringLiteral("\\10.105"));
    const EInvoiceReadResult read = EInvoiceReader::read(xml.toUtf8());
    REQUIRE(read.errors.size() == 1);
    CHECK(read.errors.first().contains(QLatin1String("PayableAmount")));
}

TEST_CASE("blank values are left out, never written as empty elements")
{
    EInvoice invoice = SampleEInvoice::invoice();
    invoice.seller.tradingName = QStringLiteral("   ");
    invoice.buyer.contact = {QStringLiteral(" "), {}, QStringLiteral("\t")};
    invoice.notes = {QStringLiteral("  "), QStringLiteral("  Kept, trimmed.  ")};
    invoice.lines[0].description = QStringLiteral(" ");
    for (const EInvoiceProfile &profile : EInvoiceProfile::all()) {
        INFO(profile.key.toStdString());
        const QByteArray xml = writeIn(profile, invoice);
        CHECK_FALSE(
            QString::fromUtf8(xml).contains(QRegularExpression(QStringLiteral("<([a-z]+:[A-Za-z]+)[^>]*>\\s*</\\1>"))));
        // (CII's header delivery is mandatory even when it has nothing to say.)
        CHECK_FALSE(QString::fromUtf8(xml).contains(
            QRegularExpression(QStringLiteral("<(?!ram:ApplicableHeaderTradeDelivery)[a-z]+:[A-Za-z]+[^>]*/>"))));
        const EInvoiceReadResult read = EInvoiceReader::read(xml);
        CHECK(read.invoice.notes == QStringList {QStringLiteral("Kept, trimmed.")});
        CHECK(read.invoice.seller.tradingName.isEmpty());
        CHECK(read.invoice.buyer.contact.isEmpty());
    }
}

TEST_CASE("characters XML cannot hold are left out, so that the file always parses")
{
    EInvoice invoice = SampleEInvoice::invoice();
    invoice.buyer.name = QStringLiteral("B\u0001ckerei \U0001F35E M\u00FCller") + QChar(0xFFFF);
    invoice.lines[0].itemName = QStringLiteral("Labour") + QChar(0xD800); // a lone surrogate
    for (const EInvoiceProfile &profile : EInvoiceProfile::all()) {
        INFO(profile.key.toStdString());
        const EInvoiceReadResult read = EInvoiceReader::read(EInvoiceWriter::write(invoice, profile));
        REQUIRE(joined(read.errors).empty());
        CHECK(read.invoice.buyer.name == QStringLiteral("Bckerei \U0001F35E M\u00FCller"));
        CHECK(read.invoice.lines.first().itemName == QStringLiteral("Labour"));
    }
}

TEST_CASE("what the reader does not understand is listed, never dropped in silence")
{
    QByteArray xml = CiiWriter(EInvoiceProfile::en16931Cii()).write(SampleEInvoice::invoice());
    xml.replace("<ram:BuyerReference>", "<ram:Reference>extra</ram:Reference><ram:BuyerReference>");
    const EInvoiceReadResult read = EInvoiceReader::read(xml);
    CHECK(read.unsupported
        == QStringList {QStringLiteral("SupplyChainTradeTransaction/ApplicableHeaderTradeAgreement/Reference")});
}
