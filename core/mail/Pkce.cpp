#include "Pkce.h"

#include <QCryptographicHash>
#include <QList>
#include <QRandomGenerator>

namespace {
QByteArray randomBase64Url(int bytes)
{
    QList<quint32> words((bytes + 3) / 4);
    QRandomGenerator::system()->generate(words.begin(), words.end());
    const QByteArray data(reinterpret_cast<const char *>(words.constData()), bytes);
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

QByteArray Pkce::makeVerifier()
{
    return randomBase64Url(32);
}

QByteArray Pkce::challengeS256(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray Pkce::makeState()
{
    return randomBase64Url(24);
}
