#pragma once

#include "OAuthProvider.h"
#include "OAuthTokens.h"

#include <QObject>

#include <functional>

class OAuthLoopbackReceiver;
class OAuthTokenClient;

// Sign-in in the system browser: the authorization code grant (RFC 6749 section 4.1) with PKCE
// S256 (RFC 7636) and a loopback redirect on 127.0.0.1 (RFC 8252).
//
//   auto *flow = new OAuthCodeFlow(provider, clock, this);
//   connect(flow, &OAuthCodeFlow::authorizeUrlReady, [](const QUrl &url) { QDesktopServices::openUrl(url); });
//   connect(flow, &OAuthCodeFlow::finished, this, ...);
//   flow->start();
//
// Written on QNetworkAccessManager rather than Qt NetworkAuth's QOAuth2AuthorizationCodeFlow:
// Qt 6.4 has no PKCE, and it reports a refused token request without the server's RFC 6749
// error code, which is what tells "sign in again" (invalid_grant) from "try later".
class OAuthCodeFlow : public QObject
{
    Q_OBJECT

public:
    OAuthCodeFlow(OAuthProvider provider, std::function<QDateTime()> clock, QObject *parent = nullptr);

    // Opens the loopback listener and emits authorizeUrlReady(); an error when the provider has
    // no authorization endpoint or no port could be opened.
    Status start();
    void cancel();
    QUrl authorizeUrl() const { return m_authorizeUrl; }
    QUrl redirectUri() const;

signals:
    void authorizeUrlReady(const QUrl &url);
    // ok: tokens are those of the new sign-in; else message says why (translated).
    void finished(bool ok, const OAuthTokens &tokens, const QString &message);

private:
    void onRedirect(const QUrlQuery &query);
    void fail(const QString &message);

    OAuthProvider m_provider;
    std::function<QDateTime()> m_clock;
    OAuthLoopbackReceiver *m_receiver = nullptr;
    OAuthTokenClient *m_client = nullptr;
    QByteArray m_verifier;
    QByteArray m_state;
    QUrl m_authorizeUrl;
    QUrl m_redirectUri;
    bool m_running = false;
};
