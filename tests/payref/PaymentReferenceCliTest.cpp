#include "CreditorReference.h"
#include "TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

// Through the real program: a company file written before schema 14 (tests/payref/data, the SQL
// dump of a file made by the release before payment references: invoices, a credit note and
// payments, each with its row digest in the audit trail) upgrades and still verifies; what is
// posted afterwards carries a reference that `invoice show --json` gives.
namespace {
QString cli()
{
    return qEnvironmentVariable("FACTURO_CLI");
}

QString run(const QString &db, const QStringList &arguments, int expected = 0)
{
    QString out, err;
    const int code = runProgram(cli(), QStringList {QStringLiteral("--db"), db} + arguments, &out, &err);
    INFO(arguments.join(QLatin1Char(' ')).toStdString() << "\n" << out.toStdString() << err.toStdString());
    REQUIRE(code == expected);
    return out;
}

QJsonObject json(const QString &db, const QStringList &arguments)
{
    return QJsonDocument::fromJson(run(db, QStringList {QStringLiteral("--json")} + arguments).toUtf8()).object();
}

QString restoredSchema12File(const QTemporaryDir &dir)
{
    QFile dump(QStringLiteral(FACTURO_PAYREF_DATA_DIR "/schema12-company.sql"));
    REQUIRE(dump.open(QIODevice::ReadOnly));
    const QString file = dir.filePath(QStringLiteral("old.facturo"));
    QString out, err;
    REQUIRE(runProgram(QStringLiteral("sqlite3"), {file}, &out, &err, dump.readAll()) == 0);
    return file;
}
} // namespace

// [file]: the upgrade of an old company file (schema 12, restored with sqlite3); a server's schema
// is made whole by its own script.
TEST_CASE("a file posted before payment references upgrades and its digests still verify", "[payref][cli][file]")
{
    QTemporaryDir dir;
    const QString db = restoredSchema12File(dir);
    // The release that wrote it: schema 12, eleven money events.
    QString out;
    REQUIRE(runProgram(QStringLiteral("sqlite3"), {db, QStringLiteral("PRAGMA user_version")}, &out) == 0);
    CHECK(out.trimmed() == QStringLiteral("12"));

    run(db, {QStringLiteral("invoice"), QStringLiteral("list")}); // opens it: the upgrade
    REQUIRE(runProgram(QStringLiteral("sqlite3"), {db, QStringLiteral("PRAGMA user_version")}, &out) == 0);
    CHECK(out.trimmed().toInt() >= 14);
    const QString report = run(db, {QStringLiteral("check")});
    CHECK(report.contains(QStringLiteral("ok  11 money event(s): the documents and payments they fixed still match")));

    const QJsonObject old
        = json(db, {QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("INV-2026-00002")});
    CHECK(old.value(QStringLiteral("status")).toString() == QStringLiteral("partially_paid"));
    CHECK(old.value(QStringLiteral("payment_reference")).isNull());
    CHECK(old.value(QStringLiteral("payment_link")).isNull());

    // Posted now: a reference, and the check still passes with one more money event.
    const QJsonArray drafts
        = QJsonDocument::fromJson(run(db,
                                      {QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("list"),
                                          QStringLiteral("--status"), QStringLiteral("draft")})
                                      .toUtf8())
              .array();
    REQUIRE_FALSE(drafts.isEmpty());
    const QString number = run(db,
        {QStringLiteral("invoice"), QStringLiteral("post"),
            QString::number(drafts.first().toObject().value(QStringLiteral("id")).toInteger())})
                               .trimmed();
    const QJsonObject posted = json(db, {QStringLiteral("invoice"), QStringLiteral("show"), number});
    const QString reference = posted.value(QStringLiteral("payment_reference")).toString();
    CHECK(CreditorReference::isValid(reference));
    CHECK(
        posted.value(QStringLiteral("payment_reference_printed")).toString() == CreditorReference::printed(reference));
    CHECK(run(db, {QStringLiteral("check")}).contains(QStringLiteral("ok  12 money event(s)")));
    CHECK(run(db, {QStringLiteral("invoice"), QStringLiteral("show"), number})
              .contains(QStringLiteral("Payment reference ") + CreditorReference::printed(reference)));

    // check finds a reference changed around the trigger.
    REQUIRE(runProgram(QStringLiteral("sqlite3"),
                {db,
                    QStringLiteral("DROP TRIGGER document_payment_references_immutable_update; UPDATE "
                                   "document_payment_references SET reference = 'RF18539007547034' WHERE document_id = "
                                   "(SELECT id FROM documents WHERE number = '%1');")
                        .arg(number)})
        == 0);
    QString checkOut, checkErr;
    CHECK(runProgram(cli(), {QStringLiteral("--db"), db, QStringLiteral("check")}, &checkOut, &checkErr) == 1);
    CHECK((checkOut + checkErr).contains(number));
}

TEST_CASE("settings company sets the reference kind and refuses an unknown one", "[payref][cli]")
{
    QTemporaryDir dir;
    const QString db = restoredSchema12File(dir);
    const QJsonObject shown = json(db,
        {QStringLiteral("settings"), QStringLiteral("company"), QStringLiteral("--payment-reference"),
            QStringLiteral("be")});
    CHECK(shown.value(QStringLiteral("payment_reference")).toString() == QStringLiteral("be"));
    QString out, err;
    CHECK(runProgram(cli(),
              {QStringLiteral("--db"), db, QStringLiteral("settings"), QStringLiteral("company"),
                  QStringLiteral("--payment-reference"), QStringLiteral("ogm")},
              &out, &err)
        == 2);
    CHECK(err.contains(QStringLiteral("rf (ISO 11649 creditor reference) or be")));
    const QJsonArray drafts
        = QJsonDocument::fromJson(run(db,
                                      {QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("list"),
                                          QStringLiteral("--status"), QStringLiteral("draft")})
                                      .toUtf8())
              .array();
    const QString number = run(db,
        {QStringLiteral("invoice"), QStringLiteral("post"),
            QString::number(drafts.first().toObject().value(QStringLiteral("id")).toInteger())})
                               .trimmed();
    const QJsonObject posted = json(db, {QStringLiteral("invoice"), QStringLiteral("show"), number});
    CHECK(posted.value(QStringLiteral("payment_reference_printed")).toString().startsWith(QStringLiteral("+++")));
    CHECK(posted.value(QStringLiteral("payment_reference")).toString().size() == 12);
}
