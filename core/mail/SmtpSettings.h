#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

// How to reach the outgoing mail server. The password (or access token) is not persisted with the rest of
// the settings: it lives in the desktop keychain (SecretStore) and is filled in before sending.
struct SmtpSettings
{
    Q_DECLARE_TR_FUNCTIONS(SmtpSettings)

public:
    enum class Security {
        None, // plain SMTP, for a relay on the local network; no password is ever sent
        StartTls, // port 587: STARTTLS is required, the session stops if the server lacks it
        ImplicitTls, // port 465: TLS from the first byte
    };

    QString host;
    quint16 port = 587;
    Security security = Security::StartTls;
    QString username; // empty: no authentication
    QString password;
    // An OAuth 2.0 access token (OAuthAuthorizer): when set, the session authenticates as
    // `username` with SASL XOAUTH2 (or OAUTHBEARER, RFC 7628) instead of the password.
    QString accessToken;
    // SHA-256 of a self-signed certificate the user chose to trust ("AB:CD:..." or plain hex).
    // The system's certificate checks stay on; this certificate is accepted in addition.
    QString trustedFingerprintSha256;
    int timeoutMs = 30000; // for every step: connecting, the TLS handshake, each reply
    QString heloName; // empty: the address literal of the local end, "[192.0.2.1]"

    static quint16 defaultPort(Security security);
    // Refuses an empty host, a zero port, a non-positive timeout, a fingerprint that is
    // not 32 bytes of hex, line breaks or spaces where the SMTP dialogue would carry them.
    Status validate() const;
};
