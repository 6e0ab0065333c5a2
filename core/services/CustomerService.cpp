#include "CustomerService.h"

#include "PartyRules.h"
#include "TextRules.h"
#include "Transaction.h"
#include "VatId.h"

Result<Customer> CustomerService::validated(Customer c)
{
    auto name = TextRules::clean(c.name, tr("customer name"), 200, true);
    if (!name)
        return name.error();
    c.name = name.value();
    auto vat = TextRules::clean(c.vatId, tr("VAT id"), 30, false);
    if (!vat)
        return vat.error();
    c.vatId = VatId::normalized(vat.value());
    if (!c.vatId.isEmpty())
        FACTURO_TRY(VatId::check(c.vatId));
    FACTURO_TRY(PartyRules::address(c.billingAddress, c.postalAddress, c.vatId, tr("billing address")));
    FACTURO_TRY(PartyRules::identifiers(c.registration, c.endpoint));
    auto reference = TextRules::clean(c.buyerReference, tr("buyer reference"), 200, false);
    if (!reference)
        return reference.error();
    c.buyerReference = reference.value();
    if (c.paymentTermsDays && (*c.paymentTermsDays < 0 || *c.paymentTermsDays > 365))
        return Error::invalid(tr("Payment terms must be between 0 and 365 days."));
    auto language = TextRules::language(c.language.isEmpty() ? QStringLiteral("en") : c.language);
    if (!language)
        return language.error();
    c.language = language.value();
    auto notes = TextRules::clean(c.notes, tr("notes"), 4000, false, true);
    if (!notes)
        return notes.error();
    c.notes = notes.value();
    bool primarySeen = false;
    for (Contact &k : c.contacts) {
        auto contactName = TextRules::clean(k.name, tr("contact name"), 200, false);
        if (!contactName)
            return contactName.error();
        k.name = contactName.value();
        k.email = k.email.trimmed();
        if (!k.email.isEmpty() && !TextRules::isValidEmail(k.email))
            return Error::invalid(tr("\"%1\" is not a valid email address.").arg(k.email));
        auto phone = TextRules::clean(k.phone, tr("phone number"), 40, false);
        if (!phone)
            return phone.error();
        k.phone = phone.value();
        if (k.isPrimary && primarySeen)
            k.isPrimary = false;
        primarySeen = primarySeen || k.isPrimary;
    }
    if (!primarySeen && !c.contacts.isEmpty())
        c.contacts.first().isPrimary = true;
    return c;
}

Result<qint64> CustomerService::add(const Customer &customer)
{
    return m_ctx.db.retrying([&]() -> Result<qint64> {
        auto c = validated(customer);
        if (!c)
            return c.error();
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto id = m_ctx.customers.insert(c.value(), m_ctx.clock.nowUtc());
        if (!id)
            return id.error();
        FACTURO_TRY(m_audit.record(
            QStringLiteral("customer"), id.value(), QStringLiteral("create"), {{QStringLiteral("name"), c->name}}));
        FACTURO_TRY(tx.commit());
        return id.value();
    });
}

Status CustomerService::update(const Customer &customer)
{
    return m_ctx.db.retrying([&]() -> Status {
        auto c = validated(customer);
        if (!c)
            return c.error();
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        FACTURO_TRY(m_ctx.customers.update(c.value(), m_ctx.clock.nowUtc()));
        FACTURO_TRY(m_audit.record(
            QStringLiteral("customer"), c->id, QStringLiteral("edit"), {{QStringLiteral("name"), c->name}}));
        return tx.commit();
    });
}
