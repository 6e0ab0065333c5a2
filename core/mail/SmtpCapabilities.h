#pragma once

#include "SmtpReply.h"

#include <QHash>
#include <QStringList>

// What the server announced in its EHLO reply (RFC 5321 section 4.1.1.1): one extension per
// line after the greeting line, a keyword and optional parameters ("SIZE 10240000",
// "AUTH PLAIN LOGIN"). Empty after HELO: a plain SMTP server offers no extension.
class SmtpCapabilities
{
public:
    SmtpCapabilities() = default;
    static SmtpCapabilities fromEhloReply(const SmtpReply &reply);

    bool has(const QString &keyword) const { return m_extensions.contains(keyword.toUpper()); }
    QStringList parameters(const QString &keyword) const { return m_extensions.value(keyword.toUpper()); }
    QStringList keywords() const { return m_extensions.keys(); }

    bool supportsStartTls() const { return has(QStringLiteral("STARTTLS")); }
    // The SIZE limit in bytes; 0 when none was announced (or "SIZE 0": no fixed limit).
    qint64 sizeLimit() const;
    // Upper-case SASL mechanism names ("PLAIN", "LOGIN", ...).
    QStringList authMechanisms() const;

private:
    QHash<QString, QStringList> m_extensions;
};
