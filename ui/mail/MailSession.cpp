#include "MailSession.h"

#include "MailCredentials.h"
#include "MailSettingsService.h"
#include "MailSignInState.h"
#include "MimeBuilder.h"
#include "OAuthAuthorizer.h"
#include "SmtpClient.h"

#include <QDateTime>
#include <QInputDialog>
#include <QLineEdit>

MailSession::MailSession(Ledger &ledger, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_dialogParent(dialogParent)
    , m_outbox(ledger.context(), ledger.audit())
    , m_sender(m_outbox)
{
    connect(&m_sender, &OutboxSender::messageFinished, this, [this]() { emit outboxChanged(); });
    connect(&m_sender, &OutboxSender::messageStarted, this, [this]() { emit outboxChanged(); });
    connect(&m_sender, &OutboxSender::problem, this, &MailSession::problem);
    m_takeOver.setInterval(30000);
    connect(&m_takeOver, &QTimer::timeout, this, &MailSession::tryTakeOver);
    connect(&m_sender, &OutboxSender::signInRequired, this, [this](const QString &message) {
        m_signInMessage = message;
        emit signInRequired(message);
    });
    m_prompt = [this](const MailSettings &settings, const QString &why) {
        bool ok = false;
        const QString text = QInputDialog::getText(m_dialogParent, tr("Mail server password"),
            why + QStringLiteral("\n\n") + tr("Password of %1 on %2:").arg(settings.user, settings.host),
            QLineEdit::Password, QString(), &ok);
        return ok ? text : QString();
    };
}

MailSession::~MailSession()
{
    m_sender.stop();
}

void MailSession::setPassword(const MailSettings &settings, const QString &password)
{
    m_passwords.insert(MailCredentials::keyFor(settings), password);
}

QString MailSession::passwordFor(const MailSettings &settings)
{
    const QString key = MailCredentials::keyFor(settings);
    if (m_passwords.contains(key))
        return m_passwords.value(key);
    const MailCredentials::Lookup lookup = MailCredentials::read(settings);
    if (lookup.found()) {
        m_passwords.insert(key, lookup.password);
        return lookup.password;
    }
    const QString why = lookup.failure == SecretStore::Failure::Unavailable
        ? tr("No keychain service is available on this computer: the password is kept in memory until Facturo "
             "closes, and asked for again next time.")
        : tr("No password is saved in the keychain for this mail server.");
    const QString typed = m_prompt && !m_quiet ? m_prompt(settings, why) : QString();
    if (!typed.isEmpty())
        m_passwords.insert(key, typed);
    return typed;
}

bool MailSession::applySettings()
{
    MailSettingsService service(m_ledger.context(), m_ledger.audit());
    auto settings = service.load();
    if (!settings) {
        emit problem(settings.message());
        return false;
    }
    if (!settings->isConfigured())
        return false; // the outbox waits for a mail server
    m_sender.setAuthorizer(authorizer(settings.value()));
    QString password;
    if (settings->needsPassword()) {
        auto due = m_outbox.repository().count({OutboxStatus::Queued});
        if (!due || due.value() == 0)
            return false; // nothing to send: do not ask yet
        password = passwordFor(settings.value());
        if (password.isEmpty()) {
            if (m_quiet)
                return false;
            emit problem(tr("Mail is waiting in the outbox: the mail server's password is needed to send it."));
            return false;
        }
    }
    auto smtp = MailSettingsService::smtpSettings(settings.value(), password);
    if (!smtp) {
        emit problem(smtp.message());
        return false;
    }
    m_sender.setSmtpSettings(smtp.value(), settings.value());
    return true;
}

Status MailSession::start()
{
    m_wanted = true;
    m_takeOver.start();
    applySettings();
    FACTURO_TRY(m_sender.start());
    emit outboxChanged();
    return {};
}

void MailSession::wake()
{
    m_wanted = true;
    if (!m_takeOver.isActive())
        m_takeOver.start();
    applySettings();
    // Not running: never started, refused (another sender), or stopped (its lock was lost).
    if (!m_sender.isRunning()) {
        const Status started = m_sender.start();
        if (!started) {
            emit problem(started.message());
            return;
        }
    }
    m_sender.wake();
    emit outboxChanged();
}

void MailSession::tryTakeOver()
{
    if (!m_wanted || m_sender.isRunning())
        return;
    m_quiet = true;
    applySettings();
    m_quiet = false;
    if (!m_sender.start())
        return; // still held by another sender: said when it was first refused
    emit outboxChanged();
}

void MailSession::stop()
{
    m_wanted = false;
    m_takeOver.stop();
    m_sender.stop();
}

QString MailSession::serverSummary()
{
    MailSettingsService service(m_ledger.context(), m_ledger.audit());
    auto settings = service.load();
    if (!settings)
        return settings.message();
    if (!settings->isConfigured())
        return tr("No mail server is set up: messages wait here until one is (Settings › Mail server).");
    auto from = service.sender(settings.value());
    QString summary = tr("Sending through %1:%2 as %3.")
                          .arg(settings->host)
                          .arg(settings->port)
                          .arg(from ? from->address() : from.message());
    if (settings->oauth) {
        const QString provider = OAuthProvider::displayName(settings->oauthProvider.kind);
        const QString account = signedInAccount(settings.value());
        summary += QLatin1Char(' ')
            + (account.isEmpty() ? tr("Not signed in with %1: sign in in Settings › Mail server.").arg(provider)
                                 : tr("Signed in with %1 as %2.").arg(provider, account));
    }
    return summary;
}

OAuthAuthorizer *MailSession::authorizer(const MailSettings &settings)
{
    if (!settings.oauth)
        return nullptr;
    const QString key = MailCredentials::oauthKeyFor(settings);
    const OAuthProvider &provider = settings.oauthProvider;
    if (!m_authorizer || m_authorizer->key() != key || m_authorizer->provider().scope != provider.scope
        || m_authorizer->provider().authorizeUrl != provider.authorizeUrl
        || m_authorizer->provider().deviceUrl != provider.deviceUrl) {
        m_sender.setAuthorizer(nullptr);
        m_authorizer = std::make_unique<OAuthAuthorizer>(
            provider, m_tokens, key, [this]() { return m_ledger.context().clock.nowUtc(); });
    }
    return m_authorizer.get();
}

QString MailSession::saveSignIn(const MailSettings &settings, const OAuthTokens &tokens)
{
    OAuthAuthorizer *signIn = authorizer(settings);
    if (!signIn)
        return {};
    const Status saved = MailSignInState(m_ledger.context()).saveSignIn(*signIn, tokens);
    m_signInMessage.clear();
    emit signInRequired(QString());
    applySettings();
    m_sender.resumeAfterSignIn();
    emit outboxChanged();
    return saved ? QString() : saved.message();
}

Status MailSession::signOut(const MailSettings &settings)
{
    OAuthAuthorizer *signIn = authorizer(settings);
    if (!signIn)
        return {};
    return MailSignInState(m_ledger.context()).signOut(*signIn);
}

QString MailSession::signedInAccount(const MailSettings &settings)
{
    OAuthAuthorizer *signIn = authorizer(settings);
    if (!signIn || !signIn->isSignedIn())
        return {};
    const QString account = signIn->account();
    return account.isEmpty() ? settings.user : account;
}

void MailSession::sendTest(const QString &to, TestDone done)
{
    MailSettingsService service(m_ledger.context(), m_ledger.audit());
    auto settings = service.load();
    if (!settings)
        return done(false, settings.message());
    if (!settings->isConfigured())
        return done(false, tr("No mail server is set up."));
    auto from = service.sender(settings.value());
    if (!from)
        return done(false, from.message());
    auto recipient = to.trimmed().isEmpty() ? Result<MailAddress>(from.value()) : MailAddress::parse(to.trimmed());
    if (!recipient)
        return done(false, recipient.message());
    QString password;
    if (settings->needsPassword()) {
        password = passwordFor(settings.value());
        if (password.isEmpty())
            return done(false, tr("The mail server's password is needed to send the test message."));
    }
    auto smtp = MailSettingsService::smtpSettings(settings.value(), password);
    if (!smtp)
        return done(false, smtp.message());
    MailMessage message;
    message.from = from.value();
    message.to = {recipient.value()};
    message.subject = tr("Facturo test message");
    message.textBody = tr("This message was sent from Facturo to check the mail settings of %1.\n")
                           .arg(from->displayName().isEmpty() ? from->address() : from->displayName());
    auto encoded = MimeBuilder::build(message, QDateTime::currentDateTime());
    if (!encoded)
        return done(false, encoded.message());
    const auto deliver
        = [this, done, address = recipient->address(), message = encoded.value()](const SmtpSettings &smtp) {
              auto *client = new SmtpClient(this);
              connect(client, &SmtpClient::finished, this, [client, done, address](const SmtpOutcome &outcome) {
                  client->deleteLater();
                  done(outcome.isSent(),
                      outcome.isSent() ? tr("The test message was sent to %1.").arg(address) : outcome.message);
              });
              if (!client->send(smtp, message)) {
                  client->deleteLater();
                  done(false, tr("A test message is already being sent."));
              }
          };
    OAuthAuthorizer *signIn = authorizer(settings.value());
    if (!signIn)
        return deliver(smtp.value());
    signIn->requestAccess(false, [deliver, done, smtp = smtp.value()](const OAuthAccess &access) mutable {
        if (!access.ok)
            return done(false, access.message);
        smtp.accessToken = access.accessToken;
        if (smtp.username.isEmpty())
            smtp.username = access.account;
        deliver(smtp);
    });
}
