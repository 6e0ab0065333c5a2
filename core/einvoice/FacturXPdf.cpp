#include "FacturXPdf.h"

#include "FacturXModule.h"

#include <QXmlStreamReader>

namespace {
// The XML must be a well-formed CII invoice: rsm:CrossIndustryInvoice as its root.
Status checkCii(const QByteArray &xml)
{
    if (xml.trimmed().isEmpty())
        return Error::invalid(FacturXPdf::tr("the invoice XML is empty"));
    QXmlStreamReader reader(xml);
    bool rootSeen = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && !rootSeen) {
            rootSeen = true;
            if (reader.name() != QLatin1String("CrossIndustryInvoice")
                || reader.namespaceUri()
                    != QLatin1String("urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"))
                return Error::invalid(
                    FacturXPdf::tr("the invoice XML is not a Cross Industry Invoice (its root element is %1)")
                        .arg(reader.qualifiedName().toString()));
        }
    }
    if (reader.hasError())
        return Error::invalid(FacturXPdf::tr("the invoice XML is not well-formed (line %1: %2)")
                                  .arg(reader.lineNumber())
                                  .arg(reader.errorString()));
    if (!rootSeen)
        return Error::invalid(FacturXPdf::tr("the invoice XML has no root element"));
    return {};
}

} // namespace

QString FacturXPdf::afRelationship(const QString &conformanceLevel)
{
    // Factur-X 1.0.07 (ZUGFeRD 2.3) on the XML's file specification: /AFRelationship is Data,
    // Source or Alternative, and must be Data for MINIMUM and BASIC WL, which are not full
    // invoices (the PDF is the invoice; the XML only carries data taken from it). For BASIC,
    // EN 16931 and EXTENDED the XML is the whole invoice, an equivalent representation of what
    // the PDF shows, which is what Alternative means (ISO 32000-2, 14.13.2), and the value the
    // specification advises when the XML is used as the legal (French or German) invoice.
    if (conformanceLevel == QLatin1String("MINIMUM") || conformanceLevel == QLatin1String("BASIC WL"))
        return QStringLiteral("Data");
    if (conformanceLevel == QLatin1String("BASIC") || conformanceLevel == QLatin1String("EN 16931")
        || conformanceLevel == QLatin1String("EXTENDED"))
        return QStringLiteral("Alternative");
    return {};
}

Result<QByteArray> FacturXPdf::make(const QByteArray &pdfA1b, const QByteArray &ciiXml, const FacturXMetadata &metadata)
{
    if (!pdfA1b.startsWith("%PDF-"))
        return Error::invalid(tr("the file is not a PDF (it does not begin with %PDF-)"));
    const QString relationship = afRelationship(metadata.conformanceLevel);
    if (relationship.isEmpty())
        return Error::invalid(tr("unknown Factur-X profile \"%1\" (MINIMUM, BASIC WL, BASIC, EN 16931 or EXTENDED)")
                                  .arg(metadata.conformanceLevel));
    if (!metadata.created.isValid() && !metadata.issueDate.isValid())
        return Error::invalid(tr("the invoice has no issue date for the PDF's dates"));
    if (metadata.title.isEmpty() && metadata.documentNumber.isEmpty())
        return Error::invalid(tr("the PDF needs a title or a document number"));
    const Status cii = checkCii(ciiXml);
    if (!cii)
        return cii.error();

    // The PDF itself is read and written by libqpdf, in the module loaded on first use.
    return FacturXModule::embed(pdfA1b, ciiXml, metadata, relationship);
}
