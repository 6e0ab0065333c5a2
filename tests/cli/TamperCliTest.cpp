// The tamper table of DESIGN.md "Trust": a real company file made by facturo-cli, altered with
// sqlite3 as someone holding the file would (immutability triggers dropped, rows and journal
// edited consistently, triggers put back), and `check` naming each alteration with exit 1.
#include "Database.h"
#include "SqlStatement.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    Run r;
    r.code = runProgram(QString::fromLocal8Bit(qgetenv("FACTURO_CLI")), args, &r.out, &r.err);
    return r;
}

Run sqlite(const QString &file, const QString &script)
{
    Run r;
    r.code = runProgram(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), file}, &r.out, &r.err, script.toUtf8());
    return r;
}

QString value(const QString &file, const QString &query)
{
    if (file.startsWith(QStringLiteral("postgresql:"))) { // read through the application's own connection
        auto db = Database::open(file);
        INFO(db.message().toStdString());
        REQUIRE(db.ok());
        QString sql = query.trimmed();
        sql.chop(sql.endsWith(QLatin1Char(';')) ? 1 : 0);
        SqlStatement q(*db.value(), sql);
        const Status done = q.exec(QStringLiteral("read"));
        INFO(query.toStdString() << "\n" << done.message().toStdString());
        REQUIRE(done.ok());
        return q.next() ? q.text(0) : QString();
    }
    const Run r = sqlite(file, query);
    INFO(query.toStdString() << "\n" << r.err.toStdString());
    REQUIRE(r.code == 0);
    return r.out.trimmed();
}

// Drops every trigger that refuses a change, runs the edits, and puts the triggers back as
// they were: the schema looks untouched.
QString consistently(const QString &file, const QString &edits)
{
    const QString drops = value(file,
        QStringLiteral("SELECT 'DROP TRIGGER ' || name || ';' FROM sqlite_master "
                       "WHERE type = 'trigger' AND sql LIKE '%RAISE(%';"));
    const QString creates = value(file,
        QStringLiteral("SELECT sql || ';' FROM sqlite_master "
                       "WHERE type = 'trigger' AND sql LIKE '%RAISE(%';"));
    REQUIRE(drops.count(QStringLiteral("DROP TRIGGER")) > 20);
    return QStringLiteral("BEGIN;\n%1\n%2\n%3\nCOMMIT;\n").arg(drops, edits, creates);
}

Run check(const QString &file, const QStringList &more = {})
{
    return cli(QStringList {QStringLiteral("--db"), file, QStringLiteral("check")} + more);
}

QString copyOf(const QString &pristine, const QString &name)
{
    const QString path = QFileInfo(pristine).dir().filePath(name + QStringLiteral(".facturo"));
    QFile::remove(path);
    REQUIRE(QFile::copy(pristine, path));
    return path;
}
} // namespace

// [file]: alterations made with sqlite3 on the file (the same on a server: tests/server).
TEST_CASE(
    "check names every consistent alteration of the books and of the schema, and passes an untouched file", "[file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pristine = dir.filePath(QStringLiteral("pristine.facturo"));
    const Run made = cli({QStringLiteral("--db"), pristine, QStringLiteral("demo"), QStringLiteral("--invoices"),
        QStringLiteral("12"), QStringLiteral("--seed"), QStringLiteral("5")});
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);

    const Run sound = check(pristine);
    INFO(sound.out.toStdString() << sound.err.toStdString());
    REQUIRE(sound.code == 0);
    CHECK(sound.out.contains(QStringLiteral("money event")));
    CHECK(sound.out.contains(QStringLiteral("immutability triggers")));
    CHECK_FALSE(sound.out.contains(QStringLiteral("BAD")));

    // An invoice with a payment: both have digests to compare.
    const QString paymentId = value(pristine, QStringLiteral("SELECT min(id) FROM payments WHERE kind = 'payment';"));
    const QString invoiceId
        = value(pristine, QStringLiteral("SELECT document_id FROM payments WHERE id = %1;").arg(paymentId));
    const QString number
        = value(pristine, QStringLiteral("SELECT number FROM documents WHERE id = %1;").arg(invoiceId));
    REQUIRE(number.startsWith(QStringLiteral("INV-")));

    struct Alteration
    {
        const char *what;
        QString script;
        QStringList named; // every one appears in one BAD line
    };
    const QString payment = QStringLiteral("payment %1 on %2").arg(paymentId, number);
    const QList<Alteration> table = {
        {"document header",
            consistently(pristine,
                QStringLiteral("UPDATE documents SET customer_name = 'Someone Else' WHERE id = %1;\n"
                               "UPDATE journal_entries SET description = 'Someone Else' "
                               "WHERE document_id = %1;")
                    .arg(invoiceId)),
            {number, QStringLiteral("changed after it was posted")}},
        {"line",
            consistently(pristine,
                QStringLiteral("UPDATE document_lines SET description = 'Something else' WHERE id = "
                               "(SELECT min(id) FROM document_lines WHERE document_id = %1);")
                    .arg(invoiceId)),
            {number}},
        {"e-invoice fields of the document",
            consistently(pristine,
                QStringLiteral("UPDATE documents SET buyer_reference = '991-99999-99', payment_means = 'cash' "
                               "WHERE id = %1;")
                    .arg(invoiceId)),
            {number}},
        {"unit code of a line",
            consistently(pristine,
                QStringLiteral("UPDATE document_lines SET unit_code = 'KGM' WHERE id = "
                               "(SELECT min(id) FROM document_lines WHERE document_id = %1);")
                    .arg(invoiceId)),
            {number}},
        {"tax line",
            consistently(pristine,
                QStringLiteral("UPDATE document_tax_lines SET exemption_reason = 'Exempt, trust me' "
                               "WHERE document_id = %1;")
                    .arg(invoiceId)),
            {number}},
        {"payment",
            consistently(pristine,
                QStringLiteral("UPDATE payments SET reference = 'paid in cash' WHERE id = %1;\n"
                               "UPDATE journal_entries SET description = 'paid in cash' "
                               "WHERE payment_id = %1;")
                    .arg(paymentId)),
            {payment, QStringLiteral("changed after it was recorded")}},
        {"journal entry",
            consistently(pristine,
                QStringLiteral("INSERT INTO accounts (code, name, kind) VALUES ('7099', 'Elsewhere', "
                               "'revenue');\nUPDATE journal_lines SET account_id = (SELECT id FROM "
                               "accounts WHERE code = '7099') WHERE id = (SELECT min(l.id) FROM "
                               "journal_lines l JOIN journal_entries e ON e.id = l.entry_id WHERE "
                               "e.document_id = %1 AND e.payment_id IS NULL AND l.credit > 0);")
                    .arg(invoiceId)),
            {number}},
        {"dropped trigger", QStringLiteral("DROP TRIGGER payments_immutable_delete;"),
            {QStringLiteral("payments_immutable_delete"), QStringLiteral("missing")}},
        {"altered trigger",
            QStringLiteral(
                "DROP TRIGGER journal_lines_immutable_update;\nCREATE TRIGGER journal_lines_immutable_update "
                "BEFORE UPDATE ON journal_lines WHEN 0 BEGIN SELECT RAISE(ABORT, 'journal entries are "
                "immutable'); END;"),
            {QStringLiteral("journal_lines_immutable_update"), QStringLiteral("altered")}},
    };
    int n = 0;
    for (const Alteration &a : table) {
        INFO(a.what);
        const QString file = copyOf(pristine, QStringLiteral("case%1").arg(++n));
        const Run altered = sqlite(file, a.script);
        INFO(altered.err.toStdString());
        REQUIRE(altered.code == 0);
        const Run found = check(file);
        INFO(found.out.toStdString());
        CHECK(found.code != 0);
        QStringList bad;
        for (const QString &line : found.out.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("BAD ")))
                bad << line;
        REQUIRE_FALSE(bad.isEmpty());
        bool named = false;
        for (const QString &line : bad) {
            bool all = true;
            for (const QString &word : a.named)
                all = all && line.contains(word);
            named = named || all;
        }
        CHECK(named);
        // audit verify recomputes the digests too (not the schema).
        if (QByteArray(a.what).contains("trigger"))
            continue;
        const Run verify = cli({QStringLiteral("--db"), file, QStringLiteral("audit"), QStringLiteral("verify")});
        CHECK(verify.code != 0);
        CHECK(verify.err.contains(a.named.first()));
    }
}

// [file]: the anchor is read from a backup file, the events deleted with sqlite3.
TEST_CASE("an anchor from a real backup finds the newest audit events deleted, or the history forked", "[file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("firm.facturo"));
    REQUIRE(cli({QStringLiteral("--db"), file, QStringLiteral("demo"), QStringLiteral("--invoices"),
                    QStringLiteral("10"), QStringLiteral("--seed"), QStringLiteral("9")})
                .code
        == 0);
    const QString backup = dir.filePath(QStringLiteral("firm-backup.facturo"));
    const Run backedUp = cli({QStringLiteral("--db"), file, QStringLiteral("backup"), backup});
    INFO(backedUp.err.toStdString());
    REQUIRE(backedUp.code == 0);

    // The head is recorded inside the backup and in its sidecar, and they agree.
    REQUIRE(QFileInfo::exists(backup + QStringLiteral(".anchor")));
    QFile sidecar(backup + QStringLiteral(".anchor"));
    REQUIRE(sidecar.open(QIODevice::ReadOnly));
    const QString sidecarText = QString::fromUtf8(sidecar.readAll());
    const QString inside = value(backup, QStringLiteral("SELECT value FROM settings WHERE key = 'audit.anchor';"));
    const QString head
        = value(backup, QStringLiteral("SELECT id || ':' || hash FROM audit_events ORDER BY id DESC LIMIT 1;"));
    CHECK(inside == head);
    CHECK(sidecarText.contains(QStringLiteral("anchor: ") + head));
    const QString sequence = head.section(QLatin1Char(':'), 0, 0);

    // Work goes on after the backup: the file still extends the anchor, by file or by text.
    REQUIRE(
        cli({QStringLiteral("--db"), file, QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                QStringLiteral("Later Ltd"), QStringLiteral("--address"), QStringLiteral("Paris")})
            .code
        == 0);
    const Run extends = check(file, {QStringLiteral("--anchor"), backup});
    INFO(extends.out.toStdString() << extends.err.toStdString());
    CHECK(extends.code == 0);
    CHECK(extends.out.contains(QStringLiteral("extends the anchor %1:").arg(sequence)));
    CHECK(check(file, {QStringLiteral("--anchor"), head}).code == 0);
    CHECK(check(file, {QStringLiteral("--anchor"), backup + QStringLiteral(".anchor")}).code == 0);

    // The newest events deleted, down to the anchored one: the chain alone still looks intact.
    const QString deleted = copyOf(file, QStringLiteral("deleted"));
    REQUIRE(sqlite(deleted,
                QStringLiteral("DROP TRIGGER audit_events_immutable_delete;\nDELETE FROM audit_events "
                               "WHERE id >= %1;\n%2;")
                    .arg(sequence,
                        value(file,
                            QStringLiteral("SELECT sql FROM sqlite_master WHERE name = "
                                           "'audit_events_immutable_delete';"))))
                .code
        == 0);
    CHECK(check(deleted).code == 0);
    const Run cut = check(deleted, {QStringLiteral("--anchor"), backup});
    CHECK(cut.code != 0);
    CHECK(cut.out.contains(QStringLiteral("newest events were deleted")));

    // Then new work written over the gap: event SEQ exists again with another hash, a fork.
    REQUIRE(cli({QStringLiteral("--db"), deleted, QStringLiteral("customer"), QStringLiteral("add"),
                    QStringLiteral("--name"), QStringLiteral("Forged Ltd"), QStringLiteral("--address"),
                    QStringLiteral("Nice")})
                .code
        == 0);
    const Run fork = check(deleted, {QStringLiteral("--anchor"), head});
    CHECK(fork.code != 0);
    CHECK(fork.out.contains(QStringLiteral("fork")));

    // A malformed anchor is refused with a message, before any check.
    const Run wrong = check(file, {QStringLiteral("--anchor"), QStringLiteral("12:abc")});
    CHECK(wrong.code != 0);
    CHECK(wrong.err.contains(QStringLiteral("not an anchor")));
}

TEST_CASE("a posted invoice's PDF carries the audit chain head at its posting, readable by pdfinfo")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = newCompanyLocation(dir, QStringLiteral("firm.facturo"));
    REQUIRE(cli({QStringLiteral("--db"), file, QStringLiteral("demo"), QStringLiteral("--invoices"),
                    QStringLiteral("10"), QStringLiteral("--seed"), QStringLiteral("3")})
                .code
        == 0);
    const QString id = value(file,
        QStringLiteral("SELECT min(id) FROM documents WHERE doc_type = 'invoice' AND "
                       "status <> 'draft';"));
    const QString number = value(file, QStringLiteral("SELECT number FROM documents WHERE id = %1;").arg(id));
    const QString anchor = value(file,
        QStringLiteral("SELECT id || ':' || hash FROM audit_events WHERE action = 'post' "
                       "AND entity = 'invoice' AND entity_id = %1;")
            .arg(id));
    REQUIRE(anchor.size() > 65);
    const QString pdf = dir.filePath(QStringLiteral("invoice.pdf"));
    const Run exported = cli({QStringLiteral("--db"), file, QStringLiteral("invoice"), QStringLiteral("pdf"), number,
        QStringLiteral("--out"), pdf});
    INFO(exported.err.toStdString());
    REQUIRE(exported.code == 0);
    Run meta;
    meta.code = runProgram(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf}, &meta.out, &meta.err);
    REQUIRE(meta.code == 0);
    INFO(meta.out.toStdString());
    CHECK(meta.out.contains(QStringLiteral("<facturo:AuditAnchor>%1</facturo:AuditAnchor>").arg(anchor)));
    // Work done since does not change it: it is the head at posting, and the file extends it.
    REQUIRE(
        cli({QStringLiteral("--db"), file, QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                QStringLiteral("Later Ltd"), QStringLiteral("--address"), QStringLiteral("Paris")})
            .code
        == 0);
    CHECK(check(file, {QStringLiteral("--anchor"), anchor}).code == 0);
}
