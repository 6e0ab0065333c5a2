#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

class Ledger;
class QPrinter;
class QWidget;

// Print, print preview and PDF export of an invoice or credit note, for any window: each goes
// through DocumentPdfService, so a posted document is archived the first time it leaves the
// program and every print or export is an audit event. The dialogs are modal; failures are
// shown in a message box and returned.
//
//   connect(printButton, &QPushButton::clicked, this, [this] {
//       PrintActions::print(this, m_session.ledger(), m_document.id);
//   });
class PrintActions
{
    Q_DECLARE_TR_FUNCTIONS(PrintActions)
public:
    // The print dialog, then the print. Choosing "print to file (PDF)" there is an export: the
    // archived PDF's bytes are written to that file.
    static Status print(QWidget *parent, Ledger &ledger, qint64 documentId);
    // The print preview (the archived pages when there are some); printing from it records the
    // print like print() does. Only looking records nothing.
    static Status preview(QWidget *parent, Ledger &ledger, qint64 documentId);
    // A save dialog, then the PDF (the archived bytes for a posted document) written there.
    static Status exportPdf(QWidget *parent, Ledger &ledger, qint64 documentId, const QString &folder = {});

    // The non-modal part of print(): `printer` is set up (by a dialog or by the caller). A PDF
    // file printer gets the export; any other printer records the print and is painted.
    static Status printTo(QPrinter &printer, Ledger &ledger, qint64 documentId);
    // After a print preview printed on `printer` (which painted the pages already).
    static Status recordPreviewPrint(QPrinter &printer, Ledger &ledger, qint64 documentId);
    // Whether a print preview that closed as `accepted` printed anything: it also closes so when
    // the file dialog it opens for a PDF printer was cancelled, and nothing was printed then.
    static bool printedFromPreview(bool accepted, const QPrinter &printer);
    // "INV-2026-00012.pdf", "Draft-invoice-17.pdf".
    static QString suggestedFileName(Ledger &ledger, qint64 documentId);

private:
    static Status report(QWidget *parent, const Status &status);
    // "Print to file (PDF)": an export of the archived bytes rather than a print.
    static bool isFileExport(const QPrinter &printer);
};
