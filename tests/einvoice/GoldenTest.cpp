#include "CiiWriter.h"
#include "SampleEInvoice.h"
#include "UblWriter.h"

#include <QFile>

#include <catch2/catch.hpp>

// The bytes of two representative documents, as reviewed. When a writer changes on purpose:
//     FACTURO_UPDATE_GOLDEN=1 build/tests/einvoice/einvoice_tests "[golden]"
// then review the diff of tests/einvoice/golden and commit it.
namespace {
void compareWithGolden(const QByteArray &actual, const char *name)
{
    QFile golden(QStringLiteral(FACTURO_EINVOICE_GOLDEN_DIR "/") + QLatin1String(name));
    if (qEnvironmentVariableIntValue("FACTURO_UPDATE_GOLDEN") == 1) {
        REQUIRE(golden.open(QIODevice::WriteOnly | QIODevice::Truncate));
        golden.write(actual);
        WARN("golden file written: " << golden.fileName().toStdString());
        return;
    }
    INFO("missing? regenerate with FACTURO_UPDATE_GOLDEN=1: " << golden.fileName().toStdString());
    REQUIRE(golden.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(actual).toStdString() == QString::fromUtf8(golden.readAll()).toStdString());
}
} // namespace

TEST_CASE("a Peppol BIS 3 UBL invoice is written byte for byte as its golden file", "[golden]")
{
    compareWithGolden(
        UblWriter(EInvoiceProfile::peppolBis3()).write(SampleEInvoice::invoice()), "peppol-bis3-invoice.xml");
}

TEST_CASE("a Factur-X EN 16931 CII credit note is written byte for byte as its golden file", "[golden]")
{
    compareWithGolden(CiiWriter(EInvoiceProfile::facturXEn16931()).write(SampleEInvoice::creditNote()),
        "facturx-en16931-creditnote.xml");
}
