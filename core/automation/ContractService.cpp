#include "ContractService.h"

#include "ContractSchedule.h"
#include "ContractText.h"
#include "TaxCalculator.h"
#include "TextRules.h"
#include "Transaction.h"

#include <QJsonObject>

namespace {
QJsonObject headerJson(const Contract &c)
{
    QJsonObject o {{QStringLiteral("customer"), c.customerId}, {QStringLiteral("every"), c.every},
        {QStringLiteral("unit"), ContractKeys::unit(c.unit)},
        {QStringLiteral("start"), c.startDate.toString(Qt::ISODate)},
        {QStringLiteral("billing"), ContractKeys::billing(c.billing)}, {QStringLiteral("lead_days"), c.leadDays},
        {QStringLiteral("action"), ContractKeys::action(c.action)}};
    if (c.endDate.isValid())
        o.insert(QStringLiteral("end"), c.endDate.toString(Qt::ISODate));
    if (c.maxCount > 0)
        o.insert(QStringLiteral("count"), c.maxCount);
    if (!c.reference.isEmpty())
        o.insert(QStringLiteral("reference"), c.reference);
    return o;
}
} // namespace

Status ContractService::validateHeader(Contract &c) const
{
    auto customer = m_ctx.customers.find(c.customerId);
    if (!customer)
        return customer.error();
    if (c.every < 1 || c.every > 120)
        return Error::invalid(tr("A contract bills every 1 to 120 weeks, months or years."));
    if (!c.startDate.isValid())
        return Error::invalid(tr("A contract needs a valid start date."));
    if (c.startDate.year() < 2000 || c.startDate.year() > 2200)
        return Error::invalid(tr("The start date %1 is out of range.").arg(c.startDate.toString(Qt::ISODate)));
    if (c.endDate.isValid() && c.endDate < c.startDate)
        return Error::invalid(tr("The end date %1 is before the start date %2.")
                                  .arg(c.endDate.toString(Qt::ISODate), c.startDate.toString(Qt::ISODate)));
    if (c.endDate.isValid() && c.maxCount > 0)
        return Error::invalid(tr("A contract ends on a date or after a number of invoices, not both."));
    if (c.maxCount < 0 || c.maxCount > 10000)
        return Error::invalid(tr("A contract bills 1 to 10,000 times."));
    if (c.leadDays < 0 || c.leadDays > 366)
        return Error::invalid(tr("Lead days are 0 to 366."));
    if (c.paymentTermsDays && (*c.paymentTermsDays < 0 || *c.paymentTermsDays > 365))
        return Error::invalid(tr("Payment terms are 0 to 365 days."));
    if (!c.language.isEmpty()) {
        auto language = TextRules::language(c.language);
        if (!language)
            return language.error();
        c.language = language.value();
    }
    auto reference = TextRules::clean(c.reference, tr("contract reference"), 200, false);
    if (!reference)
        return reference.error();
    c.reference = reference.value();
    return {};
}

Result<Contract> ContractService::loadOpen(qint64 contractId) const
{
    auto c = m_contracts.find(contractId);
    if (!c)
        return c.error();
    if (c->status == ContractStatus::Cancelled)
        return Error::refused(tr("Contract %1 is cancelled: it can no longer be changed.").arg(contractId));
    return c;
}

Result<QDate> ContractService::lastMadeStart(const Contract &c) const
{
    auto made = m_contracts.occurrencesOf(c.id, 1);
    if (!made)
        return made.error();
    if (made->isEmpty())
        return QDate();
    return made->first().occurrence.periodStart;
}

Result<qint64> ContractService::add(const Contract &contract)
{
    return m_ctx.db.retrying([&]() -> Result<qint64> {
        Contract c = contract;
        FACTURO_TRY(validateHeader(c));
        c.createdAt = c.updatedAt = m_ctx.clock.nowUtc();
        c.createdBy = m_ctx.user.name;
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto id = m_contracts.insert(c);
        if (!id)
            return id.error();
        FACTURO_TRY(m_audit.record(QStringLiteral("contract"), id.value(), QStringLiteral("create"), headerJson(c)));
        FACTURO_TRY(tx.commit());
        return id.value();
    });
}

Status ContractService::edit(const Contract &edited)
{
    return m_ctx.db.retrying([&]() -> Status {
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto current = loadOpen(edited.id);
        if (!current)
            return current.error();
        Contract c = edited;
        c.status = current->status;
        FACTURO_TRY(validateHeader(c));
        auto made = m_contracts.progressOf(c.id);
        if (!made)
            return made.error();
        if (made->count > 0) {
            if (c.startDate != current->startDate || c.every != current->every || c.unit != current->unit
                || c.billing != current->billing || c.customerId != current->customerId)
                return Error::refused(tr("Contract %1 has already billed: its customer, start date, frequency and "
                                         "billing cannot change. End it and start a new contract.")
                                          .arg(c.id));
            if (!ContractSchedule::exists(c, made->highest))
                return Error::refused(tr("Contract %1 has already billed occurrence %2: its end cannot come before it.")
                                          .arg(c.id)
                                          .arg(made->highest));
        }
        c.updatedAt = m_ctx.clock.nowUtc();
        FACTURO_TRY(m_contracts.update(c));
        FACTURO_TRY(m_audit.record(QStringLiteral("contract"), c.id, QStringLiteral("edit"), headerJson(c)));
        return tx.commit();
    });
}

Status ContractService::validatePrice(ContractVersion &price, const ContractLine &line) const
{
    if (price.unitPrice.isNegative())
        return Error::invalid(tr("The unit price of \"%1\" must not be negative.").arg(line.description));
    FACTURO_TRY(TaxCalculator::validateTax(price.taxCategory, price.taxRate, price.exemptionReason));
    if (!TaxCategories::carriesExemption(price.taxCategory))
        price.exemptionReason.clear();
    price.createdAt = m_ctx.clock.nowUtc();
    price.createdBy = m_ctx.user.name;
    return {};
}

Result<qint64> ContractService::addLine(qint64 contractId, const ContractLine &line, const ContractVersion &price)
{
    return m_ctx.db.retrying([&]() -> Result<qint64> {
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto c = loadOpen(contractId);
        if (!c)
            return c.error();
        ContractLine l = line;
        l.contractId = contractId;
        auto description = TextRules::clean(l.description, tr("line description"), 2000, true, true);
        if (!description)
            return description.error();
        l.description = description.value();
        FACTURO_TRY(ContractText::validate(l.description));
        FACTURO_TRY(TextRules::refuseControls(l.unit, tr("unit")));
        if (l.quantity.isZero())
            return Error::invalid(tr("The quantity of \"%1\" must not be zero.").arg(l.description));
        ContractVersion v = price;
        FACTURO_TRY(validatePrice(v, l));
        v.effectiveFrom = c->startDate;
        l.createdAt = v.createdAt;
        l.createdBy = v.createdBy;
        auto id = m_contracts.insertLine(l);
        if (!id)
            return id.error();
        v.lineId = id.value();
        FACTURO_TRY(m_contracts.insertVersion(v));
        FACTURO_TRY(m_audit.record(QStringLiteral("contract"), contractId, QStringLiteral("line_add"),
            {{QStringLiteral("line"), id.value()}, {QStringLiteral("description"), l.description},
                {QStringLiteral("quantity"), l.quantity.toString()},
                {QStringLiteral("unit_price"), v.unitPrice.toString()},
                {QStringLiteral("tax_category"), TaxCategories::key(v.taxCategory)},
                {QStringLiteral("tax_rate"), v.taxRate.toString()}}));
        FACTURO_TRY(tx.commit());
        return id.value();
    });
}

Status ContractService::removeLine(qint64 contractId, qint64 lineId, const QDate &fromDate)
{
    return m_ctx.db.retrying([&]() -> Status {
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto c = loadOpen(contractId);
        if (!c)
            return c.error();
        const QDate from = fromDate.isValid() ? fromDate : m_ctx.clock.today();
        const ContractLine *line = nullptr;
        for (const ContractLine &l : c->lines)
            if (l.id == lineId)
                line = &l;
        if (!line)
            return Error::notFound(tr("Contract %1 has no line %2.").arg(contractId).arg(lineId));
        if (line->endsOn.isValid())
            return Error::conflict(tr("Line %1 of contract %2 is already removed.").arg(lineId).arg(contractId));
        auto last = lastMadeStart(c.value());
        if (!last)
            return last.error();
        if (last->isValid() && from <= last.value())
            return Error::refused(tr("The period starting %1 is already billed: remove the line from a later date.")
                                      .arg(last->toString(Qt::ISODate)));
        FACTURO_TRY(m_contracts.setLineEnd(lineId, from));
        FACTURO_TRY(m_audit.record(QStringLiteral("contract"), contractId, QStringLiteral("line_remove"),
            {{QStringLiteral("line"), lineId}, {QStringLiteral("from"), from.toString(Qt::ISODate)}}));
        return tx.commit();
    });
}

Result<qint64> ContractService::setPrice(qint64 contractId, qint64 lineId, const ContractVersion &price)
{
    return m_ctx.db.retrying([&]() -> Result<qint64> {
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto c = loadOpen(contractId);
        if (!c)
            return c.error();
        const ContractLine *line = nullptr;
        for (const ContractLine &l : c->lines)
            if (l.id == lineId)
                line = &l;
        if (!line)
            return Error::notFound(tr("Contract %1 has no line %2.").arg(contractId).arg(lineId));
        ContractVersion v = price;
        v.lineId = lineId;
        if (!v.effectiveFrom.isValid())
            return Error::invalid(tr("A price change needs the date it takes effect from."));
        if (v.effectiveFrom < c->startDate)
            return Error::invalid(tr("A price change cannot take effect before the contract starts (%1).")
                                      .arg(c->startDate.toString(Qt::ISODate)));
        FACTURO_TRY(validatePrice(v, *line));
        for (const ContractVersion &existing : line->versions)
            if (existing.effectiveFrom == v.effectiveFrom)
                return Error::conflict(
                    tr("Line %1 already has a price from %2.").arg(lineId).arg(v.effectiveFrom.toString(Qt::ISODate)));
        auto last = lastMadeStart(c.value());
        if (!last)
            return last.error();
        if (last->isValid() && v.effectiveFrom <= last.value())
            return Error::refused(tr("The period starting %1 is already billed: a price change takes effect from a "
                                     "later date.")
                                      .arg(last->toString(Qt::ISODate)));
        auto id = m_contracts.insertVersion(v);
        if (!id)
            return id.error();
        FACTURO_TRY(m_audit.record(QStringLiteral("contract"), contractId, QStringLiteral("price"),
            {{QStringLiteral("line"), lineId}, {QStringLiteral("version"), id.value()},
                {QStringLiteral("from"), v.effectiveFrom.toString(Qt::ISODate)},
                {QStringLiteral("unit_price"), v.unitPrice.toString()},
                {QStringLiteral("tax_category"), TaxCategories::key(v.taxCategory)},
                {QStringLiteral("tax_rate"), v.taxRate.toString()}}));
        FACTURO_TRY(tx.commit());
        return id.value();
    });
}

Status ContractService::pause(qint64 contractId)
{
    return m_ctx.db.retrying([&]() -> Status {
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto c = loadOpen(contractId);
        if (!c)
            return c.error();
        if (c->status != ContractStatus::Active && c->status != ContractStatus::Ended)
            return Error::conflict(tr("Contract %1 is %2: only a running contract can be paused.")
                                       .arg(contractId)
                                       .arg(ContractKeys::statusName(c->status).toLower()));
        FACTURO_TRY(
            m_contracts.setStatus(contractId, ContractStatus::Paused, m_ctx.clock.today(), m_ctx.clock.nowUtc()));
        FACTURO_TRY(m_audit.record(QStringLiteral("contract"), contractId, QStringLiteral("pause"),
            {{QStringLiteral("on"), m_ctx.clock.today().toString(Qt::ISODate)}}));
        return tx.commit();
    });
}

Status ContractService::resume(qint64 contractId, Missed missed)
{
    return m_ctx.db.retrying([&]() -> Status {
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto c = loadOpen(contractId);
        if (!c)
            return c.error();
        if (c->status != ContractStatus::Paused)
            return Error::conflict(tr("Contract %1 is not paused.").arg(contractId));
        int skipped = 0;
        if (missed == Missed::Skip) {
            auto made = m_contracts.occurrenceNumbers(contractId);
            if (!made)
                return made.error();
            for (const ContractPeriod &p : ContractSchedule::periodsUntil(c.value(), m_ctx.clock.today())) {
                if (made->contains(p.occurrence))
                    continue;
                FACTURO_TRY(skipIn(c.value(), p.occurrence));
                ++skipped;
            }
        }
        const ContractStatus status = c->endDate.isValid() ? ContractStatus::Ended : ContractStatus::Active;
        FACTURO_TRY(m_contracts.setStatus(contractId, status, QDate(), m_ctx.clock.nowUtc()));
        FACTURO_TRY(m_audit.record(QStringLiteral("contract"), contractId, QStringLiteral("resume"),
            {{QStringLiteral("missed"), missed == Missed::Skip ? QStringLiteral("skip") : QStringLiteral("catch-up")},
                {QStringLiteral("skipped"), skipped}}));
        return tx.commit();
    });
}

Status ContractService::end(qint64 contractId, const QDate &onDate)
{
    return m_ctx.db.retrying([&]() -> Status {
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto c = loadOpen(contractId);
        if (!c)
            return c.error();
        const QDate on = onDate.isValid() ? onDate : m_ctx.clock.today();
        if (on < c->startDate)
            return Error::invalid(tr("The end date %1 is before the start date %2.")
                                      .arg(on.toString(Qt::ISODate), c->startDate.toString(Qt::ISODate)));
        auto last = lastMadeStart(c.value());
        if (!last)
            return last.error();
        if (last->isValid() && on < last.value())
            return Error::refused(tr("The period starting %1 is already billed: end the contract on or after it.")
                                      .arg(last->toString(Qt::ISODate)));
        FACTURO_TRY(m_contracts.setEndDate(contractId, on, m_ctx.clock.nowUtc()));
        if (c->status != ContractStatus::Paused)
            FACTURO_TRY(m_contracts.setStatus(contractId, ContractStatus::Ended, QDate(), m_ctx.clock.nowUtc()));
        FACTURO_TRY(m_audit.record(QStringLiteral("contract"), contractId, QStringLiteral("end"),
            {{QStringLiteral("on"), on.toString(Qt::ISODate)}}));
        return tx.commit();
    });
}

Status ContractService::cancel(qint64 contractId)
{
    return m_ctx.db.retrying([&]() -> Status {
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto c = loadOpen(contractId);
        if (!c)
            return c.error();
        FACTURO_TRY(m_contracts.setStatus(contractId, ContractStatus::Cancelled, QDate(), m_ctx.clock.nowUtc()));
        FACTURO_TRY(m_audit.record(QStringLiteral("contract"), contractId, QStringLiteral("cancel")));
        return tx.commit();
    });
}

Status ContractService::skipIn(const Contract &c, int occurrence)
{
    const ContractPeriod p = ContractSchedule::period(c, occurrence);
    ContractOccurrence o;
    o.contractId = c.id;
    o.occurrence = occurrence;
    o.periodStart = p.start;
    o.periodEnd = p.end;
    o.billDate = p.billDate;
    o.outcome = OccurrenceOutcome::Skipped;
    o.createdAt = m_ctx.clock.nowUtc();
    o.createdBy = m_ctx.user.name;
    FACTURO_TRY(m_contracts.insertOccurrence(o));
    return m_audit.record(QStringLiteral("contract"), c.id, QStringLiteral("skip"),
        {{QStringLiteral("occurrence"), occurrence}, {QStringLiteral("period_start"), p.start.toString(Qt::ISODate)},
            {QStringLiteral("period_end"), p.end.toString(Qt::ISODate)}});
}

Status ContractService::skip(qint64 contractId, int occurrence)
{
    return m_ctx.db.retrying([&]() -> Status {
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto c = loadOpen(contractId);
        if (!c)
            return c.error();
        if (!ContractSchedule::exists(c.value(), occurrence))
            return Error::invalid(tr("Contract %1 has no occurrence %2.").arg(contractId).arg(occurrence));
        auto made = m_contracts.hasOccurrence(contractId, occurrence);
        if (!made)
            return made.error();
        if (made.value())
            return Error::conflict(tr("Occurrence %1 of contract %2 is already made.").arg(occurrence).arg(contractId));
        FACTURO_TRY(skipIn(c.value(), occurrence));
        return tx.commit();
    });
}
