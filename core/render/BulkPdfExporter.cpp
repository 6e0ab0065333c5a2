#include "BulkPdfExporter.h"

#include "AtomicFile.h"
#include "DocumentRenderer.h"
#include "Ledger.h"
#include "Transaction.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include <algorithm>

namespace {
bool report(const BulkPdfExporter::Progress &progress, int done, int total, const QString &current)
{
    return !progress || progress(done, total, current);
}

// One PDF holding the documents one after the other, each painted with its own template.
Result<QByteArray> combinedPdf(const QList<DocumentPdfService::Prepared> &documents)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return Error::storage(BulkPdfExporter::tr("the combined PDF could not be written"));
    QPdfWriter writer(&buffer);
    writer.setResolution(1200);
    writer.setCreator(QStringLiteral("Facturo"));
    QStringList titles;
    for (const DocumentPdfService::Prepared &p : documents)
        titles.append(
            p.printable.document.isDraft() ? p.printable.document.displayName() : p.printable.document.number);
    writer.setTitle(titles.join(QStringLiteral(", ")));
    writer.setPageLayout(DocumentRenderer::pageLayout(documents.first().printable.style));
    QPainter painter;
    if (!painter.begin(&writer))
        return Error::storage(BulkPdfExporter::tr("the combined PDF could not be written"));
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const DocumentPdfService::Printable &p = documents.at(i).printable;
        const Status painted = DocumentRenderer::renderOnto(painter, writer, p.printed, p.style, i > 0);
        if (!painted) {
            painter.end();
            return painted.error().prefixed(titles.at(i));
        }
    }
    painter.end();
    return bytes;
}
} // namespace

DocumentFilter BulkPdfExporter::monthFilter(int year, int month, std::optional<DocumentType> type)
{
    DocumentFilter filter;
    filter.type = type;
    filter.statuses = {DocumentStatus::Posted, DocumentStatus::PartiallyPaid, DocumentStatus::Paid,
        DocumentStatus::Credited, DocumentStatus::Refunded};
    filter.issuedFrom = QDate(year, month, 1);
    filter.issuedTo = filter.issuedFrom.addMonths(1).addDays(-1);
    return filter;
}

Result<DocumentFilter> BulkPdfExporter::monthFilter(const QString &yearMonth, std::optional<DocumentType> type)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto match = pattern.match(yearMonth.trimmed());
    const int year = match.hasMatch() ? match.captured(1).toInt() : 0;
    const int month = match.hasMatch() ? match.captured(2).toInt() : 0;
    if (year < 1900 || year > 2999 || month < 1 || month > 12)
        return Error::invalid(tr("\"%1\" is not a month (use YYYY-MM, e.g. 2026-03).").arg(yearMonth));
    return monthFilter(year, month, type);
}

Result<QList<qint64>> BulkPdfExporter::select(const DocumentFilter &filter) const
{
    DocumentFilter f = filter;
    if (f.statuses.isEmpty())
        f.statuses = monthFilter(2000, 1).statuses; // every posted state, never drafts
    f.statuses.removeAll(DocumentStatus::Draft);
    if (f.statuses.isEmpty())
        return QList<qint64>();
    QList<DocumentSummary> rows;
    constexpr qint64 Page = 1000;
    for (qint64 offset = 0;; offset += Page) {
        auto page = m_ledger.context().documents.list(f, offset, Page);
        if (!page)
            return page.error();
        rows += page.value();
        if (page->size() < Page)
            break;
    }
    std::sort(rows.begin(), rows.end(), [](const DocumentSummary &a, const DocumentSummary &b) {
        return a.type != b.type ? a.type < b.type : a.number < b.number;
    });
    QList<qint64> ids;
    for (const DocumentSummary &row : std::as_const(rows))
        ids.append(row.id);
    return ids;
}

Result<BulkPdfSummary> BulkPdfExporter::exportToFolder(
    const QList<qint64> &documentIds, const QString &folder, const Progress &progress)
{
    if (folder.trimmed().isEmpty())
        return Error::invalid(tr("No folder was given for the PDFs."));
    if (!QDir().mkpath(folder))
        return Error::storage(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
    BulkPdfSummary summary;
    summary.total = static_cast<int>(documentIds.size());
    const QDir dir(folder);
    for (int i = 0; i < summary.total; ++i) {
        const qint64 id = documentIds.at(i);
        auto document = m_ledger.context().documents.find(id, false);
        const QString name = document ? document->displayName() : QString::number(id);
        if (!report(progress, i, summary.total, name)) {
            summary.cancelled = true;
            return summary;
        }
        if (!document) {
            summary.failures.append(QStringLiteral("%1: %2").arg(name, document.message()));
            continue;
        }
        const QString path = dir.filePath(DocumentPdfService::fileNameFor(document.value()));
        auto written = m_pdfs.exportToFile(id, path);
        if (!written) {
            summary.failures.append(QStringLiteral("%1: %2").arg(name, written.message()));
            continue;
        }
        summary.files.append(path);
        ++summary.exported;
    }
    report(progress, summary.total, summary.total, {});
    return summary;
}

Result<BulkPdfSummary> BulkPdfExporter::exportCombined(
    const QList<qint64> &documentIds, const QString &filePath, const Progress &progress)
{
    if (documentIds.isEmpty())
        return Error::invalid(tr("There is no document to export."));
    if (filePath.trimmed().isEmpty())
        return Error::invalid(tr("No file was given for the combined PDF."));
    BulkPdfSummary summary;
    summary.total = static_cast<int>(documentIds.size());
    QList<DocumentPdfService::Prepared> prepared;
    for (int i = 0; i < summary.total; ++i) {
        const qint64 id = documentIds.at(i);
        auto document = m_ledger.context().documents.find(id, false);
        if (!document)
            return document.error();
        if (!report(progress, i, summary.total, document->displayName())) {
            summary.cancelled = true;
            return summary;
        }
        auto one = m_pdfs.prepare(id, PdfUse::Export);
        if (!one)
            return one.error();
        prepared.append(std::move(one).value());
    }
    auto bytes = combinedPdf(prepared);
    if (!bytes)
        return bytes.error();

    Transaction tx(m_ledger.database());
    FACTURO_TRY(tx.began());
    const QJsonObject details {{QStringLiteral("combined"), QFileInfo(filePath).fileName()}};
    for (DocumentPdfService::Prepared &p : prepared)
        FACTURO_TRY(m_pdfs.record(p, PdfUse::Export, details));
    AtomicFile file(filePath);
    FACTURO_TRY(file.open());
    if (file.device().write(bytes.value()) != bytes->size())
        return Error::storage(tr("The PDF could not be written to %1: %2").arg(filePath, file.device().errorString()));
    FACTURO_TRY(file.commit());
    const Status committed = tx.commit();
    if (!committed) {
        if (!file.writesThrough())
            QFile::remove(file.finalPath());
        return committed.error();
    }
    summary.exported = summary.total;
    summary.combinedFile = filePath;
    report(progress, summary.total, summary.total, {});
    return summary;
}
