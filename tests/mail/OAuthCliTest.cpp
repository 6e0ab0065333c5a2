#include "MailTestSupport.h"
#include "OAuthTestServer.h"
#include "SmtpTestServer.h"
#include "TestCertificate.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

// facturo-cli with a real keychain: gnome-keyring on a private D-Bus session that lives for
// the whole test, so that the tokens of `mail sign-in` are there for the next `outbox send`.

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

class KeyringSession
{
public:
    KeyringSession()
    {
        REQUIRE(m_root.isValid());
        for (const char *sub : {"home", "config", "data", "cache", "run"})
            QDir(m_root.path()).mkpath(QString::fromLatin1(sub));
        QFile::setPermissions(
            m_root.filePath(QStringLiteral("run")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_CURRENT_DESKTOP",
                 "DESKTOP_SESSION", "KDE_FULL_SESSION", "GNOME_KEYRING_CONTROL", "FACTURO_SMTP_PASSWORD"})
            m_env.remove(QString::fromLatin1(name));
        m_env.insert(QStringLiteral("HOME"), m_root.filePath(QStringLiteral("home")));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_root.filePath(QStringLiteral("config")));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_root.filePath(QStringLiteral("data")));
        m_env.insert(QStringLiteral("XDG_CACHE_HOME"), m_root.filePath(QStringLiteral("cache")));
        m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_root.filePath(QStringLiteral("run")));
        m_env.insert(QStringLiteral("FACTURO_KEYRING_PASSWORD"), QStringLiteral("keyring-unlock-password"));
        const QString dbusRunSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        INFO("needs the Debian packages dbus-daemon and gnome-keyring");
        REQUIRE_FALSE(dbusRunSession.isEmpty());
        REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty());
        // The session lives as long as `cat` waits on its standard input.
        m_session.setProcessEnvironment(m_env);
        m_session.start(dbusRunSession,
            {QStringLiteral("--"), QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                QStringLiteral(
                    "printf '%s' \"$FACTURO_KEYRING_PASSWORD\" | gnome-keyring-daemon --unlock "
                    "--components=secrets >/dev/null && echo \"BUS $DBUS_SESSION_BUS_ADDRESS\" && exec cat")});
        REQUIRE(m_session.waitForStarted(-1));
        while (!m_session.canReadLine())
            REQUIRE(m_session.waitForReadyRead(20000));
        const QByteArray line = m_session.readLine().trimmed();
        REQUIRE(line.startsWith("BUS "));
        m_env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromLatin1(line.mid(4)));
        m_file = m_root.filePath(QStringLiteral("company.facturo"));
    }

    ~KeyringSession()
    {
        m_session.closeWriteChannel();
        if (!m_session.waitForFinished(5000)) {
            m_session.kill();
            m_session.waitForFinished(-1);
        }
    }

    Run operator()(const QStringList &args)
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(
            QString::fromLocal8Bit(qgetenv("FACTURO_CLI")), QStringList {QStringLiteral("--db"), m_file} + args);
        REQUIRE(process.waitForStarted(30000));
        process.closeWriteChannel();
        process.waitForFinished(-1);
        Run r;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        m_output += r.out + r.err;
        return r;
    }

    QString ok(const QStringList &args)
    {
        const Run r = (*this)(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.code == 0);
        return r.out.trimmed().split(QLatin1Char('\n')).value(0);
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

    QString root() const { return m_root.path(); }
    QString file() const { return m_file; }
    QString output() const { return m_output; } // everything the CLI printed

private:
    QTemporaryDir m_root;
    QProcessEnvironment m_env;
    QProcess m_session;
    QString m_file;
    QString m_output;
};

} // namespace

TEST_CASE("facturo-cli: sign in with a device code, send, refresh with rotation in the keychain, revoked consent, "
          "sign out")
{
    TestCertificate certificate;
    REQUIRE(certificate.isValid());
    OAuthTestServer auth({QStringLiteral("--device-pending"), QStringLiteral("0")});
    REQUIRE(auth.isRunning());
    SmtpTestServer smtp(certificate.serverArguments(QStringLiteral("starttls")) + auth.smtpArguments());
    REQUIRE(smtp.isRunning());
    KeyringSession cli;

    cli.ok({QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Climatec Services SAS"),
        QStringLiteral("--address"), QStringLiteral("12 rue des Artisans\\n69003 Lyon"), QStringLiteral("--vat-id"),
        QStringLiteral("FR32123456789"), QStringLiteral("--iban"), QStringLiteral("FR7630006000011234567890189"),
        QStringLiteral("--email"), QStringLiteral("billing@facturo.test"), QStringLiteral("--manager"),
        QStringLiteral("marie")});
    const QString customer = cli.ok({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
        QStringLiteral("H\u00f4tel du Parc"), QStringLiteral("--address"),
        QStringLiteral("1 avenue du Parc\\n75001 Paris"), QStringLiteral("--email"),
        QStringLiteral("compta@hotelduparc.example")});
    const OAuthProvider provider = auth.provider();
    cli.ok({QStringLiteral("settings"), QStringLiteral("smtp"), QStringLiteral("--oauth"), QStringLiteral("custom"),
        QStringLiteral("--client-id"), provider.clientId, QStringLiteral("--authorize-url"),
        provider.authorizeUrl.toString(), QStringLiteral("--token-url"), provider.tokenUrl.toString(),
        QStringLiteral("--device-url"), provider.deviceUrl.toString(), QStringLiteral("--revoke-url"),
        provider.revokeUrl.toString(), QStringLiteral("--scope"), provider.scope, QStringLiteral("--host"),
        QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(smtp.port()),
        QStringLiteral("--security"), QStringLiteral("starttls"), QStringLiteral("--trust-fingerprint"),
        certificate.fingerprintSha256(), QStringLiteral("--smtp-user"), OAuthTestServer::account(),
        QStringLiteral("--timeout"), QStringLiteral("20")});
    const QJsonObject shown = QJsonDocument::fromJson(
        cli({QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("smtp")}).out.toUtf8())
                                  .object();
    CHECK(shown.value(QStringLiteral("sign_in")).toString() == QStringLiteral("custom"));
    CHECK(shown.value(QStringLiteral("client_id")).toString() == provider.clientId);

    // Not signed in yet: the invoice waits in the queue.
    cli.ok({QStringLiteral("invoice"), QStringLiteral("send"), cli.postInvoice(customer)});
    Run waiting = cli({QStringLiteral("outbox"), QStringLiteral("send")});
    CHECK(waiting.code == 1);
    CHECK(waiting.err.contains(QStringLiteral("Not signed in")));

    Run signIn = cli({QStringLiteral("mail"), QStringLiteral("sign-in")});
    INFO(signIn.err.toStdString());
    REQUIRE(signIn.code == 0);
    CHECK(signIn.out.contains(QStringLiteral("enter the code WDJB-MJHT")));
    CHECK(signIn.out.contains(QStringLiteral("Signed in as billing@facturo.test.")));
    const QJsonObject signedIn = QJsonDocument::fromJson(
        cli({QStringLiteral("--json"), QStringLiteral("mail"), QStringLiteral("status")}).out.toUtf8())
                                     .object();
    CHECK(signedIn.value(QStringLiteral("signed_in")).toBool());
    CHECK(signedIn.value(QStringLiteral("provider")).toString() == QStringLiteral("custom"));
    CHECK(signedIn.value(QStringLiteral("account")).toString() == OAuthTestServer::account());
    cli.ok({QStringLiteral("outbox"), QStringLiteral("send")});
    CHECK(smtp.messages().size() == 1);

    // The server expires the token early twice; the second refresh works only if the rotated
    // refresh token of the first one was saved in the keychain.
    for (int round = 0; round < 2; ++round) {
        REQUIRE(auth.admin(QStringLiteral("expire-access")));
        cli.ok({QStringLiteral("invoice"), QStringLiteral("send"), cli.postInvoice(customer)});
        cli.ok({QStringLiteral("outbox"), QStringLiteral("send")});
    }
    CHECK(smtp.messages().size() == 3);
    CHECK(auth.stats().value(QStringLiteral("refresh_grants")).toInt() == 2);
    CHECK(auth.stats().value(QStringLiteral("refresh_refused")).toInt() == 0);

    // Consent withdrawn: the message stays queued and the command says to sign in again.
    REQUIRE(auth.admin(QStringLiteral("revoke-all")));
    cli.ok({QStringLiteral("invoice"), QStringLiteral("send"), cli.postInvoice(customer)});
    const Run refused = cli({QStringLiteral("outbox"), QStringLiteral("send")});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("Sign in again to billing@facturo.test")));
    const QJsonArray queued
        = QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("list"),
                                          QStringLiteral("--status"), QStringLiteral("queued")})
                                      .out.toUtf8())
              .array();
    REQUIRE(queued.size() == 1);
    CHECK(queued.at(0).toObject().value(QStringLiteral("attempts")).toInt() == 0);
    CHECK(smtp.messages().size() == 3);
    CHECK(auth.stats().value(QStringLiteral("refresh_refused")).toInt() == 1);
    // Recorded in the company file: the next run says so at once and does not even try.
    const QJsonObject needed = QJsonDocument::fromJson(
        cli({QStringLiteral("--json"), QStringLiteral("mail"), QStringLiteral("status")}).out.toUtf8())
                                   .object();
    CHECK(needed.value(QStringLiteral("sign_in_needed")).toBool());
    const Run again = cli({QStringLiteral("outbox"), QStringLiteral("send")});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("Sign in again to billing@facturo.test")));
    CHECK(auth.stats().value(QStringLiteral("refresh_refused")).toInt() == 1);
    CHECK(QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("list"),
                                          QStringLiteral("--status"), QStringLiteral("queued")})
                                      .out.toUtf8())
              .array()
              .at(0)
              .toObject()
              .value(QStringLiteral("attempts"))
              .toInt()
        == 0);
    cli.ok({QStringLiteral("mail"), QStringLiteral("sign-in")});
    cli.ok({QStringLiteral("outbox"), QStringLiteral("send")});
    CHECK(smtp.messages().size() == 4);

    cli.ok({QStringLiteral("mail"), QStringLiteral("sign-out")});
    const QJsonObject status = QJsonDocument::fromJson(
        cli({QStringLiteral("--json"), QStringLiteral("mail"), QStringLiteral("status")}).out.toUtf8())
                                   .object();
    CHECK_FALSE(status.value(QStringLiteral("signed_in")).toBool(true));
    CHECK(auth.stats().value(QStringLiteral("revocations")).toInt() == 1); // sent before the CLI ended

    // No token in the company file (audit trail included), anything the CLI printed, or any file
    // under the sandbox (the keyring file is encrypted).
    const QStringList tokens = auth.issuedTokens();
    REQUIRE(tokens.size() >= 8);
    const QString printed = cli.output();
    QDirIterator files(cli.root(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QList<QByteArray> contents;
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            contents << file.readAll();
    }
    REQUIRE(contents.size() >= 2);
    for (const QString &token : tokens) {
        CHECK_FALSE(printed.contains(token));
        for (const QByteArray &bytes : contents) {
            CHECK_FALSE(bytes.contains(token.toLatin1()));
            CHECK_FALSE(bytes.contains(token.toLatin1().toBase64()));
        }
    }
}

TEST_CASE("facturo-cli: a client that needs a client secret is refused readably without it, signs in with it, and "
          "the secret is never printed or audited")
{
    const QString secret = QStringLiteral("GOCSPX-cli-desktop-secret");
    OAuthTestServer auth({QStringLiteral("--device-pending"), QStringLiteral("0"), QStringLiteral("--client-secret"),
        secret});
    REQUIRE(auth.isRunning());
    KeyringSession cli;
    cli.ok({QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Climatec Services SAS"),
        QStringLiteral("--address"), QStringLiteral("12 rue des Artisans\\n69003 Lyon"), QStringLiteral("--vat-id"),
        QStringLiteral("FR32123456789"), QStringLiteral("--iban"), QStringLiteral("FR7630006000011234567890189"),
        QStringLiteral("--email"), QStringLiteral("billing@facturo.test"), QStringLiteral("--manager"),
        QStringLiteral("marie")});
    const OAuthProvider provider = auth.provider();
    const QStringList settings {QStringLiteral("settings"), QStringLiteral("smtp"), QStringLiteral("--oauth"),
        QStringLiteral("custom"), QStringLiteral("--client-id"), provider.clientId, QStringLiteral("--token-url"),
        provider.tokenUrl.toString(), QStringLiteral("--device-url"), provider.deviceUrl.toString(),
        QStringLiteral("--scope"), provider.scope, QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
        QStringLiteral("--security"), QStringLiteral("tls")};
    const auto status = [&cli]() {
        return QJsonDocument::fromJson(
            cli({QStringLiteral("--json"), QStringLiteral("mail"), QStringLiteral("status")}).out.toUtf8())
            .object();
    };
    cli.ok(settings);

    const Run refused = cli({QStringLiteral("mail"), QStringLiteral("sign-in")});
    CHECK(refused.code != 0);
    CHECK(refused.err.contains(QStringLiteral("The provider refused this client: client_secret is missing.")));
    CHECK_FALSE(status().value(QStringLiteral("signed_in")).toBool(true)); // nothing stored
    CHECK(auth.stats().value(QStringLiteral("client_refused")).toInt() == 1);

    cli.ok(settings + QStringList {QStringLiteral("--client-secret"), secret});
    const QJsonObject shown = QJsonDocument::fromJson(
        cli({QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("smtp")}).out.toUtf8())
                                  .object();
    CHECK(shown.value(QStringLiteral("client_secret_set")).toBool());
    const Run signIn = cli({QStringLiteral("mail"), QStringLiteral("sign-in")});
    INFO(signIn.err.toStdString());
    REQUIRE(signIn.code == 0);
    CHECK(status().value(QStringLiteral("account")).toString() == OAuthTestServer::account());
    CHECK(auth.stats().value(QStringLiteral("device_grants")).toInt() == 1);

    const Run audit = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("log")});
    REQUIRE(audit.code == 0);
    CHECK(audit.out.contains(provider.clientId));
    CHECK_FALSE(audit.out.contains(secret));
    CHECK_FALSE(cli.output().contains(secret));

    cli.ok(settings + QStringList {QStringLiteral("--client-secret"), QString()}); // removed again
    CHECK_FALSE(QJsonDocument::fromJson(
        cli({QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("smtp")}).out.toUtf8())
                    .object()
                    .value(QStringLiteral("client_secret_set"))
                    .toBool(true));
}
