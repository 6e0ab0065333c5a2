#include "CreditNoteService.h"

#include "Currency.h"
#include "DraftService.h"
#include "Money.h"
#include "TextRules.h"
#include "Transaction.h"

Result<Document> CreditNoteService::creditableInvoice(qint64 invoiceId, const QString &reason) const
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
    return invoice;
}

Result<qint64> CreditNoteService::createDraft(qint64 invoiceId, const QString &reason,
                                              const QHash<qint64, qint64> &quantities)
{
    auto invoice = creditableInvoice(invoiceId, reason);
    if (!invoice)
        return invoice.error();
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
    return insert(invoice.value(), reason, lines);
}

Result<QList<TaxSubtotal>> CreditNoteService::creditableByRate(const Document &invoice) const
{
    QList<TaxSubtotal> left = invoice.taxSubtotals;
    auto notes = m_ctx.documents.creditNotesOf(invoice.id);
    if (!notes)
        return notes.error();
    for (const DocumentSummary &summary : notes.value()) {
        if (summary.status == DocumentStatus::Draft)
            continue;
        auto note = m_ctx.documents.find(summary.id);
        if (!note)
            return note.error();
        for (const TaxSubtotal &credited : note->taxSubtotals)
            for (TaxSubtotal &rate : left)
                if (rate.category == credited.category && rate.rate == credited.rate)
                    rate.base -= credited.base;
    }
    return left;
}

Result<qint64> CreditNoteService::createGoodwill(qint64 invoiceId, const QString &reason,
                                                 const QList<RateAmount> &amounts)
{
    auto invoice = creditableInvoice(invoiceId, reason);
    if (!invoice)
        return invoice.error();
    auto left = creditableByRate(invoice.value());
    if (!left)
        return left.error();
    const int digits = Currency::minorDigits(invoice->currency);
    qint64 toPrice = 1; // minor units to the unit price's scale
    for (int i = digits; i < UnitPrice::scale; ++i)
        toPrice *= 10;
    QList<DocumentLine> lines;
    for (const RateAmount &amount : amounts) {
        if (amount.net == 0)
            continue;
        const TaxSubtotal *rate = nullptr;
        for (const TaxSubtotal &candidate : left.value())
            if (candidate.category == amount.category && candidate.rate == amount.rate)
                rate = &candidate;
        const QString rateName = TaxCategories::displayName(amount.category) + QLatin1Char(' ')
            + amount.rate.toString() + QLatin1Char('%');
        if (!rate)
            return Error::invalid(tr("%1 has no amount at %2 to credit.").arg(invoice->number, rateName));
        if (amount.net < 0)
            return Error::invalid(tr("The amount to credit at %1 must be more than zero.").arg(rateName));
        if (amount.net > rate->base)
            return Error::refused(tr("At %1, at most %2 can still be credited on %3.")
                                      .arg(rateName, Money::plain(std::max<qint64>(rate->base, 0), invoice->currency),
                                           invoice->number));
        DocumentLine line;
        line.position = static_cast<int>(lines.size()) + 1;
        line.kind = LineKind::Other;
        line.description = reason.trimmed();
        line.quantity = Quantity::fromInteger(1);
        line.unitPrice = UnitPrice::fromScaled(amount.net * toPrice);
        line.taxCategory = rate->category;
        line.taxRate = rate->rate;
        line.exemptionReason = rate->exemptionReason;
        auto priced = DraftService::priced(line, invoice->currency);
        if (!priced)
            return priced.error();
        lines.append(priced.value());
    }
    if (lines.isEmpty())
        return Error::invalid(tr("Enter an amount to credit at one of the rates of %1.").arg(invoice->number));
    return insert(invoice.value(), reason, lines);
}

Result<qint64> CreditNoteService::insert(const Document &invoice, const QString &reason, const QList<DocumentLine> &lines)
{
    return m_ctx.db.retrying([&] { return insertOnce(invoice, reason, lines); });
}

Result<qint64> CreditNoteService::insertOnce(const Document &invoice, const QString &reason,
    const QList<DocumentLine> &lines)
{
    auto totals = DraftService::totalsOf(lines);
    if (!totals)
        return totals.error();

    Document note;
    note.type = DocumentType::CreditNote;
    note.customerId = invoice.customerId;
    note.customerName = invoice.customerName;
    note.serviceDate = invoice.serviceDate;
    note.paymentTermsDays = 0;
    note.language = invoice.language;
    note.currency = invoice.currency;
    note.creditedDocumentId = invoice.id;
    FACTURO_TRY(TextRules::refuseControls(reason, tr("reason of the credit note"), true));
    note.creditReason = reason.trimmed();
    note.customerReference = invoice.customerReference;
    note.buyerReference = invoice.buyerReference;
    note.orderReference = invoice.orderReference;
    note.paymentMeans = invoice.paymentMeans;
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
    for (const DocumentLine &line : lines) {
        auto added = m_ctx.documents.insertLine(id.value(), line);
        if (!added)
            return added.error();
    }
    FACTURO_TRY(m_audit.record(QStringLiteral("credit_note"), id.value(), QStringLiteral("create"),
                               {{QStringLiteral("invoice"), invoice.number},
                                {QStringLiteral("reason"), note.creditReason}}));
    FACTURO_TRY(tx.commit());
    return id.value();
}
