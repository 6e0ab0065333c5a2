#include "CustomerCreditService.h"

#include "Money.h"
#include "TextRules.h"
#include "Transaction.h"

Result<qint64> CustomerCreditService::recordMovement(CustomerCreditMovement m, const QString &action)
{
    m.createdAt = m_ctx.clock.nowUtc();
    m.createdBy = m_ctx.user.name;
    auto id = m_credits.insert(m);
    if (!id)
        return id.error();
    FACTURO_TRY(m_audit.record(QStringLiteral("customer"), m.customerId, action,
        {{QStringLiteral("credit"), id.value()}, {QStringLiteral("amount"), m.amount},
            {QStringLiteral("document"), m.documentId}, {QStringLiteral("payment"), m.paymentId},
            {QStringLiteral("date"), m.date.toString(Qt::ISODate)}, {QStringLiteral("reference"), m.reference}}));
    return id.value();
}

Result<qint64> CustomerCreditService::keep(qint64 customerId, const Document *invoice, qint64 paymentId, qint64 amount,
    PaymentMethod method, const QDate &date, const QString &reference)
{
    if (amount <= 0)
        return Error::invalid(tr("The credit to keep must be greater than zero."));
    if (method == PaymentMethod::CustomerCredit)
        return Error::refused(tr("Credit applied to an invoice cannot be kept as credit again."));
    auto customer = m_ctx.customers.find(customerId);
    if (!customer)
        return customer.error();
    const QString number = invoice ? invoice->number : QString();
    const QString description = number.isEmpty()
        ? tr("%1 — over-payment kept as credit").arg(customer->name)
        : tr("%1 — over-payment of %2 kept as credit").arg(customer->name, number);
    auto entry
        = m_journal.recordCustomerCredit(QStringLiteral("credit_kept"), amount, method, date, invoice ? invoice->id : 0,
            number, reference.isEmpty() ? description : description + QStringLiteral(" — ") + reference);
    if (!entry)
        return entry.error();
    CustomerCreditMovement m;
    m.customerId = customerId;
    m.kind = CustomerCreditKind::Kept;
    m.amount = amount;
    m.date = date;
    m.documentId = invoice ? invoice->id : 0;
    m.paymentId = paymentId;
    m.journalEntryId = entry.value();
    m.method = method;
    m.reference = reference;
    return recordMovement(m, QStringLiteral("credit_kept"));
}

Result<qint64> CustomerCreditService::recordApplied(
    const Document &invoice, qint64 paymentId, qint64 amount, const QDate &date, const QString &reference)
{
    auto available = m_credits.balance(invoice.customerId);
    if (!available)
        return available.error();
    if (amount > available.value())
        return Error::refused(tr("The customer's credit is %1: %2 cannot be applied to %3.")
                                  .arg(Money::plain(available.value(), invoice.currency),
                                      Money::plain(amount, invoice.currency), invoice.displayName()));
    CustomerCreditMovement m;
    m.customerId = invoice.customerId;
    m.kind = CustomerCreditKind::Applied;
    m.amount = -amount;
    m.date = date;
    m.documentId = invoice.id;
    m.paymentId = paymentId;
    m.method = PaymentMethod::CustomerCredit;
    m.reference = reference;
    return recordMovement(m, QStringLiteral("credit_applied"));
}

Result<qint64> CustomerCreditService::refund(const CreditRefundRequest &r)
{
    return m_ctx.db.retrying([&]() -> Result<qint64> {
        if (r.amount <= 0)
            return Error::invalid(tr("The amount must be greater than zero."));
        if (r.amount > Money::MaxMinor)
            return Error::invalid(tr("The amount is too large."));
        if (r.method == PaymentMethod::CustomerCredit || r.method == PaymentMethod::DirectDebit)
            return Error::invalid(tr("Credit is paid back by bank transfer, card, cash, cheque or other means."));
        const QDate date = r.date.isValid() ? r.date : m_ctx.clock.today();
        if (date > m_ctx.clock.today())
            return Error::invalid(tr("The refund date %1 is in the future.").arg(date.toString(Qt::ISODate)));
        if (r.reference.size() > 200)
            return Error::invalid(tr("The payment reference is limited to 200 characters."));
        FACTURO_TRY(TextRules::refuseControls(r.reference, tr("payment reference")));
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto customer = m_ctx.customers.find(r.customerId);
        if (!customer)
            return customer.error();
        auto available = m_credits.balance(r.customerId);
        if (!available)
            return available.error();
        auto company = m_ctx.company.load();
        if (!company)
            return company.error();
        if (r.amount > available.value())
            return Error::refused(tr("Refund refused: %1 has a credit of %2, less than %3.")
                                      .arg(customer->name, Money::plain(available.value(), company->currency),
                                          Money::plain(r.amount, company->currency)));
        const QString description = tr("%1 — credit paid back").arg(customer->name);
        auto entry
            = m_journal.recordCustomerCredit(QStringLiteral("credit_refund"), r.amount, r.method, date, 0, QString(),
                r.reference.isEmpty() ? description : description + QStringLiteral(" — ") + r.reference.trimmed());
        if (!entry)
            return entry.error();
        CustomerCreditMovement m;
        m.customerId = r.customerId;
        m.kind = CustomerCreditKind::Refunded;
        m.amount = -r.amount;
        m.date = date;
        m.journalEntryId = entry.value();
        m.method = r.method;
        m.reference = r.reference.trimmed();
        auto id = recordMovement(m, QStringLiteral("credit_refund"));
        if (!id)
            return id.error();
        FACTURO_TRY(tx.commit());
        return id.value();
    });
}
