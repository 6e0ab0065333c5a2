#pragma once

#include "Result.h"
#include "SmtpSettings.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Where and how to sign in with OAuth 2.0 for SMTP: the authorization server's endpoints, the
// application's client id and the scope that allows sending mail. Microsoft 365 and Google
// Workspace are presets; "custom" takes everything as typed in. No secret is part of it: the
// flows are those of a public client (PKCE, RFC 7636, and the device grant, RFC 8628).
struct OAuthProvider
{
    Q_DECLARE_TR_FUNCTIONS(OAuthProvider)

public:
    enum class Kind { Microsoft, Google, Custom };

    Kind kind = Kind::Custom;
    QUrl authorizeUrl; // RFC 6749 authorization endpoint (code flow)
    QUrl tokenUrl; // RFC 6749 token endpoint
    QUrl deviceUrl; // RFC 8628 device authorization endpoint (empty: no device sign-in)
    QUrl revokeUrl; // RFC 7009 revocation endpoint (empty: sign out only forgets)
    QString clientId;
    QString scope; // space-separated

    // The preset's endpoints and scope (Custom: all empty), with the given client id.
    static OAuthProvider preset(Kind kind, const QString &clientId = {});
    // The mail server the preset goes with: smtp.office365.com:587 STARTTLS, smtp.gmail.com:465 TLS.
    static void applySmtpDefaults(Kind kind, QString &host, quint16 &port, SmtpSettings::Security &security);

    static QString key(Kind kind); // microsoft, google, custom
    static Result<Kind> kindFromKey(const QString &key);
    static QString displayName(Kind kind); // "Microsoft 365", "Google Workspace", "Other (OAuth 2.0)"

    // Refuses a missing client id or scope, a token endpoint that is not https (or http on the
    // loopback address, for a local test server), a code or device endpoint likewise.
    Status validate() const;
    bool supportsDeviceSignIn() const { return deviceUrl.isValid() && !deviceUrl.isEmpty(); }
    bool supportsBrowserSignIn() const { return authorizeUrl.isValid() && !authorizeUrl.isEmpty(); }
};
