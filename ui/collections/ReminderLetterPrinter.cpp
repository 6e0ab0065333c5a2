#include "ReminderLetterPrinter.h"

#include "DocumentPdfService.h"
#include "DocumentRenderer.h"
#include "DocumentTemplateService.h"
#include "PrintedDocumentMapper.h"

#include <QPrintDialog>
#include <QPrinter>

Result<QByteArray> ReminderLetterPrinter::pdf(
    Ledger &ledger, qint64 customerId, const QList<qint64> &invoiceIds, int level)
{
    DocumentPdfService pdfs(ledger);
    auto letter = pdfs.reminderPdf(customerId, invoiceIds, level);
    if (!letter)
        return letter.error();
    return letter->pdf;
}

Status ReminderLetterPrinter::print(
    Ledger &ledger, QWidget *parent, qint64 customerId, const QList<qint64> &invoiceIds, int level)
{
    auto printed = PrintedDocumentMapper(ledger.context()).reminder(customerId, invoiceIds, level);
    if (!printed)
        return printed.error();
    auto style = DocumentTemplateService(ledger.context(), ledger.audit()).load();
    if (!style)
        return style.error();
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Reminder to %1").arg(printed->customer.name));
    QPrintDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("reminderLetterPrintDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return DocumentRenderer::render(printer, printed.value(), style.value());
}

ReminderOutboxDispatcher::Attachments ReminderLetterPrinter::attachments(Ledger &ledger)
{
    return [&ledger](const ReminderRecord &reminder, const ReminderCandidate &invoice) -> Result<QList<MailAttachment>> {
        auto letter = pdf(ledger, invoice.customerId, {invoice.documentId}, reminder.level);
        if (!letter)
            return letter.error();
        return QList<MailAttachment>{
            {tr("Reminder-%1.pdf").arg(invoice.number), QStringLiteral("application/pdf"), letter.value()}};
    };
}
