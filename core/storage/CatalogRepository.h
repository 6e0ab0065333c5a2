#pragma once

#include "CatalogItem.h"
#include "Database.h"
#include "TaxRate.h"

#include <QList>

struct Account
{
    qint64 id = 0;
    QString code;
    QString name;
    QString kind; // asset, liability, equity, revenue, expense
    QString role; // receivable, vat_payable, revenue_labor, bank_transfer, ... or empty
};

// Reference data: tax rates, the chart of accounts and the catalog of services and parts.
class CatalogRepository
{
    Q_DECLARE_TR_FUNCTIONS(CatalogRepository)
public:
    explicit CatalogRepository(Database &db) : m_db(db) {}

    Result<qint64> insertTaxRate(const TaxRate &rate);
    Result<QList<TaxRate>> taxRates() const;
    Result<TaxRate> taxRate(qint64 id) const;
    Result<TaxRate> defaultTaxRate() const; // NotFound when none is set

    Result<QList<Account>> accounts() const;
    Result<Account> accountByRole(const QString &role) const;
    Status updateAccount(const Account &account);

    Result<qint64> insertItem(const CatalogItem &item);
    Status updateItem(const CatalogItem &item);
    Result<QList<CatalogItem>> items(const QString &search = {}) const;
    Result<CatalogItem> itemBySku(const QString &sku) const;

private:
    Database &m_db;
};
