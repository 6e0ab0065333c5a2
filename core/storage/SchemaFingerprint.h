#pragma once

#include "Database.h"

#include <QHash>
#include <QList>

// What the schema of a company file must hold to keep its promise of immutability: every
// trigger that refuses a change (its body raises an error: posted documents, lines, tax lines,
// payments, journal, audit events, archive, sends, reminders, service orders) and the definition
// of every table (its CHECK rules), exactly as the migration scripts of the file's schema version
// make them. The expected schema is obtained by replaying those scripts (Database::
// migrationStatements) into a private in-memory database; each definition is compared with the
// file's after whitespace normalisation (runs of white space read as one space). Search-index
// and summary triggers are left out: a bulk load suspends the first, and `check` recomputes what
// the second maintain.
struct SchemaDifference
{
    // On a server: DisabledTrigger (present but switched off: ALTER TABLE ... DISABLE TRIGGER),
    // OwnedByWriter (an object owned by a role that writes rows, or by another role than the
    // schema's owner: that role could change or switch off the rules).
    enum class Kind { MissingTrigger, ChangedTrigger, MissingTable, ChangedTable, DisabledTrigger, OwnedByWriter,
        ChangedFunction }; // ChangedFunction: a rule's function on a server
    Kind kind = Kind::MissingTrigger;
    QString name;
};

class SchemaFingerprint
{
    Q_DECLARE_TR_FUNCTIONS(SchemaFingerprint)
public:
    struct Outcome
    {
        int triggers = 0; // immutability triggers compared
        int tables = 0;
        QList<SchemaDifference> differences;
    };
    // A file: its definitions against the replayed scripts. A server (its scripts differ, its
    // catalog tells): every table, column and immutability trigger the scripts make is present,
    // every trigger enabled, and no object belongs to a role that writes rows
    // (SchemaFingerprintServer.cpp).
    static Result<Outcome> compare(Database &db);
    // "CREATE  TRIGGER\\n x" → "CREATE TRIGGER x".
    static QString normalised(const QString &sql);

private:
    // expected: type:name → definition of the replayed SQLite scripts, and column:table:name.
    static Result<Outcome> compareServer(Database &db, const QHash<QString, QString> &expected);
};
