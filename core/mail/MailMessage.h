#pragma once

#include "MailAddress.h"
#include "MailAttachment.h"

#include <QList>
#include <QStringList>

// A message as the user composes it. MimeBuilder turns it into RFC 5322 / MIME bytes.
// Bcc recipients receive the message (they are in the SMTP envelope) but appear in no header.
struct MailMessage
{
    MailAddress from;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QList<MailAddress> bcc;
    MailAddress replyTo; // null: no Reply-To header
    QString subject;
    QString textBody;
    QString htmlBody; // empty: text only; otherwise sent as multipart/alternative
    QList<MailAttachment> attachments;

    // The SMTP envelope: MAIL FROM and the RCPT TO list (to, cc and bcc, each address once).
    QString envelopeFrom() const { return from.address(); }
    QStringList envelopeRecipients() const;
};
