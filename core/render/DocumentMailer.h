#pragma once

#include "DocumentPdfService.h"
#include "MailComposer.h"

#include <QCoreApplication>

#include <functional>

class Ledger;

// Sends a posted invoice or credit note by mail: composes the message (MailComposer), attaches
// the archived PDF (DocumentPdfService, PdfUse::Send: archived now if the document never left
// the program before) and queues it in the outbox, all in one transaction with the "send" audit
// event. A refusal (draft, no recipient, invalid address, a line break in a header) is checked
// before the PDF is made, and leaves the company file untouched.
//
//   DocumentMailer mailer(ledger);
//   DocumentMailRequest request;
//   request.documentId = invoiceId;          // recipients and texts from the customer and templates
//   Result<qint64> outboxId = mailer.queue(request);
//   ... then OutboxSender::wake()
class DocumentMailer
{
    Q_DECLARE_TR_FUNCTIONS(DocumentMailer)
public:
    explicit DocumentMailer(Ledger &ledger)
        : m_ledger(ledger)
    { }

    // Changes the attachments inside the transaction that queues the message, after the PDF:
    // the window adds the document's e-invoice there (archived and audited by EInvoiceService in
    // the same transaction), so that a refusal of either leaves the company file untouched.
    using AttachmentsHook = std::function<Status(QList<MailAttachment> &attachments)>;

    Result<qint64> queue(const DocumentMailRequest &request, const AttachmentsHook &attach = {});
    // The PDF that will be attached (the archived copy, or what would be archived), recording nothing.
    Result<ArchivedPdf> attachmentPreview(qint64 documentId);

private:
    Ledger &m_ledger;
};
