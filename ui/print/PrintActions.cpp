#include "PrintActions.h"

#include "DocumentPdfService.h"
#include "Ledger.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

Status PrintActions::report(QWidget *parent, const Status &status)
{
    if (!status)
        QMessageBox::warning(parent, tr("Printing"), status.message());
    return status;
}

QString PrintActions::suggestedFileName(Ledger &ledger, qint64 documentId)
{
    auto document = ledger.context().documents.find(documentId, false);
    if (!document)
        return DocumentPdfService::fileNameFor(QString::number(documentId));
    return DocumentPdfService::fileNameFor(document.value());
}

Status PrintActions::printTo(QPrinter &printer, Ledger &ledger, qint64 documentId)
{
    // Archive (first time) and record the print before the pages go out; a PDF file gets the
    // archived bytes and nothing is painted.
    FACTURO_TRY(recordPreviewPrint(printer, ledger, documentId));
    if (isFileExport(printer))
        return {};
    return DocumentPdfService(ledger).renderOnto(printer, documentId);
}

Status PrintActions::recordPreviewPrint(QPrinter &printer, Ledger &ledger, qint64 documentId)
{
    DocumentPdfService pdfs(ledger);
    if (isFileExport(printer)) {
        // Whatever was painted into the file (a preview's fresh copy) is replaced by the archived one.
        auto exported = pdfs.exportToFile(documentId, printer.outputFileName());
        if (!exported)
            return exported.error();
        return {};
    }
    auto recorded = pdfs.pdfFor(documentId, PdfUse::Print);
    if (!recorded)
        return recorded.error();
    return {};
}

bool PrintActions::isFileExport(const QPrinter &printer)
{
    return printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty();
}

Status PrintActions::print(QWidget *parent, Ledger &ledger, qint64 documentId)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(suggestedFileName(ledger, documentId));
    QPrintDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("documentPrintDialog"));
    dialog.setWindowTitle(tr("Print %1").arg(printer.docName()));
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return report(parent, printTo(printer, ledger, documentId));
}

Status PrintActions::preview(QWidget *parent, Ledger &ledger, qint64 documentId)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(suggestedFileName(ledger, documentId));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("documentPrintPreviewDialog"));
    Status painted;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
        [&](QPrinter *target) { painted = DocumentPdfService(ledger).renderOnto(*target, documentId); });
    const bool printed = printedFromPreview(dialog.exec() == QDialog::Accepted, printer);
    if (!painted)
        return report(parent, painted);
    if (!printed)
        return {};
    return report(parent, recordPreviewPrint(printer, ledger, documentId));
}

bool PrintActions::printedFromPreview(bool accepted, const QPrinter &printer)
{
    return accepted && (printer.outputFormat() == QPrinter::NativeFormat || !printer.outputFileName().isEmpty());
}

Status PrintActions::exportPdf(QWidget *parent, Ledger &ledger, qint64 documentId, const QString &folder)
{
    const QString start
        = QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(suggestedFileName(ledger, documentId));
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export PDF"), start, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return {};
    auto exported = DocumentPdfService(ledger).exportToFile(documentId, path);
    if (!exported)
        return report(parent, exported.error());
    return {};
}
