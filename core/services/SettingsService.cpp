#include "SettingsService.h"

#include "Currency.h"
#include "Iban.h"
#include "NumberingService.h"
#include "PartyRules.h"
#include "PaymentLink.h"
#include "PaymentReference.h"
#include "TextRules.h"
#include "Transaction.h"
#include "UnitCodes.h"
#include "VatId.h"

#include <QJsonObject>

// ---- Payment mentions and service-order wording ----
Status SettingsService::validateTerms(CompanySettings &s)
{
    // A percentage setting: empty stays empty (the statutory default, or none); else 0 to 100.
    const auto percentSetting = [](const QString &text, const QString &what) -> Result<QString> {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty())
            return QString();
        auto rate = Percentage::parse(trimmed, false, true);
        if (!rate || rate.value() > Percentage::fromInteger(100))
            return Error::invalid(tr("The %1 must be a percentage between 0 and 100, such as 10.5.").arg(what));
        return rate->toString();
    };
    auto rate = percentSetting(s.lateInterestRate, tr("late-payment interest rate"));
    if (!rate)
        return rate.error();
    s.lateInterestRate = rate.value();
    auto discount = percentSetting(s.earlyPaymentDiscount, tr("early-payment discount"));
    if (!discount)
        return discount.error();
    s.earlyPaymentDiscount = discount.value() == QLatin1String("0") ? QString() : discount.value();
    if (s.recoveryIndemnity < 0 || s.recoveryIndemnity > 100000000)
        return Error::invalid(tr("The fixed recovery indemnity must be a positive amount."));
    return {};
}
// ---- end of payment mentions ----

// ---- Payment reference and payment link ----
Status SettingsService::validatePaymentOptions(CompanySettings &s)
{
    const auto kind = PaymentReference::kindFromKey(s.paymentReferenceKind);
    if (!kind)
        return Error::invalid(tr("The payment reference must be rf (ISO 11649 creditor reference) or be (Belgian "
                                 "structured communication), not \"%1\".")
                                  .arg(s.paymentReferenceKind));
    s.paymentReferenceKind = PaymentReference::kindKey(kind.value());
    auto link = PaymentLink::validatedTemplate(s.paymentLinkTemplate);
    if (!link)
        return link.error();
    s.paymentLinkTemplate = link.value();
    return {};
}
// ---- end of payment reference and payment link ----

Result<CompanySettings> SettingsService::validated(CompanySettings s)
{
    FACTURO_TRY(validateTerms(s));
    FACTURO_TRY(validatePaymentOptions(s));
    auto name = TextRules::clean(s.name, tr("company name"), 200, true);
    if (!name)
        return name.error();
    s.name = name.value();
    s.vatId = VatId::normalized(s.vatId);
    if (s.vatId.size() > 30)
        return Error::invalid(tr("The VAT id is too long."));
    if (!s.vatId.isEmpty())
        FACTURO_TRY(VatId::check(s.vatId));
    FACTURO_TRY(PartyRules::address(s.address, s.postalAddress, s.vatId, tr("company address")));
    FACTURO_TRY(PartyRules::identifiers(s.legalRegistration, s.endpoint));
    auto contactName = TextRules::clean(s.contactName, tr("contact name"), 200, false);
    if (!contactName)
        return contactName.error();
    s.contactName = contactName.value();
    auto contactPhone = TextRules::clean(s.contactPhone, tr("contact phone"), 40, false);
    if (!contactPhone)
        return contactPhone.error();
    s.contactPhone = contactPhone.value();
    s.contactEmail = s.contactEmail.trimmed();
    if (!s.contactEmail.isEmpty() && !TextRules::isValidEmail(s.contactEmail))
        return Error::invalid(tr("\"%1\" is not a valid email address.").arg(s.contactEmail));
    s.iban = Iban::normalized(s.iban);
    if (!s.iban.isEmpty() && !Iban::isValid(s.iban))
        return Error::invalid(tr("The IBAN %1 is not valid (its check digits do not match).").arg(s.iban));
    s.bic = s.bic.trimmed().toUpper();
    if (!s.bic.isEmpty() && s.bic.size() != 8 && s.bic.size() != 11)
        return Error::invalid(tr("The BIC must have 8 or 11 characters."));
    s.email = s.email.trimmed();
    if (!s.email.isEmpty() && !TextRules::isValidEmail(s.email))
        return Error::invalid(tr("\"%1\" is not a valid email address.").arg(s.email));
    s.currency = s.currency.trimmed().toUpper();
    if (!Currency::isKnown(s.currency))
        return Error::invalid(tr("Unknown currency \"%1\" (use an ISO 4217 code such as EUR).").arg(s.currency));
    if (s.paymentTermsDays < 0 || s.paymentTermsDays > 365)
        return Error::invalid(tr("Payment terms must be between 0 and 365 days."));
    FACTURO_TRY(NumberingService::validatePattern(s.invoicePattern, s.resetYearly));
    FACTURO_TRY(NumberingService::validatePattern(s.creditNotePattern, s.resetYearly));
    FACTURO_TRY(NumberingService::validatePattern(s.quotationPattern, s.resetYearly));
    if (NumberingService::format(s.invoicePattern, QDate(2000, 1, 1), 1)
        == NumberingService::format(s.creditNotePattern, QDate(2000, 1, 1), 1))
        return Error::invalid(tr("Invoices and credit notes need different numbering patterns."));
    if (s.approvalThreshold < 0)
        return Error::invalid(tr("The approval threshold cannot be negative."));
    auto language = TextRules::language(s.defaultLanguage);
    if (!language)
        return language.error();
    s.defaultLanguage = language.value();
    if (s.paperSize != QLatin1String("A4") && s.paperSize != QLatin1String("Letter"))
        return Error::invalid(tr("The paper size must be A4 or Letter."));
    int previous = 0;
    for (const QString &level : s.reminderLevels.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int days = level.trimmed().toInt(&ok);
        if (!ok || days <= previous || days > 365)
            return Error::invalid(tr("Reminder levels must be increasing numbers of days, such as 7,14,30."));
        previous = days;
    }
    return s;
}

Status SettingsService::requireManager(const QString &what) const
{
    if (!m_ctx.user.isManager())
        return Error::permission(tr("Only a manager can %1.").arg(what));
    return {};
}

Status SettingsService::saveCompany(const CompanySettings &settings)
{
    return m_ctx.db.retrying([&]() -> Status {
        FACTURO_TRY(requireManager(tr("change the company settings")));
        auto s = validated(settings);
        if (!s)
            return s.error();
        auto current = m_ctx.company.load();
        if (!current)
            return current.error();
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        if (current->currency != s->currency) {
            auto documents = m_ctx.documents.any();
            if (!documents)
                return documents.error();
            if (documents.value())
                return Error::refused(tr("The currency cannot change once documents exist in this company file."));
        }
        FACTURO_TRY(m_ctx.company.save(s.value(), m_ctx.clock.nowUtc()));
        FACTURO_TRY(m_audit.record(QStringLiteral("settings"), 1, QStringLiteral("edit"),
            {{QStringLiteral("company"), s->name}, {QStringLiteral("invoice_pattern"), s->invoicePattern},
                {QStringLiteral("approval_threshold"), s->approvalThreshold},
                {QStringLiteral("payment_reference"), s->paymentReferenceKind},
                {QStringLiteral("payment_link"), s->paymentLinkTemplate}}));
        return tx.commit();
    });
}

Result<qint64> SettingsService::addTaxRate(const TaxRate &given)
{
    return m_ctx.db.retrying([&]() -> Result<qint64> {
        TaxRate rate = given; // each attempt starts from what was given
        FACTURO_TRY(requireManager(tr("change the tax rates")));
        auto name = TextRules::clean(rate.name, tr("tax rate name"), 60, true);
        if (!name)
            return name.error();
        rate.name = name.value();
        FACTURO_TRY(TaxCalculator::validateTax(rate.category, rate.rate, rate.exemptionReason));
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto id = m_ctx.catalog.insertTaxRate(rate);
        if (!id)
            return id.error();
        FACTURO_TRY(m_audit.record(QStringLiteral("tax_rate"), id.value(), QStringLiteral("create"),
            {{QStringLiteral("name"), rate.name}, {QStringLiteral("rate"), rate.rate.toString()}}));
        FACTURO_TRY(tx.commit());
        return id.value();
    });
}

Result<CatalogItem> SettingsService::validatedItem(CatalogItem item) const
{
    auto sku = TextRules::clean(item.sku, tr("item code (SKU)"), 60, true);
    if (!sku)
        return sku.error();
    item.sku = sku.value();
    auto description = TextRules::clean(item.description, tr("item description"), 2000, true, true);
    if (!description)
        return description.error();
    item.description = description.value();
    if (item.unitPrice.isNegative())
        return Error::invalid(tr("The unit price cannot be negative."));
    if (item.unitCode.trimmed().isEmpty()) {
        item.unitCode = UnitCodes::fromUnitText(item.unit);
    } else {
        auto code = UnitCodes::validate(item.unitCode);
        if (!code)
            return code.error().prefixed(item.sku);
        item.unitCode = code.value();
    }
    auto rate = m_ctx.catalog.taxRate(item.taxRateId);
    if (!rate)
        return rate.error();
    return item;
}

Result<qint64> SettingsService::addCatalogItem(const CatalogItem &given)
{
    return m_ctx.db.retrying([&]() -> Result<qint64> {
        CatalogItem item = given; // each attempt starts from what was given
        auto valid = validatedItem(item);
        if (!valid)
            return valid.error();
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto id = m_ctx.catalog.insertItem(valid.value());
        if (!id)
            return id.error();
        FACTURO_TRY(m_audit.record(QStringLiteral("catalog_item"), id.value(), QStringLiteral("create"),
            {{QStringLiteral("sku"), valid->sku}}));
        FACTURO_TRY(tx.commit());
        return id.value();
    });
}

Status SettingsService::updateCatalogItem(const CatalogItem &given)
{
    return m_ctx.db.retrying([&]() -> Status {
        CatalogItem item = given; // each attempt starts from what was given
        auto valid = validatedItem(item);
        if (!valid)
            return valid.error();
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        FACTURO_TRY(m_ctx.catalog.updateItem(valid.value()));
        FACTURO_TRY(m_audit.record(
            QStringLiteral("catalog_item"), valid->id, QStringLiteral("edit"), {{QStringLiteral("sku"), valid->sku}}));
        return tx.commit();
    });
}

Status SettingsService::updateAccount(const Account &account)
{
    return m_ctx.db.retrying([&]() -> Status {
        FACTURO_TRY(requireManager(tr("change the chart of accounts")));
        auto code = TextRules::clean(account.code, tr("account code"), 20, true);
        if (!code)
            return code.error();
        auto name = TextRules::clean(account.name, tr("account name"), 100, true);
        if (!name)
            return name.error();
        Account a = account;
        a.code = code.value();
        a.name = name.value();
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        FACTURO_TRY(m_ctx.catalog.updateAccount(a));
        FACTURO_TRY(m_audit.record(QStringLiteral("account"), a.id, QStringLiteral("edit"),
            {{QStringLiteral("code"), a.code}, {QStringLiteral("name"), a.name}}));
        return tx.commit();
    });
}

Result<qint64> SettingsService::addUser(const User &given)
{
    return m_ctx.db.retrying([&]() -> Result<qint64> {
        User user = given; // each attempt starts from what was given
        auto existing = m_ctx.users.list();
        if (!existing)
            return existing.error();
        if (!existing->isEmpty())
            FACTURO_TRY(requireManager(tr("add a user")));
        auto name = TextRules::clean(user.name, tr("user name"), 60, true);
        if (!name)
            return name.error();
        user.name = name.value();
        if (user.name.contains(QLatin1Char(' ')))
            return Error::invalid(tr("A user name has no spaces."));
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto id = m_ctx.users.insert(user, m_ctx.clock.nowUtc());
        if (!id)
            return id.error();
        FACTURO_TRY(m_audit.record(QStringLiteral("user"), id.value(), QStringLiteral("create"),
            {{QStringLiteral("name"), user.name}, {QStringLiteral("role"), User::roleKey(user.role)}}));
        FACTURO_TRY(tx.commit());
        return id.value();
    });
}
