#include "PostingService.h"

#include "ChronologyRepository.h"
#include "CreditNoteService.h"
#include "DraftService.h"
#include "EInvoicePreflight.h"
#include "Money.h"
#include "PartySnapshot.h"
#include "PaymentLink.h"
#include "PaymentReference.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
// Everything an invoice or an e-invoice of the document states about its parties, frozen: the
// printed addresses and their fields, identifiers, endpoints, the seller's contact, the buyer
// reference and the format the customer wants (read back with PartySnapshot::parse).
// The payment link filled at posting (PaymentLink), when the company has a template, is frozen
// with them.
QString snapshotOf(const CompanySettings &c, const Customer &k, const Document &d, const QString &paymentLink)
{
    QJsonObject snapshot{{QStringLiteral("seller"), PartySnapshot::sellerJson(c)},
                         {QStringLiteral("customer"), PartySnapshot::customerJson(k)},
                         {QStringLiteral("payment_terms_days"), d.paymentTermsDays}};
    if (!paymentLink.isEmpty())
        snapshot.insert(PaymentLink::snapshotKey(), paymentLink);
    return QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact));
}
} // namespace

DocumentStatus PostingService::settlementStatus(const Document &d, qint64 amountPaid, qint64 amountCredited)
{
    const qint64 due = d.totalGross - amountPaid - amountCredited;
    if (d.type == DocumentType::CreditNote)
        return due == 0 && amountPaid > 0 ? DocumentStatus::Refunded : DocumentStatus::Posted;
    if (due == 0 && amountCredited > 0 && amountPaid == 0)
        return DocumentStatus::Credited;
    if (due == 0)
        return DocumentStatus::Paid;
    if (amountPaid > 0)
        return DocumentStatus::PartiallyPaid;
    return DocumentStatus::Posted;
}

Result<QList<PostingIssue>> PostingService::issuesOf(const Document &d, const CompanySettings &company,
                                                     const Customer &customer, const DocumentTotals &totals,
                                                     const Document *creditedInvoice)
{
    QList<PostingIssue> issues;
    auto need = [&](bool ok, const char *field, const QString &message) {
        if (!ok)
            issues.append({QString::fromLatin1(field), message});
    };
    need(!company.name.trimmed().isEmpty(), "seller.name", tr("the seller's name (Settings › Company)"));
    need(!company.address.trimmed().isEmpty(), "seller.address", tr("the seller's address (Settings › Company)"));
    need(!company.vatId.trimmed().isEmpty(), "seller.vat_id", tr("the seller's VAT id (Settings › Company)"));
    need(!company.iban.trimmed().isEmpty(), "seller.iban", tr("the seller's bank details, IBAN (Settings › Company)"));
    need(!customer.name.trimmed().isEmpty(), "customer.name", tr("the customer's name"));
    need(!customer.billingAddress.trimmed().isEmpty(), "customer.address",
         tr("the customer's billing address (customer %1)").arg(customer.name));
    bool reverseCharge = false;
    for (const DocumentLine &l : d.lines)
        reverseCharge = reverseCharge || l.taxCategory == TaxCategory::ReverseCharge;
    need(!reverseCharge || !customer.vatId.trimmed().isEmpty(), "customer.vat_id",
         tr("the customer's VAT id, required for reverse charge (customer %1)").arg(customer.name));
    bool intraCommunity = false;
    for (const DocumentLine &l : d.lines)
        intraCommunity = intraCommunity || l.taxCategory == TaxCategory::IntraCommunity;
    need(!intraCommunity || reverseCharge || !customer.vatId.trimmed().isEmpty(), "customer.vat_id",
         tr("the customer's VAT id, required for an intra-EU supply (customer %1)").arg(customer.name));
    need(!d.lines.isEmpty(), "lines", tr("at least one line"));
    need(d.serviceDate.isValid(), "service_date", tr("the date of supply (service date)"));
    need(totals.gross >= 0, "total", tr("a total that is not negative (the total is %1)")
                                         .arg(Money::plain(totals.gross, d.currency)));
    if (creditedInvoice) {
        need(totals.gross > 0, "total", tr("a credit note with a positive total"));
        need(!creditedInvoice->isDraft(), "credited_invoice", tr("a posted invoice to credit"));
    }
    // The customer's e-invoice format: what it lacks (EInvoiceCheck), named before a number is used.
    if (customer.einvoiceFormat != EInvoiceFormat::None) {
        const EInvoiceMapper::Credited credited {creditedInvoice ? creditedInvoice->number : QString(),
                                                 creditedInvoice ? creditedInvoice->issueDate : QDate()};
        for (const QString &missing :
             EInvoicePreflight::missing(d, PartySnapshot::of(company, customer, d.paymentTermsDays), credited,
                                        customer.einvoiceFormat, m_ctx.clock.today()))
            issues.append({QStringLiteral("einvoice"), missing});
    }
    if (d.type == DocumentType::Invoice && company.approvalThreshold > 0 && totals.gross > company.approvalThreshold
        && !m_ctx.user.isManager() && d.approvedBy.isEmpty())
        issues.append({QStringLiteral("approval"),
                       tr("a manager's approval: the total %1 is above the approval threshold of %2")
                           .arg(Money::plain(totals.gross, d.currency), Money::plain(company.approvalThreshold, d.currency))});
    return issues;
}

Result<QList<PostingIssue>> PostingService::check(qint64 documentId)
{
    auto doc = m_ctx.documents.find(documentId);
    if (!doc)
        return doc.error();
    auto company = m_ctx.company.load();
    if (!company)
        return company.error();
    auto customer = m_ctx.customers.find(doc->customerId);
    if (!customer)
        return customer.error();
    auto totals = DraftService::totalsOf(doc->lines);
    if (!totals)
        return totals.error();
    std::optional<Document> invoice;
    if (doc->type == DocumentType::CreditNote) {
        auto found = m_ctx.documents.find(doc->creditedDocumentId, false);
        if (!found)
            return found.error();
        invoice = found.value();
    }
    auto issues = issuesOf(doc.value(), company.value(), customer.value(), totals.value(), invoice ? &*invoice : nullptr);
    if (!issues || !doc->isDraft())
        return issues;
    // The rule of time post() applies (numbers follow the dates of issue: a clock set back), listed
    // with the rest so that the draft shows it before posting is tried.
    Document dated = doc.value();
    dated.issueDate = m_ctx.clock.today();
    const Status chronological = checkChronology(dated);
    if (!chronological && chronological.error().kind() != ErrorKind::Refused)
        return chronological.error();
    if (!chronological)
        issues->append(PostingIssue{QStringLiteral("issue_date"), chronological.message()});
    return issues;
}

Result<QString> PostingService::post(qint64 documentId)
{
    return m_ctx.db.retrying([&] { return postOnce(documentId); });
}

Result<QString> PostingService::postOnce(qint64 documentId)
{
    Transaction tx(m_ctx.db);
    FACTURO_TRY(tx.began());
    auto loaded = m_ctx.documents.find(documentId);
    if (!loaded)
        return loaded.error();
    Document d = loaded.value();
    if (!d.isDraft())
        return Error::conflict(tr("%1 is already posted.").arg(d.displayName()));
    if (d.isDeleted())
        return Error::refused(tr("%1 is in the trash: restore it before posting.").arg(d.displayName()));
    auto company = m_ctx.company.load();
    if (!company)
        return company.error();
    auto customer = m_ctx.customers.find(d.customerId);
    if (!customer)
        return customer.error();
    auto totals = DraftService::totalsOf(d.lines);
    if (!totals)
        return totals.error();
    std::optional<Document> invoice;
    if (d.type == DocumentType::CreditNote) {
        auto found = m_ctx.documents.find(d.creditedDocumentId); // with its lines: see the per-line check
        if (!found)
            return found.error();
        invoice = found.value();
    }
    auto issues = issuesOf(d, company.value(), customer.value(), totals.value(), invoice ? &*invoice : nullptr);
    if (!issues)
        return issues.error();
    if (!issues->isEmpty()) {
        QStringList missing;
        for (const PostingIssue &issue : issues.value())
            missing << issue.message;
        const ErrorKind kind = issues->first().field == QLatin1String("approval") ? ErrorKind::Permission
                                                                                  : ErrorKind::Refused;
        return Error(kind, tr("%1 cannot be posted: it needs %2.").arg(d.displayName(), missing.join(tr("; "))));
    }
    if (invoice) {
        // Never credit more than was invoiced, whatever the lines say.
        auto notes = m_ctx.documents.creditNotesOf(invoice->id);
        if (!notes)
            return notes.error();
        qint64 alreadyCredited = 0;
        for (const DocumentSummary &n : notes.value())
            alreadyCredited += n.totalGross;
        if (alreadyCredited + totals->gross > invoice->totalGross)
            return Error::refused(tr("%1 cannot be posted: with the credit notes already posted it would credit %2, "
                                     "more than the %3 invoiced on %4.")
                                      .arg(d.displayName(), Money::plain(alreadyCredited + totals->gross, d.currency),
                                           Money::plain(invoice->totalGross, d.currency), invoice->number));
        // Free amounts (goodwill lines, made for no invoice line) stay within what each rate
        // charged, with the credit notes already posted.
        bool freeAmounts = false;
        for (const DocumentLine &l : d.lines)
            freeAmounts = freeAmounts || l.sourceLineId == 0;
        if (freeAmounts) {
            auto left = CreditNoteService(m_ctx, m_audit).creditableByRate(*invoice);
            if (!left)
                return left.error();
            for (const TaxSubtotal &wanted : totals->subtotals) {
                qint64 available = 0;
                for (const TaxSubtotal &rate : left.value())
                    if (rate.category == wanted.category && rate.rate == wanted.rate)
                        available = rate.base;
                if (wanted.base > available)
                    return Error::refused(tr("%1 cannot be posted: at %2 %3 %, it would credit %4 net, more than the %5 "
                                             "left on %6.")
                                              .arg(d.displayName(), TaxCategories::displayName(wanted.category),
                                                   wanted.rate.toString(), Money::plain(wanted.base, d.currency),
                                                   Money::plain(std::max<qint64>(available, 0), d.currency),
                                                   invoice->number));
            }
        }
        // Nor more of any line than was invoiced: other credit notes may have been posted since
        // this draft was made.
        auto credited = m_ctx.documents.creditedQuantities(invoice->id);
        if (!credited)
            return credited.error();
        QHash<qint64, qint64> inThisNote;
        for (const DocumentLine &l : d.lines)
            inThisNote[l.sourceLineId] += l.quantity.scaled();
        for (const DocumentLine &source : invoice->lines) {
            const qint64 wanted = inThisNote.value(source.id);
            const qint64 remaining = source.quantity.scaled() - credited->value(source.id);
            if (wanted != 0 && (source.quantity.isNegative() ? wanted < remaining : wanted > remaining))
                return Error::refused(tr("%1 cannot be posted: line \"%2\" of %3 can only be credited %4 more "
                                         "(invoiced %5).")
                                          .arg(d.displayName(), source.description, invoice->number,
                                               Quantity::fromScaled(remaining).toString(),
                                               source.quantity.toString()));
        }
    }

    d.issueDate = m_ctx.clock.today();
    FACTURO_TRY(checkChronology(d));
    d.dueDate = d.issueDate.addDays(d.paymentTermsDays);
    d.totalNet = totals->net;
    d.totalTax = totals->tax;
    d.totalGross = totals->gross;
    d.taxSubtotals = totals->subtotals;
    d.customerName = customer->name;
    d.postedAt = m_ctx.clock.nowUtc();
    d.postedBy = m_ctx.user.name;
    if (d.approvedBy.isEmpty() && company->approvalThreshold > 0 && d.totalGross > company->approvalThreshold) {
        d.approvedBy = m_ctx.user.name; // a manager posting approves
        d.approvedAt = d.postedAt;
    }
    auto number = m_numbering.assign(d.type, d.issueDate);
    if (!number)
        return number.error();
    d.number = number.value();
    QString paymentLink;
    if (d.type == DocumentType::Invoice) {
        FACTURO_TRY(assignPaymentReference(d, company.value()));
        auto link = paymentLinkOf(d, company.value(), customer.value());
        if (!link)
            return link.error();
        paymentLink = link.value();
    }
    d.snapshot = snapshotOf(company.value(), customer.value(), d, paymentLink);

    FACTURO_TRY(m_ctx.documents.insertTaxLines(d.id, d.taxSubtotals));
    FACTURO_TRY(m_ctx.documents.markPosted(d));
    if (!d.paymentReference.isEmpty())
        FACTURO_TRY(m_ctx.documents.insertPaymentReference(d.id, d.paymentReference));
    d.status = DocumentStatus::Posted;
    FACTURO_TRY(m_journal.recordDocument(d));
    if (invoice)
        FACTURO_TRY(applyCreditNote(d, invoice.value()));
    FACTURO_TRY(m_audit.record(DocumentTypes::key(d.type), d.id, QStringLiteral("post"),
                               {{QStringLiteral("number"), d.number},
                                {QStringLiteral("gross"), d.totalGross},
                                {QStringLiteral("customer"), d.customerName}}));
    FACTURO_TRY(tx.commit());
    return d.number;
}

Status PostingService::applyCreditNote(Document &creditNote, const Document &invoice)
{
    // The credit first reduces what the invoice still owes; any rest is owed back to the
    // customer and stays open on the credit note until refunded.
    const qint64 applied = std::min(creditNote.totalGross, std::max<qint64>(invoice.amountDue(), 0));
    const qint64 invoiceCredited = invoice.amountCredited + applied;
    DocumentStatus status = settlementStatus(invoice, invoice.amountPaid, invoiceCredited);
    // DESIGN.md: a posted or partially paid invoice whose credit notes now cover all of it is
    // Credited (fully reversed), even when part of it was paid: that part is owed back.
    if (invoice.status == DocumentStatus::Posted || invoice.status == DocumentStatus::PartiallyPaid) {
        auto notes = m_ctx.documents.creditNotesOf(invoice.id); // includes this one, posted above
        if (!notes)
            return notes.error();
        qint64 creditedGross = 0;
        for (const DocumentSummary &n : notes.value())
            creditedGross += n.totalGross;
        if (creditedGross >= invoice.totalGross && invoice.totalGross - invoice.amountPaid - invoiceCredited == 0)
            status = DocumentStatus::Credited;
    }
    FACTURO_TRY(m_ctx.documents.setSettlement(invoice.id, invoice.amountPaid, invoiceCredited, status,
                                              m_ctx.clock.nowUtc()));
    creditNote.amountCredited = applied;
    FACTURO_TRY(m_ctx.documents.setSettlement(creditNote.id, 0, applied, settlementStatus(creditNote, 0, applied),
                                              m_ctx.clock.nowUtc()));
    return m_audit.record(QStringLiteral("invoice"), invoice.id, QStringLiteral("credit"),
                          {{QStringLiteral("credit_note"), creditNote.number},
                           {QStringLiteral("applied"), applied},
                           {QStringLiteral("gross"), creditNote.totalGross}});
}

// ---- Payment reference and payment link ----
Status PostingService::assignPaymentReference(Document &d, const CompanySettings &company)
{
    const auto kind = PaymentReference::kindFromKey(company.paymentReferenceKind)
                          .value_or(PaymentReference::Kind::Creditor);
    for (int attempt = 0; attempt < 100; ++attempt) {
        const auto candidate = PaymentReference::forInvoice(kind, d.number, d.id, attempt);
        if (!candidate)
            continue;
        auto taken = m_ctx.documents.paymentReferenceTaken(candidate->text);
        if (!taken)
            return taken.error();
        if (!taken.value()) {
            d.paymentReference = candidate->text;
            return {};
        }
    }
    return Error::storage(tr("%1 cannot be posted: no free payment reference was found for it.").arg(d.number));
}

Result<QString> PostingService::paymentLinkOf(const Document &d, const CompanySettings &company,
                                              const Customer &customer)
{
    if (company.paymentLinkTemplate.trimmed().isEmpty() || d.totalGross <= 0)
        return QString();
    const PaymentLink::Values values {d.number, d.totalGross - d.amountPaid - d.amountCredited,
        d.currency.isEmpty() ? company.currency : d.currency, d.paymentReference, customer.name};
    auto link = PaymentLink::fill(company.paymentLinkTemplate, values);
    if (!link)
        return link.error().prefixed(tr("%1 cannot be posted: the payment link of the company settings is not "
                                        "valid")
                                         .arg(d.displayName()));
    return link.value();
}
// ---- end of payment reference and payment link ----

Status PostingService::checkChronology(const Document &d)
{
    // Numbers are chronological (DESIGN.md "Numbers"): a clock set back is refused, not obeyed.
    auto last = ChronologyRepository(m_ctx.db).lastIssued(DocumentTypes::key(d.type));
    if (!last)
        return last.error();
    if (last->has_value() && d.issueDate < (*last)->issueDate)
        return Error::refused(tr("%1 cannot be posted with the date of today, %2: %3 was already issued on %4, and "
                                 "numbers follow the dates of issue. Is the computer's clock set back? Nothing was "
                                 "posted.")
                                  .arg(d.displayName(), d.issueDate.toString(Qt::ISODate), (*last)->number,
                                       (*last)->issueDate.toString(Qt::ISODate)));
    return {};
}
