#include "DraftService.h"

#include "Currency.h"
#include "Money.h"
#include "OrderInvoiceLines.h"
#include "TextRules.h"
#include "Transaction.h"
#include "UnitCodes.h"

#include <QJsonObject>
#include <QRegularExpression>

Result<DocumentLine> DraftService::priced(DocumentLine line, const QString &currency)
{
    line.description = line.description.trimmed();
    if (line.description.isEmpty())
        return Error::invalid(tr("A line needs a description."));
    if (line.description.size() > 2000)
        return Error::invalid(tr("A line description is limited to 2000 characters."));
    FACTURO_TRY(TextRules::refuseControls(line.description, tr("line description"), true));
    FACTURO_TRY(TextRules::refuseControls(line.unit, tr("unit"), false));
    if (line.quantity.isZero())
        return Error::invalid(tr("The quantity of \"%1\" must not be zero.").arg(line.description));
    if (line.unitPrice.isNegative())
        return Error::invalid(tr("The unit price of \"%1\" must not be negative: use a negative quantity for a "
                                 "returned part.").arg(line.description));
    FACTURO_TRY(TaxCalculator::validateTax(line.taxCategory, line.taxRate, line.exemptionReason));
    if (!TaxCategories::carriesExemption(line.taxCategory))
        line.exemptionReason.clear();
    FACTURO_TRY(codedLine(line));
    auto net = TaxCalculator::lineNet(line.quantity, line.unitPrice, line.discount, Currency::minorDigits(currency));
    if (!net)
        return net.error().prefixed(line.description);
    line.net = net.value();
    return line;
}

Status DraftService::codedLine(DocumentLine &line)
{
    if (line.unitCode.trimmed().isEmpty()) {
        line.unitCode = UnitCodes::fromUnitText(line.unit);
    } else {
        auto code = UnitCodes::validate(line.unitCode);
        if (!code)
            return code.error().prefixed(line.description);
        line.unitCode = code.value();
    }
    // A VATEX code explains a 0 % line that is not zero-rated; the others carry none (BR-S/Z-10).
    if (!TaxCategories::carriesExemption(line.taxCategory) && line.taxCategory != TaxCategory::ReverseCharge) {
        line.vatexCode.clear();
        return {};
    }
    line.vatexCode = line.vatexCode.trimmed().toUpper();
    if (line.vatexCode.isEmpty()) {
        line.vatexCode = TaxCategories::defaultVatexCode(line.taxCategory);
        return {};
    }
    static const QRegularExpression vatex(QStringLiteral("^VATEX-[A-Z]{2}-[A-Z0-9-]{1,20}$"));
    if (!vatex.match(line.vatexCode).hasMatch())
        return Error::invalid(tr("%1: \"%2\" is not a VATEX exemption code (such as VATEX-EU-132-1I, VATEX-EU-IC, "
                                 "VATEX-EU-G or VATEX-FR-FRANCHISE)")
                                  .arg(line.description, line.vatexCode));
    return {};
}

Result<DocumentTotals> DraftService::totalsOf(const QList<DocumentLine> &lines)
{
    TaxCalculator calculator(0); // nets are already in minor units
    for (const DocumentLine &line : lines)
        FACTURO_TRY(calculator.addNet(line.net, line.taxCategory, line.taxRate, line.exemptionReason));
    return calculator.totals();
}

Result<Document> DraftService::loadDraft(qint64 documentId)
{
    auto doc = m_ctx.documents.find(documentId);
    if (!doc)
        return doc.error();
    if (!doc->isDraft())
        return Error::refused(tr("%1 is posted: it can no longer be changed. Issue a credit note to correct it.")
                                  .arg(doc->displayName()));
    if (doc->isDeleted())
        return Error::refused(tr("%1 is in the trash: restore it first.").arg(doc->displayName()));
    return doc;
}

Status DraftService::saveTotals(Document &draft)
{
    auto reloaded = m_ctx.documents.find(draft.id);
    if (!reloaded)
        return reloaded.error();
    auto totals = totalsOf(reloaded->lines);
    if (!totals)
        return totals.error();
    draft.totalNet = totals->net;
    draft.totalTax = totals->tax;
    draft.totalGross = totals->gross;
    draft.approvedBy.clear(); // an approval covers the document as it was
    draft.approvedAt = QDateTime();
    draft.updatedAt = m_ctx.clock.nowUtc();
    return m_ctx.documents.updateDraftHeader(draft);
}

Result<Document> DraftService::newInvoice(qint64 customerId) const
{
    auto company = m_ctx.company.load();
    if (!company)
        return company.error();
    auto customer = m_ctx.customers.find(customerId);
    if (!customer)
        return customer.error();
    Document d;
    d.type = DocumentType::Invoice;
    d.customerId = customer->id;
    d.customerName = customer->name;
    d.serviceDate = m_ctx.clock.today();
    d.paymentTermsDays = customer->paymentTermsDays.value_or(company->paymentTermsDays);
    d.language = customer->language.isEmpty() ? company->defaultLanguage : customer->language;
    d.currency = company->currency;
    d.buyerReference = customer->buyerReference;
    d.createdAt = d.updatedAt = m_ctx.clock.nowUtc();
    d.createdBy = m_ctx.user.name;
    return d;
}

Result<qint64> DraftService::createInvoice(qint64 customerId)
{
    return m_ctx.db.retrying([&]() -> Result<qint64> {
        auto draft = newInvoice(customerId);
        if (!draft)
            return draft.error();
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto id = m_ctx.documents.insertDraft(draft.value());
        if (!id)
            return id.error();
        FACTURO_TRY(m_audit.record(QStringLiteral("invoice"), id.value(), QStringLiteral("create"),
            {{QStringLiteral("customer"), draft->customerName}}));
        FACTURO_TRY(tx.commit());
        return id.value();
    });
}

Result<qint64> DraftService::createInvoice(qint64 customerId, const Document &header, const QList<DocumentLine> &lines)
{
    return m_ctx.db.retrying([&]() -> Result<qint64> {
        auto draft = newInvoice(customerId);
        if (!draft)
            return draft.error();
        if (header.serviceDate.isValid())
            draft->serviceDate = header.serviceDate;
        FACTURO_TRY(TextRules::refuseControls(header.customerReference, tr("customer reference")));
        FACTURO_TRY(TextRules::refuseControls(header.printedNotes, tr("printed notes"), true));
        draft->customerReference = header.customerReference.left(200);
        if (!header.buyerReference.trimmed().isEmpty())
            draft->buyerReference = header.buyerReference.trimmed().left(200);
        draft->orderReference = header.orderReference.trimmed().left(200);
        draft->paymentMeans = header.paymentMeans;
        draft->printedNotes = header.printedNotes;
        draft->internalNotes = header.internalNotes;
        draft->quotationId = header.quotationId;
        if (lines.size() > 10000)
            return Error::refused(tr("A document is limited to 10,000 lines."));
        QList<DocumentLine> priced;
        priced.reserve(lines.size());
        for (const DocumentLine &line : lines) {
            auto p = DraftService::priced(line, draft->currency);
            if (!p)
                return p.error().prefixed(tr("Line %1").arg(priced.size() + 1));
            p->position = static_cast<int>(priced.size()) + 1;
            priced.append(p.value());
        }
        auto totals = totalsOf(priced);
        if (!totals)
            return totals.error();
        draft->totalNet = totals->net;
        draft->totalTax = totals->tax;
        draft->totalGross = totals->gross;
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto id = m_ctx.documents.insertDraft(draft.value());
        if (!id)
            return id.error();
        for (const DocumentLine &line : std::as_const(priced)) {
            auto added = m_ctx.documents.insertLine(id.value(), line);
            if (!added)
                return added.error();
        }
        FACTURO_TRY(m_audit.record(QStringLiteral("invoice"), id.value(), QStringLiteral("create"),
            {{QStringLiteral("customer"), draft->customerName},
                {QStringLiteral("lines"), static_cast<int>(priced.size())}}));
        FACTURO_TRY(tx.commit());
        return id.value();
    });
}

Result<qint64> DraftService::createFromOrder(qint64 serviceOrderId)
{
    return m_ctx.db.retrying([&]() -> Result<qint64> {
        auto order = m_ctx.orders.find(serviceOrderId);
        if (!order)
            return order.error();
        if (order->status == OrderStatus::Invoiced)
            return Error::conflict(tr("Service order %1 is already invoiced.").arg(serviceOrderId));
        if (order->status != OrderStatus::Done)
            return Error::refused(tr("Service order %1 is %2: only a Done order can be invoiced.")
                                      .arg(serviceOrderId)
                                      .arg(OrderStatuses::displayName(order->status)));
        if (order->timeEntries.isEmpty() && order->parts.isEmpty())
            return Error::refused(tr("Service order %1 has no time entries or parts to invoice.").arg(serviceOrderId));
        auto labourRate = m_ctx.catalog.defaultTaxRate();
        if (!labourRate && !order->timeEntries.isEmpty())
            return labourRate.error();
        auto draft = newInvoice(order->customerId);
        if (!draft)
            return draft.error();
        auto company = m_ctx.company.load();
        if (!company)
            return company.error();
        // In the customer's language: the job number as their reference, localised labour lines.
        const QString ref = OrderInvoiceLines::reference(order.value());
        draft->serviceOrderId = order->id;
        if (order->completedAt.isValid())
            draft->serviceDate = order->completedAt.toLocalTime().date();
        draft->customerReference = ref.left(200);
        draft->internalNotes = tr("From service order %1").arg(ref);
        if (!order->description.trimmed().isEmpty())
            draft->internalNotes += QLatin1Char('\n') + order->description.trimmed();
        QList<DocumentLine> lines = OrderInvoiceLines(draft->language, company->technicianOnInvoiceLines)
                                        .lines(order.value(), labourRate ? &labourRate.value() : nullptr);

        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto id = m_ctx.documents.insertDraft(draft.value());
        if (!id)
            return id.error();
        draft->id = id.value();
        int position = 0;
        for (DocumentLine &line : lines) {
            line.position = ++position;
            auto priced = DraftService::priced(line, draft->currency);
            if (!priced)
                return priced.error().prefixed(tr("Service order %1").arg(ref));
            auto added = m_ctx.documents.insertLine(draft->id, priced.value());
            if (!added)
                return added.error();
        }
        FACTURO_TRY(saveTotals(draft.value()));
        FACTURO_TRY(m_ctx.orders.markInvoiced(order->id, draft->id, m_ctx.clock.nowUtc()));
        FACTURO_TRY(m_audit.record(QStringLiteral("invoice"), draft->id, QStringLiteral("create"),
            {{QStringLiteral("customer"), draft->customerName}, {QStringLiteral("service_order"), ref}}));
        FACTURO_TRY(m_audit.record(QStringLiteral("service_order"), order->id, QStringLiteral("invoice"),
            {{QStringLiteral("draft"), draft->id}}));
        FACTURO_TRY(tx.commit());
        return draft->id;
    });
}

namespace {
QString entityOf(const Document &d)
{
    return DocumentTypes::key(d.type);
}
} // namespace

Status DraftService::updateHeader(const Document &edited)
{
    return m_ctx.db.retrying([&]() -> Status {
        auto draft = loadDraft(edited.id);
        if (!draft)
            return draft.error();
        Document d = draft.value();
        QJsonObject changes;
        if (edited.customerId != d.customerId) {
            if (d.type == DocumentType::CreditNote)
                return Error::refused(tr("The customer of a credit note is the customer of the invoice it credits."));
            auto company = m_ctx.company.load();
            if (!company)
                return company.error();
            auto customer = m_ctx.customers.find(edited.customerId);
            if (!customer)
                return customer.error();
            d.customerId = customer->id;
            d.customerName = customer->name;
            d.paymentTermsDays = customer->paymentTermsDays.value_or(company->paymentTermsDays);
            d.language = customer->language.isEmpty() ? company->defaultLanguage : customer->language;
            if (edited.buyerReference == d.buyerReference) // not changed with it: the new customer's
                d.buyerReference = customer->buyerReference;
            changes.insert(QStringLiteral("customer"), customer->name);
        } else {
            if (edited.paymentTermsDays != d.paymentTermsDays) {
                if (edited.paymentTermsDays < 0 || edited.paymentTermsDays > 365)
                    return Error::invalid(tr("Payment terms must be between 0 and 365 days."));
                d.paymentTermsDays = edited.paymentTermsDays;
                changes.insert(QStringLiteral("payment_terms_days"), d.paymentTermsDays);
            }
            if (edited.language != d.language) {
                if (edited.language != QLatin1String("en") && edited.language != QLatin1String("fr")
                    && edited.language != QLatin1String("de"))
                    return Error::invalid(tr("The document language must be en, fr or de."));
                d.language = edited.language;
                changes.insert(QStringLiteral("language"), d.language);
            }
        }
        if (edited.serviceDate != d.serviceDate) {
            d.serviceDate = edited.serviceDate;
            changes.insert(QStringLiteral("service_date"), d.serviceDate.toString(Qt::ISODate));
        }
        auto setText = [&](QString &field, const QString &value, const char *key, int maxLength) -> Status {
            if (value.size() > maxLength)
                return Error::invalid(tr("The %1 is limited to %2 characters.")
                                          .arg(QString::fromLatin1(key).replace(QLatin1Char('_'), QLatin1Char(' ')))
                                          .arg(maxLength));
            FACTURO_TRY(TextRules::refuseControls(
                value, QString::fromLatin1(key).replace(QLatin1Char('_'), QLatin1Char(' ')), maxLength > 200));
            if (value != field) {
                field = value;
                changes.insert(QString::fromLatin1(key), value);
            }
            return {};
        };
        FACTURO_TRY(setText(d.customerReference, edited.customerReference, "customer_reference", 200));
        if (edited.buyerReference != draft->buyerReference)
            FACTURO_TRY(setText(d.buyerReference, edited.buyerReference.trimmed(), "buyer_reference", 200));
        FACTURO_TRY(setText(d.orderReference, edited.orderReference.trimmed(), "order_reference", 200));
        if (edited.paymentMeans != d.paymentMeans) {
            d.paymentMeans = edited.paymentMeans;
            changes.insert(QStringLiteral("payment_means"), PaymentMeansKeys::key(d.paymentMeans));
        }
        FACTURO_TRY(setText(d.printedNotes, edited.printedNotes, "printed_notes", 4000));
        FACTURO_TRY(setText(d.internalNotes, edited.internalNotes, "internal_notes", 4000));
        FACTURO_TRY(setText(d.creditReason, edited.creditReason, "credit_reason", 1000));
        if (changes.isEmpty())
            return {};
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        FACTURO_TRY(saveTotals(d));
        FACTURO_TRY(m_audit.record(entityOf(d), d.id, QStringLiteral("edit"), changes));
        return tx.commit();
    });
}

Status DraftService::checkCreditLine(const Document &creditNote, const DocumentLine &line)
{
    if (line.sourceLineId <= 0)
        return Error::refused(tr("A credit note line must credit a line of the invoice."));
    auto invoice = m_ctx.documents.find(creditNote.creditedDocumentId);
    if (!invoice)
        return invoice.error();
    const DocumentLine *source = nullptr;
    for (const DocumentLine &l : invoice->lines)
        if (l.id == line.sourceLineId)
            source = &l;
    if (!source)
        return Error::refused(tr("The line credited is not a line of %1.").arg(invoice->number));
    if (line.unitPrice != source->unitPrice || line.discount != source->discount || line.taxRate != source->taxRate
        || line.taxCategory != source->taxCategory || line.kind != source->kind)
        return Error::refused(tr("A credit note line keeps the price, discount and tax of the invoice line; only "
                                 "its quantity can be reduced."));
    auto credited = m_ctx.documents.creditedQuantities(invoice->id);
    if (!credited)
        return credited.error();
    qint64 inThisNote = 0;
    for (const DocumentLine &l : creditNote.lines)
        if (l.sourceLineId == line.sourceLineId && l.id != line.id)
            inThisNote += l.quantity.scaled();
    const qint64 original = source->quantity.scaled();
    const qint64 remaining = original - credited->value(source->id) - inThisNote;
    const qint64 wanted = line.quantity.scaled();
    if ((original > 0 && (wanted <= 0 || wanted > remaining)) || (original < 0 && (wanted >= 0 || wanted < remaining)))
        return Error::refused(tr("Line \"%1\": at most %2 can still be credited (invoiced %3).")
                                  .arg(source->description, Quantity::fromScaled(remaining).toString(),
                                       source->quantity.toString()));
    return {};
}

Result<qint64> DraftService::addLine(qint64 documentId, const DocumentLine &given)
{
    return m_ctx.db.retrying([&]() -> Result<qint64> {
        DocumentLine line = given; // each attempt starts from what was given
        auto draft = loadDraft(documentId);
        if (!draft)
            return draft.error();
        auto priced = DraftService::priced(line, draft->currency);
        if (!priced)
            return priced.error();
        line = priced.value();
        if (draft->type == DocumentType::CreditNote)
            FACTURO_TRY(checkCreditLine(draft.value(), line));
        if (draft->lines.size() >= 10000)
            return Error::refused(tr("A document is limited to 10,000 lines."));

        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        const int count = static_cast<int>(draft->lines.size());
        if (line.position <= 0 || line.position > count) {
            line.position = count + 1;
        } else {
            for (DocumentLine existing : draft->lines) {
                if (existing.position >= line.position) {
                    ++existing.position;
                    FACTURO_TRY(m_ctx.documents.updateLine(existing));
                }
            }
        }
        auto id = m_ctx.documents.insertLine(documentId, line);
        if (!id)
            return id.error();
        FACTURO_TRY(saveTotals(draft.value()));
        FACTURO_TRY(m_audit.record(entityOf(draft.value()), documentId, QStringLiteral("edit"),
            {{QStringLiteral("add_line"), line.description}, {QStringLiteral("net"), line.net}}));
        FACTURO_TRY(tx.commit());
        return id.value();
    });
}

Status DraftService::updateLine(qint64 documentId, const DocumentLine &given)
{
    return m_ctx.db.retrying([&]() -> Status {
        DocumentLine line = given; // each attempt starts from what was given
        auto draft = loadDraft(documentId);
        if (!draft)
            return draft.error();
        const DocumentLine *existing = nullptr;
        for (const DocumentLine &l : draft->lines)
            if (l.id == line.id)
                existing = &l;
        if (!existing)
            return Error::notFound(tr("Line %1 is not on %2.").arg(line.id).arg(draft->displayName()));
        line.position = existing->position;
        auto priced = DraftService::priced(line, draft->currency);
        if (!priced)
            return priced.error();
        line = priced.value();
        if (draft->type == DocumentType::CreditNote)
            FACTURO_TRY(checkCreditLine(draft.value(), line));
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        FACTURO_TRY(m_ctx.documents.updateLine(line));
        FACTURO_TRY(saveTotals(draft.value()));
        FACTURO_TRY(m_audit.record(entityOf(draft.value()), documentId, QStringLiteral("edit"),
            {{QStringLiteral("update_line"), line.description}, {QStringLiteral("net"), line.net}}));
        return tx.commit();
    });
}

Status DraftService::removeLine(qint64 documentId, qint64 lineId)
{
    return m_ctx.db.retrying([&]() -> Status {
        auto draft = loadDraft(documentId);
        if (!draft)
            return draft.error();
        const DocumentLine *removed = nullptr;
        for (const DocumentLine &l : draft->lines)
            if (l.id == lineId)
                removed = &l;
        if (!removed)
            return Error::notFound(tr("Line %1 is not on %2.").arg(lineId).arg(draft->displayName()));
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        FACTURO_TRY(m_ctx.documents.deleteLine(lineId));
        for (DocumentLine l : draft->lines) {
            if (l.position > removed->position) {
                --l.position;
                FACTURO_TRY(m_ctx.documents.updateLine(l));
            }
        }
        FACTURO_TRY(saveTotals(draft.value()));
        FACTURO_TRY(m_audit.record(entityOf(draft.value()), documentId, QStringLiteral("edit"),
            {{QStringLiteral("remove_line"), removed->description}}));
        return tx.commit();
    });
}

Status DraftService::approve(qint64 documentId)
{
    return m_ctx.db.retrying([&]() -> Status {
        if (!m_ctx.user.isManager())
            return Error::permission(
                tr("Only a manager can approve an invoice (you are signed in as %1, a clerk).").arg(m_ctx.user.name));
        auto draft = loadDraft(documentId);
        if (!draft)
            return draft.error();
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        Document d = draft.value();
        d.approvedBy = m_ctx.user.name;
        d.approvedAt = m_ctx.clock.nowUtc();
        d.updatedAt = d.approvedAt;
        FACTURO_TRY(m_ctx.documents.updateDraftHeader(d));
        FACTURO_TRY(
            m_audit.record(entityOf(d), d.id, QStringLiteral("approve"), {{QStringLiteral("gross"), d.totalGross}}));
        return tx.commit();
    });
}

Status DraftService::moveToTrash(qint64 documentId)
{
    return m_ctx.db.retrying([&]() -> Status {
        auto draft = loadDraft(documentId);
        if (!draft)
            return draft.error();
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        FACTURO_TRY(m_ctx.documents.setDeleted(documentId, m_ctx.clock.nowUtc(), m_ctx.user.name));
        FACTURO_TRY(m_audit.record(entityOf(draft.value()), documentId, QStringLiteral("delete")));
        return tx.commit();
    });
}

Status DraftService::restore(qint64 documentId)
{
    return m_ctx.db.retrying([&]() -> Status {
        auto doc = m_ctx.documents.find(documentId, false);
        if (!doc)
            return doc.error();
        if (!doc->isDeleted())
            return Error::refused(tr("%1 is not in the trash.").arg(doc->displayName()));
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        FACTURO_TRY(m_ctx.documents.setDeleted(documentId, QDateTime(), QString()));
        FACTURO_TRY(m_audit.record(entityOf(doc.value()), documentId, QStringLiteral("restore")));
        return tx.commit();
    });
}
