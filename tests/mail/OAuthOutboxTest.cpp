#include "MailCredentials.h"
#include "MailSignInState.h"
#include "MailTestSupport.h"
#include "MemoryTokenStore.h"
#include "OAuthAuthorizer.h"
#include "OAuthTestServer.h"
#include "OutboxTestSupport.h"
#include "SmtpTestServer.h"
#include "TestCertificate.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

using OutboxTest::Fixture;

namespace {

// A company file whose mail goes through a TLS server that takes only tokens of `auth`.
struct OAuthOffice
{
    TestCertificate certificate;
    OAuthTestServer auth;
    std::unique_ptr<SmtpTestServer> smtp;
    Fixture f;
    MemoryTokenStore store;
    std::unique_ptr<OAuthAuthorizer> authorizer;
    QStringList log; // every qDebug / qWarning while the sender ran

    OAuthOffice()
    {
        REQUIRE(certificate.isValid());
        REQUIRE(auth.isRunning());
        smtp = std::make_unique<SmtpTestServer>(
            certificate.serverArguments(QStringLiteral("starttls")) + auth.smtpArguments());
        REQUIRE(smtp->isRunning());
        MailSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = smtp->port();
        s.security = SmtpSettings::Security::StartTls;
        s.trustedFingerprint = certificate.fingerprintSha256();
        s.timeoutSeconds = 20;
        s.oauth = true;
        s.oauthProvider = auth.provider();
        MailSettingsService service(f.t->context(), f.t->audit());
        const Status saved = service.save(s);
        INFO(saved.message().toStdString());
        REQUIRE(saved.ok());
        const MailSettings loaded = f.settings();
        REQUIRE(loaded.oauth);
        REQUIRE(loaded.oauthProvider.tokenUrl == auth.provider().tokenUrl);
        authorizer = std::make_unique<OAuthAuthorizer>(loaded.oauthProvider, store,
            MailCredentials::oauthKeyFor(loaded), [this]() { return f.t.clock().nowUtc(); });
    }

    void signIn()
    {
        const OAuthTokens tokens = auth.signIn();
        REQUIRE_FALSE(tokens.refreshToken.isEmpty());
        REQUIRE(MailSignInState(f.t->context()).saveSignIn(*authorizer, tokens).ok());
    }

    struct Run
    {
        QList<OutboxTest::Outcome> outcomes;
        QString signInMessage;
    };

    // Runs a sender with the sign-in until it is idle; `onFinished` runs after each message.
    Run runSender(const std::function<void(int finished)> &onFinished = {})
    {
        const MailSettings policy = f.settings();
        auto smtpSettings = MailSettingsService::smtpSettings(policy, QString());
        REQUIRE(smtpSettings.ok());
        OutboxSender sender(f.outbox());
        sender.setSmtpSettings(smtpSettings.value(), policy);
        sender.setAuthorizer(authorizer.get());
        Run run;
        QObject::connect(
            &sender, &OutboxSender::messageFinished, [&](qint64 id, OutboxStatus status, const QString &message) {
                run.outcomes.append({id, status, message});
                if (onFinished)
                    onFinished(static_cast<int>(run.outcomes.size()));
            });
        QObject::connect(&sender, &OutboxSender::signInRequired, [&](const QString &m) { run.signInMessage = m; });
        static QStringList *capture = nullptr;
        capture = &log;
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { capture->append(message); });
        QEventLoop loop;
        QObject::connect(&sender, &OutboxSender::idle, &loop, &QEventLoop::quit);
        QTimer guard;
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        REQUIRE(sender.start().ok());
        guard.start(60000);
        loop.exec();
        qInstallMessageHandler(previous);
        REQUIRE(guard.isActive());
        sender.stop();
        return run;
    }

    QList<qint64> queueInvoices(int count)
    {
        QList<qint64> ids;
        for (int i = 0; i < count; ++i) {
            auto queued = f.queueInvoice(f.postInvoice(QString::number(100 + i)));
            REQUIRE(queued.ok());
            ids << queued.value();
        }
        return ids;
    }

    int stat(const char *name) { return auth.stats().value(QLatin1String(name)).toInt(); }
};

} // namespace

TEST_CASE("once signed in the queued invoices go out with XOAUTH2 and each only once")
{
    OAuthOffice office;
    office.signIn();
    const QList<qint64> ids = office.queueInvoices(2);
    const auto run = office.runSender();
    REQUIRE(run.outcomes.size() == 2);
    for (const auto &outcome : run.outcomes) {
        INFO(outcome.message.toStdString());
        CHECK(outcome.status == OutboxStatus::Sent);
    }
    CHECK(office.smtp->messages().size() == 2);
    CHECK(office.f.message(ids.at(0)).attempts == 1);
    CHECK(office.stat("refresh_grants") == 0);
    CHECK(office.smtp->commandsLog().count(QStringLiteral("AUTH XOAUTH2 accepted")) == 2);
}

TEST_CASE("a token that expires mid-queue is refreshed: refused once then refreshed, or refreshed before expiry")
{
    OAuthOffice office;
    office.signIn();
    const QList<qint64> ids = office.queueInvoices(3);
    const auto run = office.runSender([&office](int finished) {
        if (finished == 1) // the server lets the token expire early; Facturo does not know
            REQUIRE(office.auth.admin(QStringLiteral("expire-access")));
        if (finished == 2) // an hour later by Facturo's clock: refreshed before connecting
            office.f.advanceSeconds(3600);
    });
    REQUIRE(run.outcomes.size() == 3);
    for (const auto &outcome : run.outcomes) {
        INFO(outcome.message.toStdString());
        CHECK(outcome.status == OutboxStatus::Sent);
    }
    CHECK(office.smtp->messages().size() == 3); // none twice
    for (qint64 id : ids)
        CHECK(office.f.message(id).attempts == 1);
    CHECK(office.stat("refresh_grants") == 2);
    const QString log = office.smtp->commandsLog();
    CHECK(log.count(QStringLiteral("AUTH XOAUTH2 refused")) == 1); // the early expiry, once
    CHECK(log.count(QStringLiteral("AUTH XOAUTH2 accepted")) == 3);
    // The rotated refresh token is the one kept.
    const OAuthTokens kept = office.store.load(office.authorizer->key()).value();
    CHECK(office.auth.issuedTokens().constLast() == kept.refreshToken);
}

TEST_CASE("revoked consent keeps the queue, says to sign in again, and delivers after the new sign-in")
{
    OAuthOffice office;
    office.signIn();
    const QList<qint64> ids = office.queueInvoices(2);
    REQUIRE(office.auth.admin(QStringLiteral("revoke-all")));

    const auto refused = office.runSender();
    REQUIRE(refused.outcomes.size() == 1); // the second message is not even tried
    CHECK(refused.outcomes.at(0).status == OutboxStatus::Queued);
    CHECK(refused.signInMessage.contains(QStringLiteral("Sign in again to billing@facturo.test")));
    CHECK(refused.signInMessage.contains(QStringLiteral("Queued mail waits")));
    for (qint64 id : ids) {
        const OutboxMessage m = office.f.message(id);
        CHECK(m.status == OutboxStatus::Queued);
        CHECK(m.attempts == 0); // waiting for the user costs no attempt
    }
    CHECK(office.f.message(ids.at(0)).lastError.contains(QStringLiteral("Sign in again")));
    CHECK(office.smtp->messages().isEmpty());
    CHECK(office.stat("refresh_refused") == 1);

    office.signIn();
    const auto delivered = office.runSender();
    REQUIRE(delivered.outcomes.size() == 2);
    for (const auto &outcome : delivered.outcomes)
        CHECK(outcome.status == OutboxStatus::Sent);
    CHECK(office.smtp->messages().size() == 2);
    for (qint64 id : ids)
        CHECK(office.f.message(id).attempts == 1);
}

TEST_CASE("a refresh refused for good is recorded in the company file: after reopening it the sender waits "
          "without trying, until a new sign-in clears it")
{
    OAuthOffice office;
    office.signIn();
    CHECK(MailSignInState(office.f.t->context()).neededFor().value().isEmpty());
    const QList<qint64> ids = office.queueInvoices(1);
    REQUIRE(office.auth.admin(QStringLiteral("revoke-all")));
    const auto refused = office.runSender();
    REQUIRE(refused.outcomes.size() == 1);
    CHECK(office.stat("refresh_refused") == 1);
    CHECK(MailSignInState(office.f.t->context()).neededFor().value() == OAuthTestServer::account());

    // A new run on the reopened file: told at once, nothing tried (no refresh, no connection).
    const qsizetype commands = office.smtp->commandsLog().size();
    REQUIRE(commands > 0); // the first run did connect
    office.f.reopen();
    REQUIRE(MailSignInState(office.f.t->context()).neededFor().value() == OAuthTestServer::account());
    const auto restarted = office.runSender();
    CHECK(restarted.outcomes.isEmpty());
    CHECK(restarted.signInMessage.contains(QStringLiteral("Sign in again to billing@facturo.test")));
    CHECK(office.stat("refresh_refused") == 1);
    CHECK(office.smtp->commandsLog().size() == commands);
    CHECK(office.f.message(ids.at(0)).status == OutboxStatus::Queued);
    CHECK(office.f.message(ids.at(0)).attempts == 0);
    for (const QString &token : office.auth.issuedTokens())
        CHECK_FALSE(office.f.dump().contains(token));

    office.signIn();
    CHECK(MailSignInState(office.f.t->context()).neededFor().value().isEmpty());
    office.f.reopen();
    CHECK(MailSignInState(office.f.t->context()).neededFor().value().isEmpty());
    const auto delivered = office.runSender();
    REQUIRE(delivered.outcomes.size() == 1);
    CHECK(delivered.outcomes.at(0).status == OutboxStatus::Sent);
    CHECK(office.f.message(ids.at(0)).attempts == 1);

    // Signing out clears it too.
    REQUIRE(MailSignInState(office.f.t->context()).markNeeded(QString()).ok());
    CHECK(MailSignInState(office.f.t->context()).neededFor().value() == QStringLiteral("the mail provider"));
    REQUIRE(MailSignInState(office.f.t->context()).signOut(*office.authorizer).ok());
    CHECK(MailSignInState(office.f.t->context()).neededFor().value().isEmpty());
}

TEST_CASE("never signed in: the queue waits and says to sign in")
{
    OAuthOffice office;
    const QList<qint64> ids = office.queueInvoices(1);
    const auto run = office.runSender();
    REQUIRE(run.outcomes.size() == 1);
    CHECK(run.outcomes.at(0).status == OutboxStatus::Queued);
    CHECK(run.signInMessage.contains(QStringLiteral("Not signed in")));
    CHECK(office.f.message(ids.at(0)).attempts == 0);
    CHECK(office.smtp->commandsLog().isEmpty()); // the mail server was not even contacted
}

TEST_CASE("no token is written in the company file, its audit trail or the program's log")
{
    OAuthOffice office;
    office.signIn();
    office.queueInvoices(2);
    office.runSender([&office](int finished) {
        if (finished == 1)
            REQUIRE(office.auth.admin(QStringLiteral("expire-access"))); // a refresh happens too
    });
    REQUIRE(office.smtp->messages().size() == 2);
    const QStringList tokens = office.auth.issuedTokens();
    REQUIRE(tokens.size() >= 4); // sign-in and one refresh: two access, two refresh tokens
    office.f.reopen(); // the WAL written back
    // A company file: every byte of it and its neighbours; on a server the rows (dump below) are all.
    const bool onServer = office.f.t->context().db.isServer();
    QDirIterator files(office.f.t.dir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int searched = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ++searched;
        for (const QString &token : tokens) {
            INFO(file.fileName().toStdString());
            CHECK_FALSE(bytes.contains(token.toLatin1()));
            CHECK_FALSE(bytes.contains(token.toUtf8().toBase64()));
        }
    }
    CHECK((onServer || searched >= 1));
    const QString dump = office.f.dump(); // every row, the audit events included
    CHECK(dump.contains(QStringLiteral("sign_in")));
    for (const QString &token : tokens) {
        CHECK_FALSE(dump.contains(token));
        CHECK_FALSE(office.log.join(QLatin1Char('\n')).contains(token));
    }
}
