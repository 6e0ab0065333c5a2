#include "OAuthProvider.h"

#include <QHostAddress>

namespace {
QUrl url(const char *text)
{
    return QUrl(QString::fromLatin1(text));
}

// https everywhere; plain http only towards this computer (a test or a local proxy).
bool acceptableEndpoint(const QUrl &endpoint)
{
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return false;
    if (endpoint.scheme() == QLatin1String("https"))
        return true;
    if (endpoint.scheme() != QLatin1String("http"))
        return false;
    const QHostAddress address(endpoint.host());
    return endpoint.host() == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
}
} // namespace

OAuthProvider OAuthProvider::preset(Kind kind, const QString &clientId, const QString &clientSecret)
{
    OAuthProvider p;
    p.kind = kind;
    p.clientId = clientId.trimmed();
    p.clientSecret = clientSecret.trimmed();
    switch (kind) {
    case Kind::Microsoft:
        p.authorizeUrl = url("https://login.microsoftonline.com/common/oauth2/v2.0/authorize");
        p.tokenUrl = url("https://login.microsoftonline.com/common/oauth2/v2.0/token");
        p.deviceUrl = url("https://login.microsoftonline.com/common/oauth2/v2.0/devicecode");
        p.scope = QStringLiteral("https://outlook.office.com/SMTP.Send offline_access");
        break;
    case Kind::Google:
        p.authorizeUrl = url("https://accounts.google.com/o/oauth2/v2/auth");
        p.tokenUrl = url("https://oauth2.googleapis.com/token");
        p.deviceUrl = url("https://oauth2.googleapis.com/device/code");
        p.revokeUrl = url("https://oauth2.googleapis.com/revoke");
        p.scope = QStringLiteral("https://mail.google.com/");
        break;
    case Kind::Custom:
        break;
    }
    return p;
}

void OAuthProvider::applySmtpDefaults(Kind kind, QString &host, quint16 &port, SmtpSettings::Security &security)
{
    switch (kind) {
    case Kind::Microsoft:
        host = QStringLiteral("smtp.office365.com");
        port = 587;
        security = SmtpSettings::Security::StartTls;
        break;
    case Kind::Google:
        host = QStringLiteral("smtp.gmail.com");
        port = 465;
        security = SmtpSettings::Security::ImplicitTls;
        break;
    case Kind::Custom:
        break;
    }
}

QString OAuthProvider::key(Kind kind)
{
    switch (kind) {
    case Kind::Microsoft:
        return QStringLiteral("microsoft");
    case Kind::Google:
        return QStringLiteral("google");
    case Kind::Custom:
        break;
    }
    return QStringLiteral("custom");
}

Result<OAuthProvider::Kind> OAuthProvider::kindFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("microsoft"))
        return Kind::Microsoft;
    if (k == QLatin1String("google"))
        return Kind::Google;
    if (k == QLatin1String("custom"))
        return Kind::Custom;
    return Error::invalid(tr("The sign-in provider \"%1\" is not one of microsoft, google or custom.").arg(key));
}

QString OAuthProvider::displayName(Kind kind)
{
    switch (kind) {
    case Kind::Microsoft:
        return tr("Microsoft 365");
    case Kind::Google:
        return tr("Google Workspace");
    case Kind::Custom:
        break;
    }
    return tr("Other (OAuth 2.0)");
}

void OAuthProvider::addClientSecret(QUrlQuery &form) const
{
    if (!clientSecret.isEmpty())
        form.addQueryItem(QStringLiteral("client_secret"), clientSecret);
}

Status OAuthProvider::validate() const
{
    if (clientId.trimmed().isEmpty())
        return Error::invalid(tr("The OAuth client id (the application's id at %1) is empty.").arg(displayName(kind)));
    for (QChar c : clientId)
        if (c.unicode() <= 0x20 || c.unicode() == 0x7f)
            return Error::invalid(tr("The OAuth client id contains spaces or control characters."));
    for (QChar c : clientSecret)
        if (c.unicode() <= 0x20 || c.unicode() == 0x7f)
            return Error::invalid(tr("The OAuth client secret contains spaces or control characters."));
    if (scope.trimmed().isEmpty())
        return Error::invalid(tr("The OAuth scope is empty."));
    if (!acceptableEndpoint(tokenUrl))
        return Error::invalid(tr("The token endpoint \"%1\" is not an https address.").arg(tokenUrl.toString()));
    if (!authorizeUrl.isEmpty() && !acceptableEndpoint(authorizeUrl))
        return Error::invalid(
            tr("The authorization endpoint \"%1\" is not an https address.").arg(authorizeUrl.toString()));
    if (!deviceUrl.isEmpty() && !acceptableEndpoint(deviceUrl))
        return Error::invalid(
            tr("The device authorization endpoint \"%1\" is not an https address.").arg(deviceUrl.toString()));
    if (!revokeUrl.isEmpty() && !acceptableEndpoint(revokeUrl))
        return Error::invalid(tr("The revocation endpoint \"%1\" is not an https address.").arg(revokeUrl.toString()));
    if (!supportsBrowserSignIn() && !supportsDeviceSignIn())
        return Error::invalid(tr("Give the authorization endpoint or the device authorization endpoint (or both)."));
    return {};
}
