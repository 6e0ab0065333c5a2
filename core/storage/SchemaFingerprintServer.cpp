// SchemaFingerprint on a server: the catalog against what the scripts make.
#include "SchemaFingerprint.h"

#include "Database.h"
#include "SqlStatement.h"

#include <QFile>
#include <QRegularExpression>
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

// What the server's scripts define for the rules: each function's body (the server keeps it as
// written between $$ and $$) and, per trigger, the function it runs with its arguments and
// whether a WHEN condition says when.
struct ServerRules
{
    QHash<QString, QString> bodies;                 // function name → body
    QHash<QString, QStringList> calls;              // trigger name → function name, then its arguments
    QSet<QString> conditional;                      // triggers with a WHEN condition
};

QStringList stringLiterals(const QString &arguments)
{
    QStringList values;
    static const QRegularExpression literal(QStringLiteral("'((?:[^']|'')*)'"));
    for (auto it = literal.globalMatch(arguments); it.hasNext();)
        values << it.next().captured(1).replace(QLatin1String("''"), QLatin1String("'"));
    return values;
}

const ServerRules &serverRules()
{
    static const ServerRules rules = [] {
        ServerRules made;
        static const QRegularExpression function(
            QStringLiteral(R"(CREATE (?:OR REPLACE )?FUNCTION\s+(\w+)\s*\([^$]*?\bAS \$\$(.*?)\$\$)"),
            QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression trigger(
            QStringLiteral(R"(CREATE (?:OR REPLACE )?TRIGGER\s+(\w+)\s(.*?)EXECUTE (?:FUNCTION|PROCEDURE)\s+(\w+)\s*\((.*?)\)\s*;)"),
            QRegularExpression::DotMatchesEverythingOption);
        for (const QString &file : Database::serverMigrationFiles(0)) {
            QFile script(file);
            if (!script.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(script.readAll());
            for (auto it = function.globalMatch(text); it.hasNext();) {
                const auto m = it.next();
                made.bodies.insert(m.captured(1), m.captured(2));
            }
            for (auto it = trigger.globalMatch(text); it.hasNext();) {
                const auto m = it.next();
                made.calls.insert(m.captured(1), QStringList{m.captured(3)} + stringLiterals(m.captured(4)));
                if (m.captured(2).contains(QLatin1String("WHEN (")))
                    made.conditional.insert(m.captured(1));
            }
        }
        return made;
    }();
    return rules;
}

// A trigger's arguments as the catalog keeps them: each one followed by a zero byte.
QStringList triggerArguments(const QByteArray &bytes)
{
    QStringList values;
    for (const QByteArray &part : bytes.split('\0'))
        values << QString::fromUtf8(part);
    if (!values.isEmpty())
        values.removeLast();
    return values;
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
    QSet<QString> redefined; // triggers that run another function, other arguments or another condition
    const ServerRules &rules = serverRules();
    {
        SqlStatement q(db,
            "SELECT t.tgname, c.relname, CASE WHEN t.tgenabled IN ('O', 'A') THEN 1 ELSE 0 END, "
            "CASE WHEN t.tgisinternal THEN 1 ELSE 0 END, p.proname, t.tgargs, "
            "CASE WHEN t.tgqual IS NULL THEN 0 ELSE 1 END FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_proc p ON p.oid = t.tgfoid "
            "WHERE n.nspname = current_schema() ORDER BY c.relname, t.tgname");
        FACTURO_TRY(q.exec(doing));
        while (q.next()) {
            const bool enabled = q.integer(2) != 0;
            if (q.integer(3) != 0) {
                if (!enabled)
                    disabled << tr("%1 (a reference of table %2)").arg(q.text(0), q.text(1));
                continue;
            }
            const QString name = q.text(0);
            triggers.insert(name, enabled);
            const auto expectedCall = rules.calls.constFind(name);
            if (expectedCall == rules.calls.constEnd())
                continue;
            const QStringList call = QStringList{q.text(4)} + triggerArguments(q.value(5).toByteArray());
            if (call != expectedCall.value() || (q.integer(6) != 0) != rules.conditional.contains(name))
                redefined.insert(name);
        }
    }
    // The rules' functions, body for body.
    QStringList changedFunctions;
    {
        QHash<QString, QString> bodies;
        SqlStatement q(db,
            "SELECT p.proname, p.prosrc FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = current_schema()");
        FACTURO_TRY(q.exec(doing));
        while (q.next())
            bodies.insert(q.text(0), q.text(1));
        QStringList names = rules.bodies.keys();
        names.sort();
        for (const QString &name : names)
            if (bodies.value(name) != rules.bodies.value(name))
                changedFunctions << name + QStringLiteral("()");
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
            else if (redefined.contains(name))
                outcome.differences.append({SchemaDifference::Kind::ChangedTrigger, name});
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
    for (const QString &function : changedFunctions)
        outcome.differences.append({SchemaDifference::Kind::ChangedFunction, function});
    for (const QString &object : owned)
        outcome.differences.append({SchemaDifference::Kind::OwnedByWriter, object});
    return outcome;
}
