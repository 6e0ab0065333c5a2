#pragma once

#include <QSslCertificate>
#include <QString>

// SHA-256 certificate fingerprints as people compare them: "AB:CD:...:EF" (the format of
// `openssl x509 -fingerprint -sha256` and of browsers). Input is accepted with or without
// colons or spaces, in either case.
class CertificateFingerprint
{
public:
    static QString sha256(const QSslCertificate &certificate);
    // 64 lower-case hex digits, or an empty string when text is not a SHA-256 fingerprint.
    static QString normalized(const QString &text);
    static bool matches(const QString &trusted, const QSslCertificate &certificate);
};
