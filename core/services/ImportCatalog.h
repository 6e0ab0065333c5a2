#pragma once

#include "CsvTable.h"
#include "ImportReport.h"
#include "SettingsService.h"

// Catalog items from CSV. Columns: sku (required), description (required), kind (labor, part,
// other; default part), unit, unit_price (required), tax_rate (a percentage of a tax rate set
// up in the file; default the default rate), tax_category (to choose between two rates of the
// same percentage), active (yes/no). An existing SKU is updated, a new one created.
class ImportCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ImportCatalog)
public:
    ImportCatalog(LedgerContext &context, SettingsService &settings)
        : m_ctx(context)
        , m_settings(settings)
    { }

    Status check(const CsvTable &table, ImportReport &report);
    Status apply(ImportReport &report);

private:
    LedgerContext &m_ctx;
    SettingsService &m_settings;
    QHash<int, CatalogItem> m_parsed;
};
