#include "CreditNoteService.h"

#include "DraftService.h"
#include "Transaction.h"

Result<qint64> CreditNoteService::createDraft(qint64 invoiceId, const QString &reason,
                                              const QHash<qint64, qint64> &quantities)
{
    auto invoice = m_ctx.documents.find(invoiceId);
    if (!invoice)
        return invoice.error();
    if (invoice->type != DocumentType::Invoice)
        return Error::refused(tr("%1 is not an invoice: only an invoice can be credited.").arg(invoice->displayName()));
    if (invoice->isDraft())
        return Error::refused(tr("%1 is a draft: edit or delete it instead of crediting it.")
                                  .arg(invoice->displayName()));
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("A credit note needs a reason."));
    auto credited = m_ctx.documents.creditedQuantities(invoiceId);
    if (!credited)
        return credited.error();
    for (auto it = quantities.cbegin(); it != quantities.cend(); ++it) {
        bool known = false;
        for (const DocumentLine &l : invoice->lines)
            known = known || l.id == it.key();
        if (!known)
            return Error::invalid(tr("Line %1 is not a line of %2.").arg(it.key()).arg(invoice->number));
    }

    QList<DocumentLine> lines;
    for (const DocumentLine &source : invoice->lines) {
        const qint64 remaining = source.quantity.scaled() - credited->value(source.id);
        qint64 wanted = remaining;
        if (!quantities.isEmpty()) {
            if (!quantities.contains(source.id))
                continue;
            wanted = quantities.value(source.id);
        }
        if (wanted == 0)
            continue;
        const bool sameSign = (wanted > 0) == (source.quantity.scaled() > 0);
        if (!sameSign || (remaining >= 0 ? wanted > remaining : wanted < remaining))
            return Error::refused(tr("Line \"%1\": at most %2 can still be credited (invoiced %3).")
                                      .arg(source.description, Quantity::fromScaled(remaining).toString(),
                                           source.quantity.toString()));
        DocumentLine line = source;
        line.id = 0;
        line.position = static_cast<int>(lines.size()) + 1;
        line.quantity = Quantity::fromScaled(wanted);
        line.sourceLineId = source.id;
        auto priced = DraftService::priced(line, invoice->currency);
        if (!priced)
            return priced.error();
        lines.append(priced.value());
    }
    if (lines.isEmpty())
        return Error::refused(tr("Nothing is left to credit on %1.").arg(invoice->number));
    auto totals = DraftService::totalsOf(lines);
    if (!totals)
        return totals.error();

    Document note;
    note.type = DocumentType::CreditNote;
    note.customerId = invoice->customerId;
    note.customerName = invoice->customerName;
    note.serviceDate = invoice->serviceDate;
    note.paymentTermsDays = 0;
    note.language = invoice->language;
    note.currency = invoice->currency;
    note.creditedDocumentId = invoice->id;
    note.creditReason = reason.trimmed();
    note.customerReference = invoice->customerReference;
    note.totalNet = totals->net;
    note.totalTax = totals->tax;
    note.totalGross = totals->gross;
    note.createdAt = note.updatedAt = m_ctx.clock.nowUtc();
    note.createdBy = m_ctx.user.name;

    Transaction tx(m_ctx.db);
    FACTURO_TRY(tx.began());
    auto id = m_ctx.documents.insertDraft(note);
    if (!id)
        return id.error();
    for (const DocumentLine &line : std::as_const(lines)) {
        auto added = m_ctx.documents.insertLine(id.value(), line);
        if (!added)
            return added.error();
    }
    FACTURO_TRY(m_audit.record(QStringLiteral("credit_note"), id.value(), QStringLiteral("create"),
                               {{QStringLiteral("invoice"), invoice->number},
                                {QStringLiteral("reason"), note.creditReason}}));
    FACTURO_TRY(tx.commit());
    return id.value();
}
