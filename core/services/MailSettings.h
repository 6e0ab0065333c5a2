#pragma once

#include "OAuthProvider.h"
#include "SmtpSettings.h"

#include <QList>
#include <QString>

// The company file's mail settings, as kept in the settings table ("smtp.*", "outbox.*"). The
// password is not among them: it lives in the desktop keychain (MailCredentials) or, where no
// keychain runs, in memory for one run of the program. With OAuth 2.0 sign-in (Microsoft 365,
// Google Workspace, other) the settings say where to sign in; the tokens live in the keychain
// too (MailCredentials::oauthKeyFor), never here.
struct MailSettings
{
    QString host;
    quint16 port = 587;
    SmtpSettings::Security security = SmtpSettings::Security::StartTls;
    QString user; // empty: no authentication
    QString trustedFingerprint; // SHA-256 of a self-signed certificate the user trusts
    QString fromAddress; // empty: the company's email address
    QString fromName; // empty: the company's name
    int maxAttempts = 3; // attempts per message before it stays failed
    QList<int> retryDelaysSeconds {60, 600}; // wait after the 1st, 2nd, ... failed attempt (last repeats)
    int timeoutSeconds = 30; // every step of an SMTP session
    bool oauth = false; // sign in with OAuth 2.0 (XOAUTH2 / OAUTHBEARER) instead of a password
    OAuthProvider oauthProvider; // when oauth: the endpoints, client id and scope

    bool isConfigured() const { return !host.isEmpty(); }
    bool needsPassword() const { return !oauth && !user.isEmpty(); }
    // The wait after `attempts` failed attempts.
    int retryDelayAfter(int attempts) const
    {
        if (retryDelaysSeconds.isEmpty())
            return 60;
        const int index = qBound(0, attempts - 1, static_cast<int>(retryDelaysSeconds.size()) - 1);
        return retryDelaysSeconds.at(index);
    }
};
