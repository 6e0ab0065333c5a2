#pragma once

#include "MailSettings.h"
#include "SecretStore.h"

// The SMTP password (or the OAuth sign-in) of a company file's mail settings, in the desktop keychain under the
// service "Facturo" and the key "smtp:<user>@<host>". Never in the company file, never in a
// clear-text file: where no keychain runs, the program asks once per start and keeps the
// password in memory (CompanySession in the GUI, the environment or a prompt in the CLI).
// The calls block while the keychain answers (it may show an unlock prompt).
class MailCredentials
{
public:
    static QString serviceName() { return QStringLiteral("Facturo"); }
    static QString keyFor(const MailSettings &settings)
    {
        return QStringLiteral("smtp:%1@%2").arg(settings.user, settings.host.toLower());
    }

    // The keychain entry of an OAuth sign-in: provider, client id and the token endpoint's host.
    static QString oauthKeyFor(const MailSettings &settings)
    {
        const QUrl &token = settings.oauthProvider.tokenUrl;
        return QStringLiteral("oauth:%1:%2@%3:%4")
            .arg(OAuthProvider::key(settings.oauthProvider.kind), settings.oauthProvider.clientId,
                token.host().toLower())
            .arg(token.port(443));
    }

    struct Lookup
    {
        QString password;
        SecretStore::Failure failure = SecretStore::Failure::None; // NotFound, Unavailable: ask the user
        QString message;
        bool found() const { return failure == SecretStore::Failure::None; }
    };

    static Lookup read(const MailSettings &settings)
    {
        SecretStore store(serviceName());
        Result<QString> secret = store.read(keyFor(settings));
        Lookup lookup;
        lookup.failure = store.lastFailure();
        if (secret)
            lookup.password = secret.value();
        else
            lookup.message = secret.message();
        return lookup;
    }

    // failure (optional) tells "no keychain here" (Unavailable) from other errors.
    static Status store(const MailSettings &settings, const QString &password, SecretStore::Failure *failure = nullptr)
    {
        SecretStore store(serviceName());
        Status done = store.store(keyFor(settings), password);
        if (failure)
            *failure = store.lastFailure();
        return done;
    }
};
