#include "PaymentService.h"

#include "Money.h"
#include "PostingService.h"
#include "TextRules.h"
#include "Transaction.h"

#include <QSet>

#include <algorithm>
#include <optional>

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

Status PaymentService::notBeforeIssue(const QDate &date, const Document &d) const
{
    if (d.issueDate.isValid() && date < d.issueDate)
        return Error::invalid(tr("The date %1 is before %2 was issued (%3): money is never paid or refunded on a "
                                 "document before its issue date.")
                                  .arg(date.toString(Qt::ISODate), d.displayName(), d.issueDate.toString(Qt::ISODate)));
    if (date > m_ctx.clock.today())
        return Error::invalid(tr("The payment date %1 is in the future.").arg(date.toString(Qt::ISODate)));
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
    return m_ctx.db.retrying([&] { return registerPaymentOnce(r); });
}

Result<qint64> PaymentService::registerPaymentOnce(const PaymentRequest &r)
{
    FACTURO_TRY(validate(r));
    if (r.method == PaymentMethod::CustomerCredit && r.keepExcessAsCredit)
        return Error::invalid(tr("Credit applied to an invoice cannot be kept as credit again."));
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
    if (r.amount > d.amountDue() && !r.keepExcessAsCredit)
        return Error::refused(tr("Over-payment refused: %1 is more than the %2 due on %3. To keep the excess as the "
                                 "customer's credit, record it with --overpayment credit (in the payment window: "
                                 "keep the excess as credit).")
                                  .arg(Money::plain(r.amount, d.currency), Money::plain(d.amountDue(), d.currency),
                                       d.displayName()));
    const qint64 excess = std::max<qint64>(0, r.amount - d.amountDue());
    Payment p;
    p.documentId = d.id;
    p.kind = PaymentKind::Payment;
    p.amount = r.amount - excess;
    p.date = r.date.isValid() ? r.date : m_ctx.clock.today();
    FACTURO_TRY(notBeforeIssue(p.date, d));
    p.method = r.method;
    p.reference = r.reference.trimmed();
    if (p.method == PaymentMethod::CustomerCredit) {
        auto available = m_credits.balance(d.customerId);
        if (!available)
            return available.error();
        if (p.amount > available.value())
            return Error::refused(tr("The customer's credit is %1: %2 cannot be applied to %3.")
                                      .arg(Money::plain(available.value(), d.currency),
                                           Money::plain(p.amount, d.currency), d.displayName()));
    }
    auto id = record(p, d, QStringLiteral("payment"));
    if (!id)
        return id.error();
    if (p.method == PaymentMethod::CustomerCredit) {
        auto applied = m_credits.recordApplied(d, id.value(), p.amount, p.date, p.reference);
        if (!applied)
            return applied.error();
    }
    if (excess > 0) {
        auto kept = m_credits.keep(d.customerId, &d, id.value(), excess, p.method, p.date, p.reference);
        if (!kept)
            return kept.error();
    }
    FACTURO_TRY(tx.commit());
    return id.value();
}

Result<QList<qint64>> PaymentService::registerSpread(const SpreadPaymentRequest &r)
{
    return m_ctx.db.retrying([&] { return registerSpreadOnce(r); });
}

Result<QList<qint64>> PaymentService::registerSpreadOnce(const SpreadPaymentRequest &r)
{
    PaymentRequest base;
    base.amount = r.amount;
    base.date = r.date;
    base.method = r.method;
    base.reference = r.reference;
    FACTURO_TRY(validate(base));
    if (r.method == PaymentMethod::CustomerCredit)
        return Error::invalid(tr("Apply a customer's credit invoice by invoice."));
    Transaction tx(m_ctx.db);
    FACTURO_TRY(tx.began());
    auto customer = m_ctx.customers.find(r.customerId);
    if (!customer)
        return customer.error();
    QList<QPair<qint64, qint64>> plan = r.allocations;
    if (plan.isEmpty()) {
        DocumentFilter filter;
        filter.type = DocumentType::Invoice;
        filter.statuses = {DocumentStatus::Posted, DocumentStatus::PartiallyPaid};
        filter.customerId = r.customerId;
        auto open = m_ctx.documents.list(filter, 0, 100000);
        if (!open)
            return open.error();
        QList<DocumentSummary> invoices = open.value();
        std::sort(invoices.begin(), invoices.end(), [](const DocumentSummary &a, const DocumentSummary &b) {
            const QDate da = a.dueDate.isValid() ? a.dueDate : a.issueDate;
            const QDate db = b.dueDate.isValid() ? b.dueDate : b.issueDate;
            return da != db ? da < db : a.id < b.id;
        });
        for (const DocumentSummary &i : std::as_const(invoices))
            if (i.amountDue > 0)
                plan.append({i.id, 0});
        if (plan.isEmpty())
            return Error::refused(tr("%1 has no open invoice to pay.").arg(customer->name));
    }
    qint64 left = r.amount;
    QList<qint64> ids;
    QSet<qint64> seen;
    qint64 lastInvoice = 0;
    for (const auto &[documentId, chosen] : std::as_const(plan)) {
        if (seen.contains(documentId))
            return Error::invalid(tr("An invoice is named twice."));
        seen.insert(documentId);
        auto doc = m_ctx.documents.find(documentId, false);
        if (!doc)
            return doc.error();
        if (doc->customerId != r.customerId)
            return Error::refused(tr("%1 is not an invoice of %2.").arg(doc->displayName(), customer->name));
        const qint64 share = chosen > 0 ? chosen : std::min(left, std::max<qint64>(0, doc->amountDue()));
        if (share > left)
            return Error::refused(tr("The amounts given to the invoices add up to more than the %1 received.")
                                      .arg(Money::plain(r.amount, doc->currency)));
        if (share <= 0)
            continue;
        PaymentRequest one = base;
        one.documentId = documentId;
        one.amount = share;
        auto id = registerPayment(one);
        if (!id)
            return id.error();
        ids.append(id.value());
        left -= share;
        lastInvoice = documentId;
    }
    if (left > 0) {
        auto company = m_ctx.company.load();
        if (!company)
            return company.error();
        if (!r.keepExcessAsCredit)
            return Error::refused(tr("Over-payment refused: %1 of the %2 received is left over after paying the "
                                     "invoices. To keep it as the customer's credit, record it with --overpayment "
                                     "credit.")
                                      .arg(Money::plain(left, company->currency), Money::plain(r.amount, company->currency)));
        std::optional<Document> last;
        if (lastInvoice > 0) {
            auto doc = m_ctx.documents.find(lastInvoice, false);
            if (!doc)
                return doc.error();
            last = doc.value();
        }
        auto kept = m_credits.keep(r.customerId, last ? &*last : nullptr, ids.isEmpty() ? 0 : ids.last(), left,
            r.method, r.date.isValid() ? r.date : m_ctx.clock.today(), r.reference.trimmed());
        if (!kept)
            return kept.error();
    }
    if (ids.isEmpty() && left == r.amount && !r.keepExcessAsCredit)
        return Error::refused(tr("Nothing was paid."));
    FACTURO_TRY(tx.commit());
    return ids;
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

Result<qint64> PaymentService::reverse(qint64 paymentId, const QString &reason, bool returnedDebit)
{
    return m_ctx.db.retrying([&] { return reverseOnce(paymentId, reason, returnedDebit); });
}

Result<qint64> PaymentService::reverseOnce(qint64 paymentId, const QString &reason, bool returnedDebit)
{
    Transaction tx(m_ctx.db);
    FACTURO_TRY(tx.began());
    auto original = m_ctx.payments.find(paymentId);
    if (!original)
        return original.error();
    if (original->kind != PaymentKind::Payment)
        return Error::refused(tr("Only a payment can be reversed."));
    if (original->method == PaymentMethod::CustomerCredit)
        return Error::refused(tr("Payment %1 applied the customer's credit: it cannot be reversed. Credit the "
                                 "invoice or pay the credit back instead.")
                                  .arg(paymentId));
    if (original->method == PaymentMethod::DirectDebit && !returnedDebit)
        return Error::refused(tr("Payment %1 was collected by direct debit: record the returned debit instead "
                                 "(direct-debit return).")
                                  .arg(paymentId));
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
    if (p.date < original->date)
        return Error::refused(tr("Payment %1 cannot be reversed today (%2): it is dated %3, and a reversal is never "
                                 "dated before the payment it reverses. Is the computer's clock set back?")
                                  .arg(paymentId)
                                  .arg(p.date.toString(Qt::ISODate), original->date.toString(Qt::ISODate)));
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
    return m_ctx.db.retrying([&] { return refundOnce(r); });
}

Result<qint64> PaymentService::refundOnce(const PaymentRequest &r)
{
    FACTURO_TRY(validate(r));
    if (r.method == PaymentMethod::CustomerCredit || r.method == PaymentMethod::DirectDebit)
        return Error::invalid(tr("A refund is paid by bank transfer, card, cash, cheque or other means."));
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
    FACTURO_TRY(notBeforeIssue(p.date, d));
    p.method = r.method;
    p.reference = r.reference.trimmed();
    auto id = record(p, d, QStringLiteral("refund"));
    if (!id)
        return id.error();
    FACTURO_TRY(tx.commit());
    return id.value();
}
