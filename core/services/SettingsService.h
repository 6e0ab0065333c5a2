#pragma once

#include "AuditLog.h"
#include "CatalogItem.h"
#include "CompanySettings.h"
#include "FixedDecimal.h"
#include "LedgerContext.h"
#include "TaxRate.h"
#include "User.h"

// Company settings, tax rates, the catalog, the chart of accounts and user profiles. Every
// change is checked, audited and done in one transaction.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)
public:
    SettingsService(LedgerContext &context, AuditLog &audit) : m_ctx(context), m_audit(audit) {}

    static Result<CompanySettings> validated(CompanySettings settings);
    Status saveCompany(const CompanySettings &settings);

    Result<qint64> addTaxRate(const TaxRate &rate);
    Result<qint64> addCatalogItem(const CatalogItem &item);
    Status updateCatalogItem(const CatalogItem &item);
    Status updateAccount(const Account &account);

    // The first user of a file may be added by anyone (setup); later ones only by a manager.
    Result<qint64> addUser(const User &user);

private:
    // ---- Payment mentions and service-order wording ----
    static Status validateTerms(CompanySettings &settings);
    // ---- end of payment mentions ----
    // ---- Payment reference and payment link ----
    static Status validatePaymentOptions(CompanySettings &settings);
    // ---- end of payment reference and payment link ----
    Status requireManager(const QString &what) const;
    Result<CatalogItem> validatedItem(CatalogItem item) const;

    LedgerContext &m_ctx;
    AuditLog &m_audit;
};
