#include "FacturXDocumentPdf.h"

#include "DocumentRenderer.h"

Result<FacturXMetadata> FacturXDocumentPdf::metadataFor(
    const PrintedDocument &document, const QDateTime &created, const QString &conformanceLevel)
{
    using Kind = PrintedDocument::Kind;
    if (document.kind != Kind::Invoice && document.kind != Kind::CreditNote)
        return Error::invalid(tr("only invoices and credit notes can be Factur-X documents"));
    if (document.draft || document.number.trimmed().isEmpty())
        return Error::invalid(tr("a draft cannot be a Factur-X document: post it first"));
    FacturXMetadata meta;
    meta.title = document.number;
    meta.documentNumber = document.number;
    meta.issueDate = document.issueDate;
    meta.created = created;
    meta.conformanceLevel = conformanceLevel;
    return meta;
}

Result<QByteArray> FacturXDocumentPdf::render(const PrintedDocument &document, const DocumentTemplate &style,
    const QByteArray &ciiXml, const QDateTime &created, const QString &conformanceLevel)
{
    auto meta = metadataFor(document, created, conformanceLevel);
    if (!meta)
        return meta.error();
    auto pdf = DocumentRenderer::renderToPdf(document, style, DocumentRenderer::PdfFormat::PdfA1b);
    if (!pdf)
        return pdf.error();
    return FacturXPdf::make(pdf.value(), ciiXml, meta.value());
}
