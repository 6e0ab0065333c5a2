#pragma once

#include <QStringList>

// One SMTP reply (RFC 5321 section 4.2): a three-digit code and one or more lines of text.
// "250-first\r\n250 last\r\n" is one reply with the code 250 and the lines "first", "last".
class SmtpReply
{
public:
    SmtpReply() = default;
    SmtpReply(int code, QStringList lines)
        : m_code(code)
        , m_lines(std::move(lines))
    { }

    int code() const { return m_code; }
    const QStringList &lines() const { return m_lines; }
    // The server's text, lines joined with "\n", for logs and error messages.
    QString text() const { return m_lines.join(QLatin1Char('\n')); }
    // "550 5.1.1 No such user" style, one line, for messages shown to people.
    QString summary() const;

    bool isPositive() const { return m_code >= 200 && m_code < 300; }
    bool isIntermediate() const { return m_code >= 300 && m_code < 400; }
    bool isTransientFailure() const { return m_code >= 400 && m_code < 500; }
    bool isPermanentFailure() const { return m_code >= 500 && m_code < 600; }

private:
    int m_code = 0;
    QStringList m_lines;
};
