#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// A message ready for the wire, as MimeBuilder made it: what an outbox stores and what
// SmtpClient sends. data has CRLF line endings and is 7-bit ASCII; it is not dot-stuffed
// (SmtpClient does that on the wire).
struct EncodedMessage
{
    QByteArray data;
    QString messageId; // without angle brackets: "1f0c...@example.com"
    QString envelopeFrom; // MAIL FROM
    QStringList envelopeRecipients; // RCPT TO, bcc included
};
