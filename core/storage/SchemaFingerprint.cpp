#include "SchemaFingerprint.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QUuid>

namespace {
// type:name → sql of the triggers that raise and of the tables.
Result<QHash<QString, QString>> definitions(QSqlDatabase &connection, const QString &doing)
{
    QSqlQuery q(connection);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
                               "name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND (type = 'table' OR (type = 'trigger' "
                               "AND sql LIKE '%RAISE(%'))")))
        return Database::queryError(q, doing);
    QHash<QString, QString> found;
    while (q.next())
        found.insert(q.value(0).toString() + QLatin1Char(':') + q.value(1).toString(),
            SchemaFingerprint::normalised(q.value(2).toString()));
    return found;
}

// The definitions the migration scripts of a schema version make, replayed into a private
// in-memory database. The scripts are compiled in, so each version is replayed once per process.
Result<QHash<QString, QString>> expectedDefinitions(int version, const QString &doing)
{
    static QMutex mutex;
    static QHash<int, QHash<QString, QString>> replayedVersions;
    const QMutexLocker lock(&mutex);
    const auto known = replayedVersions.constFind(version);
    if (known != replayedVersions.constEnd())
        return known.value();
    QHash<QString, QString> expected;
    const QString name = QStringLiteral("facturo-schema-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase replica = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        replica.setDatabaseName(QStringLiteral(":memory:"));
        Status built;
        if (!replica.open()) {
            built = Error::storage(
                SchemaFingerprint::tr("The expected schema could not be built: %1").arg(replica.lastError().text()));
        } else {
            QSqlQuery q(replica);
            for (const QString &statement : Database::migrationStatements(version)) {
                if (!q.exec(statement)) {
                    built = Error::storage(
                        SchemaFingerprint::tr("The expected schema of version %1 could not be built: %2")
                            .arg(version)
                            .arg(q.lastError().text()));
                    break;
                }
            }
            q.finish();
            if (built) {
                auto replayed = definitions(replica, doing);
                if (replayed)
                    expected = replayed.value();
                else
                    built = replayed.error();
            }
            // The columns of each table ("column:table:name"), which a server's catalog is held to.
            if (built && q.exec(QStringLiteral("SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p "
                                               "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"))) {
                while (q.next())
                    expected.insert(QStringLiteral("column:%1:%2").arg(q.value(0).toString(), q.value(1).toString()),
                        QString());
            }
            q.finish();
            replica.close();
        }
        replica = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        FACTURO_TRY(built);
    }
    replayedVersions.insert(version, expected);
    return expected;
}
} // namespace

QString SchemaFingerprint::normalised(const QString &sql)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString text = sql;
    text.replace(space, QStringLiteral(" "));
    text = text.trimmed();
    while (text.endsWith(QLatin1Char(';')))
        text = text.chopped(1).trimmed();
    return text;
}

Result<SchemaFingerprint::Outcome> SchemaFingerprint::compare(Database &db)
{
    const QString doing = tr("read the schema of the company file");
    auto expected = expectedDefinitions(db.schemaVersion(), doing);
    if (!expected)
        return expected.error();
    if (db.isServer())
        return compareServer(db, expected.value());
    // A company file: its own definitions, read through Qt SQL (SQLite only).
    auto actual = definitions(db.connection(), doing);
    if (!actual)
        return actual.error();
    Outcome outcome;
    QStringList keys = expected->keys();
    keys.sort();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("column:")))
            continue; // a file's columns are in its tables' definitions
        const bool trigger = key.startsWith(QLatin1String("trigger:"));
        (trigger ? outcome.triggers : outcome.tables) += 1;
        const QString objectName = key.section(QLatin1Char(':'), 1);
        const auto it = actual->constFind(key);
        if (it == actual->constEnd()) {
            // A trigger that no longer raises counts as changed, not missing.
            const bool stillThere = trigger && db.connection().isOpen() && [&] {
                QSqlQuery q(db.connection());
                q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?"));
                q.addBindValue(objectName);
                return q.exec() && q.next();
            }();
            outcome.differences.append({trigger
                    ? (stillThere ? SchemaDifference::Kind::ChangedTrigger : SchemaDifference::Kind::MissingTrigger)
                    : SchemaDifference::Kind::MissingTable,
                objectName});
        } else if (*it != expected->value(key)) {
            outcome.differences.append(
                {trigger ? SchemaDifference::Kind::ChangedTrigger : SchemaDifference::Kind::ChangedTable, objectName});
        }
    }
    return outcome;
}
