#include "UnitCodeMigration.h"

#include "SqlStatement.h"
#include "UnitCodes.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("UnitCodeMigration", text);
}
} // namespace

Status UnitCodeMigration::run(Database &db)
{
    QStringList units;
    {
        SqlStatement read(db,
            "SELECT unit FROM document_lines WHERE unit_code = '' "
            "UNION SELECT unit FROM catalog_items WHERE unit_code = ''");
        FACTURO_TRY(read.exec(tr("read the unit texts")));
        while (read.next())
            units << read.text(0);
    }
    if (units.isEmpty())
        return {};
    // One pass over each table through a small mapping of the texts actually used.
    FACTURO_TRY(
        db.execute(QStringLiteral("CREATE TEMP TABLE unit_code_map (unit TEXT PRIMARY KEY, code TEXT NOT NULL)")));
    {
        SqlStatement insert(db, "INSERT INTO temp.unit_code_map (unit, code) VALUES (:unit, :code)");
        for (const QString &unit : std::as_const(units)) {
            insert.bind(":unit", unit).bind(":code", UnitCodes::fromUnitText(unit));
            FACTURO_TRY(insert.exec(tr("map the unit texts")));
        }
    }
    QString trigger;
    {
        SqlStatement read(db,
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' "
            "AND name = 'document_lines_frozen_update'");
        FACTURO_TRY(read.exec(tr("read the rules of posted lines")));
        if (read.next())
            trigger = read.text(0);
    }
    if (!trigger.isEmpty())
        FACTURO_TRY(db.execute(QStringLiteral("DROP TRIGGER document_lines_frozen_update")));
    FACTURO_TRY(db.execute(
        QStringLiteral("UPDATE document_lines SET unit_code = (SELECT m.code FROM temp.unit_code_map m WHERE m.unit = "
                       "document_lines.unit) WHERE unit_code = ''")));
    FACTURO_TRY(db.execute(
        QStringLiteral("UPDATE catalog_items SET unit_code = (SELECT m.code FROM temp.unit_code_map m WHERE m.unit = "
                       "catalog_items.unit) WHERE unit_code = ''")));
    if (!trigger.isEmpty())
        FACTURO_TRY(db.execute(trigger));
    return db.execute(QStringLiteral("DROP TABLE temp.unit_code_map"));
}
