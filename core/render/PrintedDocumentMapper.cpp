#include "PrintedDocumentMapper.h"

#include "DirectDebitRepository.h"
#include "MandateRepository.h"
#include "MandateService.h"

#include "Currency.h"
#include "DocumentLabels.h"
#include "DraftService.h"
#include "PaymentLink.h"
#include "PrintedParties.h"

#include <algorithm>

using Kind = PrintedDocument::Kind;

namespace {
void applyParties(PrintedDocument &doc, const PrintedParties &parties)
{
    doc.seller = parties.seller;
    doc.customer = parties.customer;
    doc.bank = parties.bank;
}

bool isBelgian(const PrintedDocument::Party &party)
{
    if (party.vatId.trimmed().toUpper().startsWith(QLatin1String("BE")))
        return true;
    if (party.address.isEmpty())
        return false;
    const QString country = party.address.constLast().trimmed().toLower();
    return country == QLatin1String("belgique") || country == QLatin1String("belgium")
        || country == QString::fromUtf8("belgië") || country == QLatin1String("belgie")
        || country == QLatin1String("belgien") || country == QLatin1String("be");
}

// The notice of an invoice collected by SEPA direct debit: the collection recorded for it (its
// day and amount), else the customer's mandate in force, the amount due and the due date.
Status directDebitNotice(LedgerContext &ctx, const Document &d, PrintedDocument &doc)
{
    DirectDebitRepository collections(ctx.db);
    MandateRepository mandates(ctx.db);
    auto list = collections.forDocument(d.id);
    if (!list)
        return list.error();
    Mandate mandate;
    for (const DirectDebitCollection &c : std::as_const(list.value())) {
        if (c.returnId != 0)
            continue;
        auto m = mandates.find(c.mandateId);
        if (!m)
            return m.error();
        mandate = m.value();
        doc.directDebit.amount = c.amount;
        doc.directDebit.debitOn = c.collectOn;
    }
    if (mandate.id == 0) {
        auto active = mandates.active(d.customerId);
        if (!active)
            return active.error();
        mandate = active.value();
        doc.directDebit.amount = d.amountDue();
        doc.directDebit.debitOn = d.dueDate.isValid() ? d.dueDate : d.issueDate;
    }
    auto creditor = ctx.company.setting(MandateService::creditorIdKey());
    if (!creditor)
        return creditor.error();
    if (mandate.id == 0 || doc.directDebit.amount <= 0) {
        doc.directDebit = {};
        return {};
    }
    doc.directDebit.maskedIban = MandateService::maskedIban(mandate.iban);
    doc.directDebit.mandateReference = mandate.reference;
    doc.directDebit.creditorId = creditor.value();
    return {};
}

// The late-payment mentions of the law that applies: invoices to business customers (a customer
// with a VAT id); Belgian law when the customer or the seller is Belgian (by VAT id or country
// line), else French law on French documents and German law on German ones.
PrintedDocument::LatePaymentTerms latePaymentTerms(const CompanySettings &company, const PrintedDocument &doc)
{
    using Law = PrintedDocument::LatePaymentTerms::Law;
    PrintedDocument::LatePaymentTerms terms;
    if (!company.latePaymentMentions || doc.kind != Kind::Invoice || doc.customer.vatId.trimmed().isEmpty())
        return terms;
    if (isBelgian(doc.customer) || isBelgian(doc.seller))
        terms.law = Law::Belgium;
    else if (doc.language == QLatin1String("fr"))
        terms.law = Law::France;
    else if (doc.language == QLatin1String("de"))
        terms.law = Law::Germany;
    if (auto rate = Percentage::parse(company.lateInterestRate, false, true); rate && !company.lateInterestRate.isEmpty()) {
        terms.interestRate = rate.value();
        terms.statutoryRate = false;
    }
    terms.recoveryIndemnity = company.recoveryIndemnity;
    if (auto discount = Percentage::parse(company.earlyPaymentDiscount, false, true); discount)
        terms.earlyPaymentDiscount = discount.value();
    return terms;
}

PrintedDocument baseFor(const QString &language, const QString &currency)
{
    PrintedDocument doc;
    doc.language = DocumentLabels::isSupported(language) ? language.left(2).toLower() : QStringLiteral("en");
    doc.localeName = DocumentLabels::defaultLocaleName(doc.language);
    doc.currency = currency;
    return doc;
}
} // namespace

PrintedDocument::Line PrintedDocumentMapper::lineOf(const DocumentLine &line)
{
    PrintedDocument::Line printed;
    printed.description = line.description;
    printed.quantity = line.quantity;
    printed.unit = line.unit;
    printed.unitPrice = line.unitPrice;
    printed.discount = line.discount;
    printed.taxCategory = line.taxCategory;
    printed.taxRate = line.taxRate;
    printed.exemptionReason = line.exemptionReason;
    printed.net = line.net;
    return printed;
}

Result<PrintedDocument> PrintedDocumentMapper::document(qint64 documentId) const
{
    auto found = m_ctx.documents.find(documentId);
    if (!found)
        return found.error();
    return document(found.value());
}

Result<PrintedDocument> PrintedDocumentMapper::document(const Document &d) const
{
    PrintedDocument doc = baseFor(d.language, d.currency);
    doc.kind = d.type == DocumentType::CreditNote ? Kind::CreditNote : Kind::Invoice;
    doc.draft = d.isDraft();
    doc.customerReference = d.customerReference;
    doc.notes = d.printedNotes; // internal notes are never printed
    doc.serviceDate = d.serviceDate;
    for (const DocumentLine &line : d.lines)
        doc.lines.append(lineOf(line));

    if (d.isDraft()) {
        auto company = m_ctx.company.load();
        if (!company)
            return company.error();
        auto customer = m_ctx.customers.find(d.customerId);
        if (!customer)
            return customer.error();
        const PrintedParties parties = PrintedParties::live(company.value(), customer.value(), d.paymentTermsDays);
        applyParties(doc, parties);
        if (doc.currency.isEmpty())
            doc.currency = company->currency;
        doc.issueDate = m_ctx.clock.today();
        doc.dueDate = doc.issueDate.addDays(d.paymentTermsDays);
        auto totals = DraftService::totalsOf(d.lines);
        if (!totals)
            return totals.error();
        doc.totals = totals.value();
        doc.paymentTerms = PrintedParties::paymentTermsText(d.paymentTermsDays, doc.language);
    } else {
        auto parties = PrintedParties::frozen(d.snapshot);
        if (!parties)
            return parties.error().prefixed(d.displayName());
        applyParties(doc, parties.value());
        doc.number = d.number;
        doc.issueDate = d.issueDate;
        doc.dueDate = d.dueDate;
        doc.totals.net = d.totalNet;
        doc.totals.tax = d.totalTax;
        doc.totals.gross = d.totalGross;
        doc.totals.subtotals = d.taxSubtotals;
        doc.amountPaid = d.amountPaid;
        doc.amountCredited = d.amountCredited;
        doc.paymentTerms = PrintedParties::paymentTermsText(parties->paymentTermsDays, doc.language);
        doc.paymentReference = d.paymentReference;
        doc.paymentLink = PaymentLink::frozenIn(d.snapshot);
    }

    if (d.type == DocumentType::Invoice) {
        auto company = m_ctx.company.load();
        if (!company)
            return company.error();
        doc.latePayment = latePaymentTerms(company.value(), doc);
        if (d.paymentMeans == PaymentMeans::DirectDebit && !d.isDraft())
            FACTURO_TRY(directDebitNotice(m_ctx, d, doc));
    }
    if (d.type == DocumentType::CreditNote) {
        auto invoice = m_ctx.documents.find(d.creditedDocumentId, false);
        if (!invoice)
            return invoice.error();
        doc.creditedInvoiceNumber = invoice->number;
        doc.creditedInvoiceDate = invoice->issueDate;
        doc.introduction = d.creditReason;
        doc.dueDate = {}; // nothing to pay on a credit note
        doc.paymentTerms.clear();
        doc.amountPaid = 0; // refunds are not "paid" on the note
        doc.amountCredited = 0;
    }
    FACTURO_TRY(doc.validate());
    return doc;
}

Result<PrintedDocument> PrintedDocumentMapper::quotation(qint64 quotationId) const
{
    auto q = m_ctx.quotations.find(quotationId);
    if (!q)
        return q.error();
    auto company = m_ctx.company.load();
    if (!company)
        return company.error();
    auto customer = m_ctx.customers.find(q->customerId);
    if (!customer)
        return customer.error();
    PrintedDocument doc = baseFor(customer->language, company->currency);
    doc.kind = Kind::Quotation;
    applyParties(doc, PrintedParties::live(company.value(), customer.value(), company->paymentTermsDays));
    doc.number = q->number;
    doc.draft = q->number.isEmpty();
    doc.issueDate = q->issueDate.isValid() ? q->issueDate : m_ctx.clock.today();
    doc.validUntil = q->validUntil;
    doc.introduction = q->description;
    doc.notes = q->printedNotes;
    for (const DocumentLine &line : q->lines)
        doc.lines.append(lineOf(line));
    FACTURO_TRY(doc.computeTotals());
    FACTURO_TRY(doc.validate());
    return doc;
}

Result<PrintedDocument> PrintedDocumentMapper::serviceReport(qint64 orderId) const
{
    auto order = m_ctx.orders.find(orderId);
    if (!order)
        return order.error();
    auto company = m_ctx.company.load();
    if (!company)
        return company.error();
    auto customer = m_ctx.customers.find(order->customerId);
    if (!customer)
        return customer.error();
    const int digits = Currency::minorDigits(company->currency);
    PrintedDocument doc = baseFor(customer->language, company->currency);
    doc.kind = Kind::ServiceOrderReport;
    applyParties(doc, PrintedParties::live(company.value(), customer.value(), company->paymentTermsDays));
    doc.number = order->jobRef.isEmpty() ? QString::number(order->id) : order->jobRef;
    doc.issueDate = order->completedAt.isValid() ? order->completedAt.toLocalTime().date() : m_ctx.clock.today();
    doc.siteAddress = PrintedParties::addressLines(order->siteAddress);
    doc.orderDescription = order->description;
    doc.interventionReport = order->report;

    QList<QDate> workDates;
    for (const TimeEntry &entry : order->timeEntries) {
        auto amount = TaxCalculator::lineNet(entry.hours, entry.hourlyRate, Percentage(), digits);
        if (!amount)
            return amount.error().prefixed(entry.technician);
        doc.timeEntries.append({entry.workDate, entry.technician, entry.hours, entry.hourlyRate, amount.value()});
        if (entry.workDate.isValid())
            workDates.append(entry.workDate);
    }
    if (!workDates.isEmpty()) {
        const auto [first, last] = std::minmax_element(workDates.cbegin(), workDates.cend());
        doc.serviceDate = *first;
        doc.serviceDateEnd = *last;
    }
    for (const PartUsed &part : order->parts) {
        auto amount = TaxCalculator::lineNet(part.quantity, part.unitPrice, Percentage(), digits);
        if (!amount)
            return amount.error().prefixed(part.description);
        doc.parts.append({part.description, part.quantity, part.unit, part.unitPrice, amount.value()});
    }
    doc.signOff.name = order->signoffName;
    doc.signOff.signedAt = order->signoffAt.toLocalTime();
    doc.signOff.signatureImage = order->signaturePng;
    FACTURO_TRY(doc.validate());
    return doc;
}

Result<PrintedDocument> PrintedDocumentMapper::reminder(
    qint64 customerId, const QList<qint64> &invoiceIds, int level) const
{
    if (invoiceIds.isEmpty())
        return Error::invalid(tr("A payment reminder lists at least one overdue invoice."));
    auto company = m_ctx.company.load();
    if (!company)
        return company.error();
    auto customer = m_ctx.customers.find(customerId);
    if (!customer)
        return customer.error();
    PrintedDocument doc = baseFor(customer->language, company->currency);
    doc.kind = Kind::PaymentReminder;
    applyParties(doc, PrintedParties::live(company.value(), customer.value(), company->paymentTermsDays));
    doc.issueDate = m_ctx.clock.today();
    doc.reminderLevel = std::max(1, level);
    for (const qint64 id : invoiceIds) {
        auto invoice = m_ctx.documents.find(id, false);
        if (!invoice)
            return invoice.error();
        const Document &d = invoice.value();
        if (d.type != DocumentType::Invoice || d.isDraft())
            return Error::invalid(
                tr("%1 is not a posted invoice: it cannot be in a payment reminder.").arg(d.displayName()));
        if (d.customerId != customerId)
            return Error::invalid(tr("%1 belongs to another customer than %2.").arg(d.number, customer->name));
        if (d.amountDue() <= 0)
            return Error::refused(tr("%1 has nothing left to pay: it cannot be in a payment reminder.").arg(d.number));
        PrintedDocument::OverdueInvoice overdue;
        overdue.number = d.number;
        overdue.issueDate = d.issueDate;
        overdue.dueDate = d.dueDate;
        overdue.daysOverdue = d.dueDate.isValid() ? std::max<qint64>(0, d.dueDate.daysTo(doc.issueDate)) : 0;
        overdue.amountDue = d.amountDue();
        doc.overdueInvoices.append(overdue);
    }
    FACTURO_TRY(doc.validate());
    return doc;
}
