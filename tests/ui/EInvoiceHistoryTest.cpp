#include "HistoryModel.h"
#include "UiTestSupport.h"

TEST_CASE("the history tells each e-invoice output as a sentence: format, file, export or email, archived or not")
{
    const QString currency = QStringLiteral("EUR");
    CHECK(HistoryModel::actionName(QStringLiteral("einvoice_export")) == QStringLiteral("E-invoice"));
    CHECK(HistoryModel::detailsText(QStringLiteral("einvoice_export"),
              QStringLiteral(
                  R"({"number":"INV-2026-00001","format":"peppol","sha256":"ab12","file":"INV-2026-00001.xml",)"
                  R"("archived":true,"use":"export","path":"INV-2026-00001.xml"})"),
              currency)
        == QStringLiteral("Peppol BIS Billing 3.0, INV-2026-00001.xml, exported to INV-2026-00001.xml (archived now: "
                          "every later copy in this format is the same file)"));
    CHECK(HistoryModel::detailsText(QStringLiteral("einvoice_export"),
              QStringLiteral(
                  R"({"number":"INV-2026-00001","format":"facturx","sha256":"ab12","file":"INV-2026-00001.pdf",)"
                  R"("archived":false,"use":"send"})"),
              currency)
        == QStringLiteral("Factur-X (PDF with CII inside), INV-2026-00001.pdf, attached to an email"));
    CHECK(
        HistoryModel::detailsText(QStringLiteral("einvoice_export"),
            QStringLiteral(R"({"format":"xrechnung-cii","file":"CN-2026-00002.xml","archived":false,"use":"export"})"),
            currency)
        == QStringLiteral("XRechnung (CII), CN-2026-00002.xml, exported"));
    // A format this version does not know is shown by its key.
    CHECK(HistoryModel::detailsText(QStringLiteral("einvoice_export"),
        QStringLiteral(R"({"format":"svefaktura","file":"INV-1.xml","use":"export"})"), currency)
              .startsWith(QStringLiteral("svefaktura, INV-1.xml")));
}
