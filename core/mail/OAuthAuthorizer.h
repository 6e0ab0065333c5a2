#pragma once

#include "OAuthProvider.h"
#include "OAuthTokenStore.h"

#include <QObject>

#include <functional>
#include <optional>

class OAuthTokenClient;

// What sending needs from a sign-in: an access token that is valid now.
struct OAuthAccess
{
    bool ok = false;
    // Only a new sign-in helps (never signed in, refresh token expired or revoked, refused
    // configuration): queued mail must wait for it.
    bool signInRequired = false;
    // The provider refused the refresh for good (invalid_grant: the refresh token expired or was
    // revoked): the stored sign-in is dead, not merely unreachable or misconfigured.
    bool grantRefused = false;
    QString accessToken;
    QString account;
    QString message; // why not, for people
};

// Keeps one sign-in's tokens fresh. requestAccess() answers from the stored access token while
// it has more than refreshMarginSeconds() to live, else refreshes it first (grant_type
// refresh_token); with forceRefresh (the mail server refused the token) it refreshes anyway.
// A rotated refresh token is saved in the same single write as the new access token.
// Concurrent requests during a refresh wait for that one refresh.
class OAuthAuthorizer : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const OAuthAccess &)>;

    // key: the store entry (MailCredentials::oauthKeyFor); store outlives this object.
    OAuthAuthorizer(OAuthProvider provider, OAuthTokenStore &store, QString key, std::function<QDateTime()> clock,
        QObject *parent = nullptr);

    const OAuthProvider &provider() const { return m_provider; }
    QString key() const { return m_key; }
    void requestAccess(bool forceRefresh, Callback done);

    // After a sign-in (OAuthCodeFlow, OAuthDeviceFlow): replaces whatever was stored. Where the
    // store fails (no keychain) the tokens are still used for this run, and the error returned.
    Status saveSignIn(const OAuthTokens &tokens);
    // Forgets the tokens (and asks the server to revoke the refresh token when it has a
    // revocation endpoint; that request's outcome does not matter). `revoked`, when given, is
    // called once that request has ended (at once when there is none), for a program that
    // exits right after.
    Status signOut(std::function<void()> revoked = {});
    bool isSignedIn();
    QString account();

    int refreshMarginSeconds() const { return m_marginSeconds; }
    void setRefreshMarginSeconds(int seconds) { m_marginSeconds = seconds; }

signals:
    // The sign-in is gone or useless: "sign in again".
    void signInRequired(const QString &message);

private:
    void load();
    void refresh();
    void answer(const OAuthAccess &access);
    OAuthAccess accessFromTokens() const;
    QString signInAgain(const QString &why) const;

    OAuthProvider m_provider;
    OAuthTokenStore &m_store;
    QString m_key;
    std::function<QDateTime()> m_clock;
    OAuthTokenClient *m_client = nullptr;
    std::optional<OAuthTokens> m_tokens; // loaded (or empty once known absent)
    bool m_loaded = false;
    bool m_refreshing = false;
    QList<Callback> m_waiting;
    int m_marginSeconds = 300;
};
