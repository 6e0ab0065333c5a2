#pragma once

#include "Ledger.h"
#include "ReminderOutboxDispatcher.h"

#include <QCoreApplication>
#include <QList>

class QWidget;

// The formal reminder letter (issue 6): one customer's overdue invoices with what is due on
// each, at a reminder level, painted by the document renderer (PrintedDocumentMapper::reminder,
// the company's document template). Printed through the print dialog (which can also print to
// a PDF file), or made as PDF bytes to save or attach.
class ReminderLetterPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ReminderLetterPrinter)
public:
    static Result<QByteArray> pdf(Ledger &ledger, qint64 customerId, const QList<qint64> &invoiceIds, int level);
    // Asks for a printer and prints; a cancelled dialog is not an error.
    static Status print(Ledger &ledger, QWidget *parent, qint64 customerId, const QList<qint64> &invoiceIds, int level);
    // For email reminders: the letter of the reminded invoice as "Reminder-<number>.pdf".
    static ReminderOutboxDispatcher::Attachments attachments(Ledger &ledger);
};
