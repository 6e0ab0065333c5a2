#include "TestDatabase.h"
#include "TestServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

// Runs the real facturo-cli binary against a company file.
class Cli
{
public:
    // A new company file, or on a server (TestServer) a new database with the schema and no company.
    Cli()
        : m_file(newCompanyLocation(m_dir, QStringLiteral("company.facturo")))
    {
        REQUIRE(m_dir.isValid());
    }

    CliRun operator()(QStringList args, const QByteArray &input = {}, const QString &user = {})
    {
        QStringList full{QStringLiteral("--db"), m_file};
        if (!user.isEmpty())
            full << QStringLiteral("--user") << user;
        full << args;
        CliRun r;
        r.code = runProgram(QString::fromLocal8Bit(qgetenv("FACTURO_CLI")), full, &r.out, &r.err, input);
        return r;
    }
    // Runs a command that must succeed and returns its first line of output.
    QString ok(const QStringList &args, const QByteArray &input = {})
    {
        const CliRun r = (*this)(args, input);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.code == 0);
        return r.out.trimmed().split(QLatin1Char('\n')).value(0);
    }
    QJsonObject json(const QStringList &args)
    {
        const CliRun r = (*this)(QStringList{QStringLiteral("--json")} + args);
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    QString file() const { return m_file; }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QByteArray bytes() const { return companyContent(m_file); }

    void init()
    {
        ok({QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Climatec Services SAS"),
            QStringLiteral("--address"), QStringLiteral("12 rue des Artisans\\n69003 Lyon"), QStringLiteral("--vat-id"),
            QStringLiteral("FR32123456789"), QStringLiteral("--iban"), QStringLiteral("FR7630006000011234567890189"),
            QStringLiteral("--bic"), QStringLiteral("AGRIFRPP"), QStringLiteral("--manager"), QStringLiteral("marie")});
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
};

const char *const Job = R"({"job_id":"J-1042","customer":{"name":"Hôtel du Parc","email":"compta@hotelduparc.fr",
 "address":"1 avenue du Parc\n75001 Paris","vat_id":"FR15345678901"},"completed_at":"2026-03-09T16:30:00Z",
 "description":"Annual AC maintenance","report":"Replaced filter, checked pressure",
 "labor":[{"technician":"Luc","date":"2026-03-09","hours":"2.5","rate":"65.00"}],
 "parts":[{"sku":"FLT-200","description":"Air filter","quantity":2,"unit_price":"18.90","tax_rate":"20"}]})";
} // namespace

TEST_CASE("the whole job to credit note journey works from the command line")
{
    Cli cli;
    cli.init();
    const QString jobFile = cli.path(QStringLiteral("job.json"));
    QFile f(jobFile);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(Job);
    f.close();

    const QString order = cli.ok({QStringLiteral("order"), QStringLiteral("import"), jobFile});
    CHECK(cli.json({QStringLiteral("order"), QStringLiteral("show"), order}).value(QStringLiteral("status")).toString()
          == QStringLiteral("done"));
    const QString draft = cli.ok({QStringLiteral("invoice"), QStringLiteral("from-order"), order});
    // A returned part (negative quantity) on the same invoice.
    cli.ok({QStringLiteral("invoice"), QStringLiteral("add-line"), draft, QStringLiteral("--description"),
            QStringLiteral("Returned filter"), QStringLiteral("--quantity"), QStringLiteral("-1"),
            QStringLiteral("--unit-price"), QStringLiteral("18.90"), QStringLiteral("--tax-rate"), QStringLiteral("20"),
            QStringLiteral("--kind"), QStringLiteral("part")});
    const QString number = cli.ok({QStringLiteral("invoice"), QStringLiteral("post"), draft});
    CHECK(number.startsWith(QStringLiteral("INV-")));
    CHECK(number.endsWith(QStringLiteral("-00001")));

    QJsonObject invoice = cli.json({QStringLiteral("invoice"), QStringLiteral("show"), number});
    // 2.5 h × 65 = 162.50; 2 × 18.90 = 37.80; -1 × 18.90 = -18.90 → net 181.40, VAT 20 % 36.28
    CHECK(invoice.value(QStringLiteral("total_net")).toString() == QStringLiteral("181.40"));
    CHECK(invoice.value(QStringLiteral("total_tax")).toString() == QStringLiteral("36.28"));
    CHECK(invoice.value(QStringLiteral("total_gross")).toString() == QStringLiteral("217.68"));
    CHECK(invoice.value(QStringLiteral("lines")).toArray().size() == 3);

    const QString payment = cli.ok({QStringLiteral("payment"), QStringLiteral("add"), number, QStringLiteral("--amount"),
                                    QStringLiteral("100.00"), QStringLiteral("--method"), QStringLiteral("card")});
    CHECK(payment.toLongLong() > 0);
    invoice = cli.json({QStringLiteral("invoice"), QStringLiteral("show"), number});
    CHECK(invoice.value(QStringLiteral("status")).toString() == QStringLiteral("partially_paid"));
    CHECK(invoice.value(QStringLiteral("amount_due")).toString() == QStringLiteral("117.68"));

    // Credit the labour line in part: 1 h of the 2.5 h.
    const qint64 labourLine = invoice.value(QStringLiteral("lines")).toArray().at(0).toObject().value(QStringLiteral("id")).toInteger();
    const QString creditDraft = cli.ok({QStringLiteral("credit-note"), QStringLiteral("create"), number,
                                        QStringLiteral("--reason"), QStringLiteral("One hour not worked"),
                                        QStringLiteral("--line"), QStringLiteral("%1=1").arg(labourLine)});
    const QString creditNumber = cli.ok({QStringLiteral("credit-note"), QStringLiteral("post"), creditDraft});
    CHECK(creditNumber.startsWith(QStringLiteral("CN-")));
    invoice = cli.json({QStringLiteral("invoice"), QStringLiteral("show"), number});
    CHECK(invoice.value(QStringLiteral("amount_credited")).toString() == QStringLiteral("78.00")); // 65 + 20 %
    CHECK(invoice.value(QStringLiteral("amount_due")).toString() == QStringLiteral("39.68"));

    cli.ok({QStringLiteral("payment"), QStringLiteral("add"), number, QStringLiteral("--amount"), QStringLiteral("39.68")});
    invoice = cli.json({QStringLiteral("invoice"), QStringLiteral("show"), number});
    CHECK(invoice.value(QStringLiteral("status")).toString() == QStringLiteral("paid"));

    // The journal balances, the audit chain verifies and names the acting user.
    const CliRun journal = cli({QStringLiteral("--json"), QStringLiteral("journal")});
    REQUIRE(journal.code == 0);
    const QJsonArray entries = QJsonDocument::fromJson(journal.out.toUtf8()).array();
    CHECK(entries.size() == 4); // invoice, payment, credit note, payment
    for (const QJsonValue &entry : entries) {
        qint64 debit = 0, credit = 0;
        for (const QJsonValue &line : entry.toObject().value(QStringLiteral("lines")).toArray()) {
            debit += qRound64(line.toObject().value(QStringLiteral("debit")).toString().toDouble() * 100);
            credit += qRound64(line.toObject().value(QStringLiteral("credit")).toString().toDouble() * 100);
        }
        CHECK(debit == credit);
    }
    CHECK(cli.ok({QStringLiteral("audit"), QStringLiteral("verify")}).contains(QStringLiteral("intact")));
    const CliRun log = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("log"),
                            QStringLiteral("--document"), number});
    REQUIRE(log.code == 0);
    const QJsonArray events = QJsonDocument::fromJson(log.out.toUtf8()).array();
    QStringList actions;
    for (const QJsonValue &e : events) {
        actions << e.toObject().value(QStringLiteral("action")).toString();
        CHECK(e.toObject().value(QStringLiteral("user")).toString() == QStringLiteral("marie"));
    }
    CHECK(actions.contains(QStringLiteral("post")));
    CHECK(actions.contains(QStringLiteral("payment")));
    CHECK(actions.contains(QStringLiteral("credit")));

    // The same log as text: one line per event, six tab-separated columns, details last, no warning.
    const CliRun text = cli({QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--document"), number});
    REQUIRE(text.code == 0);
    CHECK_FALSE(text.err.contains(QStringLiteral("QString::arg")));
    const QStringList lines = text.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == events.size());
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList columns = lines.at(i).split(QLatin1Char('\t'));
        const QJsonObject event = events.at(i).toObject();
        INFO(lines.at(i).toStdString());
        REQUIRE(columns.size() == 6);
        CHECK(columns.at(2) == QStringLiteral("marie"));
        CHECK(columns.at(3) == event.value(QStringLiteral("action")).toString());
        CHECK(QJsonDocument::fromJson(columns.at(5).toUtf8()).object()
              == event.value(QStringLiteral("details")).toObject());
    }

    // A backup opens and holds the same invoice. A company on a server is backed up by the server:
    // the command says so and writes nothing.
    const QString backup = cli.path(QStringLiteral("backup.facturo"));
    if (TestServer::enabled()) {
        const CliRun refused = cli({QStringLiteral("backup"), backup});
        CHECK(refused.code == 1);
        CHECK(refused.err.contains(QStringLiteral("backed up by the server")));
        CHECK_FALSE(QFileInfo::exists(backup));
        return;
    }
    cli.ok({QStringLiteral("backup"), backup});
    QString out;
    REQUIRE(runProgram(QString::fromLocal8Bit(qgetenv("FACTURO_CLI")),
                       {QStringLiteral("--db"), backup, QStringLiteral("invoice"), QStringLiteral("show"), number},
                       &out) == 0);
    CHECK(out.contains(number));
}

TEST_CASE("the command line refuses bad input with a one-line message, an exit code and no change")
{
    Cli cli;
    cli.init();
    const QString customer = cli.ok({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                                     QStringLiteral("Brasserie Lumière"), QStringLiteral("--address"),
                                     QStringLiteral("22 quai Saint-Antoine\\n69002 Lyon"), QStringLiteral("--email"),
                                     QStringLiteral("gerant@brasserie.example")});
    const QString draft = cli.ok({QStringLiteral("invoice"), QStringLiteral("new"), QStringLiteral("--customer"), customer});
    cli.ok({QStringLiteral("invoice"), QStringLiteral("add-line"), draft, QStringLiteral("--description"),
            QStringLiteral("Repair"), QStringLiteral("--quantity"), QStringLiteral("1"), QStringLiteral("--unit-price"),
            QStringLiteral("50"), QStringLiteral("--tax-rate"), QStringLiteral("20")});
    const QString number = cli.ok({QStringLiteral("invoice"), QStringLiteral("post"), draft});
    const QByteArray before = cli.bytes();

    struct Case
    {
        QStringList args;
        int code;
        const char *message;
    };
    const QList<Case> cases = {
        {{QStringLiteral("payment"), QStringLiteral("add"), number, QStringLiteral("--amount"), QStringLiteral("60.01")}, 1, "Over-payment"},
        {{QStringLiteral("payment"), QStringLiteral("add"), number, QStringLiteral("--amount"), QStringLiteral("12.345")}, 2, "decimal"},
        {{QStringLiteral("payment"), QStringLiteral("add"), number, QStringLiteral("--amount"), QStringLiteral("1,5")}, 2, "decimal separator"},
        {{QStringLiteral("payment"), QStringLiteral("add"), number}, 2, "--amount"},
        {{QStringLiteral("payment"), QStringLiteral("add"), number, QStringLiteral("--amount"), QStringLiteral("10"), QStringLiteral("--date"), QStringLiteral("2026-02-30")}, 2, "not a date"},
        {{QStringLiteral("invoice"), QStringLiteral("post"), draft}, 1, "already posted"},
        {{QStringLiteral("invoice"), QStringLiteral("add-line"), draft, QStringLiteral("--description"), QStringLiteral("x"), QStringLiteral("--quantity"), QStringLiteral("1"), QStringLiteral("--unit-price"), QStringLiteral("1"), QStringLiteral("--tax-rate"), QStringLiteral("20")}, 1, "posted"},
        {{QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("INV-1999-00001")}, 4, "no document"},
        {{QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--colour"), QStringLiteral("red")}, 2, "Unknown option"},
        {{QStringLiteral("invoice"), QStringLiteral("fly")}, 2, "Unknown command"},
        {{QStringLiteral("teleport")}, 2, "unknown command"},
        {{QStringLiteral("credit-note"), QStringLiteral("create"), number, QStringLiteral("--reason"), QStringLiteral("x"), QStringLiteral("--line"), QStringLiteral("999=1")}, 2, "not a line"},
        {{QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Again")}, 1, "already set up"},
        {{QStringLiteral("demo")}, 1, "new, empty company file"},
        {{QStringLiteral("--user"), QStringLiteral("nobody"), QStringLiteral("invoice"), QStringLiteral("list")}, 4, "no user"},
    };
    for (const Case &c : cases) {
        INFO(c.args.join(QLatin1Char(' ')).toStdString());
        const CliRun r = cli(c.args);
        INFO(r.err.toStdString());
        CHECK(r.code == c.code);
        CHECK(r.err.startsWith(QStringLiteral("facturo-cli: ")));
        CHECK(r.err.trimmed().count(QLatin1Char('\n')) == 0);
        CHECK(r.err.contains(QString::fromUtf8(c.message), Qt::CaseInsensitive));
        CHECK(r.out.isEmpty());
    }
    CHECK(cli.bytes() == before);
}

TEST_CASE("a clerk cannot post over the approval threshold from the command line either")
{
    Cli cli;
    cli.ok({QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Climatec"), QStringLiteral("--address"),
            QStringLiteral("Lyon"), QStringLiteral("--vat-id"), QStringLiteral("FR32123456789"), QStringLiteral("--iban"),
            QStringLiteral("FR7630006000011234567890189"), QStringLiteral("--manager"), QStringLiteral("marie"),
            QStringLiteral("--approval-threshold"), QStringLiteral("1000")});
    cli.ok({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("paul")});
    const QString customer = cli.ok({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                                     QStringLiteral("Big Client"), QStringLiteral("--address"), QStringLiteral("Paris")});
    const QString draft = cli.ok({QStringLiteral("invoice"), QStringLiteral("new"), QStringLiteral("--customer"), customer});
    cli.ok({QStringLiteral("invoice"), QStringLiteral("add-line"), draft, QStringLiteral("--description"),
            QStringLiteral("Chiller"), QStringLiteral("--quantity"), QStringLiteral("1"), QStringLiteral("--unit-price"),
            QStringLiteral("5000"), QStringLiteral("--tax-rate"), QStringLiteral("20")});
    const CliRun refused = cli({QStringLiteral("invoice"), QStringLiteral("post"), draft}, {}, QStringLiteral("paul"));
    CHECK(refused.code == 5);
    CHECK(refused.err.contains(QStringLiteral("approval")));
    CHECK(cli({QStringLiteral("invoice"), QStringLiteral("approve"), draft}, {}, QStringLiteral("paul")).code == 5);
    CHECK(cli({QStringLiteral("invoice"), QStringLiteral("approve"), draft}, {}, QStringLiteral("marie")).code == 0);
    const CliRun posted = cli({QStringLiteral("invoice"), QStringLiteral("post"), draft}, {}, QStringLiteral("paul"));
    CHECK(posted.code == 0);
    const QJsonObject doc = cli.json({QStringLiteral("invoice"), QStringLiteral("show"), posted.out.trimmed()});
    CHECK(doc.value(QStringLiteral("approved_by")).toString() == QStringLiteral("marie"));
    CHECK(doc.value(QStringLiteral("posted_by")).toString() == QStringLiteral("paul"));
}

TEST_CASE("importing jobs is all or nothing and names the job and field")
{
    Cli cli;
    cli.init();
    const QByteArray bad = QByteArray("[") + Job
        + R"(,{"job_id":"J-1043","customer":{"name":"X","address":"Y"},"completed_at":"2026-03-09",
              "labor":[{"technician":"Luc","date":"2026-03-09","hours":"1.2345","rate":"65"}]}])";
    const QByteArray before = cli.bytes();
    const CliRun r = cli({QStringLiteral("order"), QStringLiteral("import"), QStringLiteral("-")}, bad);
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("J-1043")));
    CHECK(r.err.contains(QStringLiteral("labor[1].hours")));
    CHECK(cli.bytes() == before);
    CHECK(cli.ok({QStringLiteral("order"), QStringLiteral("import"), QStringLiteral("-")}, Job).toLongLong() > 0);
    const CliRun again = cli({QStringLiteral("order"), QStringLiteral("import"), QStringLiteral("-")}, Job);
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("already imported")));
}

TEST_CASE("the demo company has invoices in every state and verifies")
{
    Cli cli;
    const CliRun demo = cli({QStringLiteral("--json"), QStringLiteral("demo"), QStringLiteral("--seed"),
                             QStringLiteral("3"), QStringLiteral("--as-of"), QStringLiteral("2026-06-30")});
    REQUIRE(demo.code == 0);
    const QJsonObject summary = QJsonDocument::fromJson(demo.out.toUtf8()).object();
    CHECK(summary.value(QStringLiteral("invoices")).toInt() == 80);
    for (const char *status : {"draft", "posted", "partially_paid", "paid", "credited"}) {
        INFO(status);
        const CliRun list = cli({QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("list"),
                                 QStringLiteral("--status"), QString::fromLatin1(status), QStringLiteral("--limit"),
                                 QStringLiteral("1")});
        REQUIRE(list.code == 0);
        CHECK(QJsonDocument::fromJson(list.out.toUtf8()).array().size() == 1);
    }
    CHECK(cli({QStringLiteral("audit"), QStringLiteral("verify")}).code == 0);
    const QJsonObject company = cli.json({QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("1")})
                                    .value(QStringLiteral("snapshot")).toObject().value(QStringLiteral("seller")).toObject();
    CHECK(company.value(QStringLiteral("iban")).toString().startsWith(QStringLiteral("FR76")));

    // The same seed and date make the same file content.
    Cli other;
    REQUIRE(other({QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--as-of"),
                   QStringLiteral("2026-06-30")}).code == 0);
    const QStringList listAll{QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("list"),
                              QStringLiteral("--type"), QStringLiteral("all"), QStringLiteral("--limit"),
                              QStringLiteral("1000")};
    CHECK(cli(listAll).out == other(listAll).out);
}

// [file]: about files on the disk (missing, not SQLite); a server location's refusals are in
// "init on a server".
TEST_CASE("a missing, foreign or newer file gets a clear message", "[file]")
{
    Cli cli;
    CliRun r = cli({QStringLiteral("invoice"), QStringLiteral("list")});
    CHECK(r.code == 4);
    CHECK(r.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(cli.file()));

    QFile garbage(cli.file());
    REQUIRE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(4096, 'x'));
    garbage.close();
    r = cli({QStringLiteral("invoice"), QStringLiteral("list")});
    CHECK(r.code == 3);
    CHECK(r.err.contains(QStringLiteral("not a Facturo company file")));
}
