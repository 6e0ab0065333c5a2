#include "MailComposer.h"

#include "MailSettingsService.h"
#include "MailTemplates.h"

namespace {
QString contactAddress(const Contact &contact)
{
    auto address = MailAddress::create(contact.name.simplified(), contact.email.trimmed());
    return address ? address->toDisplayString() : contact.email.trimmed();
}

Result<QList<MailAddress>> parseAll(const QStringList &texts, const QString &what)
{
    QList<MailAddress> list;
    for (const QString &text : texts) {
        if (text.trimmed().isEmpty())
            continue;
        auto address = MailAddress::parse(text.trimmed());
        if (!address)
            return address.error().prefixed(what);
        list.append(address.value());
    }
    return list;
}
} // namespace

Result<Document> MailComposer::sendableDocument(qint64 documentId, bool reminder) const
{
    auto doc = m_ctx.documents.find(documentId, false);
    if (!doc)
        return doc.error();
    if (doc->isDraft())
        return Error::refused(tr("%1 is a draft: post it before sending it.").arg(doc->displayName()));
    if (doc->isDeleted())
        return Error::refused(tr("%1 is in the trash.").arg(doc->displayName()));
    if (reminder && doc->type != DocumentType::Invoice)
        return Error::refused(tr("%1 is a credit note: reminders are for invoices.").arg(doc->displayName()));
    return doc.value();
}

Result<DocumentMailDraft> MailComposer::draft(qint64 documentId, bool reminder) const
{
    auto settings = MailSettingsService(m_ctx, m_audit).load();
    if (!settings)
        return settings.error();
    return draft(documentId, reminder, settings.value());
}

Result<DocumentMailDraft> MailComposer::draft(qint64 documentId, bool reminder, const MailSettings &settings) const
{
    auto doc = sendableDocument(documentId, reminder);
    if (!doc)
        return doc.error();
    auto customer = m_ctx.customers.find(doc->customerId);
    if (!customer)
        return customer.error();
    auto company = m_ctx.company.load();
    if (!company)
        return company.error();

    DocumentMailDraft d;
    d.document = doc.value();
    d.kind = reminder ? MailKind::Reminder
                      : (doc->type == DocumentType::Invoice ? MailKind::Invoice : MailKind::CreditNote);
    for (const Contact &c : customer->contacts)
        if (!c.email.trimmed().isEmpty())
            d.contacts.append(c);
    const QString primary = customer->primaryEmail();
    for (const Contact &c : std::as_const(d.contacts)) {
        if (c.email == primary) {
            d.defaultTo << contactAddress(c);
            break;
        }
    }
    MailTemplates templates(m_ctx, m_audit);
    auto mailTemplate = templates.load(d.kind, doc->language);
    if (!mailTemplate)
        return mailTemplate.error();
    const MailTemplate filled
        = MailTemplates::fill(mailTemplate.value(), MailTemplates::placeholdersFor(doc.value(), company.value()));
    d.subject = filled.subject;
    d.body = filled.body;
    d.printedNotes = doc->printedNotes;
    auto from = MailSettingsService(m_ctx, m_audit).sender(settings);
    if (from)
        d.from = from.value(); // a missing sender is reported by compose()
    return d;
}

QString MailComposer::withPrintedNotes(const QString &body, const QString &notes)
{
    if (notes.trimmed().isEmpty())
        return body;
    QString out = body;
    if (!out.endsWith(QLatin1Char('\n')))
        out += QLatin1Char('\n');
    return out + QLatin1Char('\n') + notes.trimmed() + QLatin1Char('\n');
}

Result<OutboxRequest> MailComposer::compose(
    const DocumentMailRequest &r, const QList<MailAttachment> &attachments) const
{
    MailSettingsService settingsService(m_ctx, m_audit);
    auto settings = settingsService.load();
    if (!settings)
        return settings.error();
    auto draftResult = draft(r.documentId, r.reminder, settings.value());
    if (!draftResult)
        return draftResult.error();
    const DocumentMailDraft &d = draftResult.value();

    QStringList toTexts = r.to;
    toTexts.removeAll(QString());
    if (toTexts.isEmpty())
        toTexts = d.defaultTo;
    if (toTexts.isEmpty())
        return Error::refused(tr("%1 has no recipient: the customer %2 has no contact with an email address. "
                                 "Add one to the customer or give the address.")
                                  .arg(d.document.displayName(), d.document.customerName));
    auto to = parseAll(toTexts, tr("Recipient"));
    if (!to)
        return to.error();
    auto cc = parseAll(r.cc, tr("Copy to"));
    if (!cc)
        return cc.error();

    if (d.from.isNull())
        return settingsService.sender(settings.value()).error(); // says why there is no sender

    OutboxRequest request;
    request.documentId = d.document.id;
    request.kind = d.kind;
    request.maxAttempts = settings->maxAttempts;
    MailMessage &m = request.message;
    m.from = d.from;
    m.to = to.value();
    m.cc = cc.value();
    m.subject = r.subject.value_or(d.subject);
    if (m.subject.trimmed().isEmpty())
        return Error::invalid(tr("The subject is empty."));
    m.textBody = r.body.value_or(d.body);
    if (r.includePrintedNotes)
        m.textBody = withPrintedNotes(m.textBody, d.printedNotes);
    m.attachments = attachments;
    return request;
}
