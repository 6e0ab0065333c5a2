#include "QuotationService.h"

#include "DraftService.h"
#include "Transaction.h"

#include <QJsonObject>

Result<QList<DocumentLine>> QuotationService::priced(QList<DocumentLine> lines, const QString &currency) const
{
    int position = 0;
    for (DocumentLine &line : lines) {
        auto p = DraftService::priced(line, currency);
        if (!p)
            return p.error();
        line = p.value();
        line.position = ++position;
    }
    return lines;
}

Result<qint64> QuotationService::create(const Quotation &given)
{
    return m_ctx.db.retrying([&]() -> Result<qint64> {
        Quotation q = given; // each attempt starts from what was given
        auto company = m_ctx.company.load();
        if (!company)
            return company.error();
        auto customer = m_ctx.customers.find(q.customerId);
        if (!customer)
            return customer.error();
        auto lines = priced(q.lines, company->currency);
        if (!lines)
            return lines.error();
        q.lines = lines.value();
        if (!q.issueDate.isValid())
            q.issueDate = m_ctx.clock.today();
        if (!q.validUntil.isValid())
            q.validUntil = q.issueDate.addDays(30);
        if (q.validUntil < q.issueDate)
            return Error::invalid(tr("A quotation cannot expire before it is issued."));
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto id = m_ctx.quotations.insert(q, m_ctx.clock.nowUtc());
        if (!id)
            return id.error();
        FACTURO_TRY(m_audit.record(QStringLiteral("quotation"), id.value(), QStringLiteral("create"),
            {{QStringLiteral("customer"), customer->name}}));
        FACTURO_TRY(tx.commit());
        return id.value();
    });
}

Result<Quotation> QuotationService::open(qint64 quotationId)
{
    auto q = m_ctx.quotations.find(quotationId);
    if (!q)
        return q.error();
    if (q->status != QuotationStatus::Draft && q->status != QuotationStatus::Sent)
        return Error::refused(tr("Quotation %1 is already closed.").arg(q->number.isEmpty() ? QString::number(q->id)
                                                                                             : q->number));
    return q;
}

Status QuotationService::setLines(qint64 quotationId, const QList<DocumentLine> &given)
{
    return m_ctx.db.retrying([&]() -> Status {
        QList<DocumentLine> lines = given; // each attempt starts from what was given
        auto q = open(quotationId);
        if (!q)
            return q.error();
        if (q->status != QuotationStatus::Draft)
            return Error::refused(tr("Quotation %1 was sent: its lines can no longer change.").arg(q->number));
        auto company = m_ctx.company.load();
        if (!company)
            return company.error();
        auto p = priced(lines, company->currency);
        if (!p)
            return p.error();
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        FACTURO_TRY(m_ctx.quotations.replaceLines(quotationId, p.value(), m_ctx.clock.nowUtc()));
        FACTURO_TRY(m_audit.record(QStringLiteral("quotation"), quotationId, QStringLiteral("edit"),
            {{QStringLiteral("lines"), static_cast<int>(p->size())}}));
        return tx.commit();
    });
}

Result<QString> QuotationService::markSent(qint64 quotationId)
{
    return m_ctx.db.retrying([&]() -> Result<QString> {
        auto q = open(quotationId);
        if (!q)
            return q.error();
        if (q->lines.isEmpty())
            return Error::refused(tr("A quotation needs at least one line before it is sent."));
        auto company = m_ctx.company.load();
        if (!company)
            return company.error();
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        QString number = q->number;
        if (number.isEmpty()) {
            auto assigned = m_numbering.assign(
                QStringLiteral("quotation"), company->quotationPattern, company->resetYearly, m_ctx.clock.today());
            if (!assigned)
                return assigned.error();
            number = assigned.value();
        }
        FACTURO_TRY(m_ctx.quotations.setStatus(quotationId, QuotationStatus::Sent, number, 0, m_ctx.clock.nowUtc()));
        FACTURO_TRY(m_audit.record(
            QStringLiteral("quotation"), quotationId, QStringLiteral("send"), {{QStringLiteral("number"), number}}));
        FACTURO_TRY(tx.commit());
        return number;
    });
}

Status QuotationService::accept(const Quotation &q, qint64 serviceOrderId)
{
    FACTURO_TRY(m_ctx.quotations.setStatus(q.id, QuotationStatus::Accepted, QString(), serviceOrderId,
                                           m_ctx.clock.nowUtc()));
    return m_audit.record(QStringLiteral("quotation"), q.id, QStringLiteral("accept"),
                          {{QStringLiteral("service_order"), serviceOrderId}});
}

Result<qint64> QuotationService::acceptIntoServiceOrder(qint64 quotationId)
{
    return m_ctx.db.retrying([&]() -> Result<qint64> {
        auto q = open(quotationId);
        if (!q)
            return q.error();
        ServiceOrder order;
        order.customerId = q->customerId;
        order.description = q->description.isEmpty() ? tr("Quotation %1").arg(q->number) : q->description;
        order.quotationId = q->id;
        for (const DocumentLine &l : q->lines) {
            if (l.kind == LineKind::Labor && l.quantity.scaled() > 0) {
                order.timeEntries.append(
                    {0, tr("Planned"), m_ctx.clock.today(), l.quantity, l.unitPrice, l.description});
            } else {
                order.parts.append({0, QString(), l.description, l.quantity, l.unit, l.unitPrice, l.taxCategory,
                    l.taxRate, l.exemptionReason});
            }
        }
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto id = m_ctx.orders.insert(order, m_ctx.clock.nowUtc());
        if (!id)
            return id.error();
        FACTURO_TRY(m_audit.record(QStringLiteral("service_order"), id.value(), QStringLiteral("create"),
            {{QStringLiteral("quotation"), q->number}}));
        FACTURO_TRY(accept(q.value(), id.value()));
        FACTURO_TRY(tx.commit());
        return id.value();
    });
}

Result<qint64> QuotationService::acceptIntoInvoice(qint64 quotationId)
{
    return m_ctx.db.retrying([&]() -> Result<qint64> {
        auto q = open(quotationId);
        if (!q)
            return q.error();
        DraftService drafts(m_ctx, m_audit);
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto id = drafts.createInvoice(q->customerId);
        if (!id)
            return id.error();
        for (DocumentLine line : q->lines) {
            line.id = 0;
            line.position = 0;
            auto added = drafts.addLine(id.value(), line);
            if (!added)
                return added.error();
        }
        FACTURO_TRY(accept(q.value(), 0));
        FACTURO_TRY(tx.commit());
        return id.value();
    });
}

Status QuotationService::decline(qint64 quotationId)
{
    return m_ctx.db.retrying([&]() -> Status {
        auto q = open(quotationId);
        if (!q)
            return q.error();
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        FACTURO_TRY(
            m_ctx.quotations.setStatus(quotationId, QuotationStatus::Declined, QString(), 0, m_ctx.clock.nowUtc()));
        FACTURO_TRY(m_audit.record(QStringLiteral("quotation"), quotationId, QStringLiteral("decline")));
        return tx.commit();
    });
}

Status QuotationService::expire(qint64 quotationId)
{
    return m_ctx.db.retrying([&]() -> Status {
        auto q = open(quotationId);
        if (!q)
            return q.error();
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        FACTURO_TRY(
            m_ctx.quotations.setStatus(quotationId, QuotationStatus::Expired, QString(), 0, m_ctx.clock.nowUtc()));
        FACTURO_TRY(m_audit.record(QStringLiteral("quotation"), quotationId, QStringLiteral("expire")));
        return tx.commit();
    });
}
