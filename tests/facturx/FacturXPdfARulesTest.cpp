// PDF/A-3b rules checked by hand (veraPDF is not packaged in Debian): what can be read from
// the file with qpdf's JSON, pdffonts and the raw bytes. And determinism: the archive must be
// able to make the same bytes again.
#include "DocumentRenderer.h"
#include "FacturXPdf.h"
#include "FacturXTestSupport.h"
#include "PdfTestSupport.h"
#include "SampleDocuments.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QThread>

#include <catch2/catch.hpp>

using PdfFormat = DocumentRenderer::PdfFormat;

namespace {
QByteArray logoPng() // a logo with a transparent background (an alpha channel)
{
    QImage image(480, 160, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0xc0, 0x5a, 0x1e));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(10, 10, 140, 140));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray facturX(const PrintedDocument &document, const DocumentTemplate &style, QByteArray *pdfA1b = nullptr)
{
    auto a1b = DocumentRenderer::renderToPdf(document, style, PdfFormat::PdfA1b);
    REQUIRE(a1b.ok());
    if (pdfA1b)
        *pdfA1b = a1b.value();
    auto made
        = FacturXPdf::make(a1b.value(), FacturXTestSupport::sampleCii(), FacturXTestSupport::metadataFor(document));
    INFO(made.message().toStdString());
    REQUIRE(made.ok());
    return made.value();
}

// Walks every object of `qpdf --json` and names what PDF/A-3b forbids or what would make
// the page depend on transparency.
void inspect(const QJsonValue &value, const QString &where, QStringList &problems)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            inspect(item, where, problems);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QString text = it.value().toString();
        if (key == QLatin1String("/JavaScript") || key == QLatin1String("/JS") || key == QLatin1String("/AA")
            || key == QLatin1String("/OpenAction") || key == QLatin1String("/Encrypt"))
            problems << where + QStringLiteral(": ") + key;
        if (key == QLatin1String("/Filter") && it.value().toVariant().toString().contains(QLatin1String("LZW")))
            problems << where + QStringLiteral(": LZW compression");
        if (key == QLatin1String("/Interpolate") && it.value().toBool())
            problems << where + QStringLiteral(": /Interpolate true");
        if ((key == QLatin1String("/CA") || key == QLatin1String("/ca")) && it.value().toDouble() < 1.0)
            problems << where + QStringLiteral(": opacity ") + key;
        if (key == QLatin1String("/SMask") && text != QLatin1String("/None"))
            problems << where + QStringLiteral(": soft mask");
        if (key == QLatin1String("/BM") && text != QLatin1String("/Normal") && text != QLatin1String("/Compatible"))
            problems << where + QStringLiteral(": blend mode ") + text;
        if (key == QLatin1String("/S") && text == QLatin1String("/Transparency"))
            problems << where + QStringLiteral(": transparency group");
        inspect(it.value(), where, problems);
    }
}

// A stream's decoded bytes, as qpdf gives them.
QByteArray streamData(const QString &pdf, const QString &reference)
{
    return PdfTestSupport::run(QStringLiteral("qpdf"),
        {QStringLiteral("--show-object=")
                + reference.section(QLatin1Char(' '), 0, 1).replace(QLatin1Char(' '), QLatin1Char(',')),
            QStringLiteral("--filtered-stream-data"), pdf});
}

quint32 bigEndian(const QByteArray &bytes, qsizetype at, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | uchar(bytes.at(at + i));
    return value;
}

// The number of glyphs of a TrueType font program (its maxp table), -1 if unreadable.
int glyphCount(const QByteArray &font)
{
    if (font.size() < 12)
        return -1;
    const int tables = int(bigEndian(font, 4, 2));
    for (int i = 0; i < tables && 12 + 16 * (i + 1) <= font.size(); ++i) {
        const qsizetype entry = 12 + 16 * i;
        if (font.mid(entry, 4) == "maxp") {
            const qsizetype offset = bigEndian(font, entry + 8, 4);
            return offset + 6 <= font.size() ? int(bigEndian(font, offset + 4, 2)) : -1;
        }
    }
    return -1;
}

// PDF/A-2 and 3: a CIDSet, where there is one, names exactly the glyphs of the embedded
// subset (with the identity CID-to-glyph map QPdfWriter writes: CIDs 0 .. glyphs - 1).
void checkCidSets(const QString &pdf, const QJsonObject &objects, QStringList &problems)
{
    int checked = 0;
    for (auto it = objects.begin(); it != objects.end(); ++it) {
        const QJsonObject dict = FacturXTestSupport::dictionary(objects, it.key().mid(4));
        if (dict.value(QStringLiteral("/Type")).toString() != QLatin1String("/FontDescriptor")
            || !dict.contains(QStringLiteral("/CIDSet")))
            continue;
        const int glyphs = glyphCount(streamData(pdf, dict.value(QStringLiteral("/FontFile2")).toString()));
        const QByteArray cidSet = streamData(pdf, dict.value(QStringLiteral("/CIDSet")).toString());
        QList<int> set;
        for (int cid = 0; cid < cidSet.size() * 8; ++cid) {
            if (uchar(cidSet.at(cid / 8)) & (0x80 >> (cid % 8)))
                set.append(cid);
        }
        QList<int> expected;
        for (int gid = 0; gid < glyphs; ++gid)
            expected.append(gid);
        if (glyphs <= 0 || set != expected)
            problems << it.key() + QStringLiteral(": CIDSet does not match the font program");
        ++checked;
    }
    if (checked == 0)
        problems << QStringLiteral("no CID font descriptor with a CIDSet to check");
}

QStringList pdfaProblems(const PdfTestSupport &files, const QByteArray &pdf)
{
    QStringList problems;
    const QString path = files.write(QStringLiteral("check.pdf"), pdf);
    const QJsonObject objects = FacturXTestSupport::objects(FacturXTestSupport::qpdfJson(path));
    if (objects.isEmpty())
        return {QStringLiteral("qpdf --json failed")};
    for (auto it = objects.begin(); it != objects.end(); ++it)
        inspect(it.value(), it.key(), problems);

    // File structure: a header with a binary comment, an end-of-line before each endstream.
    if (!pdf.startsWith("%PDF-1.7\n%"))
        problems << QStringLiteral("header");
    const QByteArray comment = pdf.mid(9, pdf.indexOf('\n', 9) - 9);
    if (std::count_if(comment.begin(), comment.end(), [](char c) { return uchar(c) > 127; }) < 4)
        problems << QStringLiteral("no binary comment after the header");
    for (qsizetype at = pdf.indexOf("endstream"); at >= 0; at = pdf.indexOf("endstream", at + 1)) {
        if (pdf.at(at - 1) != '\n' && pdf.at(at - 1) != '\r')
            problems << QStringLiteral("endstream without an end-of-line before it at %1").arg(at);
    }

    // Trailer /ID, output intent with its ICC profile, an unfiltered XMP stream.
    const QJsonObject trailer
        = objects.value(QStringLiteral("trailer")).toObject().value(QStringLiteral("value")).toObject();
    if (trailer.value(QStringLiteral("/ID")).toArray().size() != 2)
        problems << QStringLiteral("no /ID");
    const QJsonObject catalog
        = FacturXTestSupport::dictionary(objects, trailer.value(QStringLiteral("/Root")).toString());
    const QJsonArray intents = catalog.value(QStringLiteral("/OutputIntents")).toArray();
    const QJsonObject intent = intents.at(0).isString()
        ? FacturXTestSupport::dictionary(objects, intents.at(0).toString())
        : intents.at(0).toObject();
    if (intents.size() != 1 || intent.value(QStringLiteral("/S")).toString() != QLatin1String("/GTS_PDFA1"))
        problems << QStringLiteral("no PDF/A output intent");
    const QJsonObject icc
        = FacturXTestSupport::dictionary(objects, intent.value(QStringLiteral("/DestOutputProfile")).toString());
    if (icc.value(QStringLiteral("/N")).toInt() != 3)
        problems << QStringLiteral("no RGB output profile");
    const QJsonObject metadata
        = FacturXTestSupport::dictionary(objects, catalog.value(QStringLiteral("/Metadata")).toString());
    if (metadata.value(QStringLiteral("/Subtype")).toString() != QLatin1String("/XML")
        || metadata.contains(QStringLiteral("/Filter")))
        problems << QStringLiteral("XMP stream missing or filtered");

    checkCidSets(path, objects, problems);

    // Every font embedded.
    const QStringList fonts = PdfTestSupport::fonts(path).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    if (fonts.isEmpty())
        problems << QStringLiteral("no fonts");
    for (const QString &row : fonts) {
        const QStringList columns = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (columns.size() < 7 || columns.at(columns.size() - 5) != QLatin1String("yes"))
            problems << QStringLiteral("font not embedded: ") + row;
    }
    return problems;
}
} // namespace

TEST_CASE("a Factur-X PDF keeps to the PDF/A-3b rules that can be checked without veraPDF", "[facturx]")
{
    PdfTestSupport files;
    DocumentTemplate style;
    SECTION("an invoice with the payment QR code")
    { }
    SECTION("an invoice with a logo that has an alpha channel")
    {
        style.logo = logoPng();
    }

    const PrintedDocument document = SampleDocuments::invoice(QStringLiteral("de"));
    const QByteArray pdf = facturX(document, style);
    const QStringList problems = pdfaProblems(files, pdf);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());

    // The checker itself finds what it looks for: a plain PDF has no output intent and no
    // binary header comment; a PDF/A-1b from QPdfWriter says "%PDF-1.4".
    auto plain = DocumentRenderer::renderToPdf(document, style);
    REQUIRE(plain.ok());
    const QStringList plainProblems = pdfaProblems(files, plain.value());
    CHECK(plainProblems.contains(QStringLiteral("no PDF/A output intent")));
    CHECK(plainProblems.contains(QStringLiteral("header")));
}

TEST_CASE("a long invoice stays a valid Factur-X PDF over several pages", "[facturx]")
{
    PdfTestSupport files;
    const PrintedDocument document = SampleDocuments::longInvoice(120);
    const QByteArray pdf = facturX(document, DocumentTemplate());
    const QString path = files.write(QStringLiteral("long.pdf"), pdf);
    CHECK(PdfTestSupport::pageCount(path) > 2);
    const QStringList problems = pdfaProblems(files, pdf);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("the same inputs give the same Factur-X bytes", "[facturx]")
{
    const PrintedDocument document = SampleDocuments::invoice(QStringLiteral("fr"));
    const DocumentTemplate style;
    QByteArray pdfA1b;
    const QByteArray first = facturX(document, style, &pdfA1b);
    auto again = FacturXPdf::make(pdfA1b, FacturXTestSupport::sampleCii(), FacturXTestSupport::metadataFor(document));
    REQUIRE(again.ok());
    CHECK(again.value() == first);

    // Rendered again a second later (QPdfWriter stamps its own creation time and a random
    // document id into the PDF/A-1b): the Factur-X PDF takes its dates and /ID from the
    // inputs only, so it is still the same file.
    QThread::msleep(1100);
    QByteArray laterA1b;
    const QByteArray later = facturX(document, style, &laterA1b);
    CHECK(laterA1b != pdfA1b);
    CHECK(later == first);

    // A different XML, date or profile gives a different file.
    FacturXMetadata meta = FacturXTestSupport::metadataFor(document);
    meta.issueDate = meta.issueDate.addDays(1);
    auto otherDate = FacturXPdf::make(pdfA1b, FacturXTestSupport::sampleCii(), meta);
    REQUIRE(otherDate.ok());
    CHECK(otherDate.value() != first);
}
