#pragma once

#include "Result.h"
#include "SmtpSettings.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

// Where and how to sign in with OAuth 2.0 for SMTP: the authorization server's endpoints, the
// application's client id and the scope that allows sending mail. Microsoft 365 and Google
// Workspace are presets; "custom" takes everything as typed in. The flows are those of a public
// client (PKCE, RFC 7636, and the device grant, RFC 8628). Some providers (Google's desktop and
// device clients) still give such a client a "client secret" and want it at the token endpoint:
// it ships with every copy of the application, so it is not confidential and not a user secret
// (RFC 8252 section 8.5). It is kept with the other oauth.* settings in the company file.
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
    // Sent as client_secret with every token-endpoint request when not empty (code exchange,
    // device polling, refresh). Not a user secret (see above), but never logged or audited.
    QString clientSecret;
    QString scope; // space-separated

    // The preset's endpoints and scope (Custom: all empty), with the given client id.
    static OAuthProvider preset(Kind kind, const QString &clientId = {}, const QString &clientSecret = {});
    // The mail server the preset goes with: smtp.office365.com:587 STARTTLS, smtp.gmail.com:465 TLS.
    static void applySmtpDefaults(Kind kind, QString &host, quint16 &port, SmtpSettings::Security &security);

    static QString key(Kind kind); // microsoft, google, custom
    static Result<Kind> kindFromKey(const QString &key);
    static QString displayName(Kind kind); // "Microsoft 365", "Google Workspace", "Other (OAuth 2.0)"

    // Refuses a missing client id or scope, a token endpoint that is not https (or http on the
    // loopback address, for a local test server), a code or device endpoint likewise.
    Status validate() const;
    // Adds client_secret to a token-endpoint form when there is one.
    void addClientSecret(QUrlQuery &form) const;
    bool supportsDeviceSignIn() const { return deviceUrl.isValid() && !deviceUrl.isEmpty(); }
    bool supportsBrowserSignIn() const { return authorizeUrl.isValid() && !authorizeUrl.isEmpty(); }
};
