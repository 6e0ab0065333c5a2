#include "CliCompany.h"
#include "HandoffTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

class HandoffCli
{
public:
    HandoffCli()
        : m_company(m_dir.filePath(QStringLiteral("company.facturo")))
        , m_file(m_company.location())
        , m_drop(m_dir.filePath(QStringLiteral("dropbox")))
    {
        REQUIRE(m_dir.isValid());
        REQUIRE(QDir().mkpath(m_drop));
    }
    Run operator()(const QStringList &args, const QString &user = {})
    {
        QStringList full {QStringLiteral("--db"), m_file};
        if (!user.isEmpty())
            full << QStringLiteral("--user") << user;
        Run r;
        r.code = runProgram(QString::fromLocal8Bit(qgetenv("FACTURO_CLI")), full + args, &r.out, &r.err);
        return r;
    }
    void ok(const QStringList &args)
    {
        const Run r = (*this)(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.code == 0);
    }
    QString drop() const { return m_drop; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    CliCompany m_company;
    QString m_file;
    QString m_drop;
};

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

TEST_CASE("facturo-cli settings handoff and handoff run: output and exit codes")
{
    HandoffCli cli;
    cli.ok({QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Climatec Services SAS"),
        QStringLiteral("--address"), QStringLiteral("12 rue des Artisans\\n69003 Lyon"), QStringLiteral("--vat-id"),
        QStringLiteral("FR32123456789"), QStringLiteral("--iban"), QStringLiteral("FR7630006000011234567890189"),
        QStringLiteral("--manager"), QStringLiteral("marie")});
    const QString run = QStringLiteral("handoff");

    // No folder yet: refused (1), saying how to set one.
    Run r = cli({run, QStringLiteral("run")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("settings handoff --folder")));

    // Settings: a missing folder (3), a rule without the one it builds on (2), a bad number (2).
    r = cli({QStringLiteral("settings"), run, QStringLiteral("--folder"),
        QDir(cli.dir()).filePath(QStringLiteral("nowhere"))});
    CHECK(r.code == 3);
    r = cli({QStringLiteral("settings"), run, QStringLiteral("--send"), QStringLiteral("yes")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("\"post\"")));
    r = cli({QStringLiteral("settings"), run, QStringLiteral("--settle-seconds"), QStringLiteral("soon")});
    CHECK(r.code == 2);
    r = cli({QStringLiteral("settings"), run, QStringLiteral("--post"), QStringLiteral("maybe")});
    CHECK(r.code == 2);

    cli.ok({QStringLiteral("settings"), run, QStringLiteral("--folder"), cli.drop(), QStringLiteral("--post"),
        QStringLiteral("yes"), QStringLiteral("--settle-seconds"), QStringLiteral("0")});
    r = cli({QStringLiteral("--json"), QStringLiteral("settings"), run});
    REQUIRE(r.code == 0);
    const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(shown.value(QStringLiteral("folder")).toString() == cli.drop());
    CHECK(shown.value(QStringLiteral("post")).toString() == QStringLiteral("yes"));
    CHECK(shown.value(QStringLiteral("send")).toString() == QStringLiteral("no"));
    CHECK(shown.value(QStringLiteral("settle_seconds")).toInt() == 0);

    // A good file, a bad one and one still being written (.part).
    dropFile(cli.drop(), QStringLiteral("good.json"), jobJson(QStringLiteral("J-1")));
    dropFile(cli.drop(), QStringLiteral("bad.json"), jobJson(QStringLiteral("J-2"), QStringLiteral("-1")));
    QFile part(QDir(cli.drop()).filePath(QStringLiteral("next.json.part")));
    REQUIRE(part.open(QIODevice::WriteOnly));
    part.write("{\"job_id\":");
    part.close();
    r = cli({run, QStringLiteral("run")});
    CHECK(r.code == 1);
    INFO(r.out.toStdString());
    const QStringList out = lines(r.out);
    REQUIRE(out.size() == 2);
    CHECK(out.at(0).startsWith(QStringLiteral("failed\tbad.json\tJob J-2: labor[1].hours:")));
    CHECK(out.at(1) == QStringLiteral("imported\tgood.json\tJ-1\tINV-%1-00001").arg(QDate::currentDate().year()));
    CHECK(r.err.contains(QStringLiteral("1 file(s) could not be imported")));
    CHECK(filesIn(cli.drop()) == QStringList {QStringLiteral("next.json.part")});

    // Nothing left to do: 0 and no output.
    r = cli({run, QStringLiteral("run")});
    CHECK(r.code == 0);
    CHECK(r.out.isEmpty());

    // Just written: waits with a long settling time (0, the file stays), then is imported.
    dropFile(cli.drop(), QStringLiteral("late.json"), jobJson(QStringLiteral("J-3"), QStringLiteral("4")));
    r = cli({run, QStringLiteral("run"), QStringLiteral("--settle-seconds"), QStringLiteral("3600")});
    CHECK(r.code == 0);
    CHECK(r.out.startsWith(QStringLiteral("waiting\tlate.json\t")));
    CHECK(filesIn(cli.drop()).contains(QStringLiteral("late.json")));
    r = cli({QStringLiteral("--json"), run, QStringLiteral("run")});
    CHECK(r.code == 0);
    const QJsonArray json = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(json.size() == 1);
    const QJsonObject late = json.at(0).toObject();
    CHECK(late.value(QStringLiteral("outcome")).toString() == QStringLiteral("imported"));
    CHECK(late.value(QStringLiteral("jobs")).toArray().at(0).toObject().value(QStringLiteral("job")).toString()
        == QStringLiteral("J-3"));
    CHECK(late.value(QStringLiteral("jobs"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("number"))
              .toString()
              .endsWith(QStringLiteral("00002")));

    // The same job again: reported (1), never imported twice.
    dropFile(cli.drop(), QStringLiteral("again.json"), jobJson(QStringLiteral("J-1")));
    r = cli({run, QStringLiteral("run")});
    CHECK(r.code == 1);
    CHECK(r.out.startsWith(QStringLiteral("duplicate\tagain.json\tJob J-1 was already imported")));

    r = cli({run, QStringLiteral("log")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("imported\tgood.json\tJ-1")));
    CHECK(r.out.contains(QStringLiteral("failed\tbad.json")));
    CHECK(r.out.contains(QStringLiteral("failed\tagain.json")));

    r = cli({run, QStringLiteral("nap")});
    CHECK(r.code == 2);
    r = cli({run, QStringLiteral("run"), QStringLiteral("--folder"), cli.drop()});
    CHECK(r.code == 2);

    // A clerk may run the hand-off but not change its rules (5).
    cli.ok({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("paul"),
        QStringLiteral("--role"), QStringLiteral("clerk")});
    r = cli({QStringLiteral("settings"), run, QStringLiteral("--post"), QStringLiteral("no")}, QStringLiteral("paul"));
    CHECK(r.code == 5);

    // The folder gone: a file problem (3).
    REQUIRE(QDir(cli.drop()).removeRecursively());
    r = cli({run, QStringLiteral("run")});
    CHECK(r.code == 3);

    r = cli({QStringLiteral("check")});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.code == 0);
}

TEST_CASE("facturo-cli handoff run: the send rule queues the posted invoice with the e-invoice the customer wants")
{
    HandoffCli cli;
    cli.ok({QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Climatec Services SAS"),
        QStringLiteral("--street"), QStringLiteral("12 rue des Artisans"), QStringLiteral("--postcode"),
        QStringLiteral("69003"), QStringLiteral("--city"), QStringLiteral("Lyon"), QStringLiteral("--country"),
        QStringLiteral("FR"), QStringLiteral("--vat-id"), QStringLiteral("FR32123456789"), QStringLiteral("--iban"),
        QStringLiteral("FR7630006000011234567890189"), QStringLiteral("--email"),
        QStringLiteral("billing@climatec.example"), QStringLiteral("--manager"), QStringLiteral("marie")});
    cli.ok({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
        QStringLiteral("Hôtel du Parc"), QStringLiteral("--street"), QStringLiteral("1 avenue du Parc"),
        QStringLiteral("--postcode"), QStringLiteral("75001"), QStringLiteral("--city"), QStringLiteral("Paris"),
        QStringLiteral("--country"), QStringLiteral("FR"), QStringLiteral("--vat-id"), QStringLiteral("FR15345678901"),
        QStringLiteral("--email"), QStringLiteral("compta@hotelduparc.example"), QStringLiteral("--einvoice-format"),
        QStringLiteral("facturx")});
    cli.ok({QStringLiteral("settings"), QStringLiteral("handoff"), QStringLiteral("--folder"), cli.drop(),
        QStringLiteral("--post"), QStringLiteral("yes"), QStringLiteral("--send"), QStringLiteral("yes"),
        QStringLiteral("--settle-seconds"), QStringLiteral("0")});
    dropFile(cli.drop(), QStringLiteral("parc.json"),
        jobJson(QStringLiteral("J-5"), QStringLiteral("1"),
            QStringLiteral(R"({"name":"Hôtel du Parc","vat_id":"FR15345678901"})")));

    Run r = cli({QStringLiteral("handoff"), QStringLiteral("run")});
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.code == 0);
    const QStringList fields = r.out.trimmed().split(QLatin1Char('\t'));
    REQUIRE(fields.size() == 5); // no "needs attention"
    CHECK(fields.at(0) == QStringLiteral("imported"));
    CHECK(fields.at(3).startsWith(QStringLiteral("INV-")));
    CHECK(fields.at(4).startsWith(QStringLiteral("queued ")));
    const QString outboxId = fields.at(4).mid(7);

    r = cli({QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("show"), outboxId});
    REQUIRE(r.code == 0);
    const QJsonObject message = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(message.value(QStringLiteral("status")).toString() == QStringLiteral("queued"));
    CHECK(r.out.contains(QStringLiteral("compta@hotelduparc.example")));
    const QJsonArray attachments = message.value(QStringLiteral("attachments")).toArray();
    REQUIRE(attachments.size() == 1);
    CHECK(
        attachments.at(0).toObject().value(QStringLiteral("name")).toString() == fields.at(3) + QStringLiteral(".pdf"));

    // The Factur-X was archived and audited with the message, and the rule named the file.
    r = cli({QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--limit"), QStringLiteral("20")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("\"format\":\"facturx\"")));
    CHECK(r.out.contains(
        QStringLiteral("{\"file\":\"parc.json\",\"job\":\"J-5\",\"outbox\":%1,\"rule\":\"send\"}").arg(outboxId)));
    r = cli({QStringLiteral("check")});
    INFO(r.out.toStdString());
    CHECK(r.code == 0);
}
