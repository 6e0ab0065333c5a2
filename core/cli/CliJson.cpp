#include "CliJson.h"

#include "Money.h"
#include "PaymentLink.h"
#include "PaymentReference.h"
#include "SqlStatement.h"

#include <QJsonDocument>

namespace {
QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
} // namespace

QJsonObject CliJson::document(const Document &d, const QList<Payment> &payments,
                              const QList<DocumentSummary> &creditNotes)
{
    auto m = [&](qint64 minor) { return Money::plain(minor, d.currency); };
    QJsonArray lines;
    for (const DocumentLine &l : d.lines)
        lines.append(QJsonObject{{QStringLiteral("id"), l.id},
                                 {QStringLiteral("position"), l.position},
                                 {QStringLiteral("kind"), LineKinds::key(l.kind)},
                                 {QStringLiteral("description"), l.description},
                                 {QStringLiteral("quantity"), l.quantity.toString()},
                                 {QStringLiteral("unit"), l.unit},
                                 {QStringLiteral("unit_code"), l.unitCode},
                                 {QStringLiteral("unit_price"), l.unitPrice.toString(2)},
                                 {QStringLiteral("discount"), l.discount.toString()},
                                 {QStringLiteral("tax_category"), TaxCategories::key(l.taxCategory)},
                                 {QStringLiteral("tax_rate"), l.taxRate.toString()},
                                 {QStringLiteral("exemption_reason"), l.exemptionReason},
                                 {QStringLiteral("vatex_code"), l.vatexCode},
                                 {QStringLiteral("net"), m(l.net)},
                                 {QStringLiteral("credits_line"), l.sourceLineId}});
    QJsonArray taxes;
    for (const TaxSubtotal &t : d.taxSubtotals)
        taxes.append(QJsonObject{{QStringLiteral("category"), TaxCategories::key(t.category)},
                                 {QStringLiteral("rate"), t.rate.toString()},
                                 {QStringLiteral("exemption_reason"), t.exemptionReason},
                                 {QStringLiteral("base"), m(t.base)},
                                 {QStringLiteral("tax"), m(t.tax)}});
    QJsonArray pays;
    for (const Payment &p : payments)
        pays.append(QJsonObject{{QStringLiteral("id"), p.id},
                                {QStringLiteral("kind"), p.kind == PaymentKind::Payment    ? QStringLiteral("payment")
                                                         : p.kind == PaymentKind::Reversal ? QStringLiteral("reversal")
                                                                                           : QStringLiteral("refund")},
                                {QStringLiteral("amount"), m(p.amount)},
                                {QStringLiteral("date"), date(p.date)},
                                {QStringLiteral("method"), PaymentMethods::key(p.method)},
                                {QStringLiteral("reference"), p.reference}});
    QJsonArray notes;
    for (const DocumentSummary &n : creditNotes)
        notes.append(QJsonObject{{QStringLiteral("id"), n.id},
                                 {QStringLiteral("number"), n.number},
                                 {QStringLiteral("total_gross"), m(n.totalGross)}});
    QJsonObject o{{QStringLiteral("id"), d.id},
                  {QStringLiteral("type"), DocumentTypes::key(d.type)},
                  {QStringLiteral("number"), d.number},
                  {QStringLiteral("status"), DocumentStatuses::key(d.status)},
                  {QStringLiteral("customer_id"), d.customerId},
                  {QStringLiteral("customer"), d.customerName},
                  {QStringLiteral("issue_date"), date(d.issueDate)},
                  {QStringLiteral("service_date"), date(d.serviceDate)},
                  {QStringLiteral("due_date"), date(d.dueDate)},
                  {QStringLiteral("payment_terms_days"), d.paymentTermsDays},
                  {QStringLiteral("customer_reference"), d.customerReference},
                  {QStringLiteral("buyer_reference"), d.buyerReference},
                  {QStringLiteral("order_reference"), d.orderReference},
                  {QStringLiteral("payment_means"), PaymentMeansKeys::key(d.paymentMeans)},
                  {QStringLiteral("printed_notes"), d.printedNotes},
                  {QStringLiteral("internal_notes"), d.internalNotes},
                  {QStringLiteral("language"), d.language},
                  {QStringLiteral("currency"), d.currency},
                  {QStringLiteral("total_net"), m(d.totalNet)},
                  {QStringLiteral("total_tax"), m(d.totalTax)},
                  {QStringLiteral("total_gross"), m(d.totalGross)},
                  {QStringLiteral("amount_paid"), m(d.amountPaid)},
                  {QStringLiteral("amount_credited"), m(d.amountCredited)},
                  {QStringLiteral("amount_due"), m(d.amountDue())},
                  {QStringLiteral("approved_by"), d.approvedBy},
                  {QStringLiteral("posted_by"), d.postedBy},
                  {QStringLiteral("in_trash"), d.isDeleted()},
                  {QStringLiteral("lines"), lines},
                  {QStringLiteral("tax_breakdown"), taxes},
                  {QStringLiteral("payments"), pays},
                  {QStringLiteral("credit_notes"), notes}};
    if (d.creditedDocumentId > 0) {
        o.insert(QStringLiteral("credits_document_id"), d.creditedDocumentId);
        o.insert(QStringLiteral("credit_reason"), d.creditReason);
    }
    if (d.serviceOrderId > 0)
        o.insert(QStringLiteral("service_order_id"), d.serviceOrderId);
    // The structured payment reference (electronic form; null when the document has none), as
    // printed, and the payment link frozen at posting (null when none).
    const auto reference = PaymentReference::parse(d.paymentReference);
    o.insert(QStringLiteral("payment_reference"), reference ? QJsonValue(reference->text) : QJsonValue());
    o.insert(QStringLiteral("payment_reference_printed"), reference ? QJsonValue(reference->printed()) : QJsonValue());
    const QString link = PaymentLink::frozenIn(d.snapshot);
    o.insert(QStringLiteral("payment_link"), link.isEmpty() ? QJsonValue() : QJsonValue(link));
    if (!d.snapshot.isEmpty())
        o.insert(QStringLiteral("snapshot"), QJsonDocument::fromJson(d.snapshot.toUtf8()).object());
    return o;
}

QJsonObject CliJson::summary(const DocumentSummary &s, const QString &currency)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("type"), DocumentTypes::key(s.type)},
            {QStringLiteral("number"), s.number},
            {QStringLiteral("status"), DocumentStatuses::key(s.status)},
            {QStringLiteral("customer_id"), s.customerId},
            {QStringLiteral("customer"), s.customerName},
            {QStringLiteral("issue_date"), date(s.issueDate)},
            {QStringLiteral("due_date"), date(s.dueDate)},
            {QStringLiteral("total_net"), Money::plain(s.totalNet, currency)},
            {QStringLiteral("total_tax"), Money::plain(s.totalTax, currency)},
            {QStringLiteral("total_gross"), Money::plain(s.totalGross, currency)},
            {QStringLiteral("amount_due"), Money::plain(s.amountDue, currency)},
            {QStringLiteral("in_trash"), s.deleted}};
}

QJsonObject CliJson::postalAddress(const PostalAddress &a)
{
    return {{QStringLiteral("street"), a.line1},      {QStringLiteral("street2"), a.line2},
            {QStringLiteral("street3"), a.line3},     {QStringLiteral("postcode"), a.postcode},
            {QStringLiteral("city"), a.city},         {QStringLiteral("subdivision"), a.subdivision},
            {QStringLiteral("country"), a.countryCode}};
}

QJsonObject CliJson::customer(const Customer &c)
{
    QJsonArray contacts;
    for (const Contact &k : c.contacts)
        contacts.append(QJsonObject{{QStringLiteral("name"), k.name},
                                    {QStringLiteral("email"), k.email},
                                    {QStringLiteral("phone"), k.phone},
                                    {QStringLiteral("primary"), k.isPrimary}});
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("name"), c.name},
                  {QStringLiteral("address"), c.billingAddress},
                  {QStringLiteral("postal_address"), postalAddress(c.postalAddress)},
                  {QStringLiteral("address_to_review"), c.postalAddress.toReview},
                  {QStringLiteral("vat_id"), c.vatId},
                  {QStringLiteral("registration"), c.registration.toString()},
                  {QStringLiteral("endpoint"), c.endpoint.toString()},
                  {QStringLiteral("buyer_reference"), c.buyerReference},
                  {QStringLiteral("einvoice_format"), EInvoiceFormats::key(c.einvoiceFormat)},
                  {QStringLiteral("language"), c.language},
                  {QStringLiteral("no_reminders"), c.noReminders},
                  {QStringLiteral("notes"), c.notes},
                  {QStringLiteral("contacts"), contacts}};
    if (c.paymentTermsDays)
        o.insert(QStringLiteral("payment_terms_days"), *c.paymentTermsDays);
    return o;
}

QJsonObject CliJson::order(const ServiceOrder &o)
{
    QJsonArray time;
    for (const TimeEntry &e : o.timeEntries)
        time.append(QJsonObject{{QStringLiteral("id"), e.id},
                                {QStringLiteral("technician"), e.technician},
                                {QStringLiteral("date"), date(e.workDate)},
                                {QStringLiteral("hours"), e.hours.toString()},
                                {QStringLiteral("rate"), e.hourlyRate.toString(2)},
                                {QStringLiteral("description"), e.description}});
    QJsonArray parts;
    for (const PartUsed &p : o.parts)
        parts.append(QJsonObject{{QStringLiteral("id"), p.id},
                                 {QStringLiteral("sku"), p.sku},
                                 {QStringLiteral("description"), p.description},
                                 {QStringLiteral("quantity"), p.quantity.toString()},
                                 {QStringLiteral("unit_price"), p.unitPrice.toString(2)},
                                 {QStringLiteral("tax_category"), TaxCategories::key(p.taxCategory)},
                                 {QStringLiteral("tax_rate"), p.taxRate.toString()}});
    return {{QStringLiteral("id"), o.id},
            {QStringLiteral("job_id"), o.jobRef},
            {QStringLiteral("customer_id"), o.customerId},
            {QStringLiteral("customer"), o.customerName},
            {QStringLiteral("status"), OrderStatuses::key(o.status)},
            {QStringLiteral("site_address"), o.siteAddress},
            {QStringLiteral("description"), o.description},
            {QStringLiteral("report"), o.report},
            {QStringLiteral("completed_at"), o.completedAt.isValid() ? SqlValue::timestamp(o.completedAt) : QString()},
            {QStringLiteral("invoice_id"), o.invoiceId},
            {QStringLiteral("signed_by"), o.signoffName},
            {QStringLiteral("labor"), time},
            {QStringLiteral("parts"), parts}};
}

QJsonObject CliJson::orderSummary(const ServiceOrderSummary &o)
{
    return {{QStringLiteral("id"), o.id},
            {QStringLiteral("job_id"), o.jobRef},
            {QStringLiteral("customer"), o.customerName},
            {QStringLiteral("description"), o.description},
            {QStringLiteral("status"), OrderStatuses::key(o.status)},
            {QStringLiteral("completed_at"), o.completedAt.isValid() ? SqlValue::timestamp(o.completedAt) : QString()},
            {QStringLiteral("invoice_id"), o.invoiceId}};
}

QJsonObject CliJson::journalEntry(const JournalEntry &e, const QString &currency)
{
    QJsonArray lines;
    for (const JournalLine &l : e.lines)
        lines.append(QJsonObject{{QStringLiteral("account"), l.accountCode},
                                 {QStringLiteral("account_name"), l.accountName},
                                 {QStringLiteral("debit"), Money::plain(l.debit, currency)},
                                 {QStringLiteral("credit"), Money::plain(l.credit, currency)}});
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("date"), date(e.date)},
            {QStringLiteral("kind"), e.kind},
            {QStringLiteral("reference"), e.reference},
            {QStringLiteral("description"), e.description},
            {QStringLiteral("lines"), lines}};
}

QJsonObject CliJson::auditEvent(const AuditEvent &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("at"), SqlValue::timestamp(e.occurredAt)},
            {QStringLiteral("user"), e.userName},
            {QStringLiteral("entity"), e.entity},
            {QStringLiteral("entity_id"), e.entityId},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("details"), QJsonDocument::fromJson(e.details.toUtf8()).object()},
            {QStringLiteral("hash"), e.hash}};
}
