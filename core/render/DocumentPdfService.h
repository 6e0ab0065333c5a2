#pragma once

#include "Document.h"
#include "DocumentTemplate.h"
#include "PdfArchiveRepository.h"
#include "PrintedDocument.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class Ledger;
class QPagedPaintDevice;

// What a PDF is wanted for. Print and Export are audit events ("print", "export"); Send is
// recorded by the outbox ("send"); Preview is not recorded.
enum class PdfUse { Preview, Print, Export, Send };

// A document's PDF as it leaves (or would leave) the program.
struct ArchivedPdf
{
    QByteArray pdf;
    QString sha256; // lower-case hex SHA-256 of `pdf`
    QString fileName; // "INV-2026-00012.pdf", "Draft-invoice-17.pdf"
    bool fromArchive = false; // the stored bytes of an earlier print, export or send
};

// The PDFs of invoices and credit notes, with the archive of DESIGN.md: the first time a
// posted document leaves the program (Print, Export or Send) its PDF is rendered and stored
// with its SHA-256, in the same transaction as the audit event of that use; every later use
// returns exactly those bytes, whatever changed since (template, customer, amounts paid).
//
// - Preview of a posted document shows the archived copy if there is one, else a fresh render
//   that is not archived.
// - Drafts are always rendered fresh (watermarked DRAFT) and never archived; printing or
//   exporting one is still an audit event.
// - Called inside a caller's transaction (the outbox), the archiving is part of it.
//
//   DocumentPdfService pdfs(ledger);
//   Result<ArchivedPdf> pdf = pdfs.pdfFor(invoiceId, PdfUse::Send); // attach pdf->pdf
//
// Printing. A printer (QPrinter, the print preview) cannot be handed PDF bytes: it is painted.
// renderOnto() paints the same frozen document again with what the archived PDF was painted
// with (its template and the amounts paid and credited at that moment, kept with the archive
// as `render_state`), so the printed pages show what the archived PDF shows. It is not a
// rasterised copy of the archived file (that would need a PDF rasteriser in the program and
// print blurred bitmaps); the bytes of the archive remain the reference for export and send,
// and after a change of the renderer itself a printout may differ in layout, never in content.
// Printing to a PDF file is an export (see PrintActions in the GUI).
class DocumentPdfService
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPdfService)
public:
    explicit DocumentPdfService(Ledger &ledger)
        : m_ledger(ledger)
    { }

    Result<ArchivedPdf> pdfFor(qint64 documentId, PdfUse use);
    // Export to a file: the audit event and the archiving are committed only once the file is
    // written (atomically: an existing file is replaced whole or not at all).
    Result<ArchivedPdf> exportToFile(qint64 documentId, const QString &filePath);

    // Paints the document as described above; records nothing. Call pdfFor(id, PdfUse::Print)
    // first when this is a real print (it archives and records the print event).
    Status renderOnto(QPagedPaintDevice &device, qint64 documentId);

    // What renderOnto() paints: the printed document and its template.
    struct Printable
    {
        Document document; // the ledger's document (with its lines)
        PrintedDocument printed;
        DocumentTemplate style;
        bool archived = false; // painted from the archive's render state
    };
    Result<Printable> printable(qint64 documentId);

    // The building blocks of pdfFor, for batches (BulkPdfExporter): prepare() renders the PDF
    // or reads it from the archive and writes nothing; record() archives a prepared PDF that is
    // not archived yet (or takes the one another program archived meanwhile) and records the
    // use, in one transaction (a savepoint of the caller's, if one is open).
    struct Prepared
    {
        Printable printable;
        ArchivedPdf pdf;
        QString renderState;
        bool toArchive = false;
    };
    Result<Prepared> prepare(qint64 documentId, PdfUse use);
    Status record(Prepared &prepared, PdfUse use, const QJsonObject &extraDetails = {});

    // Documents that are not archived: rendered fresh each time with the current template.
    Result<ArchivedPdf> quotationPdf(qint64 quotationId);
    Result<ArchivedPdf> serviceReportPdf(qint64 orderId);
    Result<ArchivedPdf> reminderPdf(qint64 customerId, const QList<qint64> &invoiceIds, int level);

    Result<std::optional<PdfArchiveEntry>> archived(qint64 documentId);

    static QString sha256Hex(const QByteArray &bytes);
    // A file name from a document title: "INV-2026-00012" → "INV-2026-00012.pdf"; characters
    // that are not allowed in file names become '-'.
    static QString fileNameFor(const QString &title);
    // By number; a draft by its display name ("Draft-invoice-17.pdf").
    static QString fileNameFor(const Document &document);

private:
    Result<DocumentTemplate> currentTemplate();
    Result<ArchivedPdf> render(const PrintedDocument &document, const QString &title);

    Ledger &m_ledger;
};
