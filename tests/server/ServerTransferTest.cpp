// A company moved from a file onto a server and back (`facturo-cli server import|export`): every
// row of every table arrives with the same values, the audit chain verifies on the server, the
// numbering and the ids go on after the copied ones, and the refusals leave everything as it was.
#include "CatchQtStrings.h"
#include "PgTestDatabase.h"
#include "TestDatabase.h"
#include "TransferTestSupport.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
CliRun ok(const QStringList &arguments)
{
    const CliRun run = runCli(arguments);
    INFO(arguments.join(QLatin1Char(' ')).toStdString() << "\n" << run.err.toStdString());
    REQUIRE(run.code == 0);
    return run;
}

CliRun refused(const QStringList &arguments, const QString &because)
{
    const CliRun run = runCli(arguments);
    INFO(arguments.join(QLatin1Char(' ')).toStdString() << "\n" << run.err.toStdString());
    CHECK(run.code != 0);
    CHECK(run.err.contains(because));
    return run;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The demo company, with an archived e-invoice and a queued message (blobs) besides.
QString demoFile(const QTemporaryDir &dir)
{
    const QString file = dir.filePath(QStringLiteral("demo.facturo"));
    ok({QStringLiteral("--db"), file, QStringLiteral("demo"), QStringLiteral("--invoices"), QStringLiteral("25"),
        QStringLiteral("--seed"), QStringLiteral("7")});
    const QString number = fileValue(file,
        QStringLiteral("SELECT number FROM documents WHERE doc_type = 'invoice' "
                       "AND status <> 'draft' ORDER BY id LIMIT 1"));
    REQUIRE_FALSE(number.isEmpty());
    ok({QStringLiteral("--db"), file, QStringLiteral("invoice"), QStringLiteral("einvoice"), number,
        QStringLiteral("--format"), QStringLiteral("ubl"), QStringLiteral("--out"),
        dir.filePath(QStringLiteral("x.xml"))});
    ok({QStringLiteral("--db"), file, QStringLiteral("invoice"), QStringLiteral("send"), number, QStringLiteral("--to"),
        QStringLiteral("buyer@example.com")});
    return file;
}

// Both companies have the same tables, columns and rows.
void requireSameRows(const QString &file, PgTestConnection &server)
{
    const TableColumns tables = fileTables(file);
    REQUIRE(tables == serverTables(server));
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        INFO("table " << it.key().toStdString());
        CHECK(fileRows(file, it.key(), it.value()) == serverRows(server, it.key(), it.value()));
    }
}
} // namespace

TEST_CASE("a company file moved to a server and back keeps every row, its chain and its numbering", "[server]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = demoFile(dir);
    ServerCompany server;
    PgTestConnection &pg = server.admin();

    const CliRun imported = ok({QStringLiteral("server"), QStringLiteral("import"), file, server.ownerUri()});
    CHECK(imported.out.contains(QStringLiteral("tables")));
    // Not an empty copy: documents, their lines, the chain and the blobs are there.
    for (const char *table : {"documents", "document_lines", "payments", "audit_events", "einvoice_archive",
             "outbox_messages", "document_search", "line_search", "figures_by_day"})
        CHECK(fileValue(file, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt() > 0);
    requireSameRows(file, pg);
    // The rules are back on, and the clerk's audit trail verifies on the server.
    CHECK(pg.value(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'O'"))
        == QLatin1String("0"));
    CHECK(ok({QStringLiteral("--db"), server.clerkUri(), QStringLiteral("audit"), QStringLiteral("verify")})
              .out.contains(QStringLiteral("intact")));
    // The search tables answer on the server as in the file.
    const QString customer = fileValue(file,
        QStringLiteral("SELECT customer_name FROM documents WHERE status <> "
                       "'draft' ORDER BY id LIMIT 1"));
    CHECK(ok({QStringLiteral("--db"), server.clerkUri(), QStringLiteral("invoice"), QStringLiteral("list"),
                 QStringLiteral("--search"), customer.section(QLatin1Char(' '), 0, 0)})
              .out.contains(customer));

    // Back into a new file: the same rows as the original. What legitimately differs is not
    // compared: the full-text tables' shadow tables (their index is written anew; compared through
    // the full-text tables' rows), the rowids of bank_entry_payments (no key: compared as rows),
    // and the file's page layout and journal mode.
    const QString back = dir.filePath(QStringLiteral("back.facturo"));
    ok({QStringLiteral("server"), QStringLiteral("export"), server.ownerUri(), back});
    const TableColumns tables = fileTables(file);
    REQUIRE(fileTables(back) == tables);
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        INFO("table " << it.key().toStdString());
        CHECK(fileRows(back, it.key(), it.value()) == fileRows(file, it.key(), it.value()));
    }
    for (const QString &sql : {QStringLiteral("PRAGMA user_version"), QStringLiteral("PRAGMA application_id"),
             QStringLiteral(
                 "SELECT group_concat(s, char(10)) FROM (SELECT type || ' ' || name || ' ' || coalesce(sql, '') "
                 "AS s FROM sqlite_master ORDER BY s)")})
        CHECK(fileValue(back, sql) == fileValue(file, sql));
    CHECK(ok({QStringLiteral("--db"), back, QStringLiteral("check")}).code == 0);
    CHECK(ok({QStringLiteral("--db"), back, QStringLiteral("audit"), QStringLiteral("verify")})
              .out.contains(QStringLiteral("intact")));
    QDir folder(dir.path());
    CHECK(folder.entryList({QStringLiteral("*partial*")}, QDir::Files | QDir::Hidden).isEmpty());

    // A clerk posts on the server: the numbering goes on without a gap, the new ids come after the
    // copied ones, and the chain still verifies.
    const QStringList sequencesBefore = pg.lines(QStringLiteral("SELECT doc_type, period, last_value FROM "
                                                                "number_sequences ORDER BY 1, 2"));
    const qint64 lastDocument = fileValue(file, QStringLiteral("SELECT max(id) FROM documents")).toLongLong();
    const qint64 lastEvent = fileValue(file, QStringLiteral("SELECT max(id) FROM audit_events")).toLongLong();
    const qint64 lastJournal = fileValue(file, QStringLiteral("SELECT max(id) FROM journal_entries")).toLongLong();
    const QString draft = ok({QStringLiteral("--db"), server.clerkUri(), QStringLiteral("invoice"),
                                 QStringLiteral("new"), QStringLiteral("--customer"), QStringLiteral("1")})
                              .out.trimmed();
    CHECK(draft.toLongLong() == lastDocument + 1);
    ok({QStringLiteral("--db"), server.clerkUri(), QStringLiteral("invoice"), QStringLiteral("add-line"), draft,
        QStringLiteral("--description"), QStringLiteral("Boiler service"), QStringLiteral("--quantity"),
        QStringLiteral("1"), QStringLiteral("--unit-price"), QStringLiteral("120"), QStringLiteral("--tax-rate"),
        QStringLiteral("20")});
    const QString number
        = ok({QStringLiteral("--db"), server.clerkUri(), QStringLiteral("invoice"), QStringLiteral("post"), draft})
              .out.trimmed();
    const QStringList sequencesAfter = pg.lines(QStringLiteral("SELECT doc_type, period, last_value FROM "
                                                               "number_sequences ORDER BY 1, 2"));
    QStringList moved;
    for (const QString &row : sequencesAfter)
        if (!sequencesBefore.contains(row))
            moved << row;
    REQUIRE(moved.size() == 1);
    const qint64 sequence = moved.first().section(QLatin1Char('|'), 2).toLongLong();
    const QString year = moved.first().section(QLatin1Char('|'), 1, 1);
    CHECK(sequencesBefore.contains(QStringLiteral("invoice|%1|%2").arg(year).arg(sequence - 1)));
    CHECK(number.endsWith(QString::number(sequence).rightJustified(5, QLatin1Char('0'))));
    // The number before it is the file's last one of that sequence.
    const QString previous
        = number.left(number.size() - 5) + QString::number(sequence - 1).rightJustified(5, QLatin1Char('0'));
    CHECK(fileValue(file, QStringLiteral("SELECT count(*) FROM documents WHERE number = '%1'").arg(previous))
        == QLatin1String("1"));
    CHECK(pg.value(QStringLiteral("SELECT min(id) FROM audit_events WHERE id > %1").arg(lastEvent)).toLongLong()
        == lastEvent + 1);
    CHECK(pg.value(QStringLiteral("SELECT min(id) FROM journal_entries WHERE id > %1").arg(lastJournal)).toLongLong()
        == lastJournal + 1);
    CHECK(ok({QStringLiteral("--db"), server.clerkUri(), QStringLiteral("audit"), QStringLiteral("verify")})
              .out.contains(QStringLiteral("intact")));

    // And a second export carries the new invoice into a file that checks.
    const QString later = dir.filePath(QStringLiteral("later.facturo"));
    ok({QStringLiteral("server"), QStringLiteral("export"), server.ownerUri(), later});
    CHECK(fileValue(later, QStringLiteral("SELECT number FROM documents WHERE id = %1").arg(draft)) == number);
    requireSameRows(later, pg);
    CHECK(ok({QStringLiteral("--db"), later, QStringLiteral("check")}).code == 0);
}

TEST_CASE("a server company backed up with pg_dump comes back whole with pg_restore", "[server]")
{
    // The commands of docs/server.md, "Backups", as the owner.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = demoFile(dir);
    ServerCompany server;
    ok({QStringLiteral("server"), QStringLiteral("import"), file, server.ownerUri()});
    const QString bin = qEnvironmentVariable("FACTURO_PG_BIN", QStringLiteral("/usr/lib/postgresql/15/bin"));
    const QString dump = dir.filePath(QStringLiteral("acme.dump"));
    QString out, dumpErrors, restoreErrors;
    const int dumped = runProgram(bin + QStringLiteral("/pg_dump"),
        {QStringLiteral("--format=custom"), QStringLiteral("--file=") + dump, server.ownerUri()}, &out, &dumpErrors);
    INFO(dumpErrors.toStdString());
    REQUIRE(dumped == 0);
    const QString restored = server.addDatabase(QStringLiteral("restored"));
    const int restoredCode = runProgram(bin + QStringLiteral("/pg_restore"),
        {QStringLiteral("--single-transaction"), QStringLiteral("--exit-on-error"),
            QStringLiteral("--dbname=") + server.ownerUriIn(restored), dump},
        &out, &restoreErrors);
    INFO(restoreErrors.toStdString());
    REQUIRE(restoredCode == 0);
    PgTestConnection copy(PgTestDatabase::uriIn(restored));
    REQUIRE(copy.isOpen());
    requireSameRows(file, copy);
    CHECK(ok({QStringLiteral("--db"), server.clerkUriIn(restored), QStringLiteral("audit"), QStringLiteral("verify")})
              .out.contains(QStringLiteral("intact")));
    // The search tables' words were computed again as the rows came back.
    const QString customer = fileValue(file, QStringLiteral("SELECT customer_name FROM documents ORDER BY id LIMIT 1"));
    CHECK(ok({QStringLiteral("--db"), server.clerkUriIn(restored), QStringLiteral("invoice"), QStringLiteral("list"),
                 QStringLiteral("--search"), customer.section(QLatin1Char(' '), 0, 0)})
              .out.contains(customer));
}

TEST_CASE("refused imports and exports change nothing", "[server]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = demoFile(dir);
    const QByteArray fileBytes = bytesOf(file);
    ServerCompany server;
    PgTestConnection &pg = server.admin();
    const QString fresh = serverState(pg);

    SECTION("wrong password")
    {
        refused({QStringLiteral("server"), QStringLiteral("import"), file,
                    server.ownerUriWithPassword(QStringLiteral("nope"))},
            QStringLiteral("did not accept"));
        CHECK(serverState(pg) == fresh);
        const QString target = dir.filePath(QStringLiteral("out.facturo"));
        refused({QStringLiteral("server"), QStringLiteral("export"),
                    server.ownerUriWithPassword(QStringLiteral("nope")), target},
            QStringLiteral("did not accept"));
        CHECK_FALSE(QFile::exists(target));
    }
    SECTION("a clerk is not the owner")
    {
        refused({QStringLiteral("server"), QStringLiteral("import"), file, server.clerkUri()}, QStringLiteral("owner"));
        CHECK(serverState(pg) == fresh);
    }
    SECTION("a database that already holds a company")
    {
        ok({QStringLiteral("server"), QStringLiteral("import"), file, server.ownerUri()});
        const QString holding = serverState(pg);
        CHECK(holding != fresh);
        refused({QStringLiteral("server"), QStringLiteral("import"), file, server.ownerUri()},
            QStringLiteral("already holds a company"));
        CHECK(serverState(pg) == holding);

        // An existing file is never written over, whatever it is.
        const QString existing = dir.filePath(QStringLiteral("existing.facturo"));
        REQUIRE(QFile::copy(file, existing));
        refused({QStringLiteral("server"), QStringLiteral("export"), server.ownerUri(), existing},
            QStringLiteral("already exists"));
        CHECK(bytesOf(existing) == fileBytes);
    }
    SECTION("a file of another schema")
    {
        const QString other = dir.filePath(QStringLiteral("other.facturo"));
        REQUIRE(QFile::copy(file, other));
        changeFile(other, QStringLiteral("ALTER TABLE customers ADD COLUMN loyalty TEXT"));
        const CliRun run = refused({QStringLiteral("server"), QStringLiteral("import"), other, server.ownerUri()},
            QStringLiteral("same schema"));
        CHECK(run.err.contains(QStringLiteral("customers")));
        CHECK(serverState(pg) == fresh);
    }
    SECTION("a server of another schema")
    {
        ok({QStringLiteral("server"), QStringLiteral("import"), file, server.ownerUri()});
        REQUIRE(pg.exec(QStringLiteral("ALTER TABLE customers ADD COLUMN loyalty TEXT")).ok);
        const QString target = dir.filePath(QStringLiteral("out.facturo"));
        const CliRun run = refused({QStringLiteral("server"), QStringLiteral("export"), server.ownerUri(), target},
            QStringLiteral("same schema"));
        CHECK(run.err.contains(QStringLiteral("loyalty")));
        CHECK_FALSE(QFile::exists(target));
        CHECK(QDir(dir.path()).entryList({QStringLiteral("*partial*")}, QDir::Files | QDir::Hidden).isEmpty());
    }
    CHECK(bytesOf(file) == fileBytes); // the file imported was only read
}
