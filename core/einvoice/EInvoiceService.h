#pragma once

#include "DocumentPdfService.h"
#include "EInvoiceArchiveRepository.h"
#include "EInvoiceFormat.h"
#include "EInvoiceMapper.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

class Ledger;

// What an e-invoice is wanted for. Export and Send archive it and record the audit event
// "einvoice_export" (with the use); Preview records nothing.
enum class EInvoiceUse { Preview, Export, Send };

// A posted document's e-invoice as it leaves (or would leave) the program.
struct EInvoiceOutput
{
    QByteArray bytes; // the XML (UBL or CII), or the Factur-X PDF
    QString fileName; // "INV-2026-00012.xml", "INV-2026-00012.pdf" (Factur-X)
    QString sha256; // lower-case hex SHA-256 of `bytes`
    EInvoiceFormat format = EInvoiceFormat::None;
    bool fromArchive = false; // the stored bytes of an earlier output in this format
};

// E-invoices of posted invoices and credit notes (core/einvoice/README.md), with an archive like
// the PDF's (DESIGN.md): the first output of a document in a format is stored with its SHA-256 in
// the same transaction as its audit event; every later output in that format returns exactly
// those bytes, whatever changed since (customer, company, amounts paid). Before the first output
// EInvoiceCheck runs on the document as frozen at posting: a refusal names what is missing and
// changes nothing.
//
// Factur-X and the PDF archive. A document has one archived PDF (document_archive) and, once
// exported as Factur-X, one archived Factur-X PDF (einvoice_archive, format "facturx"). The
// Factur-X pages are painted from the archived PDF's own render state (template, amounts paid and
// credited); if the document has no archived PDF yet, the plain PDF is archived in the same
// transaction from the same render state. So the Factur-X PDF and the archived PDF always show
// the same pages, and the archived PDF (what Print, Export and Send of the PDF give) is never
// replaced.
//
//   EInvoiceService einvoices(ledger);
//   Result<EInvoiceOutput> xml = einvoices.output(id, EInvoiceFormat::Peppol, EInvoiceUse::Send);
class EInvoiceService
{
    Q_DECLARE_TR_FUNCTIONS(EInvoiceService)
public:
    explicit EInvoiceService(Ledger &ledger)
        : m_ledger(ledger)
    { }

    Result<EInvoiceOutput> output(qint64 documentId, EInvoiceFormat format, EInvoiceUse use);
    // What the document (a draft too) lacks for the format, in the user's words; empty when it
    // can be written (or is archived in that format already). A document that cannot be read
    // gives its error as the one entry.
    QStringList missing(qint64 documentId, EInvoiceFormat format);
    // Export to a file: the archiving and the audit event are committed only once the file is
    // written (atomically: an existing file is replaced whole or not at all).
    Result<EInvoiceOutput> exportToFile(qint64 documentId, EInvoiceFormat format, const QString &filePath);

    // The e-invoices archived for the document (format, SHA-256, file name, when, by whom; without
    // the bytes), oldest first: what the history shows.
    Result<QList<EInvoiceArchiveEntry>> archived(qint64 documentId);
    // The e-invoice model of a document (posted: as frozen; draft: with the live parties).
    Result<EInvoice> model(qint64 documentId);
    // "INV-2026-00012.xml", or ".pdf" for Factur-X.
    static QString fileNameFor(const Document &document, EInvoiceFormat format);

private:
    struct Prepared
    {
        Document document;
        EInvoiceOutput out;
        std::optional<DocumentPdfService::Prepared> pdf; // Factur-X: the plain PDF to archive
        bool toArchive = false;
    };
    Result<Prepared> prepare(qint64 documentId, EInvoiceFormat format, EInvoiceUse use);
    Status record(Prepared &prepared, EInvoiceUse use, const QJsonObject &extraDetails = {});
    Result<EInvoiceMapper::Credited> creditedOf(const Document &document);

    Ledger &m_ledger;
};
