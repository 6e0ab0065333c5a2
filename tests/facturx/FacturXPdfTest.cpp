// Factur-X PDF/A-3b made from the renderer's PDF/A-1b and a CII XML, checked with qpdf and
// poppler-utils as a receiver's tools would read it.
#include "FacturXPdf.h"

#include "DocumentRenderer.h"
#include "FacturXTestSupport.h"
#include "PdfTestSupport.h"
#include "SampleDocuments.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using PdfFormat = DocumentRenderer::PdfFormat;

namespace {
// One invoice as plain PDF, as PDF/A-1b and as Factur-X, written to a temporary folder.
struct Made
{
    PdfTestSupport files;
    PrintedDocument document = SampleDocuments::invoice(QStringLiteral("en"));
    QByteArray xml = FacturXTestSupport::sampleCii();
    QByteArray plain, pdfA1b, facturX;
    QString plainPath, pdfA1bPath, facturXPath;

    explicit Made(const FacturXMetadata *metadata = nullptr)
    {
        const DocumentTemplate style;
        auto plainPdf = DocumentRenderer::renderToPdf(document, style);
        auto a1b = DocumentRenderer::renderToPdf(document, style, PdfFormat::PdfA1b);
        REQUIRE(plainPdf.ok());
        REQUIRE(a1b.ok());
        plain = plainPdf.value();
        pdfA1b = a1b.value();
        auto made = FacturXPdf::make(pdfA1b, xml, metadata ? *metadata : FacturXTestSupport::metadataFor(document));
        INFO(made.message().toStdString());
        REQUIRE(made.ok());
        facturX = made.value();
        plainPath = files.write(QStringLiteral("plain.pdf"), plain);
        pdfA1bPath = files.write(QStringLiteral("pdfa1b.pdf"), pdfA1b);
        facturXPath = files.write(QStringLiteral("facturx.pdf"), facturX);
    }
};

QString md5Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
}

QString str(const QJsonValue &value)
{
    return value.toString();
}

// Page 1 at 100 dpi, as pdftoppm draws it.
QImage pageImage(const PdfTestSupport &files, const QString &pdf, const QString &name)
{
    const QString prefix = files.path(name);
    PdfTestSupport::run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
            QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, prefix});
    return QImage(prefix + QStringLiteral(".png")).convertToFormat(QImage::Format_RGB32);
}

// The XMP packet as `pdfinfo -meta` prints it: each element's text by "namespace name".
QMultiHash<QString, QString> xmpValues(const QByteArray &xmp, QString *error)
{
    QMultiHash<QString, QString> values;
    QXmlStreamReader reader(xmp);
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement())
            text.clear();
        else if (reader.isCharacters())
            text += reader.text();
        else if (reader.isEndElement())
            values.insert(
                reader.namespaceUri().toString() + QLatin1Char(' ') + reader.name().toString(), text.trimmed());
    }
    if (reader.hasError())
        *error = reader.errorString();
    return values;
}
} // namespace

TEST_CASE("a Factur-X PDF embeds the CII XML as factur-x.xml, an associated file of the catalog", "[facturx]")
{
    const Made made;
    const QJsonObject json = FacturXTestSupport::qpdfJson(made.facturXPath);
    REQUIRE_FALSE(json.isEmpty());
    const QJsonObject objects = FacturXTestSupport::objects(json);
    const QJsonObject trailer
        = objects.value(QStringLiteral("trailer")).toObject().value(QStringLiteral("value")).toObject();
    const QJsonObject catalog = FacturXTestSupport::dictionary(objects, str(trailer.value(QStringLiteral("/Root"))));
    CHECK(str(catalog.value(QStringLiteral("/Type"))) == QStringLiteral("/Catalog"));

    // qpdf's own view of the attachments: one, factur-x.xml, with its file specification.
    const QJsonObject attachments = json.value(QStringLiteral("attachments")).toObject();
    REQUIRE(attachments.keys() == QStringList {QStringLiteral("factur-x.xml")});
    const QString specRef
        = str(attachments.value(QStringLiteral("factur-x.xml")).toObject().value(QStringLiteral("filespec")));
    REQUIRE_FALSE(specRef.isEmpty());

    // The catalog's /AF array and /Names /EmbeddedFiles both point at that file specification.
    const QJsonArray af = catalog.value(QStringLiteral("/AF")).toArray();
    REQUIRE(af.size() == 1);
    CHECK(str(af.at(0)) == specRef);
    const QJsonObject names = catalog.value(QStringLiteral("/Names")).toObject();
    const QJsonObject tree
        = FacturXTestSupport::dictionary(objects, str(names.value(QStringLiteral("/EmbeddedFiles"))));
    CHECK(tree.value(QStringLiteral("/Names")).toArray() == QJsonArray {QStringLiteral("u:factur-x.xml"), specRef});

    const QJsonObject spec = FacturXTestSupport::dictionary(objects, specRef);
    CHECK(str(spec.value(QStringLiteral("/Type"))) == QStringLiteral("/Filespec"));
    CHECK(str(spec.value(QStringLiteral("/F"))) == QStringLiteral("u:factur-x.xml"));
    CHECK(str(spec.value(QStringLiteral("/UF"))) == QStringLiteral("u:factur-x.xml"));
    CHECK(str(spec.value(QStringLiteral("/AFRelationship"))) == QStringLiteral("/Alternative"));
    const QJsonObject ef = spec.value(QStringLiteral("/EF")).toObject();
    CHECK(str(ef.value(QStringLiteral("/F"))) == str(ef.value(QStringLiteral("/UF"))));

    const QJsonObject file = FacturXTestSupport::dictionary(objects, str(ef.value(QStringLiteral("/F"))));
    CHECK(str(file.value(QStringLiteral("/Type"))) == QStringLiteral("/EmbeddedFile"));
    CHECK(str(file.value(QStringLiteral("/Subtype"))) == QStringLiteral("/text/xml"));
    const QJsonObject params = file.value(QStringLiteral("/Params")).toObject();
    CHECK(str(params.value(QStringLiteral("/ModDate"))) == QStringLiteral("u:D:20240312000000+00'00'"));
    CHECK(params.value(QStringLiteral("/Size")).toInteger() == made.xml.size());
    CHECK(str(params.value(QStringLiteral("/CheckSum"))) == QStringLiteral("b:") + md5Hex(made.xml));
    // As written in the file: the MIME type's slash is escaped in the name (#2F).
    CHECK(made.facturX.toLower().contains("/subtype /text#2fxml"));

    int exitCode = -1;
    const QString check = QString::fromUtf8(
        PdfTestSupport::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), made.facturXPath}, &exitCode));
    INFO(check.toStdString());
    CHECK(exitCode == 0);
    CHECK(check.contains(QStringLiteral("No syntax or stream encoding errors found")));
    CHECK(check.contains(QStringLiteral("PDF Version: 1.7")));
}

TEST_CASE("pdfdetach lists factur-x.xml and gives back the XML byte for byte", "[facturx]")
{
    const Made made;
    int exitCode = -1;
    const QString list = QString::fromUtf8(
        PdfTestSupport::run(QStringLiteral("pdfdetach"), {QStringLiteral("-list"), made.facturXPath}, &exitCode));
    CHECK(exitCode == 0);
    CHECK(PdfTestSupport::normalized(list) == QStringLiteral("1 embedded files\n1: factur-x.xml"));

    const QString saved = made.files.path(QStringLiteral("detached.xml"));
    PdfTestSupport::run(QStringLiteral("pdfdetach"),
        {QStringLiteral("-save"), QStringLiteral("1"), QStringLiteral("-o"), saved, made.facturXPath}, &exitCode);
    CHECK(exitCode == 0);
    QFile file(saved);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == made.xml);

    // The plain and PDF/A-1b renders carry no attachment: it comes from FacturXPdf.
    const QString none = QString::fromUtf8(
        PdfTestSupport::run(QStringLiteral("pdfdetach"), {QStringLiteral("-list"), made.pdfA1bPath}));
    CHECK(PdfTestSupport::normalized(none) == QStringLiteral("0 embedded files"));
}

TEST_CASE(
    "the XMP says PDF/A-3B, declares and carries the Factur-X properties, and matches the Info dictionary", "[facturx]")
{
    FacturXMetadata meta;
    meta.title = QStringLiteral("Invoice INV-2024-00042 — Müller & Söhne <Bâle>");
    meta.documentNumber = QStringLiteral("INV-2024-00042");
    meta.issueDate = QDate(2024, 3, 12);
    meta.created = QDateTime(QDate(2024, 3, 12), QTime(10, 15, 30), QTimeZone(3600)); // 09:15:30 UTC
    const Made made(&meta);

    const QByteArray xmp = PdfTestSupport::run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), made.facturXPath});
    REQUIRE(xmp.contains("<?xpacket begin="));
    const QString xmpPath = made.files.write(QStringLiteral("metadata.xmp"), xmp);
    int exitCode = -1;
    PdfTestSupport::run(QStringLiteral("xmllint"), {QStringLiteral("--noout"), xmpPath}, &exitCode);
    CHECK(exitCode == 0); // well-formed

    QString error;
    const auto values = xmpValues(xmp, &error);
    CHECK(error.isEmpty());
    const QString fx = QStringLiteral("urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0# ");
    const QString pdfaid = QStringLiteral("http://www.aiim.org/pdfa/ns/id/ ");
    const QString rdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns# ");
    const QString xmpNs = QStringLiteral("http://ns.adobe.com/xap/1.0/ ");
    CHECK(values.values(pdfaid + QStringLiteral("part")) == QStringList {QStringLiteral("3")});
    CHECK(values.values(pdfaid + QStringLiteral("conformance")) == QStringList {QStringLiteral("B")});
    CHECK(values.value(fx + QStringLiteral("DocumentType")) == QStringLiteral("INVOICE"));
    CHECK(values.value(fx + QStringLiteral("DocumentFileName")) == QStringLiteral("factur-x.xml"));
    CHECK(values.value(fx + QStringLiteral("Version")) == QStringLiteral("1.0"));
    CHECK(values.value(fx + QStringLiteral("ConformanceLevel")) == QStringLiteral("EN 16931"));

    // The extension schema declares the fx: namespace and each of its four properties.
    const QString schema = QStringLiteral("http://www.aiim.org/pdfa/ns/schema# ");
    CHECK(values.value(schema + QStringLiteral("namespaceURI")) == fx.trimmed());
    CHECK(values.value(schema + QStringLiteral("prefix")) == QStringLiteral("fx"));
    QStringList declared = values.values(QStringLiteral("http://www.aiim.org/pdfa/ns/property# name"));
    declared.sort();
    CHECK(declared
        == QStringList {QStringLiteral("ConformanceLevel"), QStringLiteral("DocumentFileName"),
            QStringLiteral("DocumentType"), QStringLiteral("Version")});

    // Dublin Core title, dates and tools: the same as the Info dictionary (read by qpdf).
    const QJsonObject objects = FacturXTestSupport::objects(FacturXTestSupport::qpdfJson(made.facturXPath));
    const QJsonObject trailer
        = objects.value(QStringLiteral("trailer")).toObject().value(QStringLiteral("value")).toObject();
    const QJsonObject info = FacturXTestSupport::dictionary(objects, str(trailer.value(QStringLiteral("/Info"))));
    CHECK(values.values(rdf + QStringLiteral("li")).contains(meta.title));
    CHECK(str(info.value(QStringLiteral("/Title"))) == QStringLiteral("u:") + meta.title);
    CHECK(str(info.value(QStringLiteral("/Subject"))) == QStringLiteral("u:Factur-X invoice INV-2024-00042"));
    CHECK(values.values(rdf + QStringLiteral("li")).contains(QStringLiteral("Factur-X invoice INV-2024-00042")));
    CHECK(values.value(xmpNs + QStringLiteral("CreateDate")) == QStringLiteral("2024-03-12T09:15:30+00:00"));
    CHECK(values.value(xmpNs + QStringLiteral("ModifyDate")) == QStringLiteral("2024-03-12T09:15:30+00:00"));
    CHECK(str(info.value(QStringLiteral("/CreationDate"))) == QStringLiteral("u:D:20240312091530+00'00'"));
    CHECK(str(info.value(QStringLiteral("/ModDate"))) == QStringLiteral("u:D:20240312091530+00'00'"));
    CHECK(values.value(xmpNs + QStringLiteral("CreatorTool")) == QStringLiteral("Facturo"));
    CHECK(str(info.value(QStringLiteral("/Creator"))) == QStringLiteral("u:Facturo"));
    const QString producer = values.value(QStringLiteral("http://ns.adobe.com/pdf/1.3/ Producer"));
    CHECK(producer.startsWith(QStringLiteral("Qt ")));
    CHECK(str(info.value(QStringLiteral("/Producer"))) == QStringLiteral("u:") + producer);
    // pdfinfo reads the same dates from the Info dictionary.
    CHECK(PdfTestSupport::info(made.facturXPath).contains(QStringLiteral("Tue Mar 12 09:15:30 2024 UTC")));
}

TEST_CASE("the pages are untouched: same text as the plain PDF, same pixels as the PDF/A-1b", "[facturx]")
{
    const Made made;
    const QString plainText = PdfTestSupport::text(made.plainPath, true);
    REQUIRE(plainText.contains(QStringLiteral("INV-2024-00042")));
    CHECK(PdfTestSupport::text(made.pdfA1bPath, true) == plainText);
    CHECK(PdfTestSupport::text(made.facturXPath, true) == plainText);
    CHECK(PdfTestSupport::pageCount(made.facturXPath) == PdfTestSupport::pageCount(made.plainPath));

    const QImage facturX = pageImage(made.files, made.facturXPath, QStringLiteral("facturx"));
    const QImage pdfA1b = pageImage(made.files, made.pdfA1bPath, QStringLiteral("pdfa1b"));
    const QImage plain = pageImage(made.files, made.plainPath, QStringLiteral("plain"));
    REQUIRE_FALSE(facturX.isNull());
    CHECK(facturX.size() == QSize(827, 1170)); // A4 at 100 dpi
    CHECK(facturX == pdfA1b);
    CHECK(facturX == plain); // PDF/A-1b mode paints the same page as the plain PDF
}

TEST_CASE("a logo with an alpha channel is flattened on white in the PDF/A: the page looks the same", "[facturx]")
{
    PdfTestSupport files;
    DocumentTemplate style;
    QImage logo(480, 160, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    {
        QPainter painter(&logo);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(0xc0, 0x5a, 0x1e));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QRectF(10, 10, 140, 140));
    }
    QBuffer buffer(&style.logo);
    buffer.open(QIODevice::WriteOnly);
    logo.save(&buffer, "PNG");

    const PrintedDocument document = SampleDocuments::invoice(QStringLiteral("en"));
    auto plain = DocumentRenderer::renderToPdf(document, style);
    auto a1b = DocumentRenderer::renderToPdf(document, style, PdfFormat::PdfA1b);
    REQUIRE(plain.ok());
    REQUIRE(a1b.ok());
    auto made
        = FacturXPdf::make(a1b.value(), FacturXTestSupport::sampleCii(), FacturXTestSupport::metadataFor(document));
    REQUIRE(made.ok());
    const QString plainPath = files.write(QStringLiteral("plain.pdf"), plain.value());
    const QString facturXPath = files.write(QStringLiteral("facturx.pdf"), made.value());
    const QString a1bPath = files.write(QStringLiteral("pdfa1b.pdf"), a1b.value());

    // The plain PDF keeps the alpha channel as a soft mask; the PDF/A has the image alone.
    const auto images = [](const QString &pdf) {
        return PdfTestSupport::normalized(
            QString::fromUtf8(PdfTestSupport::run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})))
            .split(QLatin1Char('\n'))
            .mid(2);
    };
    CHECK(images(plainPath).size() == 2);
    CHECK(images(facturXPath).size() == 1);

    const QImage facturX = pageImage(files, facturXPath, QStringLiteral("facturx"));
    CHECK(facturX == pageImage(files, a1bPath, QStringLiteral("pdfa1b")));
    const QImage reference = pageImage(files, plainPath, QStringLiteral("plain"));
    REQUIRE(facturX.size() == reference.size());
    // Only the logo's edges (and its JPEG compression) may differ, and only slightly.
    int different = 0;
    int largest = 0;
    for (int y = 0; y < facturX.height(); ++y) {
        for (int x = 0; x < facturX.width(); ++x) {
            const QRgb a = facturX.pixel(x, y);
            const QRgb b = reference.pixel(x, y);
            const int delta = std::max(
                {std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
            different += delta > 0;
            largest = std::max(largest, delta);
        }
    }
    INFO("pixels that differ: " << different << ", largest difference: " << largest);
    CHECK(different < facturX.width() * facturX.height() / 100);
    CHECK(largest < 64);
}
