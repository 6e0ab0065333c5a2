#include "ReminderFeeService.h"

#include "Money.h"
#include "TaxCalculator.h"
#include "Transaction.h"

namespace {
QJsonObject ruleJson(const LateFeeRule &r)
{
    return {{QStringLiteral("level"), r.level},
        {QStringLiteral("kind"),
            r.kind == LateFeeRule::Kind::Percent ? QStringLiteral("percent") : QStringLiteral("flat")},
        {QStringLiteral("amount"), r.amount}, {QStringLiteral("tax_category"), TaxCategories::key(r.taxCategory)},
        {QStringLiteral("tax_rate"), r.taxRate.toString()}};
}
} // namespace

qint64 ReminderFeeService::feeOf(const LateFeeRule &rule, qint64 amountDue)
{
    if (rule.kind == LateFeeRule::Kind::Flat)
        return rule.amount;
    // A percentage of what is due, rounded once, half away from zero (like a tax amount).
    return TaxCalculator::taxOn(amountDue, Percentage::fromScaled(rule.amount));
}

Status ReminderFeeService::saveRule(const LateFeeRule &input)
{
    return m_ctx.db.retrying([&]() -> Status {
        if (!m_ctx.user.isManager())
            return Error::permission(tr("Only a manager can change the late fees."));
        LateFeeRule rule = input;
        if (rule.level < 1 || rule.level > 99)
            return Error::invalid(tr("A late fee belongs to a reminder level from 1 to 99."));
        if (rule.amount <= 0)
            return Error::invalid(tr("A late fee must be more than zero."));
        if (rule.kind == LateFeeRule::Kind::Percent && rule.amount > 10000)
            return Error::invalid(tr("A late fee percentage cannot exceed 100 %."));
        if (rule.kind == LateFeeRule::Kind::Flat && rule.amount > Money::MaxMinor)
            return Error::invalid(tr("The late fee is too large."));
        rule.description = rule.description.trimmed().left(500);
        rule.exemptionReason = rule.exemptionReason.trimmed();
        if (rule.taxCategory == TaxCategory::Exempt && rule.exemptionReason.isEmpty())
            rule.exemptionReason = tr("Late-payment compensation, outside the scope of VAT");
        FACTURO_TRY(TaxCalculator::validateTax(rule.taxCategory, rule.taxRate, rule.exemptionReason));
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        FACTURO_TRY(m_fees.save(rule));
        FACTURO_TRY(m_audit.record(QStringLiteral("settings"), 0, QStringLiteral("late_fee"), ruleJson(rule)));
        return tx.commit();
    });
}

Status ReminderFeeService::removeRule(int level)
{
    return m_ctx.db.retrying([&]() -> Status {
        if (!m_ctx.user.isManager())
            return Error::permission(tr("Only a manager can change the late fees."));
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto existing = m_fees.forLevel(level);
        if (!existing)
            return existing.error();
        if (!existing.value())
            return Error::notFound(tr("Reminder level %1 has no late fee.").arg(level));
        FACTURO_TRY(m_fees.remove(level));
        FACTURO_TRY(m_audit.record(
            QStringLiteral("settings"), 0, QStringLiteral("late_fee_removed"), {{QStringLiteral("level"), level}}));
        return tx.commit();
    });
}

Result<qint64> ReminderFeeService::feeFor(int level, qint64 amountDue) const
{
    auto rule = m_fees.forLevel(level);
    if (!rule)
        return rule.error();
    return rule.value() ? feeOf(*rule.value(), amountDue) : qint64(0);
}

Result<qint64> ReminderFeeService::chargeFee(qint64 reminderId)
{
    return m_ctx.db.retrying([&]() -> Result<qint64> {
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto reminder = m_reminders.find(reminderId);
        if (!reminder)
            return reminder.error();
        if (reminder->feeInvoiceId > 0)
            return Error::conflict(tr("The reminder of %1 (level %2) already has its late fee (draft #%3).")
                                       .arg(reminder->documentNumber)
                                       .arg(reminder->level)
                                       .arg(reminder->feeInvoiceId));
        auto rule = m_fees.forLevel(reminder->level);
        if (!rule)
            return rule.error();
        if (!rule.value())
            return Error::refused(
                tr("Reminder level %1 has no late fee: set one in the reminder settings.").arg(reminder->level));
        auto invoice = m_ctx.documents.find(reminder->documentId, false);
        if (!invoice)
            return invoice.error();
        const qint64 fee = feeOf(*rule.value(), reminder->amountDue);
        if (fee <= 0)
            return Error::refused(tr("The late fee on %1 rounds to zero: no draft was created.").arg(invoice->number));

        const int digits = Money(fee, invoice->currency).digits();
        qint64 scale = 1;
        for (int i = digits; i < UnitPrice::scale; ++i)
            scale *= 10;
        DocumentLine line;
        line.kind = LineKind::Other;
        line.description = rule.value()->description.isEmpty()
            ? tr("Late-payment fee: reminder %1 for invoice %2 of %3")
                  .arg(reminder->level)
                  .arg(invoice->number, invoice->issueDate.toString(Qt::ISODate))
            : rule.value()->description;
        line.quantity = Quantity::fromInteger(1);
        line.unitPrice = UnitPrice::fromScaled(fee * scale);
        line.taxCategory = rule.value()->taxCategory;
        line.taxRate = rule.value()->taxRate;
        line.exemptionReason = rule.value()->exemptionReason;
        Document header;
        header.customerReference = invoice->number;
        header.serviceDate = reminder->sentOn;
        header.printedNotes = tr("Late-payment fee for invoice %1, due on %2.")
                                  .arg(invoice->number, invoice->dueDate.toString(Qt::ISODate));
        header.internalNotes = tr("Late fee of reminder level %1 for %2").arg(reminder->level).arg(invoice->number);
        auto draft = m_drafts.createInvoice(invoice->customerId, header, {line});
        if (!draft)
            return draft.error();
        FACTURO_TRY(m_reminders.attachFee(reminderId, draft.value()));
        FACTURO_TRY(m_audit.record(QStringLiteral("invoice"), invoice->id, QStringLiteral("late_fee"),
            {{QStringLiteral("level"), reminder->level}, {QStringLiteral("fee"), fee},
                {QStringLiteral("fee_invoice"), draft.value()}}));
        FACTURO_TRY(tx.commit());
        return draft.value();
    });
}
