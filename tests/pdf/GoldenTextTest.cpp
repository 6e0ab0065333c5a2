#include "DocumentRenderer.h"
#include "PdfTestSupport.h"
#include "SampleDocuments.h"

#include <QFile>

#include <catch2/catch.hpp>

// Golden text: the invoice of SampleDocuments in each language, as `pdftotext -layout` reads
// it, whitespace normalised (PdfTestSupport::normalized), kept in tests/pdf/golden/.
// After an intended layout or wording change, regenerate and review the diff:
//     FACTURO_UPDATE_GOLDEN=1 ctest --test-dir build -L pdf
// (or run pdf_tests "[golden]" with the variable set), then commit the changed files.
TEST_CASE("an invoice reads as its golden text in English, French and German", "[golden]")
{
    PdfTestSupport pdf;
    const bool update = qEnvironmentVariableIntValue("FACTURO_UPDATE_GOLDEN") == 1;
    for (const char *language : {"en", "fr", "de"}) {
        INFO(language);
        const auto bytes = DocumentRenderer::renderToPdf(SampleDocuments::invoice(QString::fromLatin1(language)),
                                                         DocumentTemplate());
        REQUIRE(bytes.ok());
        const QString file = pdf.write(QStringLiteral("golden.pdf"), bytes.value());
        const QString actual = PdfTestSupport::normalized(PdfTestSupport::text(file, true)) + QLatin1Char('\n');
        QFile golden(QStringLiteral(FACTURO_PDF_GOLDEN_DIR "/invoice-%1.txt").arg(QString::fromLatin1(language)));
        if (update) {
            REQUIRE(golden.open(QIODevice::WriteOnly | QIODevice::Truncate));
            golden.write(actual.toUtf8());
            WARN("golden file written: " << golden.fileName().toStdString());
            continue;
        }
        INFO("missing? regenerate with FACTURO_UPDATE_GOLDEN=1: " << golden.fileName().toStdString());
        REQUIRE(golden.open(QIODevice::ReadOnly));
        const QString expected = PdfTestSupport::normalized(QString::fromUtf8(golden.readAll())) + QLatin1Char('\n');
        CHECK(actual.toStdString() == expected.toStdString());
    }
}
