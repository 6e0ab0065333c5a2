#pragma once

#include "OAuthProvider.h"
#include "OAuthTokens.h"

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

// oauth_test_server.py on 127.0.0.1 on a free port for the life of this object: the
// authorization server of the OAuth tests. Its tokens.json is what smtp_test_server.py
// (--oauth-tokens) accepts.
class OAuthTestServer
{
public:
    explicit OAuthTestServer(const QStringList &arguments = {});
    ~OAuthTestServer();
    OAuthTestServer(const OAuthTestServer &) = delete;
    OAuthTestServer &operator=(const OAuthTestServer &) = delete;

    bool isRunning() const { return m_port != 0; }
    QString error() const { return m_error; }
    quint16 port() const { return m_port; }
    QString tokensPath() const { return m_state.filePath(QStringLiteral("tokens.json")); }
    // Arguments for smtp_test_server.py: "--oauth-tokens <tokens.json>".
    QStringList smtpArguments() const { return {QStringLiteral("--oauth-tokens"), tokensPath()}; }

    static QString clientId() { return QStringLiteral("facturo-test-client"); }
    static QString account() { return QStringLiteral("billing@facturo.test"); }
    // A "custom" provider with this server's endpoints (and its --client-secret, if given).
    OAuthProvider provider() const;
    QUrl url(const QString &path) const;

    // A device sign-in, approved at once (waits shortened): the tokens, or an empty set.
    OAuthTokens signIn() const;

    // POST /admin/<action> (revoke-all, expire-access), from a child process so that it never
    // runs this process's event loop.
    bool admin(const QString &action) const;
    QJsonObject stats() const;
    // Every access and refresh token the server issued so far.
    QStringList issuedTokens() const;

private:
    QTemporaryDir m_state;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
    QString m_clientSecret;
};
