#include "MailSettingsService.h"

#include "CertificateFingerprint.h"
#include "MailCredentials.h"
#include "MailSignInState.h"
#include "Transaction.h"

#include <QJsonArray>

namespace {
const QString HostKey = QStringLiteral("smtp.host");
const QString PortKey = QStringLiteral("smtp.port");
const QString SecurityKey = QStringLiteral("smtp.security");
const QString UserKey = QStringLiteral("smtp.user");
const QString FingerprintKey = QStringLiteral("smtp.trusted_fingerprint");
const QString FromAddressKey = QStringLiteral("smtp.from_address");
const QString FromNameKey = QStringLiteral("smtp.from_name");
const QString TimeoutKey = QStringLiteral("smtp.timeout_seconds");
const QString MaxAttemptsKey = QStringLiteral("outbox.max_attempts");
const QString RetryDelaysKey = QStringLiteral("outbox.retry_delays");
const QString AuthKey = QStringLiteral("smtp.auth"); // password | oauth
const QString ProviderKey = QStringLiteral("oauth.provider");
const QString ClientIdKey = QStringLiteral("oauth.client_id");
// The provider's client secret of an installed application (Google): given to every copy of
// the program, so not confidential and not a user secret; kept here, never audited.
const QString ClientSecretKey = QStringLiteral("oauth.client_secret");
const QString AuthorizeUrlKey = QStringLiteral("oauth.authorize_url");
const QString TokenUrlKey = QStringLiteral("oauth.token_url");
const QString DeviceUrlKey = QStringLiteral("oauth.device_url");
const QString RevokeUrlKey = QStringLiteral("oauth.revoke_url");
const QString ScopeKey = QStringLiteral("oauth.scope");

QString urlText(const QUrl &url)
{
    return url.isEmpty() ? QString() : url.toString();
}

QString delaysText(const QList<int> &delays)
{
    QStringList parts;
    for (int d : delays)
        parts << QString::number(d);
    return parts.join(QLatin1Char(','));
}
} // namespace

QString MailSettingsService::securityKey(SmtpSettings::Security security)
{
    switch (security) {
    case SmtpSettings::Security::None:
        return QStringLiteral("none");
    case SmtpSettings::Security::StartTls:
        return QStringLiteral("starttls");
    case SmtpSettings::Security::ImplicitTls:
        return QStringLiteral("tls");
    }
    return {};
}

Result<SmtpSettings::Security> MailSettingsService::securityFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("none"))
        return SmtpSettings::Security::None;
    if (k == QLatin1String("starttls"))
        return SmtpSettings::Security::StartTls;
    if (k == QLatin1String("tls"))
        return SmtpSettings::Security::ImplicitTls;
    return Error::invalid(tr("The connection security \"%1\" is not one of none, starttls or tls.").arg(key));
}

Result<MailSettings> MailSettingsService::load() const
{
    MailSettings s;
    auto get
        = [this](const QString &key, const QString &fallback = {}) { return m_ctx.company.setting(key, fallback); };
    auto host = get(HostKey);
    if (!host)
        return host.error();
    s.host = host.value();
    auto port = get(PortKey);
    auto security = get(SecurityKey, QStringLiteral("starttls"));
    auto user = get(UserKey);
    auto fingerprint = get(FingerprintKey);
    auto fromAddress = get(FromAddressKey);
    auto fromName = get(FromNameKey);
    auto timeout = get(TimeoutKey, QStringLiteral("30"));
    auto attempts = get(MaxAttemptsKey, QStringLiteral("3"));
    auto delays = get(RetryDelaysKey, delaysText(s.retryDelaysSeconds));
    for (const auto *r : {&port, &security, &user, &fingerprint, &fromAddress, &fromName, &timeout, &attempts, &delays})
        if (!r->ok())
            return r->error();
    auto sec = securityFromKey(security.value());
    s.security = sec ? sec.value() : SmtpSettings::Security::StartTls;
    const int portNumber = port->toInt();
    s.port = portNumber > 0 && portNumber < 65536 ? static_cast<quint16>(portNumber)
                                                  : SmtpSettings::defaultPort(s.security);
    s.user = user.value();
    s.trustedFingerprint = fingerprint.value();
    s.fromAddress = fromAddress.value();
    s.fromName = fromName.value();
    s.timeoutSeconds = qBound(1, timeout->toInt(), 600);
    s.maxAttempts = qBound(1, attempts->toInt(), 20);
    QList<int> parsed;
    for (const QString &part : delays->split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (part.trimmed().toInt() >= 0)
            parsed << part.trimmed().toInt();
    if (!parsed.isEmpty())
        s.retryDelaysSeconds = parsed;
    auto auth = get(AuthKey, QStringLiteral("password"));
    auto provider = get(ProviderKey, QStringLiteral("custom"));
    auto clientId = get(ClientIdKey);
    auto clientSecret = get(ClientSecretKey);
    auto authorizeUrl = get(AuthorizeUrlKey);
    auto tokenUrl = get(TokenUrlKey);
    auto deviceUrl = get(DeviceUrlKey);
    auto revokeUrl = get(RevokeUrlKey);
    auto scope = get(ScopeKey);
    for (const auto *r : {&auth, &provider, &clientId, &clientSecret, &authorizeUrl, &tokenUrl, &deviceUrl, &revokeUrl, &scope})
        if (!r->ok())
            return r->error();
    s.oauth = auth.value() == QLatin1String("oauth");
    auto kind = OAuthProvider::kindFromKey(provider.value());
    s.oauthProvider = OAuthProvider::preset(
        kind ? kind.value() : OAuthProvider::Kind::Custom, clientId.value(), clientSecret.value());
    if (s.oauthProvider.kind == OAuthProvider::Kind::Custom) {
        s.oauthProvider.authorizeUrl = QUrl(authorizeUrl.value());
        s.oauthProvider.tokenUrl = QUrl(tokenUrl.value());
        s.oauthProvider.deviceUrl = QUrl(deviceUrl.value());
        s.oauthProvider.revokeUrl = QUrl(revokeUrl.value());
        s.oauthProvider.scope = scope.value();
    }
    return s;
}

Result<MailSettings> MailSettingsService::validated(MailSettings s)
{
    s.host = s.host.trimmed();
    s.user = s.user.trimmed();
    s.fromAddress = s.fromAddress.trimmed();
    s.fromName = s.fromName.trimmed();
    s.trustedFingerprint = s.trustedFingerprint.trimmed();
    if (!s.trustedFingerprint.isEmpty()) {
        const QString normalized = CertificateFingerprint::normalized(s.trustedFingerprint);
        if (normalized.isEmpty())
            return Error::invalid(tr("The trusted certificate fingerprint is not a SHA-256 fingerprint "
                                     "(64 hexadecimal digits)."));
        s.trustedFingerprint = normalized;
    }
    SmtpSettings smtp;
    smtp.host = s.host;
    smtp.port = s.port;
    smtp.security = s.security;
    smtp.username = s.user;
    smtp.trustedFingerprintSha256 = s.trustedFingerprint;
    FACTURO_TRY(smtp.validate());
    if (s.oauth) {
        s.oauthProvider.clientId = s.oauthProvider.clientId.trimmed();
        s.oauthProvider.clientSecret = s.oauthProvider.clientSecret.trimmed();
        s.oauthProvider.scope = s.oauthProvider.scope.simplified();
        if (s.oauthProvider.kind != OAuthProvider::Kind::Custom)
            s.oauthProvider = OAuthProvider::preset(
                s.oauthProvider.kind, s.oauthProvider.clientId, s.oauthProvider.clientSecret);
        FACTURO_TRY(s.oauthProvider.validate());
        if (s.security == SmtpSettings::Security::None)
            return Error::invalid(tr("Signing in with %1 needs an encrypted connection: choose STARTTLS or TLS.")
                                      .arg(OAuthProvider::displayName(s.oauthProvider.kind)));
    } else if (s.security == SmtpSettings::Security::None && !s.user.isEmpty())
        return Error::invalid(tr("A user name and password are only sent over an encrypted connection: choose "
                                 "STARTTLS or TLS, or leave the user name empty."));
    if (!s.fromAddress.isEmpty() || !s.fromName.isEmpty()) {
        auto from = MailAddress::create(
            s.fromName, s.fromAddress.isEmpty() ? QStringLiteral("x@example.com") : s.fromAddress);
        if (!from)
            return from.error().prefixed(tr("Sender"));
        if (!s.fromAddress.isEmpty())
            s.fromAddress = from->address();
    }
    if (s.maxAttempts < 1 || s.maxAttempts > 20)
        return Error::invalid(tr("The number of attempts must be between 1 and 20."));
    if (s.timeoutSeconds < 1 || s.timeoutSeconds > 600)
        return Error::invalid(tr("The mail server's timeout must be between 1 and 600 seconds."));
    for (int d : s.retryDelaysSeconds)
        if (d < 0 || d > 7 * 24 * 3600)
            return Error::invalid(tr("A wait between attempts must be between 0 seconds and one week."));
    return s;
}

Status MailSettingsService::save(const MailSettings &settings)
{
    return m_ctx.db.retrying([&]() -> Status {
        if (!m_ctx.user.isManager())
            return Error::permission(tr("Only a manager can change the mail settings."));
        auto s = validated(settings);
        if (!s)
            return s.error();
        auto before = load();
        if (!before)
            return before.error();
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        // A recorded "sign in again" is about the sign-in of the old settings: another provider,
        // client or token endpoint (or a password) starts afresh.
        if (!s->oauth || !before->oauth
            || MailCredentials::oauthKeyFor(before.value()) != MailCredentials::oauthKeyFor(s.value()))
            FACTURO_TRY(MailSignInState(m_ctx).clear());
        const QList<std::pair<QString, QString>> values {
            {HostKey, s->host},
            {PortKey, QString::number(s->port)},
            {SecurityKey, securityKey(s->security)},
            {UserKey, s->user},
            {FingerprintKey, s->trustedFingerprint},
            {FromAddressKey, s->fromAddress},
            {FromNameKey, s->fromName},
            {TimeoutKey, QString::number(s->timeoutSeconds)},
            {MaxAttemptsKey, QString::number(s->maxAttempts)},
            {RetryDelaysKey, delaysText(s->retryDelaysSeconds)},
            {AuthKey, s->oauth ? QStringLiteral("oauth") : QStringLiteral("password")},
            {ProviderKey, OAuthProvider::key(s->oauthProvider.kind)},
            {ClientIdKey, s->oauthProvider.clientId},
            {ClientSecretKey, s->oauth ? s->oauthProvider.clientSecret : QString()},
            {AuthorizeUrlKey, urlText(s->oauthProvider.authorizeUrl)},
            {TokenUrlKey, urlText(s->oauthProvider.tokenUrl)},
            {DeviceUrlKey, urlText(s->oauthProvider.deviceUrl)},
            {RevokeUrlKey, urlText(s->oauthProvider.revokeUrl)},
            {ScopeKey, s->oauthProvider.scope},
        };
        for (const auto &[key, value] : values)
            FACTURO_TRY(m_ctx.company.setSetting(key, value));
        FACTURO_TRY(m_audit.record(QStringLiteral("settings"), 1, QStringLiteral("edit"),
            {{QStringLiteral("mail_server"), s->host}, {QStringLiteral("port"), s->port},
                {QStringLiteral("security"), securityKey(s->security)}, {QStringLiteral("user"), s->user},
                {QStringLiteral("trusted_fingerprint"), s->trustedFingerprint},
                {QStringLiteral("from"), s->fromAddress},
                {QStringLiteral("sign_in"),
                    s->oauth ? OAuthProvider::key(s->oauthProvider.kind) : QStringLiteral("password")},
                {QStringLiteral("client_id"), s->oauth ? s->oauthProvider.clientId : QString()}}));
        return tx.commit();
    });
}

Result<SmtpSettings> MailSettingsService::smtpSettings(const MailSettings &settings, const QString &password)
{
    if (!settings.isConfigured())
        return Error::invalid(tr("No mail server is set up: set one in the mail settings "
                                 "(facturo-cli settings smtp --host ...)."));
    if (settings.needsPassword() && password.isEmpty())
        return Error::invalid(
            tr("The password of %1 on the mail server %2 is needed to send mail.").arg(settings.user, settings.host));
    SmtpSettings smtp;
    smtp.host = settings.host;
    smtp.port = settings.port;
    smtp.security = settings.security;
    smtp.username = settings.user;
    smtp.password = settings.needsPassword() ? password : QString();
    // With OAuth the sender fills in the access token (and, without a user name, the account
    // signed in) right before each connection.
    smtp.trustedFingerprintSha256 = settings.trustedFingerprint;
    smtp.timeoutMs = settings.timeoutSeconds * 1000;
    FACTURO_TRY(smtp.validate());
    return smtp;
}

Result<MailAddress> MailSettingsService::sender(const MailSettings &settings) const
{
    auto company = m_ctx.company.load();
    if (!company)
        return company.error();
    const QString address = settings.fromAddress.isEmpty() ? company->email.trimmed() : settings.fromAddress;
    const QString name = settings.fromName.isEmpty() ? company->name.trimmed() : settings.fromName;
    if (address.isEmpty())
        return Error::invalid(tr("There is no sender address: give one in the mail settings or the company's "
                                 "email address."));
    auto from = MailAddress::create(name, address);
    if (!from)
        return from.error().prefixed(tr("Sender"));
    return from.value();
}
