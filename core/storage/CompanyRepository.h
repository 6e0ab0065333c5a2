#pragma once

#include "CompanySettings.h"
#include "Database.h"

// The company (seller) row and the free-form settings table.
class CompanyRepository
{
    Q_DECLARE_TR_FUNCTIONS(CompanyRepository)
public:
    explicit CompanyRepository(Database &db) : m_db(db) {}

    Result<CompanySettings> load() const;
    Status save(const CompanySettings &settings, const QDateTime &nowUtc);

    Result<QString> setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);

private:
    // ---- Payment mentions and service-order wording (table company_terms) ----
    Status loadTerms(CompanySettings &settings) const;
    Status saveTerms(const CompanySettings &settings);
    // ---- end of payment mentions ----
    // ---- Payment reference and payment link (settings table) ----
    Status loadPaymentOptions(CompanySettings &settings) const;
    Status savePaymentOptions(const CompanySettings &settings);
    // ---- end of payment reference and payment link ----

    Database &m_db;
    // Valid for one write transaction (see Database::cacheSerial): bulk work reads the settings
    // once per transaction instead of once per document.
    mutable CompanySettings m_cached;
    mutable quint64 m_cachedSerial = 0;
};
