#include "DocumentMailer.h"

#include "Ledger.h"
#include "MimeBuilder.h"
#include "OutboxService.h"
#include "Transaction.h"

Result<qint64> DocumentMailer::queue(const DocumentMailRequest &request, const AttachmentsHook &attach)
{
    LedgerContext &ctx = m_ledger.context();
    MailComposer composer(ctx, m_ledger.audit());
    auto composed = composer.compose(request, {});
    if (!composed)
        return composed.error();
    // The header checks first: a refused message costs no rendering and writes nothing.
    auto checked = MimeBuilder::build(composed->message, ctx.clock.nowUtc());
    if (!checked)
        return checked.error();

    DocumentPdfService pdfs(m_ledger);
    auto prepared = pdfs.prepare(request.documentId, PdfUse::Send); // renders outside the transaction
    if (!prepared)
        return prepared.error();
    Transaction tx(ctx.db);
    FACTURO_TRY(tx.began());
    FACTURO_TRY(pdfs.record(prepared.value(), PdfUse::Send)); // archives it, if it is the first time
    const ArchivedPdf &pdf = prepared->pdf;
    OutboxRequest outboxRequest = composed.value();
    outboxRequest.message.attachments = {{pdf.fileName, QStringLiteral("application/pdf"), pdf.pdf}};
    if (attach)
        FACTURO_TRY(attach(outboxRequest.message.attachments));
    OutboxService outbox(ctx, m_ledger.audit());
    auto id = outbox.queue(outboxRequest);
    if (!id)
        return id.error();
    FACTURO_TRY(tx.commit());
    return id.value();
}

Result<ArchivedPdf> DocumentMailer::attachmentPreview(qint64 documentId)
{
    DocumentPdfService pdfs(m_ledger);
    auto prepared = pdfs.prepare(documentId, PdfUse::Send);
    if (!prepared)
        return prepared.error();
    return prepared->pdf;
}
