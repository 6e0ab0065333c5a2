#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

// Secrets (the SMTP password) in the desktop keychain through qtkeychain: the Secret
// Service (GNOME Keyring, KeePassXC, ...) or KWallet on Linux, the Keychain on macOS, the
// Credential Store on Windows. Nothing is ever written anywhere else: when no keychain
// service runs, the calls fail with Failure::Unavailable and the caller keeps the password
// in memory for this run of the program (ask the user once per program start).
//
// The calls block while running a local event loop, as the keychain may show an unlock
// prompt; use them from the GUI thread at moments where that is acceptable (settings
// dialog, before the first send), not from inside a paint or a model.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)

public:
    enum class Failure {
        None,
        NotFound, // nothing stored under this key (read only)
        Unavailable, // no keychain service answered (no D-Bus session, no daemon, ...)
        AccessDenied, // the keychain is locked or the user refused access
        Other,
    };

    // service: the application's entry in the keychain, e.g. "Facturo".
    explicit SecretStore(QString service);

    Status store(const QString &key, const QString &secret);
    Result<QString> read(const QString &key);
    // Removing a key that holds nothing is not an error.
    Status remove(const QString &key);

    // Why the last call failed (None after a success), so that the caller can tell
    // "ask for the password" (NotFound, Unavailable) from "show an error".
    Failure lastFailure() const { return m_lastFailure; }

private:
    QString m_service;
    Failure m_lastFailure = Failure::None;
};
