#pragma once

#include <QByteArray>

// The message as it goes after DATA (RFC 5321 section 4.5.2): every line ending made CRLF,
// a dot doubled at the start of every line that begins with one, and the terminating
// "CRLF . CRLF" appended.
class SmtpDataEncoder
{
public:
    static QByteArray encode(const QByteArray &message);
    static constexpr qsizetype TerminatorSize = 3; // ".\r\n", after the last line's CRLF
};
