#include "CliCompany.h"
#include "OutboxRepository.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// The real facturo-cli against a company file of its own.
class Cli
{
public:
    Cli()
        : m_company(m_dir.filePath(QStringLiteral("company.facturo"))), m_file(m_company.location())
    {
        REQUIRE(m_dir.isValid());
    }

    Run operator()(const QStringList &args, const QByteArray &input = {})
    {
        Run r;
        r.code = runProgram(QString::fromLocal8Bit(qgetenv("FACTURO_CLI")),
            QStringList {QStringLiteral("--db"), m_file} + args, &r.out, &r.err, input);
        return r;
    }
    QString ok(const QStringList &args)
    {
        const Run r = (*this)(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.code == 0);
        return r.out.trimmed();
    }
    QJsonDocument json(const QStringList &args)
    {
        const QString out = ok(QStringList {QStringLiteral("--json")} + args);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
        INFO(out.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        return doc;
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile f(path(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }
    void init(const QString &terms = QStringLiteral("30"))
    {
        ok({QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Climatec Services SAS"),
            QStringLiteral("--address"), QStringLiteral("12 rue des Artisans\\n69003 Lyon"), QStringLiteral("--vat-id"),
            QStringLiteral("FR32123456789"), QStringLiteral("--iban"), QStringLiteral("FR7630006000011234567890189"),
            QStringLiteral("--manager"), QStringLiteral("marie"), QStringLiteral("--terms"), terms});
    }
    QString draft(const QString &customer, const QString &price)
    {
        const QString id
            = ok({QStringLiteral("invoice"), QStringLiteral("new"), QStringLiteral("--customer"), customer});
        ok({QStringLiteral("invoice"), QStringLiteral("add-line"), id, QStringLiteral("--description"),
            QStringLiteral("Service"), QStringLiteral("--quantity"), QStringLiteral("1"),
            QStringLiteral("--unit-price"), price, QStringLiteral("--tax-rate"), QStringLiteral("20")});
        return id;
    }

    // The company's location: the file, or its database on a server.
    QString company() const { return m_file; }

private:
    QTemporaryDir m_dir;
    CliCompany m_company;
    QString m_file;
};

QString today(int days = 0)
{
    return QDate::currentDate().addDays(days).toString(Qt::ISODate);
}
} // namespace

TEST_CASE("facturo-cli reminders: due, dry run, nightly run, never twice, send and dispute")
{
    Cli cli;
    cli.ok({QStringLiteral("demo")});
    const QJsonArray due = cli.json({QStringLiteral("reminders"), QStringLiteral("due")}).array();
    REQUIRE_FALSE(due.isEmpty()); // the sample company has overdue invoices
    const QJsonObject first = due.first().toObject();
    CHECK(first.value(QStringLiteral("level")).toInt() >= 1);
    CHECK(first.value(QStringLiteral("days_overdue")).toInt() >= 7);
    CHECK(first.value(QStringLiteral("amount_due")).toString().contains(QLatin1Char('.')));

    const QJsonObject dry
        = cli.json({QStringLiteral("reminders"), QStringLiteral("run"), QStringLiteral("--dry-run")}).object();
    CHECK(dry.value(QStringLiteral("due")).toArray().size() == due.size());
    CHECK(dry.value(QStringLiteral("recorded")).toArray().isEmpty());
    CHECK(cli.json({QStringLiteral("reminders"), QStringLiteral("due")}).array().size() == due.size());

    const QJsonObject run
        = cli.json({QStringLiteral("reminders"), QStringLiteral("run"), QStringLiteral("--as-of"), today()}).object();
    CHECK(run.value(QStringLiteral("recorded")).toArray().size() == due.size());
    int emails = 0;
    for (const QJsonValue &r : run.value(QStringLiteral("recorded")).toArray()) {
        const QJsonObject o = r.toObject();
        const bool email = o.value(QStringLiteral("channel")).toString() == QStringLiteral("email");
        emails += email;
        CHECK(o.value(QStringLiteral("outbox_message_id")).isDouble() == email); // queued in the outbox
    }
    CHECK(emails > 0);
    CHECK(cli.json({QStringLiteral("reminders"), QStringLiteral("due")}).array().isEmpty());
    const QString number = first.value(QStringLiteral("number")).toString();
    const QJsonArray history = cli.json({QStringLiteral("reminders"), QStringLiteral("history"), number}).array();
    REQUIRE(history.size() == 1);
    CHECK(history.first().toObject().value(QStringLiteral("sent_on")).toString() == today());
    const QString audit
        = cli.ok({QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--document"), number});
    CHECK(audit.contains(QStringLiteral("reminder")));

    // The same level again by hand: refused (exit 1); a future date: invalid (exit 2).
    const int level = history.first().toObject().value(QStringLiteral("level")).toInt();
    Run again = cli({QStringLiteral("reminders"), QStringLiteral("send"), number, QStringLiteral("--level"),
        QString::number(level)});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("never sent twice")));
    CHECK(cli({QStringLiteral("reminders"), QStringLiteral("run"), QStringLiteral("--as-of"), today(3)}).code == 2);
    CHECK(cli({QStringLiteral("reminders"), QStringLiteral("run"), QStringLiteral("--level"), QStringLiteral("x")}).code
        == 2);

    cli.ok({QStringLiteral("reminders"), QStringLiteral("dispute"), number, QStringLiteral("--reason"),
        QStringLiteral("Wrong address")});
    CHECK(cli({QStringLiteral("reminders"), QStringLiteral("send"), number}).code == 1);
    cli.ok({QStringLiteral("reminders"), QStringLiteral("undispute"), number});
    cli.ok({QStringLiteral("reminders"), QStringLiteral("fee"), QStringLiteral("set"), QStringLiteral("--level"),
        QStringLiteral("3"), QStringLiteral("--amount"), QStringLiteral("40")});
    CHECK(cli.json({QStringLiteral("reminders"), QStringLiteral("fee"), QStringLiteral("list")}).array().size() == 1);
}

TEST_CASE("facturo-cli report verbs give JSON with exact amounts, and CSV files")
{
    Cli cli;
    cli.ok({QStringLiteral("demo")});
    const QJsonObject aged = cli.json({QStringLiteral("report"), QStringLiteral("aged_receivables")}).object();
    CHECK(aged.value(QStringLiteral("report")).toString() == QStringLiteral("aged_receivables"));
    CHECK(aged.value(QStringLiteral("as_of")).toString() == today());
    const QJsonObject totals = aged.value(QStringLiteral("totals")).toObject();
    CHECK(totals.value(QStringLiteral("total")).toString()
        == aged.value(QStringLiteral("figures")).toObject().value(QStringLiteral("total")).toString());
    for (const QString &name :
        {QStringLiteral("sales_by_month"), QStringLiteral("sales-by-customer"), QStringLiteral("sales_by_item"),
            QStringLiteral("tax_summary"), QStringLiteral("collections"), QStringLiteral("invoice_register")}) {
        const QJsonObject t = cli.json({QStringLiteral("report"), name, QStringLiteral("--from"), today(-365),
                                           QStringLiteral("--to"), today()})
                                  .object();
        INFO(name.toStdString());
        CHECK(t.value(QStringLiteral("from")).toString() == today(-365));
        CHECK(t.contains(QStringLiteral("rows")));
    }
    const QString csv = cli.path(QStringLiteral("tax.csv"));
    cli.ok({QStringLiteral("report"), QStringLiteral("tax_summary"), QStringLiteral("--csv"), csv});
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().startsWith("\xEF\xBB\xBF"
                                    "category,rate,base"));
    CHECK(cli({QStringLiteral("report"), QStringLiteral("profit")}).code == 2);
    CHECK(cli({QStringLiteral("report"), QStringLiteral("sales_by_month"), QStringLiteral("--from"),
                  QStringLiteral("2026-13-01")})
              .code
        == 2);
}

TEST_CASE("facturo-cli import and export: dry run, refusals naming row and field, FEC")
{
    Cli cli;
    cli.init();
    const QString good = cli.write(
        QStringLiteral("customers.csv"), "name;email;terms\nCafé de la Gare;compta@gare.fr;45\nMairie de Bron;;\n");
    const QJsonObject preview
        = cli.json({QStringLiteral("import"), QStringLiteral("customers"), good, QStringLiteral("--dry-run")}).object();
    CHECK(preview.value(QStringLiteral("created")).toInt() == 2);
    CHECK_FALSE(preview.value(QStringLiteral("imported")).toBool());
    CHECK(cli.json({QStringLiteral("customer"), QStringLiteral("list")}).array().isEmpty());
    const QString bad = cli.write(QStringLiteral("bad.csv"), "name,email,terms\nA,a@b.fr,30\nB,b@c.fr,thirty\n");
    const Run refused = cli({QStringLiteral("import"), QStringLiteral("customers"), bad});
    CHECK(refused.code == 2);
    CHECK(refused.err.contains(QStringLiteral("Row 3, field \"terms\"")));
    CHECK(refused.err.contains(QStringLiteral("Nothing was imported")));
    CHECK(cli.json({QStringLiteral("customer"), QStringLiteral("list")}).array().isEmpty());
    cli.ok({QStringLiteral("import"), QStringLiteral("customers"), good});
    const QJsonArray customers = cli.json({QStringLiteral("customer"), QStringLiteral("list")}).array();
    REQUIRE(customers.size() == 2);
    CHECK(cli({QStringLiteral("import"), QStringLiteral("vendors"), good}).code == 2);

    // Address needed for posting; then two drafts posted in bulk and the journal exported.
    const QString id = QString::number(customers.at(0).toObject().value(QStringLiteral("id")).toInteger());
    const QString withAddress = cli.write(
        QStringLiteral("addr.csv"), "name,email,address\nAtelier Moreau,a@moreau.fr,2 rue Neuve\\n69001 Lyon\n");
    cli.ok({QStringLiteral("import"), QStringLiteral("customers"), withAddress});
    QString moreau;
    for (const QJsonValue &c : cli.json({QStringLiteral("customer"), QStringLiteral("list")}).array())
        if (c.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Atelier Moreau"))
            moreau = QString::number(c.toObject().value(QStringLiteral("id")).toInteger());
    REQUIRE_FALSE(moreau.isEmpty());
    cli.draft(moreau, QStringLiteral("100"));
    cli.draft(moreau, QStringLiteral("250"));
    const QJsonObject posted
        = cli.json({QStringLiteral("bulk"), QStringLiteral("post"), QStringLiteral("all")}).object();
    CHECK(posted.value(QStringLiteral("done")).toArray().size() == 2);
    CHECK(id.toLongLong() > 0);

    const QString fec = cli.path(QStringLiteral("FEC.txt"));
    CHECK(cli.ok({QStringLiteral("export"), QStringLiteral("journal"), QStringLiteral("--from"), today(-1),
              QStringLiteral("--to"), today(), QStringLiteral("--out"), fec, QStringLiteral("--format"),
              QStringLiteral("fec")})
        == QStringLiteral("6"));
    QFile file(fec);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    CHECK(lines.size() == 7);
    CHECK(lines.at(0).split('\t').size() == 18);
    CHECK(lines.at(1).split('\t').at(3) == QDate::currentDate().toString(QStringLiteral("yyyyMMdd")).toLatin1());
    const Run stdoutCsv = cli({QStringLiteral("export"), QStringLiteral("invoices"), QStringLiteral("--from"),
        today(-1), QStringLiteral("--to"), today(), QStringLiteral("--out"), QStringLiteral("-")});
    CHECK(stdoutCsv.code == 0);
    CHECK(stdoutCsv.out.count(QLatin1Char('\n')) == 3);
    CHECK(cli({QStringLiteral("export"), QStringLiteral("journal"), QStringLiteral("--from"), today()}).code == 2);
    CHECK(cli({QStringLiteral("export"), QStringLiteral("invoices"), QStringLiteral("--from"), today(),
                  QStringLiteral("--to"), today(), QStringLiteral("--out"), fec, QStringLiteral("--format"),
                  QStringLiteral("fec")})
              .code
        == 2);
}

TEST_CASE(
    "facturo-cli reminders: letters as PDF for a nightly run, one customer's letter, the letter attached to emails")
{
    Cli cli;
    cli.ok({QStringLiteral("demo")});
    const QJsonArray due = cli.json({QStringLiteral("reminders"), QStringLiteral("due")}).array();
    REQUIRE_FALSE(due.isEmpty());
    QSet<qint64> customers;
    QString secondLevel; // an invoice reminded below the last level: it can get one more by email
    for (const QJsonValue &d : due) {
        customers << d.toObject().value(QStringLiteral("customer_id")).toInteger();
        if (d.toObject().value(QStringLiteral("level")).toInt() < 3)
            secondLevel = d.toObject().value(QStringLiteral("number")).toString();
    }
    const QString dir = cli.path(QStringLiteral("letters"));
    const QJsonObject run = cli.json({QStringLiteral("reminders"), QStringLiteral("run"), QStringLiteral("--channel"),
                                         QStringLiteral("letter"), QStringLiteral("--letters"), dir})
                                .object();
    const QJsonArray letters = run.value(QStringLiteral("letters")).toArray();
    CHECK(letters.size() == customers.size()); // one letter per customer
    for (const QJsonValue &file : letters) {
        QFile pdf(file.toString());
        REQUIRE(pdf.open(QIODevice::ReadOnly));
        CHECK(pdf.read(5) == "%PDF-");
    }

    const QString one = cli.path(QStringLiteral("one.pdf"));
    CHECK(cli.ok({QStringLiteral("reminders"), QStringLiteral("letter"),
              QString::number(due.first().toObject().value(QStringLiteral("customer_id")).toInteger()),
              QStringLiteral("--out"), one})
        == one);
    QFile pdf(one);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    CHECK(cli({QStringLiteral("reminders"), QStringLiteral("letter"), QStringLiteral("999999"), QStringLiteral("--out"),
                  one})
              .code
        == 4);

    if (!secondLevel.isEmpty()) {
        const QJsonObject sent = cli.json({QStringLiteral("reminders"), QStringLiteral("send"), secondLevel,
                                              QStringLiteral("--channel"), QStringLiteral("email")})
                                     .object();
        const qint64 message = sent.value(QStringLiteral("outbox_message_id")).toInteger();
        REQUIRE(message > 0);
        auto db = Database::open(cli.company());
        REQUIRE(db.ok());
        auto queued = OutboxRepository(*db.value()).find(message, false);
        REQUIRE(queued.ok());
        CHECK(queued->kind == MailKind::Reminder);
        REQUIRE(queued->attachments.size() == 1);
        CHECK(queued->attachments.first().fileName.endsWith(QStringLiteral(".pdf")));
    }
}

TEST_CASE("facturo-cli bulk send queues each listed invoice with its PDF and reports the ones it cannot send")
{
    Cli cli;
    cli.ok({QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Climatec Services SAS"),
        QStringLiteral("--address"), QStringLiteral("12 rue des Artisans\\n69003 Lyon"), QStringLiteral("--vat-id"),
        QStringLiteral("FR32123456789"), QStringLiteral("--iban"), QStringLiteral("FR7630006000011234567890189"),
        QStringLiteral("--email"), QStringLiteral("billing@climatec.example")});
    const QString customer = cli.ok({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
        QStringLiteral("Atelier Moreau"), QStringLiteral("--address"), QStringLiteral("2 rue Neuve\\n69001 Lyon"),
        QStringLiteral("--email"), QStringLiteral("compta@moreau.fr")});
    const QString first
        = cli.ok({QStringLiteral("invoice"), QStringLiteral("post"), cli.draft(customer, QStringLiteral("100"))});
    const QString second
        = cli.ok({QStringLiteral("invoice"), QStringLiteral("post"), cli.draft(customer, QStringLiteral("50"))});
    const QString bad = cli.write(QStringLiteral("bad.csv"), "number;email\n" + first.toUtf8() + ";not-an-address\n");
    const Run refused = cli({QStringLiteral("bulk"), QStringLiteral("send"), bad});
    CHECK(refused.code == 2);
    CHECK(refused.err.contains(QStringLiteral("Row 2, field \"email\"")));
    const QString list = cli.write(QStringLiteral("send.csv"),
        "number,email\n" + first.toUtf8() + ",boss@moreau.fr\n" + second.toUtf8() + ",\nINV-2099-99999,\n");
    const Run sent = cli({QStringLiteral("bulk"), QStringLiteral("send"), list});
    CHECK(sent.code == 1);
    CHECK(sent.err.contains(QStringLiteral("INV-2099-99999")));
    CHECK(sent.out.contains(first));
    auto db = Database::open(cli.company());
    REQUIRE(db.ok());
    OutboxRepository outbox(*db.value());
    auto messages = outbox.list();
    REQUIRE(messages.ok());
    REQUIRE(messages->size() == 2);
    for (const auto &m : messages.value()) {
        auto full = outbox.find(m.id, false);
        REQUIRE(full.ok());
        CHECK(full->attachments.size() == 1);
        const QString to = full->recipients.join(QLatin1Char(','));
        CHECK(to.contains(
            m.documentNumber == first ? QStringLiteral("boss@moreau.fr") : QStringLiteral("compta@moreau.fr")));
    }
}
