#include "FacturXTestSupport.h"

#include "FacturXDocumentPdf.h"
#include "PdfTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

QByteArray FacturXTestSupport::sampleCii(QString *source)
{
    QFile file(QStringLiteral(FACTURO_SHARED_EINVOICE_DIR "/examples/CII_example1.xml"));
    if (file.open(QIODevice::ReadOnly)) {
        if (source)
            *source = file.fileName();
        return file.readAll();
    }
    if (source)
        *source = QStringLiteral("built-in");
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<rsm:CrossIndustryInvoice xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\"\n"
        " xmlns:ram=\"urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100\"\n"
        " xmlns:udt=\"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100\">\n"
        " <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>"
        "<ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>"
        "</rsm:ExchangedDocumentContext>\n"
        " <rsm:ExchangedDocument><ram:ID>INV-2024-00042</ram:ID><ram:TypeCode>380</ram:TypeCode>"
        "<ram:IssueDateTime><udt:DateTimeString format=\"102\">20240312</udt:DateTimeString></ram:IssueDateTime>"
        "</rsm:ExchangedDocument>\n"
        "</rsm:CrossIndustryInvoice>\n");
}

FacturXMetadata FacturXTestSupport::metadataFor(const PrintedDocument &document)
{
    auto meta = FacturXDocumentPdf::metadataFor(document);
    return meta.ok() ? meta.value() : FacturXMetadata();
}

QJsonObject FacturXTestSupport::qpdfJson(const QString &pdf)
{
    int exitCode = -1;
    const QByteArray out = PdfTestSupport::run(QStringLiteral("qpdf"), {QStringLiteral("--json"), pdf}, &exitCode);
    if (exitCode != 0)
        return {};
    return QJsonDocument::fromJson(out).object();
}

QJsonObject FacturXTestSupport::objects(const QJsonObject &json)
{
    // qpdf's JSON v2: "qpdf": [ {header}, { "obj:1 0 R": ..., "trailer": ... } ]
    return json.value(QStringLiteral("qpdf")).toArray().at(1).toObject();
}

QJsonObject FacturXTestSupport::dictionary(const QJsonObject &objects, const QString &reference)
{
    const QJsonObject object = objects.value(QStringLiteral("obj:") + reference).toObject();
    if (object.contains(QStringLiteral("stream")))
        return object.value(QStringLiteral("stream")).toObject().value(QStringLiteral("dict")).toObject();
    return object.value(QStringLiteral("value")).toObject();
}
