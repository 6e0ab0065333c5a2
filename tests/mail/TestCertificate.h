#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A self-signed certificate for "localhost" and 127.0.0.1, made with openssl for one test.
class TestCertificate
{
public:
    TestCertificate();

    bool isValid() const { return !m_fingerprint.isEmpty(); }
    QString error() const { return m_error; }
    QString certificatePath() const { return m_dir.filePath(QStringLiteral("cert.pem")); }
    QString keyPath() const { return m_dir.filePath(QStringLiteral("key.pem")); }
    // As openssl prints it: "AB:CD:...", computed by openssl, not by the code under test.
    QString fingerprintSha256() const { return m_fingerprint; }
    // Arguments for smtp_test_server.py: "--mode <mode> --cert ... --key ...".
    QStringList serverArguments(const QString &mode) const;

private:
    QTemporaryDir m_dir;
    QString m_fingerprint;
    QString m_error;
};
