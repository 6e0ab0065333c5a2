#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// The XMP metadata packet of a Factur-X PDF/A-3b: the PDF/A identification (part 3,
// conformance B), Dublin Core title and description, the XMP basic dates and creator tool, the
// PDF producer, the Factur-X properties (fx:) and the PDF/A extension schema that declares them
// (PDF/A allows only declared schemas besides the predefined ones).
// Written with QXmlStreamWriter, so every value is escaped; the output depends on the fields only.
struct FacturXXmp
{
    QString title;
    QString description;
    QString creatorTool;
    QString producer;
    QDateTime created; // xmp:CreateDate, xmp:ModifyDate and xmp:MetadataDate (UTC)
    QString documentFileName = QStringLiteral("factur-x.xml");
    QString conformanceLevel = QStringLiteral("EN 16931");

    static QString namespaceUri() { return QStringLiteral("urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#"); }
    // ISO 8601 with the offset, as XMP wants it: 2026-03-01T09:30:00+00:00.
    static QString xmpDate(const QDateTime &when);
    // The PDF date string of the same instant: D:20260301093000+00'00'.
    static QString pdfDate(const QDateTime &when);

    QByteArray packet() const;
};
