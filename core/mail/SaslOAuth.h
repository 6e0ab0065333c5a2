#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The two SASL mechanisms that carry an OAuth 2.0 bearer token to a mail server:
//   XOAUTH2 (Google, Microsoft): "user=<user>^Aauth=Bearer <token>^A^A"
//   OAUTHBEARER (RFC 7628):      "n,a=<user>,^Ahost=<host>^Aport=<port>^Aauth=Bearer <token>^A^A"
// Both answer a refused token with a 334 challenge holding base64 JSON ({"status":"401",
// "schemes":"bearer","scope":"..."}), to which the client replies (XOAUTH2: an empty line,
// OAUTHBEARER: ^A) before the server's final 5xx.
class SaslOAuth
{
    Q_DECLARE_TR_FUNCTIONS(SaslOAuth)

public:
    enum class Mechanism { XOAuth2, OAuthBearer };

    static QByteArray mechanismName(Mechanism mechanism);
    // The initial client response, not yet base64-encoded.
    static QByteArray initialResponse(
        Mechanism mechanism, const QString &user, const QString &host, quint16 port, const QString &token);
    // What the client sends after an error challenge (already base64, possibly empty).
    static QByteArray errorAcknowledgement(Mechanism mechanism);
    // The server's challenge (base64 JSON) in words: "the access token is invalid or expired
    // (status 401, scope https://mail.google.com/)". Empty when it is not such a challenge.
    static QString describeChallenge(const QString &base64Text);
};
