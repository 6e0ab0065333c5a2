#pragma once

#include "EncodedMessage.h"
#include "MailMessage.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>

// Turns a MailMessage into RFC 5322 / MIME bytes:
//   text only                  -> text/plain
//   text + HTML                -> multipart/alternative (text/plain, text/html)
//   with attachments           -> multipart/mixed (the body above, then each attachment)
// Text parts are UTF-8, sent as 7bit when they are plain ASCII with short lines and as
// quoted-printable otherwise; attachments are base64 in 76-column lines. Subjects and
// display names outside plain ASCII become RFC 2047 encoded-words, folded at 76 columns.
// Headers: Date, From, Reply-To, To, Cc, Subject, Message-ID, MIME-Version (never Bcc).
class MimeBuilder
{
    Q_DECLARE_TR_FUNCTIONS(MimeBuilder)

public:
    // date: the Date header, in its own time zone offset. messageIdDomain: the right-hand
    // side of the Message-ID (empty: the sender's domain). Refuses a message without sender
    // or recipient, a subject with a line break, or an attachment with a bad name or type.
    static Result<EncodedMessage> build(
        const MailMessage &message, const QDateTime &date, const QString &messageIdDomain = QString());

private:
    static Status validate(const MailMessage &message);
    static QByteArray addressHeader(const QByteArray &name, const QList<MailAddress> &addresses);
    static QByteArray textPart(const QString &text, const QByteArray &subtype);
    static QByteArray attachmentPart(const MailAttachment &attachment);
    static QByteArray multipart(const QByteArray &subtype, const QList<QByteArray> &parts);
    static QByteArray newBoundary();
};
