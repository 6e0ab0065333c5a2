#pragma once

#include "FacturXPdf.h"
#include "PrintedDocument.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// What the Factur-X tests and the benchmark share: the sample CII XML and the metadata of a
// printed document, and a reader for `qpdf --json`.
class FacturXTestSupport
{
public:
    // ../shared/einvoice/examples/CII_example1.xml (an official EN 16931 example); when the
    // shared folder is absent, a small CII invoice written here. source (optional) says which.
    static QByteArray sampleCii(QString *source = nullptr);
    static FacturXMetadata metadataFor(const PrintedDocument &document);

    // `qpdf --json` of the file, parsed (empty object if qpdf failed).
    static QJsonObject qpdfJson(const QString &pdf);
    // The objects of that JSON ("obj:12 0 R" → {"value": ...} or {"stream": {"dict": ...}}),
    // and one object's dictionary (a stream's dict, or the value itself) by its "12 0 R".
    static QJsonObject objects(const QJsonObject &json);
    static QJsonObject dictionary(const QJsonObject &objects, const QString &reference);
};
