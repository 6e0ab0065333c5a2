#pragma once

#include "SmtpReply.h"

#include <QByteArray>

#include <optional>

// Collects bytes from the server and cuts them into complete replies, multi-line ones
// included. Lines may end in CRLF or a bare LF. A line that is not "ddd", "ddd text" or
// "ddd-text", a continuation with another code, or more than 64 KiB without a complete
// reply makes the stream malformed (the session cannot go on).
class SmtpReplyReader
{
public:
    void append(const QByteArray &bytes);
    // The next complete reply, if one is buffered and the stream is not malformed.
    std::optional<SmtpReply> takeReply();
    bool isMalformed() const { return m_malformed; }
    // Bytes received after the last complete reply (a STARTTLS response must have none).
    bool hasPendingBytes() const { return !m_buffer.isEmpty() || !m_lines.isEmpty(); }
    void clear();

private:
    QByteArray m_buffer;
    QStringList m_lines; // lines of the reply being read
    int m_code = 0;
    bool m_malformed = false;
};
