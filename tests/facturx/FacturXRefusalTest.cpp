// What FacturXPdf refuses, with a message a person can act on; and the profiles it accepts.
#include "DocumentRenderer.h"
#include "FacturXPdf.h"
#include "FacturXTestSupport.h"
#include "PdfTestSupport.h"
#include "SampleDocuments.h"

#include <QJsonObject>

#include <catch2/catch.hpp>

using PdfFormat = DocumentRenderer::PdfFormat;

namespace {
QByteArray renderedPdfA1b()
{
    auto pdf = DocumentRenderer::renderToPdf(
        SampleDocuments::invoice(QStringLiteral("en")), DocumentTemplate(), PdfFormat::PdfA1b);
    REQUIRE(pdf.ok());
    return pdf.value();
}

FacturXMetadata metadata()
{
    return FacturXTestSupport::metadataFor(SampleDocuments::invoice(QStringLiteral("en")));
}

QString refusal(const QByteArray &pdf, const QByteArray &xml, const FacturXMetadata &meta = metadata())
{
    const auto made = FacturXPdf::make(pdf, xml, meta);
    REQUIRE_FALSE(made.ok());
    CHECK(made.error().kind() == ErrorKind::Invalid);
    return made.message();
}
} // namespace

TEST_CASE("FacturXPdf refuses what is not a PDF, or a damaged one", "[facturx]")
{
    const QByteArray pdf = renderedPdfA1b();
    const QByteArray xml = FacturXTestSupport::sampleCii();

    CHECK(refusal(QByteArray(), xml).contains(QStringLiteral("not a PDF")));
    CHECK(refusal(QByteArrayLiteral("<html><body>invoice</body></html>"), xml).contains(QStringLiteral("not a PDF")));
    CHECK(refusal(xml, xml).contains(QStringLiteral("not a PDF")));

    // Cut in half: no cross-reference table, no trailer. Refused, not silently repaired.
    const QString truncated = refusal(pdf.left(pdf.size() / 2), xml);
    INFO(truncated.toStdString());
    CHECK(truncated.startsWith(QStringLiteral("the PDF is damaged")));

    // The header alone.
    CHECK(refusal(QByteArrayLiteral("%PDF-1.4\n"), xml).startsWith(QStringLiteral("the PDF is damaged")));

    // Cross-reference offsets that point nowhere.
    QByteArray shifted = pdf;
    const qsizetype xref = shifted.lastIndexOf("startxref\n");
    REQUIRE(xref > 0);
    shifted.replace(xref, 10, "startxref\n9");
    const QString badXref = refusal(shifted, xml);
    INFO(badXref.toStdString());
    CHECK(badXref.startsWith(QStringLiteral("the PDF is damaged")));
}

TEST_CASE("FacturXPdf refuses a PDF that is not PDF/A or already carries factur-x.xml", "[facturx]")
{
    const QByteArray xml = FacturXTestSupport::sampleCii();
    auto plain = DocumentRenderer::renderToPdf(SampleDocuments::invoice(QStringLiteral("en")), DocumentTemplate());
    REQUIRE(plain.ok());
    CHECK(refusal(plain.value(), xml).contains(QStringLiteral("no output intent")));

    auto made = FacturXPdf::make(renderedPdfA1b(), xml, metadata());
    REQUIRE(made.ok());
    CHECK(refusal(made.value(), xml).contains(QStringLiteral("already has an embedded factur-x.xml")));
}

TEST_CASE("FacturXPdf refuses an empty, malformed or non-CII XML", "[facturx]")
{
    const QByteArray pdf = renderedPdfA1b();
    CHECK(refusal(pdf, QByteArray()) == QStringLiteral("the invoice XML is empty"));
    CHECK(refusal(pdf, QByteArrayLiteral(" \n\t")) == QStringLiteral("the invoice XML is empty"));

    QByteArray cut = FacturXTestSupport::sampleCii();
    cut.chop(cut.size() / 3);
    CHECK(refusal(pdf, cut).startsWith(QStringLiteral("the invoice XML is not well-formed (line ")));

    const QString ubl = refusal(pdf,
        QByteArrayLiteral(
            "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"><ID>1</ID></Invoice>"));
    CHECK(ubl == QStringLiteral("the invoice XML is not a Cross Industry Invoice (its root element is Invoice)"));
}

TEST_CASE("FacturXPdf refuses an unknown profile or metadata without a date or a title", "[facturx]")
{
    const QByteArray pdf = renderedPdfA1b();
    const QByteArray xml = FacturXTestSupport::sampleCii();
    FacturXMetadata meta = metadata();
    meta.conformanceLevel = QStringLiteral("EN16931"); // the XMP value has a space
    CHECK(refusal(pdf, xml, meta).startsWith(QStringLiteral("unknown Factur-X profile \"EN16931\"")));

    meta = metadata();
    meta.issueDate = QDate();
    CHECK(refusal(pdf, xml, meta).contains(QStringLiteral("no issue date")));

    meta = metadata();
    meta.title.clear();
    meta.documentNumber.clear();
    CHECK(refusal(pdf, xml, meta).contains(QStringLiteral("title")));
}

TEST_CASE("the relationship of the XML follows the Factur-X profile", "[facturx]")
{
    const QByteArray pdf = renderedPdfA1b();
    const QByteArray xml = FacturXTestSupport::sampleCii();
    PdfTestSupport files;
    const struct
    {
        const char *level;
        const char *relationship;
    } profiles[] = {{"MINIMUM", "/Data"}, {"BASIC WL", "/Data"}, {"BASIC", "/Alternative"},
        {"EN 16931", "/Alternative"}, {"EXTENDED", "/Alternative"}};
    for (const auto &profile : profiles) {
        INFO(profile.level);
        FacturXMetadata meta = metadata();
        meta.conformanceLevel = QString::fromLatin1(profile.level);
        auto made = FacturXPdf::make(pdf, xml, meta);
        REQUIRE(made.ok());
        const QString path = files.write(QStringLiteral("profile.pdf"), made.value());
        const QJsonObject objects = FacturXTestSupport::objects(FacturXTestSupport::qpdfJson(path));
        const QString spec = FacturXTestSupport::qpdfJson(path)
                                 .value(QStringLiteral("attachments"))
                                 .toObject()
                                 .value(QStringLiteral("factur-x.xml"))
                                 .toObject()
                                 .value(QStringLiteral("filespec"))
                                 .toString();
        CHECK(FacturXTestSupport::dictionary(objects, spec).value(QStringLiteral("/AFRelationship")).toString()
            == QLatin1String(profile.relationship));
        const QByteArray xmp = PdfTestSupport::run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
        CHECK(xmp.contains("<fx:ConformanceLevel>" + QByteArray(profile.level) + "</fx:ConformanceLevel>"));
    }
}
