#include "MailTestSupport.h"
#include "OutboxTestSupport.h"
#include "PgConnection.h"
#include "PgResult.h"
#include "SmtpTestServer.h"
#include "TestCertificate.h"
#include "TestServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// The real facturo-cli on one company file (with FACTURO_TEST_ENGINE=postgresql: a new database
// on the test server, the schema made, no company yet), with no keychain reachable (the password
// comes from FACTURO_SMTP_PASSWORD when `password` is set) and no terminal.
class MailCli
{
public:
    MailCli()
        : m_file(m_dir.filePath(QStringLiteral("company.facturo")))
    {
        REQUIRE(m_dir.isValid());
        if (TestServer::enabled()) {
            m_database = TestServer::createDatabase();
            TestServer::initSchema(m_database);
            m_file = TestServer::clerkUri(m_database);
        }
    }
    ~MailCli()
    {
        if (!m_database.isEmpty())
            TestServer::dropDatabase(m_database);
    }
    MailCli(const MailCli &) = delete;
    MailCli &operator=(const MailCli &) = delete;
    // Every byte of the company: the file, or on a server every row of every table as text.
    QByteArray companyBytes() const
    {
        if (m_database.isEmpty()) {
            QFile file(m_file);
            REQUIRE(file.open(QIODevice::ReadOnly));
            return file.readAll();
        }
        auto connection = PgConnection::connect(TestServer::superuserUri(m_database));
        REQUIRE(connection.ok());
        const PgResult rows = PgResult::exec((*connection)->handle(),
            "SELECT query_to_xml('SELECT * FROM ' || quote_ident(table_name), true, false, '')::text "
            "FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'");
        REQUIRE(rows.ok());
        REQUIRE(rows.rows() > 10);
        QByteArray all;
        for (int row = 0; row < rows.rows(); ++row)
            all += rows.text(row, 0).toUtf8();
        REQUIRE(all.contains("Climatec Services SAS"));
        return all;
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("FACTURO_SMTP_PASSWORD"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-such-bus")));
        if (!password.isEmpty())
            env.insert(QStringLiteral("FACTURO_SMTP_PASSWORD"), password);
        QDir(m_dir.path()).mkpath(QStringLiteral("run"));
        QFile::setPermissions(
            m_dir.filePath(QStringLiteral("run")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("run")));
        return env;
    }
    void start(QProcess &process, const QStringList &args) const
    {
        process.setProcessEnvironment(environment());
        process.start(
            QString::fromLocal8Bit(qgetenv("FACTURO_CLI")), QStringList {QStringLiteral("--db"), m_file} + args);
        REQUIRE(process.waitForStarted(30000));
        process.closeWriteChannel();
    }
    Run operator()(const QStringList &args) const
    {
        QProcess process;
        start(process, args);
        process.waitForFinished(-1);
        Run r;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        return r;
    }
    QString ok(const QStringList &args) const
    {
        const Run r = (*this)(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.code == 0);
        return r.out.trimmed().split(QLatin1Char('\n')).value(0);
    }
    QJsonArray outbox(const QString &status = {}) const
    {
        QStringList args {QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("list")};
        if (!status.isEmpty())
            args << QStringLiteral("--status") << status;
        const Run r = (*this)(args);
        REQUIRE(r.code == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A company, a customer with a mail contact, one posted invoice: returns its number.
    QString setUpWithInvoice()
    {
        ok({QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Climatec Services SAS"),
            QStringLiteral("--address"), QStringLiteral("12 rue des Artisans\\n69003 Lyon"), QStringLiteral("--vat-id"),
            QStringLiteral("FR32123456789"), QStringLiteral("--iban"), QStringLiteral("FR7630006000011234567890189"),
            QStringLiteral("--email"), QStringLiteral("billing@climatec.example"), QStringLiteral("--manager"),
            QStringLiteral("marie")});
        const QString customer = ok({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("H\u00f4tel du Parc"), QStringLiteral("--address"),
            QStringLiteral("1 avenue du Parc\\n75001 Paris"), QStringLiteral("--email"),
            QStringLiteral("compta@hotelduparc.example"), QStringLiteral("--language"), QStringLiteral("fr")});
        return postInvoice(customer);
    }
    QString postInvoice(const QString &customer)
    {
        const QString draft
            = ok({QStringLiteral("invoice"), QStringLiteral("new"), QStringLiteral("--customer"), customer});
        ok({QStringLiteral("invoice"), QStringLiteral("add-line"), draft, QStringLiteral("--description"),
            QStringLiteral("Annual maintenance"), QStringLiteral("--quantity"), QStringLiteral("2"),
            QStringLiteral("--unit-price"), QStringLiteral("65"), QStringLiteral("--tax-rate"), QStringLiteral("20")});
        return ok({QStringLiteral("invoice"), QStringLiteral("post"), draft});
    }
    void configure(quint16 port)
    {
        ok({QStringLiteral("settings"), QStringLiteral("smtp"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
            QStringLiteral("--port"), QString::number(port), QStringLiteral("--security"), QStringLiteral("none"),
            QStringLiteral("--timeout"), QStringLiteral("20")});
    }

    QString password;

private:
    QTemporaryDir m_dir;
    QString m_file;
    QString m_database;
};

QByteArray attachmentOf(const QString &messagePath)
{
    const QJsonObject parsed = MailTest::parseMessage(messagePath);
    for (const QJsonValue &part : parsed.value(QStringLiteral("parts")).toArray())
        if (part.toObject().value(QStringLiteral("disposition")).toString() == QLatin1String("attachment"))
            return QByteArray::fromBase64(part.toObject().value(QStringLiteral("data_base64")).toString().toLatin1());
    return {};
}

// Waits until the outbox shows a message in `status` (read while another facturo-cli works).
bool waitForStatus(const MailCli &cli, const QString &status)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        if (!cli.outbox(status).isEmpty())
            return true;
        QThread::msleep(100);
    }
    return false;
}
} // namespace

TEST_CASE("mail from the command line: settings, invoice send, outbox list, send, retry and cancel")
{
    MailCli cli;
    const QString number = cli.setUpWithInvoice();

    // Queueing needs no server: the message waits in the outbox.
    const QString id = cli.ok({QStringLiteral("invoice"), QStringLiteral("send"), number});
    CHECK(id == QStringLiteral("1"));
    QJsonArray list = cli.outbox();
    REQUIRE(list.size() == 1);
    QJsonObject m = list.at(0).toObject();
    CHECK(m.value(QStringLiteral("status")).toString() == QStringLiteral("queued"));
    CHECK(m.value(QStringLiteral("document")).toString() == number);
    CHECK(m.value(QStringLiteral("to")).toArray().at(0).toString() == QStringLiteral("compta@hotelduparc.example"));
    CHECK(m.value(QStringLiteral("subject")).toString()
        == QStringLiteral("Facture %1 de Climatec Services SAS").arg(number));
    Run r = cli({QStringLiteral("outbox"), QStringLiteral("send")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("No mail server")));

    // The server is down: the message stays queued with the error and a later attempt time.
    const quint16 port = OutboxTest::freePort();
    cli.configure(port);
    const QString shown = cli.ok({QStringLiteral("settings"), QStringLiteral("smtp")});
    CHECK_FALSE(shown.isEmpty());
    r = cli({QStringLiteral("outbox"), QStringLiteral("send")});
    INFO(r.err.toStdString());
    CHECK(r.code == 1);
    CHECK(r.out.startsWith(QStringLiteral("1\tqueued\t")));
    m = cli.outbox().at(0).toObject();
    CHECK(m.value(QStringLiteral("status")).toString() == QStringLiteral("queued"));
    CHECK(m.value(QStringLiteral("attempts")).toInt() == 1);
    CHECK(m.value(QStringLiteral("last_error")).toString().contains(QStringLiteral("Could not connect")));
    CHECK(m.value(QStringLiteral("next_attempt_at")).toString() > m.value(QStringLiteral("created_at")).toString());

    // Up again: not due before the back-off, unless the user retries now.
    SmtpTestServer server({QStringLiteral("--port"), QString::number(port)});
    REQUIRE(server.isRunning());
    CHECK(cli({QStringLiteral("outbox"), QStringLiteral("send")}).code == 0);
    CHECK(server.messages().isEmpty());
    CHECK(cli.ok({QStringLiteral("outbox"), QStringLiteral("retry"), QStringLiteral("1")}) == QStringLiteral("1"));
    r = cli({QStringLiteral("outbox"), QStringLiteral("send")});
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.trimmed() == QStringLiteral("1\tsent"));
    REQUIRE(server.messages().size() == 1);
    m = cli.outbox().at(0).toObject();
    CHECK(m.value(QStringLiteral("status")).toString() == QStringLiteral("sent"));
    CHECK_FALSE(m.value(QStringLiteral("sent_at")).toString().isEmpty());

    // The attachment is the archived PDF, byte for byte.
    const QString pdfPath = cli.path(QStringLiteral("export.pdf"));
    cli.ok({QStringLiteral("invoice"), QStringLiteral("pdf"), number, QStringLiteral("--out"), pdfPath});
    QFile pdf(pdfPath);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    const QByteArray archived = pdf.readAll();
    CHECK(archived.startsWith("%PDF-"));
    CHECK(attachmentOf(server.messages().at(0)) == archived);
    // In text mode too, the message names its attachment: name, size, SHA-256.
    r = cli({QStringLiteral("outbox"), QStringLiteral("show"), QStringLiteral("1")});
    REQUIRE(r.code == 0);
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(archived, QCryptographicHash::Sha256).toHex());
    QStringList attachmentLines;
    for (const QString &line : r.out.split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("attachments\t")))
            attachmentLines << line;
    INFO(r.out.toStdString());
    REQUIRE(attachmentLines.size() == 1);
    const QStringList fields = attachmentLines.at(0).split(QLatin1Char('\t'));
    REQUIRE(fields.size() == 4);
    CHECK(fields.at(1).contains(number));
    CHECK(fields.at(1).endsWith(QStringLiteral(".pdf")));
    CHECK(fields.at(2) == sha);
    CHECK(fields.at(3) == QString::number(archived.size()));
    const QJsonObject parsed = MailTest::parseMessage(server.messages().at(0));
    CHECK(parsed.value(QStringLiteral("subject")).toString()
        == QStringLiteral("Facture %1 de Climatec Services SAS").arg(number));
    CHECK(parsed.value(QStringLiteral("defects")).toArray().isEmpty());

    // The audit log tells when and to whom.
    r = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--document"),
        number});
    REQUIRE(r.code == 0);
    QStringList actions;
    QJsonObject sentEvent;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        actions << v.toObject().value(QStringLiteral("action")).toString();
        if (actions.constLast() == QLatin1String("sent"))
            sentEvent = v.toObject();
    }
    CHECK(actions.contains(QStringLiteral("send")));
    CHECK(actions.contains(QStringLiteral("send_retry")));
    CHECK(actions.count(QStringLiteral("sent")) == 1);
    CHECK(sentEvent.value(QStringLiteral("details")).toObject().value(QStringLiteral("to")).toArray().at(0).toString()
        == QStringLiteral("compta@hotelduparc.example"));
    CHECK_FALSE(sentEvent.value(QStringLiteral("at")).toString().isEmpty());

    // Nothing twice; a sent message can be neither retried nor cancelled.
    CHECK(cli({QStringLiteral("outbox"), QStringLiteral("send")}).code == 0);
    CHECK(server.messages().size() == 1);
    CHECK(cli({QStringLiteral("outbox"), QStringLiteral("cancel"), QStringLiteral("1")}).code == 1);
    CHECK(cli({QStringLiteral("outbox"), QStringLiteral("retry"), QStringLiteral("1")}).code == 1);
    CHECK(cli({QStringLiteral("outbox"), QStringLiteral("retry"), QStringLiteral("99")}).code == 4);

    // A second message, cancelled before it goes.
    CHECK(cli.ok({QStringLiteral("invoice"), QStringLiteral("send"), number, QStringLiteral("--to"),
              QStringLiteral("Jean Dupont <jean@hotelduparc.example>")})
        == QStringLiteral("2"));
    CHECK(cli.ok({QStringLiteral("outbox"), QStringLiteral("cancel"), QStringLiteral("2")}) == QStringLiteral("2"));
    CHECK(cli({QStringLiteral("outbox"), QStringLiteral("send")}).code == 0);
    CHECK(server.messages().size() == 1);
    CHECK(cli.outbox(QStringLiteral("cancelled")).size() == 1);
    r = cli({QStringLiteral("outbox"), QStringLiteral("show"), QStringLiteral("2")});
    CHECK(r.out.contains(QStringLiteral("jean@hotelduparc.example")));
}

TEST_CASE("the command line refuses bad addresses, header injection and drafts, and queues nothing")
{
    MailCli cli;
    const QString number = cli.setUpWithInvoice();
    cli.configure(2525);
    const QString auditBefore = cli.ok({QStringLiteral("audit"), QStringLiteral("verify")});
    const Run logBefore = cli({QStringLiteral("audit"), QStringLiteral("log")});
    const QList<QStringList> refused {
        {QStringLiteral("--to"), QStringLiteral("compta@example.com\r\nBcc: all@example.com")},
        {QStringLiteral("--to"), QStringLiteral("not an address")},
        {QStringLiteral("--cc"), QStringLiteral("a@@example.com")},
        {QStringLiteral("--subject"), QStringLiteral("Invoice\r\nBcc: all@example.com")},
        {QStringLiteral("--notes"), QStringLiteral("maybe")},
    };
    for (const QStringList &options : refused) {
        const Run r = cli(QStringList {QStringLiteral("invoice"), QStringLiteral("send"), number} + options);
        INFO(options.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("facturo-cli: ")));
    }
    const QString customer = QStringLiteral("1");
    const QString draft
        = cli.ok({QStringLiteral("invoice"), QStringLiteral("new"), QStringLiteral("--customer"), customer});
    CHECK(cli({QStringLiteral("invoice"), QStringLiteral("send"), draft}).code == 1);
    CHECK(cli({QStringLiteral("invoice"), QStringLiteral("send"), QStringLiteral("INV-1999-00001")}).code == 4);
    CHECK(cli.outbox().isEmpty());
    // Only the draft's creation was recorded.
    const Run logAfter = cli({QStringLiteral("audit"), QStringLiteral("log")});
    CHECK(logAfter.out.count(QLatin1Char('\n')) == logBefore.out.count(QLatin1Char('\n')) + 1);
    CHECK_FALSE(logAfter.out.contains(QStringLiteral("send")));

    CHECK(cli({QStringLiteral("settings"), QStringLiteral("smtp"), QStringLiteral("--security"), QStringLiteral("ssl")})
              .code
        == 2);
    CHECK(cli({QStringLiteral("settings"), QStringLiteral("smtp"), QStringLiteral("--trust-fingerprint"),
                  QStringLiteral("12:34")})
              .code
        == 2);
    CHECK(cli({QStringLiteral("settings"), QStringLiteral("smtp"), QStringLiteral("--password"), QStringLiteral("x")})
              .code
        == 2); // never an option
    CHECK_FALSE(auditBefore.isEmpty());
}

TEST_CASE("a facturo-cli killed after the data went out never delivers that message twice")
{
    SmtpTestServer server({QStringLiteral("--delay-data-reply"), QStringLiteral("30")});
    REQUIRE(server.isRunning());
    MailCli cli;
    const QString number = cli.setUpWithInvoice();
    cli.configure(server.port());
    cli.ok({QStringLiteral("invoice"), QStringLiteral("send"), number});

    QProcess sending;
    cli.start(sending, {QStringLiteral("outbox"), QStringLiteral("send")});
    QElapsedTimer timer;
    timer.start();
    while (server.messages().isEmpty() && timer.elapsed() < 30000)
        QThread::msleep(50);
    REQUIRE(server.messages().size() == 1); // the server has it; its answer is late
    sending.kill();
    sending.waitForFinished(-1);
    REQUIRE(cli.outbox(QStringLiteral("sending")).size() == 1);

    // The next run finds it interrupted after the data: to check, not sent again.
    const Run r = cli({QStringLiteral("outbox"), QStringLiteral("send")});
    INFO(r.err.toStdString());
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("check")));
    const QJsonArray check = cli.outbox(QStringLiteral("check"));
    REQUIRE(check.size() == 1);
    CHECK(check.at(0)
              .toObject()
              .value(QStringLiteral("last_error"))
              .toString()
              .contains(QStringLiteral("may have been delivered")));
    CHECK(cli({QStringLiteral("outbox"), QStringLiteral("send")}).code == 0);
    CHECK(server.messages().size() == 1);
    CHECK(server.commandsLog().count(QStringLiteral("MAIL FROM")) == 1);

    // The user confirms it arrived.
    cli.ok({QStringLiteral("outbox"), QStringLiteral("confirm"), QStringLiteral("1")});
    CHECK(cli.outbox(QStringLiteral("sent")).size() == 1);
}

TEST_CASE("a facturo-cli killed before the data went out leaves the message to be sent once by the next run")
{
    SmtpTestServer silent({QStringLiteral("--mode"), QStringLiteral("silent")});
    REQUIRE(silent.isRunning());
    MailCli cli;
    const QString number = cli.setUpWithInvoice();
    cli.configure(silent.port());
    cli.ok({QStringLiteral("invoice"), QStringLiteral("send"), number});

    QProcess sending;
    cli.start(sending, {QStringLiteral("outbox"), QStringLiteral("send")});
    REQUIRE(waitForStatus(cli, QStringLiteral("sending"))); // connected, waiting for a greeting
    sending.kill();
    sending.waitForFinished(-1);

    SmtpTestServer server;
    REQUIRE(server.isRunning());
    cli.configure(server.port());
    const Run r = cli({QStringLiteral("outbox"), QStringLiteral("send")});
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.trimmed() == QStringLiteral("1\tsent"));
    CHECK(server.messages().size() == 1);
    CHECK(cli({QStringLiteral("outbox"), QStringLiteral("send")}).code == 0);
    CHECK(server.messages().size() == 1);
}

TEST_CASE("the password comes from FACTURO_SMTP_PASSWORD, never from an option nor from the company file")
{
    TestCertificate certificate;
    REQUIRE(certificate.isValid());
    SmtpTestServer server(certificate.serverArguments(QStringLiteral("starttls"))
        + QStringList {QStringLiteral("--require-starttls"), QStringLiteral("--user"), QStringLiteral("billing"),
            QStringLiteral("--password"), QStringLiteral("p\u00e4ss w0rd")});
    REQUIRE(server.isRunning());
    MailCli cli;
    const QString number = cli.setUpWithInvoice();
    cli.password = QStringLiteral("p\u00e4ss w0rd");
    const Run saved = cli({QStringLiteral("settings"), QStringLiteral("smtp"), QStringLiteral("--host"),
        QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(server.port()),
        QStringLiteral("--security"), QStringLiteral("starttls"), QStringLiteral("--smtp-user"),
        QStringLiteral("billing"), QStringLiteral("--trust-fingerprint"), certificate.fingerprintSha256()});
    INFO(saved.err.toStdString());
    REQUIRE(saved.code == 0);
    CHECK(saved.err.contains(QStringLiteral("keychain"))); // no keychain here: said, not written elsewhere
    cli.ok({QStringLiteral("invoice"), QStringLiteral("send"), number});

    // Without the password (no keychain, no terminal): refused before anything is tried.
    cli.password.clear();
    Run r = cli({QStringLiteral("outbox"), QStringLiteral("send")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("FACTURO_SMTP_PASSWORD")));
    CHECK(server.commandsLog().isEmpty());
    CHECK(cli.outbox().at(0).toObject().value(QStringLiteral("attempts")).toInt() == 0);

    cli.password = QStringLiteral("p\u00e4ss w0rd");
    r = cli({QStringLiteral("outbox"), QStringLiteral("send")});
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    REQUIRE(server.messages().size() == 1);
    CHECK(server.envelope(0).value(QStringLiteral("tls")).toBool());
    CHECK(server.envelope(0).value(QStringLiteral("authenticated")).toBool());

    CHECK_FALSE(cli.companyBytes().contains("w0rd"));
}
