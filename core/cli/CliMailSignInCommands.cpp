#include "CliMailSignInCommands.h"

#include "KeychainTokenStore.h"
#include "MailCredentials.h"
#include "MailSettingsService.h"
#include "MailSignInState.h"
#include "OAuthAuthorizer.h"
#include "OAuthDeviceFlow.h"

#include <QEventLoop>
#include <QJsonObject>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CliMailSignInCommands", text);
}

Result<MailSettings> oauthSettings(CliSession &s)
{
    MailSettingsService service(s.ledger->context(), s.ledger->audit());
    auto settings = service.load();
    if (!settings)
        return settings.error();
    if (!settings->oauth)
        return Error::invalid(tr("The mail settings use a password, not a sign-in: choose one with "
                                 "facturo-cli settings smtp --oauth microsoft|google|custom --client-id ID."));
    return settings;
}

Status signIn(CliSession &s)
{
    FACTURO_TRY(s.args.allowOnly({}, QStringLiteral("mail sign-in")));
    auto settings = oauthSettings(s);
    if (!settings)
        return settings.error();
    const Clock &clock = s.ledger->context().clock;
    OAuthDeviceFlow flow(settings->oauthProvider, [&clock]() { return clock.nowUtc(); });
    QEventLoop loop;
    bool succeeded = false;
    OAuthTokens tokens;
    QString failure;
    QObject::connect(
        &flow, &OAuthDeviceFlow::codeReady, [&s](const QString &code, const QUrl &uri, const QUrl &, int expiresIn) {
            s.line(tr("To sign in, open %1 in a browser and enter the code %2 (within %3 minutes).")
                       .arg(uri.toString(), code)
                       .arg(qMax(1, expiresIn / 60)));
            s.out.flush();
        });
    QObject::connect(
        &flow, &OAuthDeviceFlow::finished, &loop, [&](bool ok, const OAuthTokens &granted, const QString &message) {
            succeeded = ok;
            tokens = granted;
            failure = message;
            loop.quit();
        });
    FACTURO_TRY(flow.start());
    loop.exec();
    if (!succeeded)
        return Error::refused(failure);
    KeychainTokenStore store(MailCredentials::serviceName());
    const Status saved = store.save(MailCredentials::oauthKeyFor(settings.value()), tokens);
    if (!saved)
        return Error::storage(saved.message() + QLatin1Char(' ')
            + tr("Without a keychain service the sign-in cannot be kept; nothing was written anywhere else."));
    FACTURO_TRY(MailSignInState(s.ledger->context()).clear());
    s.line(tokens.account.isEmpty() ? tr("Signed in.") : tr("Signed in as %1.").arg(tokens.account));
    return {};
}

Status signOut(CliSession &s)
{
    FACTURO_TRY(s.args.allowOnly({}, QStringLiteral("mail sign-out")));
    auto settings = oauthSettings(s);
    if (!settings)
        return settings.error();
    KeychainTokenStore store(MailCredentials::serviceName());
    const Clock &clock = s.ledger->context().clock;
    OAuthAuthorizer authorizer(settings->oauthProvider, store, MailCredentials::oauthKeyFor(settings.value()),
        [&clock]() { return clock.nowUtc(); });
    // The revocation request must go out before the program ends.
    QEventLoop loop;
    bool revoked = false;
    const Status removed = authorizer.signOut([&]() {
        revoked = true;
        loop.quit();
    });
    if (!revoked)
        loop.exec();
    FACTURO_TRY(removed);
    FACTURO_TRY(MailSignInState(s.ledger->context()).clear());
    s.line(tr("Signed out: the tokens were removed from the keychain."));
    return {};
}

Status status(CliSession &s)
{
    FACTURO_TRY(s.args.allowOnly({}, QStringLiteral("mail status")));
    auto settings = oauthSettings(s);
    if (!settings)
        return settings.error();
    KeychainTokenStore store(MailCredentials::serviceName());
    auto tokens = store.load(MailCredentials::oauthKeyFor(settings.value()));
    if (!tokens && tokens.error().kind() != ErrorKind::NotFound)
        return tokens.error();
    auto needed = MailSignInState(s.ledger->context()).neededFor();
    if (!needed)
        return needed.error();
    s.record(QJsonObject {{QStringLiteral("provider"), OAuthProvider::key(settings->oauthProvider.kind)},
        {QStringLiteral("signed_in"), tokens.ok()}, {QStringLiteral("account"), tokens ? tokens->account : QString()},
        {QStringLiteral("sign_in_needed"), !needed->isEmpty()}});
    return {};
}
} // namespace

QStringList CliMailSignInCommands::settingsOptions()
{
    return {QStringLiteral("oauth"), QStringLiteral("client-id"), QStringLiteral("client-secret"),
        QStringLiteral("authorize-url"),
        QStringLiteral("token-url"), QStringLiteral("device-url"), QStringLiteral("revoke-url"),
        QStringLiteral("scope")};
}

Status CliMailSignInCommands::applySettingsOptions(CliSession &s, MailSettings &m, bool &given)
{
    given = false;
    for (const QString &name : settingsOptions())
        given = given || s.args.has(name);
    if (!given)
        return {};
    if (s.args.has(QStringLiteral("oauth"))) {
        const QString choice = s.args.option(QStringLiteral("oauth"));
        if (choice == QLatin1String("none")) {
            m.oauth = false;
            return {};
        }
        auto kind = OAuthProvider::kindFromKey(choice);
        if (!kind)
            return kind.error();
        const bool changed = !m.oauth || m.oauthProvider.kind != kind.value();
        m.oauth = true;
        m.oauthProvider = OAuthProvider::preset(kind.value(), m.oauthProvider.clientId, m.oauthProvider.clientSecret);
        // A preset brings its mail server unless one is given.
        if (changed && kind.value() != OAuthProvider::Kind::Custom && !s.args.has(QStringLiteral("host")))
            OAuthProvider::applySmtpDefaults(kind.value(), m.host, m.port, m.security);
    } else if (!m.oauth) {
        return Error::invalid(tr("Choose the sign-in with --oauth microsoft|google|custom."));
    }
    const auto url = [&s](const char *name) { return QUrl(s.args.option(QString::fromLatin1(name)).trimmed()); };
    if (s.args.has(QStringLiteral("client-id")))
        m.oauthProvider.clientId = s.args.option(QStringLiteral("client-id")).trimmed();
    // Not a user secret (see OAuthProvider): an empty value removes it.
    if (s.args.has(QStringLiteral("client-secret")))
        m.oauthProvider.clientSecret = s.args.option(QStringLiteral("client-secret")).trimmed();
    const bool custom = m.oauthProvider.kind == OAuthProvider::Kind::Custom;
    for (const char *name : {"authorize-url", "token-url", "device-url", "revoke-url", "scope"})
        if (s.args.has(QString::fromLatin1(name)) && !custom)
            return Error::invalid(
                tr("--%1 is for --oauth custom; the presets have their own endpoints.").arg(QString::fromLatin1(name)));
    if (s.args.has(QStringLiteral("authorize-url")))
        m.oauthProvider.authorizeUrl = url("authorize-url");
    if (s.args.has(QStringLiteral("token-url")))
        m.oauthProvider.tokenUrl = url("token-url");
    if (s.args.has(QStringLiteral("device-url")))
        m.oauthProvider.deviceUrl = url("device-url");
    if (s.args.has(QStringLiteral("revoke-url")))
        m.oauthProvider.revokeUrl = url("revoke-url");
    if (s.args.has(QStringLiteral("scope")))
        m.oauthProvider.scope = s.args.option(QStringLiteral("scope")).simplified();
    return {};
}

Status CliMailSignInCommands::mail(CliSession &s)
{
    s.args.verbWords = 2;
    const QString sub = s.args.words.value(1);
    if (sub == QLatin1String("sign-in"))
        return signIn(s);
    if (sub == QLatin1String("sign-out"))
        return signOut(s);
    if (sub == QLatin1String("status"))
        return status(s);
    return Error::invalid(tr("Unknown command 'mail %1' (sign-in, sign-out, status).").arg(sub));
}
