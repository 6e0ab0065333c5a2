#pragma once

#include "DocumentTemplate.h"
#include "FacturXPdf.h"
#include "PrintedDocument.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

// The Factur-X PDF of a posted invoice or credit note in one call, for the archive: the
// renderer paints it as PDF/A-1b, FacturXPdf embeds the CII XML made from the same document.
//
//   Result<QByteArray> pdf = FacturXDocumentPdf::render(printed, style, ciiXml, postedAt);
//
// `created` is the moment the PDF stands for (the posting time, kept with the document): the
// PDF's dates are taken from it (or from the issue date when it is invalid), never from the
// clock, so that the archive can make the same bytes again.
class FacturXDocumentPdf
{
    Q_DECLARE_TR_FUNCTIONS(FacturXDocumentPdf)
public:
    // Title and number = the document's number, issue date, profile. Refuses drafts and
    // documents that are not invoices or credit notes.
    static Result<FacturXMetadata> metadataFor(const PrintedDocument &document, const QDateTime &created = {},
        const QString &conformanceLevel = QStringLiteral("EN 16931"));
    static Result<QByteArray> render(const PrintedDocument &document, const DocumentTemplate &style,
        const QByteArray &ciiXml, const QDateTime &created = {},
        const QString &conformanceLevel = QStringLiteral("EN 16931"));
};
