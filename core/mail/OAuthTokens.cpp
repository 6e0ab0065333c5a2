#include "OAuthTokens.h"

#include <QJsonDocument>

namespace {
bool isTokenText(const QString &token)
{
    // RFC 6750 b64token characters and a few more that servers use; never spaces or controls.
    for (QChar c : token)
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    return true;
}
} // namespace

bool OAuthTokens::needsRefresh(const QDateTime &nowUtc, int marginSeconds) const
{
    if (accessToken.isEmpty() || !expiresAt.isValid())
        return true;
    return nowUtc.addSecs(marginSeconds) >= expiresAt;
}

QByteArray OAuthTokens::toSecret() const
{
    const QJsonObject json {{QStringLiteral("access_token"), accessToken},
        {QStringLiteral("refresh_token"), refreshToken},
        {QStringLiteral("expires_at"), expiresAt.isValid() ? expiresAt.toUTC().toString(Qt::ISODate) : QString()},
        {QStringLiteral("account"), account}, {QStringLiteral("scope"), scope}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Result<OAuthTokens> OAuthTokens::fromSecret(const QString &secret)
{
    const QJsonDocument document = QJsonDocument::fromJson(secret.toUtf8());
    if (!document.isObject())
        return Error::invalid(tr("The sign-in saved in the keychain is unreadable; sign in again."));
    const QJsonObject json = document.object();
    OAuthTokens tokens;
    tokens.accessToken = json.value(QStringLiteral("access_token")).toString();
    tokens.refreshToken = json.value(QStringLiteral("refresh_token")).toString();
    tokens.expiresAt = QDateTime::fromString(json.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
    tokens.account = json.value(QStringLiteral("account")).toString();
    tokens.scope = json.value(QStringLiteral("scope")).toString();
    return tokens;
}

Result<OAuthTokens> OAuthTokens::fromTokenResponse(
    const QJsonObject &response, const QDateTime &nowUtc, const OAuthTokens &previous)
{
    OAuthTokens tokens;
    tokens.accessToken = response.value(QStringLiteral("access_token")).toString();
    if (tokens.accessToken.isEmpty() || !isTokenText(tokens.accessToken))
        return Error::invalid(tr("The sign-in server's answer has no usable access token."));
    const QString type = response.value(QStringLiteral("token_type")).toString();
    if (type.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        return Error::invalid(tr("The sign-in server issued a token of type \"%1\"; mail servers take bearer tokens "
                                 "only.")
                                  .arg(type));
    // expires_in is a number of seconds; some servers send it as a string.
    const QJsonValue expires = response.value(QStringLiteral("expires_in"));
    qint64 seconds = expires.isString() ? expires.toString().toLongLong() : expires.toInteger(0);
    if (seconds <= 0)
        seconds = 3600; // RFC 6749: "recommended"; without it assume an hour, refresh on failure anyway
    tokens.expiresAt = nowUtc.toUTC().addSecs(seconds);
    tokens.refreshToken = response.value(QStringLiteral("refresh_token")).toString();
    if (tokens.refreshToken.isEmpty())
        tokens.refreshToken = previous.refreshToken;
    else if (!isTokenText(tokens.refreshToken))
        return Error::invalid(tr("The sign-in server's refresh token contains invalid characters."));
    tokens.scope = response.value(QStringLiteral("scope")).toString(previous.scope);
    tokens.account = accountFromIdToken(response.value(QStringLiteral("id_token")).toString());
    if (tokens.account.isEmpty())
        tokens.account = previous.account;
    return tokens;
}

QString OAuthTokens::accountFromIdToken(const QString &idToken)
{
    const QStringList parts = idToken.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    const QByteArray payload = QByteArray::fromBase64(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonObject claims = QJsonDocument::fromJson(payload).object();
    for (const char *claim : {"email", "preferred_username", "upn"}) {
        const QString value = claims.value(QLatin1String(claim)).toString().trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}
