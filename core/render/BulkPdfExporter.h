#pragma once

#include "DocumentPdfService.h"
#include "DocumentRepository.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

class Ledger;

// What a bulk export did.
struct BulkPdfSummary
{
    int total = 0; // documents asked for
    int exported = 0; // documents written (and recorded)
    bool cancelled = false; // stopped by the progress callback
    QStringList files; // folder export: the files written, in order
    QString combinedFile; // combined export: the file written (empty when cancelled)
    QStringList failures; // folder export: "INV-2026-00003: <why>" for documents not written
};

// Exports many invoices and credit notes at once: a selection of ids, or those a filter finds
// (e.g. every posted invoice issued in a month), to a folder of PDFs named by number or to one
// combined PDF. Each document goes through DocumentPdfService as an export: archived the first
// time, recorded as an "export" audit event.
//
// - Folder: each document is written and recorded on its own (its file and its audit event
//   together); a document that fails is listed in `failures` and the others go on.
//   Cancelling stops before the next document: what was written stays written and recorded.
// - Combined: one PDF with every document one after the other, painted from the same data as
//   its archived PDF (see DocumentPdfService: the archive holds one PDF per document; the
//   combined file is a convenience copy for printing or the accountant). All archiving and
//   audit events are committed together once the file is written; cancelled or failed, nothing
//   is written and nothing recorded.
//
// The progress callback is called before each document with (done, total, its name) and once
// at the end with (total, total, {}); returning false cancels. It runs on the caller's thread.
class BulkPdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(BulkPdfExporter)
public:
    using Progress = std::function<bool(int done, int total, const QString &current)>;

    explicit BulkPdfExporter(Ledger &ledger)
        : m_ledger(ledger)
        , m_pdfs(ledger)
    { }

    // Posted documents issued in that month (invoices and credit notes unless a type is given).
    static DocumentFilter monthFilter(int year, int month, std::optional<DocumentType> type = std::nullopt);
    // "2026-03" → the month's filter; refuses anything else.
    static Result<DocumentFilter> monthFilter(
        const QString &yearMonth, std::optional<DocumentType> type = std::nullopt);
    // The posted documents a filter finds (drafts never), in number order.
    Result<QList<qint64>> select(const DocumentFilter &filter) const;

    Result<BulkPdfSummary> exportToFolder(
        const QList<qint64> &documentIds, const QString &folder, const Progress &progress = {});
    Result<BulkPdfSummary> exportCombined(
        const QList<qint64> &documentIds, const QString &filePath, const Progress &progress = {});

private:
    Ledger &m_ledger;
    DocumentPdfService m_pdfs;
};
