#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// What a sign-in leaves: the access token (short-lived, sent to the mail server), the refresh
// token (long-lived, exchanged for new access tokens) and the account they belong to. Kept as
// one entry in the desktop keychain (OAuthTokenStore), so that a rotated refresh token replaces
// the old one in a single write; never in the company file, never in a log.
struct OAuthTokens
{
    Q_DECLARE_TR_FUNCTIONS(OAuthTokens)

public:
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt; // UTC; invalid: unknown (treated as expired)
    QString account; // the mailbox signed in, e.g. "billing@example.com"; may be empty
    QString scope;

    bool isEmpty() const { return accessToken.isEmpty() && refreshToken.isEmpty(); }
    // Whether the access token is missing or expires within `marginSeconds` of now.
    bool needsRefresh(const QDateTime &nowUtc, int marginSeconds) const;

    // The keychain entry (JSON) and back.
    QByteArray toSecret() const;
    static Result<OAuthTokens> fromSecret(const QString &secret);

    // A token endpoint's successful answer (RFC 6749 section 5.1). `previous` supplies the
    // refresh token and account when the answer leaves them out (a refresh that does not rotate).
    static Result<OAuthTokens> fromTokenResponse(
        const QJsonObject &response, const QDateTime &nowUtc, const OAuthTokens &previous = {});
    // The mailbox named in an OpenID Connect id_token (email, preferred_username or upn claim).
    // Only shown to the user, so the signature is not checked.
    static QString accountFromIdToken(const QString &idToken);
};
