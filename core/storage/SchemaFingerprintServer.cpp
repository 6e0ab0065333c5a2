// SchemaFingerprint on a server: the catalog against what the scripts make.
#include "SchemaFingerprint.h"

#include "SqlStatement.h"

#include <QSet>

namespace {
// SQLite's own tables behind a full-text table (document_search_data, ...): a server's search
// tables are plain tables with a text-search column instead.
bool isSearchShadow(const QString &table, const QHash<QString, QString> &expected)
{
    for (const char *suffix : {"_data", "_idx", "_content", "_docsize", "_config"}) {
        const QLatin1String end(suffix);
        if (table.endsWith(end)) {
            const QString owner = table.chopped(end.size());
            if (expected.value(QStringLiteral("table:") + owner).startsWith(QLatin1String("CREATE VIRTUAL TABLE")))
                return true;
        }
    }
    return false;
}
} // namespace

Result<SchemaFingerprint::Outcome> SchemaFingerprint::compareServer(Database &db, const QHash<QString, QString> &expected)
{
    const QString doing = tr("read the schema of the company on the server");
    QSet<QString> tables, columns;
    {
        SqlStatement q(db,
            "SELECT c.relname, a.attname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')");
        FACTURO_TRY(q.exec(doing));
        while (q.next()) {
            tables.insert(q.text(0));
            columns.insert(q.text(0) + QLatin1Char(':') + q.text(1));
        }
    }
    // Every trigger, the rules' and the foreign keys' own (switched off all at once by ALTER TABLE
    // ... DISABLE TRIGGER ALL): 'O' and 'A' fire in a normal session, 'D' never, 'R' only in a replica.
    QHash<QString, bool> triggers; // name → enabled
    QStringList disabled;
    {
        SqlStatement q(db,
            "SELECT t.tgname, c.relname, CASE WHEN t.tgenabled IN ('O', 'A') THEN 1 ELSE 0 END, "
            "CASE WHEN t.tgisinternal THEN 1 ELSE 0 END FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
            "ORDER BY c.relname, t.tgname");
        FACTURO_TRY(q.exec(doing));
        while (q.next()) {
            const bool enabled = q.integer(2) != 0;
            if (q.integer(3) == 0)
                triggers.insert(q.text(0), enabled);
            else if (!enabled)
                disabled << tr("%1 (a reference of table %2)").arg(q.text(0), q.text(1));
        }
    }
    // Objects a writer could change: owned by another role than the schema's owner (the owner of
    // facturo_schema), or by a role granted to write documents. Extensions' objects are theirs.
    QStringList owned;
    {
        SqlStatement q(db,
            "WITH s AS (SELECT n.oid AS ns, (SELECT c.relowner FROM pg_class c WHERE c.relname = 'facturo_schema' "
            "AND c.relnamespace = n.oid) AS owner FROM pg_namespace n WHERE n.nspname = current_schema()), "
            "writers AS (SELECT a.grantee FROM s, pg_class c, aclexplode(c.relacl) a WHERE c.relnamespace = s.ns "
            "AND c.relname = 'documents' AND a.privilege_type = 'INSERT' AND a.grantee <> c.relowner) "
            "SELECT c.relname FROM s, pg_class c WHERE c.relnamespace = s.ns "
            "AND (c.relowner <> s.owner OR c.relowner IN (SELECT grantee FROM writers)) "
            "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e') "
            "UNION ALL SELECT p.proname || '()' FROM s, pg_proc p WHERE p.pronamespace = s.ns "
            "AND (p.proowner <> s.owner OR p.proowner IN (SELECT grantee FROM writers)) "
            "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e') "
            "UNION ALL SELECT 'schema ' || n.nspname FROM s, pg_namespace n WHERE n.oid = s.ns "
            "AND n.nspowner IN (SELECT grantee FROM writers) ORDER BY 1");
        FACTURO_TRY(q.exec(doing));
        while (q.next())
            owned << q.text(0);
    }

    Outcome outcome;
    QStringList keys = expected.keys();
    keys.sort();
    for (const QString &key : keys) {
        const QString type = key.section(QLatin1Char(':'), 0, 0);
        const QString name = key.section(QLatin1Char(':'), 1, 1);
        if (type == QLatin1String("trigger")) {
            ++outcome.triggers;
            const auto it = triggers.constFind(name);
            if (it == triggers.constEnd())
                outcome.differences.append({SchemaDifference::Kind::MissingTrigger, name});
            else if (!it.value())
                outcome.differences.append({SchemaDifference::Kind::DisabledTrigger, name});
        } else if (type == QLatin1String("table") && !isSearchShadow(name, expected)) {
            ++outcome.tables;
            if (!tables.contains(name)) {
                outcome.differences.append({SchemaDifference::Kind::MissingTable, name});
                continue;
            }
            const QString prefix = QStringLiteral("column:") + name + QLatin1Char(':');
            for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
                if (it.key().startsWith(prefix) && !columns.contains(name + QLatin1Char(':') + it.key().mid(prefix.size()))) {
                    outcome.differences.append({SchemaDifference::Kind::ChangedTable, name});
                    break;
                }
            }
        }
    }
    for (const QString &trigger : disabled)
        outcome.differences.append({SchemaDifference::Kind::DisabledTrigger, trigger});
    for (const QString &object : owned)
        outcome.differences.append({SchemaDifference::Kind::OwnedByWriter, object});
    return outcome;
}
