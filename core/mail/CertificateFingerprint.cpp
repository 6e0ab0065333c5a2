#include "CertificateFingerprint.h"

#include <QCryptographicHash>

QString CertificateFingerprint::sha256(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString CertificateFingerprint::normalized(const QString &text)
{
    QString hex;
    for (QChar c : text) {
        if (c == QLatin1Char(':') || c.isSpace())
            continue;
        const QChar lower = c.toLower();
        const bool isHex = (lower >= QLatin1Char('0') && lower <= QLatin1Char('9'))
            || (lower >= QLatin1Char('a') && lower <= QLatin1Char('f'));
        if (!isHex)
            return {};
        hex += lower;
    }
    return hex.size() == 64 ? hex : QString();
}

bool CertificateFingerprint::matches(const QString &trusted, const QSslCertificate &certificate)
{
    const QString wanted = normalized(trusted);
    return !wanted.isEmpty() && !certificate.isNull() && wanted == normalized(sha256(certificate));
}
