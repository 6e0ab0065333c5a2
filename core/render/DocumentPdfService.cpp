#include "DocumentPdfService.h"

#include "AtomicFile.h"
#include "DocumentRenderer.h"
#include "DocumentTemplateService.h"
#include "Ledger.h"
#include "PrintedDocumentMapper.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {
QString renderStateOf(const DocumentTemplate &style, const PrintedDocument &printed)
{
    const QJsonObject state {{QStringLiteral("template"), DocumentTemplateService::toJson(style)},
        {QStringLiteral("amount_paid"), printed.amountPaid},
        {QStringLiteral("amount_credited"), printed.amountCredited}};
    return QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact));
}

QString actionOf(PdfUse use)
{
    return use == PdfUse::Print ? QStringLiteral("print") : QStringLiteral("export");
}
} // namespace

QString DocumentPdfService::sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString DocumentPdfService::fileNameFor(const QString &title)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|#%\\s\\x00-\\x1f]+"));
    QString name = title.trimmed();
    name.replace(unsafe, QStringLiteral("-"));
    while (name.startsWith(QLatin1Char('-')) || name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("document");
    return name + QStringLiteral(".pdf");
}

QString DocumentPdfService::fileNameFor(const Document &document)
{
    return fileNameFor(document.isDraft() ? document.displayName() : document.number);
}

Result<DocumentTemplate> DocumentPdfService::currentTemplate()
{
    return DocumentTemplateService(m_ledger.context(), m_ledger.audit()).load();
}

Result<ArchivedPdf> DocumentPdfService::render(const PrintedDocument &document, const QString &title)
{
    auto style = currentTemplate();
    if (!style)
        return style.error();
    auto bytes = DocumentRenderer::renderToPdf(document, style.value());
    if (!bytes)
        return bytes.error();
    ArchivedPdf pdf;
    pdf.pdf = std::move(bytes).value();
    pdf.sha256 = sha256Hex(pdf.pdf);
    pdf.fileName = fileNameFor(title);
    return pdf;
}

Result<std::optional<PdfArchiveEntry>> DocumentPdfService::archived(qint64 documentId)
{
    return PdfArchiveRepository(m_ledger.database()).find(documentId);
}

Result<DocumentPdfService::Printable> DocumentPdfService::printable(qint64 documentId)
{
    LedgerContext &ctx = m_ledger.context();
    auto document = ctx.documents.find(documentId);
    if (!document)
        return document.error();
    Printable p;
    p.document = std::move(document).value();
    auto printed = PrintedDocumentMapper(ctx).document(p.document);
    if (!printed)
        return printed.error();
    p.printed = std::move(printed).value();
    std::optional<PdfArchiveEntry> entry;
    if (!p.document.isDraft()) {
        auto found = archived(documentId);
        if (!found)
            return found.error();
        entry = found.value();
    }
    if (!entry) {
        auto style = currentTemplate();
        if (!style)
            return style.error();
        p.style = style.value();
        return p;
    }
    // Painted again exactly as archived: the archive's template and amounts, the frozen rest.
    const QJsonObject state = QJsonDocument::fromJson(entry->renderState.toUtf8()).object();
    p.style = DocumentTemplateService::fromJson(state.value(QLatin1String("template")).toObject());
    p.printed.amountPaid = state.value(QLatin1String("amount_paid")).toInteger(p.printed.amountPaid);
    p.printed.amountCredited = state.value(QLatin1String("amount_credited")).toInteger(p.printed.amountCredited);
    p.archived = true;
    return p;
}

Result<DocumentPdfService::Prepared> DocumentPdfService::prepare(qint64 documentId, PdfUse use)
{
    auto source = printable(documentId);
    if (!source)
        return source.error();
    Prepared prepared;
    prepared.printable = std::move(source).value();
    const Document &document = prepared.printable.document;
    if (prepared.printable.archived) {
        auto entry = archived(documentId);
        if (!entry)
            return entry.error();
        if (entry->has_value()) {
            prepared.pdf.pdf = entry->value().pdf;
            prepared.pdf.sha256 = entry->value().sha256;
            prepared.pdf.fileName = entry->value().fileName;
            prepared.pdf.fromArchive = true;
            return prepared;
        }
    }
    auto bytes = DocumentRenderer::renderToPdf(prepared.printable.printed, prepared.printable.style);
    if (!bytes)
        return bytes.error().prefixed(document.displayName());
    prepared.pdf.pdf = std::move(bytes).value();
    prepared.pdf.sha256 = sha256Hex(prepared.pdf.pdf);
    prepared.pdf.fileName = fileNameFor(document);
    prepared.toArchive = !document.isDraft() && use != PdfUse::Preview;
    if (prepared.toArchive)
        prepared.renderState = renderStateOf(prepared.printable.style, prepared.printable.printed);
    return prepared;
}

Status DocumentPdfService::record(Prepared &prepared, PdfUse use, const QJsonObject &extraDetails)
{
    const bool audited = use == PdfUse::Print || use == PdfUse::Export;
    if (!prepared.toArchive && !audited)
        return {};
    LedgerContext &ctx = m_ledger.context();
    const Document &document = prepared.printable.document;
    Transaction tx(ctx.db);
    FACTURO_TRY(tx.began());
    bool archivedNow = false;
    if (prepared.toArchive) {
        PdfArchiveRepository archive(ctx.db);
        auto existing = archive.find(document.id);
        if (!existing)
            return existing.error();
        if (existing->has_value()) { // archived by another program since prepare(): that copy counts
            prepared.pdf = {existing->value().pdf, existing->value().sha256, existing->value().fileName, true};
        } else {
            PdfArchiveEntry entry {document.id, prepared.pdf.pdf, prepared.pdf.sha256, prepared.pdf.fileName,
                prepared.renderState, ctx.clock.nowUtc(),
                ctx.user.name.isEmpty() ? QStringLiteral("system") : ctx.user.name};
            FACTURO_TRY(archive.insert(entry));
            archivedNow = true;
        }
        prepared.toArchive = false;
    }
    if (audited) {
        QJsonObject details = extraDetails;
        if (document.isDraft())
            details.insert(QStringLiteral("draft"), true);
        else
            details.insert(QStringLiteral("number"), document.number);
        details.insert(QStringLiteral("sha256"), prepared.pdf.sha256);
        details.insert(QStringLiteral("file"), prepared.pdf.fileName);
        details.insert(QStringLiteral("archived"), archivedNow);
        FACTURO_TRY(m_ledger.audit().record(DocumentTypes::key(document.type), document.id, actionOf(use), details));
    }
    return tx.commit();
}

Result<ArchivedPdf> DocumentPdfService::pdfFor(qint64 documentId, PdfUse use)
{
    auto prepared = prepare(documentId, use);
    if (!prepared)
        return prepared.error();
    FACTURO_TRY(record(prepared.value(), use));
    return prepared->pdf;
}

Result<ArchivedPdf> DocumentPdfService::exportToFile(qint64 documentId, const QString &filePath)
{
    auto prepared = prepare(documentId, PdfUse::Export);
    if (!prepared)
        return prepared.error();
    Transaction tx(m_ledger.database());
    FACTURO_TRY(tx.began());
    FACTURO_TRY(record(prepared.value(), PdfUse::Export, {{QStringLiteral("path"), QFileInfo(filePath).fileName()}}));
    AtomicFile file(filePath);
    FACTURO_TRY(file.open());
    if (file.device().write(prepared->pdf.pdf) != prepared->pdf.pdf.size())
        return Error::storage(tr("The PDF could not be written to %1: %2").arg(filePath, file.device().errorString()));
    FACTURO_TRY(file.commit());
    const Status committed = tx.commit();
    if (!committed) {
        if (!file.writesThrough())
            QFile::remove(file.finalPath()); // not recorded, so not exported (a pipe or a device keeps what it took)
        return committed.error();
    }
    return prepared->pdf;
}

Status DocumentPdfService::renderOnto(QPagedPaintDevice &device, qint64 documentId)
{
    auto source = printable(documentId);
    if (!source)
        return source.error();
    return DocumentRenderer::render(device, source->printed, source->style);
}

Result<ArchivedPdf> DocumentPdfService::quotationPdf(qint64 quotationId)
{
    auto printed = PrintedDocumentMapper(m_ledger.context()).quotation(quotationId);
    if (!printed)
        return printed.error();
    const QString title = printed->number.isEmpty() ? tr("Quotation-draft-%1").arg(quotationId) : printed->number;
    return render(printed.value(), title);
}

Result<ArchivedPdf> DocumentPdfService::serviceReportPdf(qint64 orderId)
{
    auto printed = PrintedDocumentMapper(m_ledger.context()).serviceReport(orderId);
    if (!printed)
        return printed.error();
    return render(printed.value(), tr("Service-report-%1").arg(printed->number));
}

Result<ArchivedPdf> DocumentPdfService::reminderPdf(qint64 customerId, const QList<qint64> &invoiceIds, int level)
{
    auto printed = PrintedDocumentMapper(m_ledger.context()).reminder(customerId, invoiceIds, level);
    if (!printed)
        return printed.error();
    return render(printed.value(),
        tr("Reminder-%1-%2-%3")
            .arg(printed->customer.name, printed->issueDate.toString(Qt::ISODate))
            .arg(printed->reminderLevel));
}
