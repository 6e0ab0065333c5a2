#include "FacturXXmp.h"

#include <QBuffer>
#include <QTimeZone>
#include <QXmlStreamWriter>

namespace {
const QString rdfNs = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");

struct ExtensionProperty
{
    const char *name;
    const char *description;
};

// The fx: properties as the Factur-X specification declares them in its extension schema.
constexpr ExtensionProperty fxProperties[] = {
    {"DocumentFileName", "The name of the embedded XML document"},
    {"DocumentType", "The type of the hybrid document in capital letters, e.g. INVOICE or ORDER"},
    {"Version", "The actual version of the standard applying to the embedded XML document"},
    {"ConformanceLevel", "The conformance level of the embedded XML document"},
};

class XmpWriter
{
public:
    explicit XmpWriter(QXmlStreamWriter &xml)
        : m_xml(xml)
    { }

    // <rdf:Description rdf:about="" xmlns:prefix="uri">
    void beginDescription(const QString &prefix, const QString &uri)
    {
        m_xml.writeStartElement(rdfNs, QStringLiteral("Description"));
        m_xml.writeNamespace(uri, prefix);
        m_xml.writeAttribute(rdfNs, QStringLiteral("about"), QString());
    }
    void end() { m_xml.writeEndElement(); }
    void text(const QString &uri, const QString &name, const QString &value)
    {
        m_xml.writeTextElement(uri, name, value);
    }
    // A language alternative with the default language only (dc:title, dc:description).
    void alt(const QString &uri, const QString &name, const QString &value)
    {
        m_xml.writeStartElement(uri, name);
        m_xml.writeStartElement(rdfNs, QStringLiteral("Alt"));
        m_xml.writeStartElement(rdfNs, QStringLiteral("li"));
        m_xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("x-default"));
        m_xml.writeCharacters(value);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }
    void beginResource()
    {
        m_xml.writeStartElement(rdfNs, QStringLiteral("li"));
        m_xml.writeAttribute(rdfNs, QStringLiteral("parseType"), QStringLiteral("Resource"));
    }

private:
    QXmlStreamWriter &m_xml;
};
} // namespace

QString FacturXXmp::xmpDate(const QDateTime &when)
{
    return when.toTimeZone(QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+00:00"));
}

QString FacturXXmp::pdfDate(const QDateTime &when)
{
    return when.toTimeZone(QTimeZone::utc()).toString(QStringLiteral("'D:'yyyyMMddHHmmss+00'''00'''"));
}

QByteArray FacturXXmp::packet() const
{
    const QString pdfaidNs = QStringLiteral("http://www.aiim.org/pdfa/ns/id/");
    const QString dcNs = QStringLiteral("http://purl.org/dc/elements/1.1/");
    const QString xmpNs = QStringLiteral("http://ns.adobe.com/xap/1.0/");
    const QString pdfNs = QStringLiteral("http://ns.adobe.com/pdf/1.3/");
    const QString fxNs = namespaceUri();
    const QString extNs = QStringLiteral("http://www.aiim.org/pdfa/ns/extension/");
    const QString schemaNs = QStringLiteral("http://www.aiim.org/pdfa/ns/schema#");
    const QString propertyNs = QStringLiteral("http://www.aiim.org/pdfa/ns/property#");
    const QString date = xmpDate(created);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter xml(&buffer);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeProcessingInstruction(
        QStringLiteral("xpacket"), QStringLiteral("begin=\"%1\" id=\"W5M0MpCehiHzreSzNTczkc9d\"").arg(QChar(0xFEFF)));
    xml.writeStartElement(QStringLiteral("x:xmpmeta"));
    xml.writeAttribute(QStringLiteral("xmlns:x"), QStringLiteral("adobe:ns:meta/"));
    xml.writeNamespace(rdfNs, QStringLiteral("rdf"));
    xml.writeStartElement(rdfNs, QStringLiteral("RDF"));
    XmpWriter w(xml);

    w.beginDescription(QStringLiteral("pdfaid"), pdfaidNs);
    w.text(pdfaidNs, QStringLiteral("part"), QStringLiteral("3"));
    w.text(pdfaidNs, QStringLiteral("conformance"), QStringLiteral("B"));
    w.end();

    w.beginDescription(QStringLiteral("dc"), dcNs);
    w.text(dcNs, QStringLiteral("format"), QStringLiteral("application/pdf"));
    w.alt(dcNs, QStringLiteral("title"), title);
    if (!description.isEmpty())
        w.alt(dcNs, QStringLiteral("description"), description);
    w.end();

    w.beginDescription(QStringLiteral("xmp"), xmpNs);
    w.text(xmpNs, QStringLiteral("CreatorTool"), creatorTool);
    w.text(xmpNs, QStringLiteral("CreateDate"), date);
    w.text(xmpNs, QStringLiteral("ModifyDate"), date);
    w.text(xmpNs, QStringLiteral("MetadataDate"), date);
    w.end();

    w.beginDescription(QStringLiteral("pdf"), pdfNs);
    w.text(pdfNs, QStringLiteral("Producer"), producer);
    w.end();

    w.beginDescription(QStringLiteral("fx"), fxNs);
    w.text(fxNs, QStringLiteral("DocumentType"), QStringLiteral("INVOICE"));
    w.text(fxNs, QStringLiteral("DocumentFileName"), documentFileName);
    w.text(fxNs, QStringLiteral("Version"), QStringLiteral("1.0"));
    w.text(fxNs, QStringLiteral("ConformanceLevel"), conformanceLevel);
    w.end();

    w.beginDescription(QStringLiteral("pdfaExtension"), extNs);
    xml.writeNamespace(schemaNs, QStringLiteral("pdfaSchema"));
    xml.writeNamespace(propertyNs, QStringLiteral("pdfaProperty"));
    xml.writeStartElement(extNs, QStringLiteral("schemas"));
    xml.writeStartElement(rdfNs, QStringLiteral("Bag"));
    w.beginResource();
    w.text(schemaNs, QStringLiteral("schema"), QStringLiteral("Factur-X PDFA Extension Schema"));
    w.text(schemaNs, QStringLiteral("namespaceURI"), fxNs);
    w.text(schemaNs, QStringLiteral("prefix"), QStringLiteral("fx"));
    xml.writeStartElement(schemaNs, QStringLiteral("property"));
    xml.writeStartElement(rdfNs, QStringLiteral("Seq"));
    for (const ExtensionProperty &property : fxProperties) {
        w.beginResource();
        w.text(propertyNs, QStringLiteral("name"), QLatin1String(property.name));
        w.text(propertyNs, QStringLiteral("valueType"), QStringLiteral("Text"));
        w.text(propertyNs, QStringLiteral("category"), QStringLiteral("external"));
        w.text(propertyNs, QStringLiteral("description"), QLatin1String(property.description));
        w.end();
    }
    xml.writeEndElement(); // rdf:Seq
    xml.writeEndElement(); // pdfaSchema:property
    w.end(); // rdf:li
    xml.writeEndElement(); // rdf:Bag
    xml.writeEndElement(); // pdfaExtension:schemas
    w.end();

    xml.writeEndElement(); // rdf:RDF
    xml.writeEndElement(); // x:xmpmeta
    xml.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("end=\"w\""));
    bytes.append('\n');
    return bytes;
}
