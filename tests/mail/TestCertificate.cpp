#include "TestCertificate.h"

#include "MailTestSupport.h"

TestCertificate::TestCertificate()
{
    if (!m_dir.isValid()) {
        m_error = m_dir.errorString();
        return;
    }
    const QString openssl = QStringLiteral("openssl");
    QString error;
    MailTest::run(openssl,
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-keyout"), keyPath(), QStringLiteral("-out"), certificatePath(),
            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
            QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")},
        &error);
    if (!error.isEmpty()) {
        m_error = error;
        return;
    }
    // "sha256 Fingerprint=AB:CD:..." (the label's case depends on the OpenSSL version)
    const QByteArray output = MailTest::run(openssl,
        {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"), QStringLiteral("-sha256"),
            QStringLiteral("-in"), certificatePath()},
        &error);
    const qsizetype equals = output.indexOf('=');
    if (equals < 0) {
        m_error = QStringLiteral("no fingerprint from openssl: ") + error;
        return;
    }
    m_fingerprint = QString::fromLatin1(output.mid(equals + 1).trimmed()).toUpper();
}

QStringList TestCertificate::serverArguments(const QString &mode) const
{
    return {QStringLiteral("--mode"), mode, QStringLiteral("--cert"), certificatePath(), QStringLiteral("--key"),
        keyPath()};
}
