#pragma once

#include <QByteArray>
#include <QString>

// A user's password as the company file keeps it: PBKDF2-HMAC-SHA-256 (QPasswordDigestor) of the
// password's UTF-8 bytes with a random per-user salt (QRandomGenerator::system()), and the
// iteration count it was made with, so that the count can be raised later without making the
// passwords already set unreadable. The password itself is never kept.
struct PasswordHash
{
    static constexpr int DefaultIterations = 200000; // about 0.3 s on a small machine
    static constexpr int SaltBytes = 16;
    static constexpr int KeyBytes = 32;

    QByteArray salt;
    QByteArray key; // empty: no password
    int iterations = 0;

    bool isSet() const { return !key.isEmpty() && !salt.isEmpty() && iterations > 0; }

    // A new hash of `password` with a fresh random salt.
    static PasswordHash derive(const QString &password, int iterations = DefaultIterations);
    // Whether `password` is the one this hash was made from. The keys are compared in constant
    // time (every byte, whatever the first difference). Always false when no password is set.
    bool matches(const QString &password) const;
};
