#include "CatalogRepository.h"

#include "SqlStatement.h"
#include "UnitCodes.h"

namespace {
TaxRate readTaxRate(SqlStatement &q)
{
    TaxRate r;
    r.id = q.integer(0);
    r.name = q.text(1);
    r.category = TaxCategories::fromKey(q.text(2)).value();
    r.rate = Percentage::fromScaled(q.integer(3));
    r.exemptionReason = q.text(4);
    r.isDefault = q.value(5).toBool();
    r.active = q.value(6).toBool();
    return r;
}

CatalogItem readItem(SqlStatement &q)
{
    CatalogItem item;
    item.id = q.integer(0);
    item.sku = q.text(1);
    item.kind = LineKinds::fromKey(q.text(2));
    item.description = q.text(3);
    item.unit = q.text(4);
    item.unitPrice = UnitPrice::fromScaled(q.integer(5));
    item.taxRateId = q.integer(6);
    item.revenueAccountId = q.integer(7);
    item.active = q.value(8).toBool();
    item.unitCode = q.text(9);
    return item;
}
} // namespace

Result<qint64> CatalogRepository::insertTaxRate(const TaxRate &r)
{
    if (r.isDefault) {
        SqlStatement clear(m_db, "UPDATE tax_rates SET is_default = 0 WHERE is_default = 1");
        FACTURO_TRY(clear.exec(tr("save the tax rate")));
    }
    SqlStatement q(m_db, "INSERT INTO tax_rates (name, category, rate, exemption_reason, is_default, active) "
                         "VALUES (:name, :category, :rate, :reason, :is_default, :active)");
    q.bind(":name", r.name).bind(":category", TaxCategories::key(r.category)).bind(":rate", r.rate.scaled());
    q.bind(":reason", r.exemptionReason).bind(":is_default", r.isDefault ? 1 : 0).bind(":active", r.active ? 1 : 0);
    FACTURO_TRY(q.exec(tr("save the tax rate %1").arg(r.name)));
    return q.lastInsertId();
}

Result<QList<TaxRate>> CatalogRepository::taxRates() const
{
    SqlStatement q(m_db, "SELECT id, name, category, rate, exemption_reason, is_default, active FROM tax_rates "
                         "ORDER BY is_default DESC, rate DESC, name");
    FACTURO_TRY(q.exec(tr("list the tax rates")));
    QList<TaxRate> rates;
    while (q.next())
        rates.append(readTaxRate(q));
    return rates;
}

Result<TaxRate> CatalogRepository::taxRate(qint64 id) const
{
    SqlStatement q(m_db, "SELECT id, name, category, rate, exemption_reason, is_default, active FROM tax_rates "
                         "WHERE id = :id");
    q.bind(":id", id);
    FACTURO_TRY(q.exec(tr("read the tax rate")));
    if (!q.next())
        return Error::notFound(tr("Tax rate %1 does not exist.").arg(id));
    return readTaxRate(q);
}

Result<TaxRate> CatalogRepository::defaultTaxRate() const
{
    SqlStatement q(m_db, "SELECT id, name, category, rate, exemption_reason, is_default, active FROM tax_rates "
                         "WHERE active = 1 ORDER BY is_default DESC, id LIMIT 1");
    FACTURO_TRY(q.exec(tr("read the default tax rate")));
    if (!q.next())
        return Error::notFound(tr("No tax rate is set up: add one in the settings."));
    return readTaxRate(q);
}

Result<QList<Account>> CatalogRepository::accounts() const
{
    SqlStatement q(m_db, "SELECT id, code, name, kind, coalesce(role, '') FROM accounts ORDER BY code");
    FACTURO_TRY(q.exec(tr("list the accounts")));
    QList<Account> accounts;
    while (q.next())
        accounts.append({q.integer(0), q.text(1), q.text(2), q.text(3), q.text(4)});
    return accounts;
}

Result<Account> CatalogRepository::accountByRole(const QString &role) const
{
    SqlStatement q(m_db, "SELECT id, code, name, kind, role FROM accounts WHERE role = :role");
    q.bind(":role", role);
    FACTURO_TRY(q.exec(tr("read the chart of accounts")));
    if (!q.next())
        return Error::notFound(tr("The chart of accounts has no account for \"%1\".").arg(role));
    return Account{q.integer(0), q.text(1), q.text(2), q.text(3), q.text(4)};
}

Status CatalogRepository::updateAccount(const Account &a)
{
    SqlStatement q(m_db, "UPDATE accounts SET code = :code, name = :name WHERE id = :id");
    q.bind(":code", a.code).bind(":name", a.name).bind(":id", a.id);
    return q.exec(tr("save the account %1").arg(a.code));
}

Result<qint64> CatalogRepository::insertItem(const CatalogItem &item)
{
    SqlStatement q(m_db, "INSERT INTO catalog_items (sku, kind, description, unit, unit_price, tax_rate_id, "
                         "revenue_account_id, active, unit_code) VALUES (:sku, :kind, :description, :unit, :price, "
                         ":tax, :account, :active, :unit_code)");
    q.bind(":sku", item.sku).bind(":kind", LineKinds::key(item.kind)).bind(":description", item.description);
    q.bind(":unit", item.unit).bind(":price", item.unitPrice.scaled()).bind(":tax", item.taxRateId);
    q.bind(":account", SqlValue::nullableId(item.revenueAccountId)).bind(":active", item.active ? 1 : 0);
    q.bind(":unit_code", item.unitCode.isEmpty() ? UnitCodes::fromUnitText(item.unit) : item.unitCode);
    FACTURO_TRY(q.exec(tr("add the catalog item %1").arg(item.sku)));
    return q.lastInsertId();
}

Status CatalogRepository::updateItem(const CatalogItem &item)
{
    SqlStatement q(m_db, "UPDATE catalog_items SET sku = :sku, kind = :kind, description = :description, "
                         "unit = :unit, unit_price = :price, tax_rate_id = :tax, revenue_account_id = :account, "
                         "active = :active, unit_code = :unit_code WHERE id = :id");
    q.bind(":sku", item.sku).bind(":kind", LineKinds::key(item.kind)).bind(":description", item.description);
    q.bind(":unit", item.unit).bind(":price", item.unitPrice.scaled()).bind(":tax", item.taxRateId);
    q.bind(":account", SqlValue::nullableId(item.revenueAccountId)).bind(":active", item.active ? 1 : 0);
    q.bind(":unit_code", item.unitCode.isEmpty() ? UnitCodes::fromUnitText(item.unit) : item.unitCode);
    q.bind(":id", item.id);
    return q.exec(tr("save the catalog item %1").arg(item.sku));
}

Result<QList<CatalogItem>> CatalogRepository::items(const QString &search) const
{
    SqlStatement q(m_db, "SELECT id, sku, kind, description, unit, unit_price, tax_rate_id, "
                         "coalesce(revenue_account_id, 0), active, unit_code FROM catalog_items "
                         "WHERE :search = '' OR sku LIKE '%' || :search || '%' "
                         "OR description LIKE '%' || :search || '%' ORDER BY sku");
    q.bind(":search", search.trimmed());
    FACTURO_TRY(q.exec(tr("list the catalog")));
    QList<CatalogItem> items;
    while (q.next())
        items.append(readItem(q));
    return items;
}

Result<CatalogItem> CatalogRepository::itemBySku(const QString &sku) const
{
    SqlStatement q(m_db, "SELECT id, sku, kind, description, unit, unit_price, tax_rate_id, "
                         "coalesce(revenue_account_id, 0), active, unit_code FROM catalog_items WHERE sku = :sku");
    q.bind(":sku", sku);
    FACTURO_TRY(q.exec(tr("read the catalog item %1").arg(sku)));
    if (!q.next())
        return Error::notFound(tr("The catalog has no item %1.").arg(sku));
    return readItem(q);
}
