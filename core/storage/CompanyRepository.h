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
    Database &m_db;
};
