#include "ImportCatalog.h"

#include "ImportRowReader.h"
#include "UnitCodes.h"

Status ImportCatalog::check(const CsvTable &table, ImportReport &report)
{
    for (const char *name : {"sku", "description", "unit_price"}) {
        const QString column = QString::fromLatin1(name);
        if (table.column({column, column == QLatin1String("unit_price") ? QStringLiteral("price") : column}) < 0)
            report.issues.append({1, column, tr("the header has no \"%1\" column").arg(column)});
    }
    if (!report.issues.isEmpty())
        return {};
    auto rates = m_ctx.catalog.taxRates();
    if (!rates)
        return rates.error();
    auto fallback = m_ctx.catalog.defaultTaxRate();
    QHash<QString, int> seen;
    for (const CsvRow &row : table.rows) {
        const qsizetype before = report.issues.size();
        ImportRowReader r(table, row, report.issues);
        CatalogItem item;
        item.sku = r.required({QStringLiteral("sku"), QStringLiteral("code")});
        item.description = r.required({QStringLiteral("description")});
        item.unit = r.text({QStringLiteral("unit")});
        const QString unitCode = r.text({QStringLiteral("unit_code")});
        if (!unitCode.isEmpty()) {
            auto code = UnitCodes::validate(unitCode);
            if (code)
                item.unitCode = code.value();
            else
                r.issue(QStringLiteral("unit_code"), code.message());
        }
        const QString kind = r.text({QStringLiteral("kind"), QStringLiteral("type")}).toLower();
        if (kind.isEmpty() || kind == QLatin1String("part") || kind == QLatin1String("parts"))
            item.kind = LineKind::Part;
        else if (kind == QLatin1String("labor") || kind == QLatin1String("labour"))
            item.kind = LineKind::Labor;
        else if (kind == QLatin1String("other"))
            item.kind = LineKind::Other;
        else
            r.issue(QStringLiteral("kind"), tr("\"%1\" is not labor, part or other").arg(kind));
        if (auto price = r.decimal<UnitPrice>({QStringLiteral("unit_price"), QStringLiteral("price")}, true, false))
            item.unitPrice = *price;
        const QString categoryText = r.text({QStringLiteral("tax_category")});
        std::optional<TaxCategory> category;
        if (!categoryText.isEmpty()) {
            auto parsed = TaxCategories::fromKey(categoryText.toLower());
            if (parsed)
                category = parsed.value();
            else
                r.issue(QStringLiteral("tax_category"), parsed.message());
        }
        const auto rate = r.decimal<Percentage>({QStringLiteral("tax_rate"), QStringLiteral("vat")}, false, false);
        if (rate) {
            for (const TaxRate &t : std::as_const(rates.value()))
                if (t.active && t.rate == *rate && (!category || t.category == *category) && item.taxRateId == 0)
                    item.taxRateId = t.id;
            if (item.taxRateId == 0)
                r.issue(QStringLiteral("tax_rate"),
                    tr("no tax rate of %1 % is set up (Settings › Tax rates)").arg(rate->toString()));
        } else if (r.text({QStringLiteral("tax_rate"), QStringLiteral("vat")}).isEmpty()) {
            if (fallback)
                item.taxRateId = fallback->id;
            else
                r.issue(QStringLiteral("tax_rate"), tr("is empty and the file has no default tax rate"));
        }
        if (auto active = r.flag({QStringLiteral("active")}))
            item.active = *active;
        ImportRowAction action {row.row, ImportRowAction::Action::Create, item.sku, QString(), 0};
        if (!item.sku.isEmpty()) {
            if (seen.contains(item.sku.toLower()))
                r.issue(QStringLiteral("sku"),
                    tr("%1 is already on row %2").arg(item.sku).arg(seen.value(item.sku.toLower())));
            seen.insert(item.sku.toLower(), row.row);
            auto existing = m_ctx.catalog.itemBySku(item.sku);
            if (existing) {
                item.id = existing->id;
                item.revenueAccountId = existing->revenueAccountId;
                action.action = ImportRowAction::Action::Update;
                action.id = existing->id;
                action.detail = tr("updates the item in the catalog");
            } else if (existing.error().kind() != ErrorKind::NotFound) {
                return existing.error();
            }
        }
        if (report.issues.size() > before) {
            action.action = ImportRowAction::Action::Invalid;
            action.detail = report.issues.at(before).text();
        }
        m_parsed.insert(row.row, item);
        report.rows.append(action);
    }
    return {};
}

Status ImportCatalog::apply(ImportReport &report)
{
    for (ImportRowAction &action : report.rows) {
        if (action.action == ImportRowAction::Action::Create) {
            auto id = m_settings.addCatalogItem(m_parsed.value(action.row));
            if (!id)
                return id.error().prefixed(tr("Row %1").arg(action.row));
            action.id = id.value();
        } else if (action.action == ImportRowAction::Action::Update) {
            FACTURO_TRY(m_settings.updateCatalogItem(m_parsed.value(action.row)));
        }
    }
    return {};
}
