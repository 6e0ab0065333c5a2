#include "MailSignInWidget.h"

#include "MailSession.h"
#include "OAuthCodeFlow.h"
#include "OAuthDeviceFlow.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace {
constexpr int PasswordMode = -1;
}

MailSignInWidget::MailSignInWidget(
    MailSession &mail, std::function<std::optional<MailSettings>()> saveFirst, QWidget *parent)
    : QWidget(parent)
    , m_mail(mail)
    , m_saveFirst(std::move(saveFirst))
    , m_browser([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("mailSignInWidget"));
    const auto named = [](auto *w, const char *name) {
        w->setObjectName(QString::fromLatin1(name));
        return w;
    };
    m_auth = named(new QComboBox(this), "mailAuth");
    m_auth->addItem(tr("User name and password"), PasswordMode);
    for (OAuthProvider::Kind kind :
        {OAuthProvider::Kind::Microsoft, OAuthProvider::Kind::Google, OAuthProvider::Kind::Custom})
        m_auth->addItem(OAuthProvider::displayName(kind), static_cast<int>(kind));
    m_clientId = named(new QLineEdit(this), "mailClientId");
    m_clientId->setPlaceholderText(tr("The application (client) id registered with the provider"));
    // Not a user secret: Google gives desktop and device clients one that ships with the program.
    m_clientSecret = named(new QLineEdit(this), "mailClientSecret");
    m_clientSecret->setPlaceholderText(tr("Only where the provider gave one with the client id"));
    m_authorizeUrl = named(new QLineEdit(this), "mailAuthorizeUrl");
    m_tokenUrl = named(new QLineEdit(this), "mailTokenUrl");
    m_deviceUrl = named(new QLineEdit(this), "mailDeviceUrl");
    m_scope = named(new QLineEdit(this), "mailScope");
    m_signIn = named(new QPushButton(tr("Sign in…"), this), "mailSignIn");
    m_signInCode = named(new QPushButton(tr("Sign in with a code…"), this), "mailSignInWithCode");
    m_signInCode->setToolTip(tr("Shows a code to enter on another device, where no browser opens here."));
    m_signOut = named(new QPushButton(tr("Sign out"), this), "mailSignOut");
    m_account = named(new QLabel(this), "mailAccount");
    m_message = named(new QLabel(this), "mailSignInMessage");
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("Sign-in:"), m_auth);
    m_form->addRow(tr("Client id:"), m_clientId);
    m_form->addRow(tr("Client secret (if the provider gives one):"), m_clientSecret);
    m_form->addRow(tr("Authorization endpoint:"), m_authorizeUrl);
    m_form->addRow(tr("Token endpoint:"), m_tokenUrl);
    m_form->addRow(tr("Device endpoint:"), m_deviceUrl);
    m_form->addRow(tr("Scope:"), m_scope);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_account, 1);
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_signInCode);
    buttons->addWidget(m_signOut);
    m_form->addRow(tr("Account:"), buttons);
    m_form->addRow(m_message);

    connect(m_auth, &QComboBox::activated, this, [this]() {
        updateVisibility();
        const int mode = m_auth->currentData().toInt();
        emit modeChanged(mode != PasswordMode);
        if (mode != PasswordMode)
            emit providerChosen(static_cast<OAuthProvider::Kind>(mode));
    });
    connect(m_signIn, &QPushButton::clicked, this, &MailSignInWidget::signInWithBrowser);
    connect(m_signInCode, &QPushButton::clicked, this, &MailSignInWidget::signInWithCode);
    connect(m_signOut, &QPushButton::clicked, this, &MailSignInWidget::signOut);
    updateVisibility();
}

bool MailSignInWidget::usesOAuth() const
{
    return m_auth->currentData().toInt() != PasswordMode;
}

QString MailSignInWidget::account() const
{
    return m_account->text();
}

QString MailSignInWidget::message() const
{
    return m_message->text();
}

void MailSignInWidget::say(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b02a1e;") : QString());
}

void MailSignInWidget::updateVisibility()
{
    const bool oauth = usesOAuth();
    const bool custom = m_auth->currentData().toInt() == static_cast<int>(OAuthProvider::Kind::Custom);
    m_form->setRowVisible(m_clientId, oauth);
    m_form->setRowVisible(m_clientSecret,
        custom || m_auth->currentData().toInt() == static_cast<int>(OAuthProvider::Kind::Google));
    for (QWidget *w : {static_cast<QWidget *>(m_authorizeUrl), static_cast<QWidget *>(m_tokenUrl),
             static_cast<QWidget *>(m_deviceUrl), static_cast<QWidget *>(m_scope)})
        m_form->setRowVisible(w, custom);
    m_form->setRowVisible(m_form->rowCount() - 2, oauth);
    m_form->setRowVisible(m_message, oauth);
}

void MailSignInWidget::setFrom(const MailSettings &settings)
{
    m_auth->setCurrentIndex(
        m_auth->findData(settings.oauth ? static_cast<int>(settings.oauthProvider.kind) : PasswordMode));
    const OAuthProvider &p = settings.oauthProvider;
    m_clientId->setText(p.clientId);
    m_clientSecret->setText(p.clientSecret);
    m_authorizeUrl->setText(p.authorizeUrl.toString());
    m_tokenUrl->setText(p.tokenUrl.toString());
    m_deviceUrl->setText(p.deviceUrl.toString());
    m_scope->setText(p.scope);
    updateVisibility();
    showAccount(settings);
}

void MailSignInWidget::applyTo(MailSettings &settings) const
{
    const int mode = m_auth->currentData().toInt();
    settings.oauth = mode != PasswordMode;
    if (!settings.oauth)
        return;
    const auto kind = static_cast<OAuthProvider::Kind>(mode);
    const OAuthProvider before = settings.oauthProvider;
    const bool secret = kind == OAuthProvider::Kind::Google || kind == OAuthProvider::Kind::Custom;
    settings.oauthProvider = OAuthProvider::preset(kind, m_clientId->text(), secret ? m_clientSecret->text() : QString());
    if (kind == OAuthProvider::Kind::Custom) {
        settings.oauthProvider.authorizeUrl = QUrl(m_authorizeUrl->text().trimmed());
        settings.oauthProvider.tokenUrl = QUrl(m_tokenUrl->text().trimmed());
        settings.oauthProvider.deviceUrl = QUrl(m_deviceUrl->text().trimmed());
        settings.oauthProvider.scope = m_scope->text().simplified();
        if (before.kind == OAuthProvider::Kind::Custom)
            settings.oauthProvider.revokeUrl = before.revokeUrl;
    }
}

void MailSignInWidget::showAccount(const MailSettings &settings)
{
    const QString account = settings.oauth ? m_mail.signedInAccount(settings) : QString();
    m_account->setText(account.isEmpty() ? tr("Not signed in") : account);
    m_signOut->setEnabled(!account.isEmpty());
    if (settings.oauth && m_mail.isWaitingForSignIn())
        say(m_mail.signInMessage(), true);
}

void MailSignInWidget::signInWithBrowser()
{
    const std::optional<MailSettings> settings = m_saveFirst();
    if (!settings || !settings->oauth)
        return;
    delete m_codeFlow;
    const Clock &clock = m_mail.ledger().context().clock;
    m_codeFlow = new OAuthCodeFlow(
        settings->oauthProvider, [&clock]() { return clock.nowUtc(); }, this);
    connect(m_codeFlow, &OAuthCodeFlow::authorizeUrlReady, this, [this](const QUrl &url) {
        say(tr("Continue in the browser window that opened; Facturo waits for the sign-in."), false);
        m_browser(url);
    });
    connect(m_codeFlow, &OAuthCodeFlow::finished, this,
        [this, saved = *settings](
            bool ok, const OAuthTokens &tokens, const QString &message) { finishSignIn(saved, ok, tokens, message); });
    if (const Status started = m_codeFlow->start(); !started)
        say(started.message(), true);
}

void MailSignInWidget::signInWithCode()
{
    const std::optional<MailSettings> settings = m_saveFirst();
    if (!settings || !settings->oauth)
        return;
    delete m_deviceFlow;
    const Clock &clock = m_mail.ledger().context().clock;
    m_deviceFlow = new OAuthDeviceFlow(
        settings->oauthProvider, [&clock]() { return clock.nowUtc(); }, this);
    m_deviceFlow->setSecondLength(m_secondLength);
    connect(m_deviceFlow, &OAuthDeviceFlow::codeReady, this,
        [this](const QString &code, const QUrl &uri, const QUrl &, int expiresIn) {
            say(tr("On any device with a browser, open %1 and enter the code %2 within %n minute(s). Facturo waits "
                   "for the sign-in.",
                    nullptr, qMax(1, expiresIn / 60))
                    .arg(uri.toString(), code),
                false);
        });
    connect(m_deviceFlow, &OAuthDeviceFlow::finished, this,
        [this, saved = *settings](
            bool ok, const OAuthTokens &tokens, const QString &message) { finishSignIn(saved, ok, tokens, message); });
    if (const Status started = m_deviceFlow->start(); !started)
        say(started.message(), true);
}

void MailSignInWidget::finishSignIn(
    const MailSettings &settings, bool ok, const OAuthTokens &tokens, const QString &message)
{
    if (!ok) {
        say(message, true);
        return;
    }
    const QString note = m_mail.saveSignIn(settings, tokens);
    showAccount(settings);
    say(note.isEmpty() ? tr("Signed in. Mail waiting in the outbox is being sent.") : note, !note.isEmpty());
    emit signedIn(account());
}

void MailSignInWidget::signOut()
{
    const std::optional<MailSettings> settings = m_saveFirst();
    if (!settings)
        return;
    const Status done = m_mail.signOut(*settings);
    showAccount(*settings);
    say(done ? tr("Signed out: the sign-in was removed from this computer.") : done.message(), !done.ok());
}
