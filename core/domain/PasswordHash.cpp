#include "PasswordHash.h"

#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace {
QByteArray pbkdf2(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, PasswordHash::KeyBytes);
}

bool constantTimeEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}
} // namespace

PasswordHash PasswordHash::derive(const QString &password, int iterations)
{
    PasswordHash hash;
    quint32 words[SaltBytes / 4];
    QRandomGenerator::system()->fillRange(words);
    hash.salt = QByteArray(reinterpret_cast<const char *>(words), SaltBytes);
    hash.iterations = iterations;
    hash.key = pbkdf2(password, hash.salt, iterations);
    return hash;
}

bool PasswordHash::matches(const QString &password) const
{
    if (!isSet())
        return false;
    return constantTimeEqual(pbkdf2(password, salt, iterations), key);
}
