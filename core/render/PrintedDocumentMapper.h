#pragma once

#include "Document.h"
#include "LedgerContext.h"
#include "PrintedDocument.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

// Fills a PrintedDocument from the ledger: the one place that decides what a printed document
// says. The renderer then paints it as given.
//
// - A posted invoice or credit note is printed from what posting froze: its number, dates,
//   lines, tax breakdown and totals, and the seller, customer, bank details and payment terms
//   of its `snapshot`. The live customer and company are never read for it, so editing them
//   later does not change the document. Only the amounts paid and credited are "as of now".
// - A draft is printed from the live company and customer, dated today with the due date its
//   terms give, and watermarked DRAFT; its totals are computed from its lines.
// - A credit note names the invoice it credits (number and issue date); its reason is printed
//   above the lines.
// - Printed notes are printed; internal notes never are.
// - Quotations, service-order reports and reminder letters are printed from live data (they
//   are not frozen documents); see each function.
class PrintedDocumentMapper
{
    Q_DECLARE_TR_FUNCTIONS(PrintedDocumentMapper)
public:
    explicit PrintedDocumentMapper(LedgerContext &context)
        : m_ctx(context)
    { }

    // An invoice or a credit note, posted or draft.
    Result<PrintedDocument> document(qint64 documentId) const;
    Result<PrintedDocument> document(const Document &document) const;

    // A quotation with its lines and totals, cover text (description) and printed notes; one
    // without a number yet (never sent) prints as a draft.
    Result<PrintedDocument> quotation(qint64 quotationId) const;

    // A service-order report: site, work ordered, work carried out, time entries and parts
    // with their amounts, and the customer's sign-off (name, time, signature image). Dated the
    // day the order was completed (today while it is not).
    Result<PrintedDocument> serviceReport(qint64 orderId) const;

    // A payment reminder letter to one customer, dated today, listing the given posted invoices
    // of that customer with what is still due on each and the days overdue as of today.
    // Refuses an invoice of another customer, a draft, a credit note or one with nothing due.
    Result<PrintedDocument> reminder(qint64 customerId, const QList<qint64> &invoiceIds, int level) const;

    static PrintedDocument::Line lineOf(const DocumentLine &line);

private:
    LedgerContext &m_ctx;
};
