#include "PaymentService.h"

#include "Money.h"
#include "PostingService.h"
#include "TextRules.h"
#include "Transaction.h"

Status PaymentService::validate(const PaymentRequest &r) const
{
    if (r.amount <= 0)
        return Error::invalid(tr("The amount must be greater than zero."));
    if (r.amount > Money::MaxMinor)
        return Error::invalid(tr("The amount is too large."));
    if (r.date.isValid() && r.date > m_ctx.clock.today())
        return Error::invalid(tr("The payment date %1 is in the future.").arg(r.date.toString(Qt::ISODate)));
    if (r.date.isValid() && r.date.year() < 2000)
        return Error::invalid(tr("The payment date %1 is not plausible.").arg(r.date.toString(Qt::ISODate)));
    if (r.reference.size() > 200)
        return Error::invalid(tr("The payment reference is limited to 200 characters."));
    FACTURO_TRY(TextRules::refuseControls(r.reference, tr("payment reference")));
    return {};
}

Result<qint64> PaymentService::record(Payment p, Document &d, const QString &action)
{
    p.createdAt = m_ctx.clock.nowUtc();
    p.createdBy = m_ctx.user.name;
    auto id = m_ctx.payments.insert(p);
    if (!id)
        return id.error();
    p.id = id.value();
    auto paid = m_ctx.payments.sumForDocument(d.id);
    if (!paid)
        return paid.error();
    qint64 credited = d.amountCredited;
    if (p.kind == PaymentKind::Reversal && d.type == DocumentType::Invoice) {
        auto reapplied = reapplyCredits(d, paid.value());
        if (!reapplied)
            return reapplied.error();
        credited = reapplied.value();
    }
    // Refunds are kept as money paid on the credit note; the sum of its rows is what was paid back.
    DocumentStatus status = PostingService::settlementStatus(d, paid.value(), credited);
    if (d.type == DocumentType::Invoice && d.status == DocumentStatus::Credited && d.totalGross - paid.value() - credited == 0)
        status = DocumentStatus::Credited; // still fully reversed by its credit notes
    FACTURO_TRY(m_ctx.documents.setSettlement(d.id, paid.value(), credited, status, p.createdAt));
    FACTURO_TRY(m_journal.recordPayment(p, d));
    FACTURO_TRY(m_audit.record(DocumentTypes::key(d.type), d.id, action,
                               {{QStringLiteral("payment"), p.id},
                                {QStringLiteral("amount"), p.amount},
                                {QStringLiteral("method"), PaymentMethods::key(p.method)},
                                {QStringLiteral("date"), p.date.toString(Qt::ISODate)},
                                {QStringLiteral("reference"), p.reference}}));
    d.amountPaid = paid.value();
    d.amountCredited = credited;
    d.status = status;
    return p.id;
}

Result<qint64> PaymentService::registerPayment(const PaymentRequest &r)
{
    FACTURO_TRY(validate(r));
    Transaction tx(m_ctx.db);
    FACTURO_TRY(tx.began());
    auto doc = m_ctx.documents.find(r.documentId, false);
    if (!doc)
        return doc.error();
    Document d = doc.value();
    if (d.type != DocumentType::Invoice)
        return Error::refused(tr("%1 is a credit note: record a refund instead of a payment.").arg(d.displayName()));
    if (d.isDraft())
        return Error::refused(tr("%1 is a draft: post it before recording a payment.").arg(d.displayName()));
    if (d.amountDue() <= 0)
        return Error::refused(tr("%1 has nothing left to pay.").arg(d.displayName()));
    if (r.amount > d.amountDue())
        return Error::refused(tr("Over-payment refused: %1 is more than the %2 due on %3.")
                                  .arg(Money::plain(r.amount, d.currency), Money::plain(d.amountDue(), d.currency),
                                       d.displayName()));
    Payment p;
    p.documentId = d.id;
    p.kind = PaymentKind::Payment;
    p.amount = r.amount;
    p.date = r.date.isValid() ? r.date : m_ctx.clock.today();
    p.method = r.method;
    p.reference = r.reference.trimmed();
    auto id = record(p, d, QStringLiteral("payment"));
    if (!id)
        return id.error();
    FACTURO_TRY(tx.commit());
    return id.value();
}

Result<qint64> PaymentService::reapplyCredits(const Document &invoice, qint64 amountPaid)
{
    qint64 credited = invoice.amountCredited;
    qint64 due = invoice.totalGross - amountPaid - credited;
    if (due <= 0)
        return credited;
    auto notes = m_ctx.documents.creditNotesOf(invoice.id);
    if (!notes)
        return notes.error();
    for (const DocumentSummary &summary : notes.value()) {
        if (due <= 0)
            break;
        if (summary.status == DocumentStatus::Draft || summary.deleted || summary.amountDue <= 0)
            continue;
        auto note = m_ctx.documents.find(summary.id, false);
        if (!note)
            return note.error();
        const qint64 move = std::min(due, note->amountDue());
        const qint64 noteCredited = note->amountCredited + move;
        FACTURO_TRY(m_ctx.documents.setSettlement(note->id, note->amountPaid, noteCredited,
                                                  PostingService::settlementStatus(note.value(), note->amountPaid,
                                                                                   noteCredited),
                                                  m_ctx.clock.nowUtc()));
        FACTURO_TRY(m_audit.record(QStringLiteral("invoice"), invoice.id, QStringLiteral("credit"),
                                   {{QStringLiteral("credit_note"), note->number},
                                    {QStringLiteral("applied"), move},
                                    {QStringLiteral("after"), QStringLiteral("payment reversal")}}));
        credited += move;
        due -= move;
    }
    return credited;
}

Result<qint64> PaymentService::reverse(qint64 paymentId, const QString &reason)
{
    Transaction tx(m_ctx.db);
    FACTURO_TRY(tx.began());
    auto original = m_ctx.payments.find(paymentId);
    if (!original)
        return original.error();
    if (original->kind != PaymentKind::Payment)
        return Error::refused(tr("Only a payment can be reversed."));
    auto reversed = m_ctx.payments.isReversed(paymentId);
    if (!reversed)
        return reversed.error();
    if (reversed.value())
        return Error::conflict(tr("Payment %1 is already reversed.").arg(paymentId));
    auto doc = m_ctx.documents.find(original->documentId, false);
    if (!doc)
        return doc.error();
    Document d = doc.value();
    Payment p;
    p.documentId = d.id;
    p.kind = PaymentKind::Reversal;
    p.amount = -original->amount;
    p.date = m_ctx.clock.today();
    p.method = original->method;
    p.reference = reason.trimmed().isEmpty() ? tr("Reversal of payment %1").arg(paymentId) : reason.trimmed();
    p.reversesPaymentId = paymentId;
    auto id = record(p, d, QStringLiteral("payment_reversal"));
    if (!id)
        return id.error();
    FACTURO_TRY(tx.commit());
    return id.value();
}

Result<qint64> PaymentService::refund(const PaymentRequest &r)
{
    FACTURO_TRY(validate(r));
    Transaction tx(m_ctx.db);
    FACTURO_TRY(tx.began());
    auto doc = m_ctx.documents.find(r.documentId, false);
    if (!doc)
        return doc.error();
    Document d = doc.value();
    if (d.type != DocumentType::CreditNote || d.isDraft())
        return Error::refused(tr("Only a posted credit note can be refunded."));
    if (r.amount > d.amountDue())
        return Error::refused(tr("Refund refused: %1 is more than the %2 still owed to the customer on %3.")
                                  .arg(Money::plain(r.amount, d.currency), Money::plain(d.amountDue(), d.currency),
                                       d.displayName()));
    Payment p;
    p.documentId = d.id;
    p.kind = PaymentKind::Refund;
    p.amount = r.amount;
    p.date = r.date.isValid() ? r.date : m_ctx.clock.today();
    p.method = r.method;
    p.reference = r.reference.trimmed();
    auto id = record(p, d, QStringLiteral("refund"));
    if (!id)
        return id.error();
    FACTURO_TRY(tx.commit());
    return id.value();
}
