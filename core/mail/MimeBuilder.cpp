#include "MimeBuilder.h"

#include "MimeEncoding.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace {

const QByteArray Crlf = QByteArrayLiteral("\r\n");

bool hasLineBreak(const QString &text)
{
    return text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
}

QString mimeTypeOf(const MailAttachment &attachment)
{
    return attachment.mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : attachment.mimeType;
}

QByteArray randomHex(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), bytes / 4);
    return random.toHex();
}

} // namespace

Status MimeBuilder::validate(const MailMessage &message)
{
    if (message.from.isNull())
        return Error::invalid(tr("The message has no sender address."));
    if (message.envelopeRecipients().isEmpty())
        return Error::invalid(tr("The message has no recipient."));
    for (const QList<MailAddress> *list : {&message.to, &message.cc, &message.bcc}) {
        for (const MailAddress &address : *list) {
            if (address.isNull())
                return Error::invalid(tr("A recipient address is empty."));
        }
    }
    if (hasLineBreak(message.subject))
        return Error::invalid(tr("The subject contains a line break."));
    for (QChar c : message.subject) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return Error::invalid(tr("The subject contains control characters."));
    }

    static const QRegularExpression mimeType(QStringLiteral("^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+$"));
    for (const MailAttachment &attachment : message.attachments) {
        const QString &name = attachment.fileName;
        if (name.trimmed().isEmpty())
            return Error::invalid(tr("An attachment has no file name."));
        if (hasLineBreak(name))
            return Error::invalid(tr("The attachment name \"%1\" contains a line break.").arg(name.simplified()));
        for (QChar c : name) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QLatin1Char('/') || c == QLatin1Char('\\'))
                return Error::invalid(
                    tr("The attachment name \"%1\" contains a control character or a slash.").arg(name.simplified()));
        }
        if (name.size() > 255)
            return Error::invalid(tr("The attachment name \"%1\" is longer than 255 characters.").arg(name.left(40)));
        if (!mimeType.match(mimeTypeOf(attachment)).hasMatch())
            return Error::invalid(
                tr("The attachment \"%1\" has an invalid type \"%2\".").arg(name, attachment.mimeType.simplified()));
    }
    return {};
}

Result<EncodedMessage> MimeBuilder::build(
    const MailMessage &message, const QDateTime &date, const QString &messageIdDomain)
{
    FACTURO_TRY(validate(message));
    if (!date.isValid())
        return Error::invalid(tr("The message has no valid date."));

    QString domain = messageIdDomain.trimmed();
    if (domain.isEmpty())
        domain = message.from.address().section(QLatin1Char('@'), -1);
    Result<QString> checkedDomain = MailAddress::validateAddress(QStringLiteral("id@") + domain);
    if (!checkedDomain)
        return Error::invalid(tr("The Message-ID domain \"%1\" is not a valid domain name.").arg(domain));
    const QString messageId
        = QString::fromLatin1(randomHex(16)) + QLatin1Char('@') + checkedDomain.value().section(QLatin1Char('@'), -1);

    QByteArray headers;
    headers += "Date: " + MimeEncoding::rfc5322Date(date) + Crlf;
    headers += addressHeader("From", {message.from});
    if (!message.replyTo.isNull())
        headers += addressHeader("Reply-To", {message.replyTo});
    if (!message.to.isEmpty())
        headers += addressHeader("To", message.to);
    if (!message.cc.isEmpty())
        headers += addressHeader("Cc", message.cc);
    headers += MimeEncoding::foldHeader("Subject", MimeEncoding::unstructuredWords(message.subject));
    headers += "Message-ID: <" + messageId.toLatin1() + '>' + Crlf;
    headers += "MIME-Version: 1.0" + Crlf;

    QByteArray body = textPart(message.textBody, "plain");
    if (!message.htmlBody.isEmpty())
        body = multipart("alternative", {body, textPart(message.htmlBody, "html")});
    if (!message.attachments.isEmpty()) {
        QList<QByteArray> parts {body};
        for (const MailAttachment &attachment : message.attachments)
            parts.append(attachmentPart(attachment));
        body = multipart("mixed", parts);
    }

    EncodedMessage encoded;
    encoded.data = headers + body;
    if (!encoded.data.endsWith(Crlf))
        encoded.data += Crlf;
    encoded.messageId = messageId;
    encoded.envelopeFrom = message.envelopeFrom();
    encoded.envelopeRecipients = message.envelopeRecipients();
    return encoded;
}

QByteArray MimeBuilder::addressHeader(const QByteArray &name, const QList<MailAddress> &addresses)
{
    QList<QByteArray> words;
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const MailAddress &address = addresses.at(i);
        const QByteArray separator = i + 1 < addresses.size() ? QByteArrayLiteral(",") : QByteArray();
        if (address.displayName().isEmpty()) {
            words.append(address.address().toLatin1() + separator);
            continue;
        }
        words.append(MimeEncoding::phraseWords(address.displayName()));
        words.append('<' + address.address().toLatin1() + '>' + separator);
    }
    return MimeEncoding::foldHeader(name, words);
}

// A part's headers, a blank line and its content; the content keeps its last line break
// (the CRLF in front of the next boundary belongs to the boundary).
QByteArray MimeBuilder::textPart(const QString &text, const QByteArray &subtype)
{
    const QByteArray crlfText = MimeEncoding::toCrlf(text);
    const bool sevenBit = MimeEncoding::isSevenBitSafe(crlfText);
    QByteArray part = "Content-Type: text/" + subtype + "; charset=utf-8" + Crlf;
    part += "Content-Transfer-Encoding: " + QByteArray(sevenBit ? "7bit" : "quoted-printable") + Crlf + Crlf;
    part += sevenBit ? crlfText : MimeEncoding::quotedPrintable(crlfText);
    return part;
}

QByteArray MimeBuilder::attachmentPart(const MailAttachment &attachment)
{
    QByteArray part = "Content-Type: " + mimeTypeOf(attachment).toLatin1().toLower();
    for (const QByteArray &parameter : MimeEncoding::parameter("name", attachment.fileName))
        part += ";" + Crlf + ' ' + parameter;
    part += Crlf + "Content-Disposition: attachment";
    for (const QByteArray &parameter : MimeEncoding::parameter("filename", attachment.fileName))
        part += ";" + Crlf + ' ' + parameter;
    part += Crlf + "Content-Transfer-Encoding: base64" + Crlf + Crlf;
    part += MimeEncoding::base64Lines(attachment.data);
    return part;
}

QByteArray MimeBuilder::multipart(const QByteArray &subtype, const QList<QByteArray> &parts)
{
    // "=_" never occurs in base64 or quoted-printable; a 7bit text is checked below.
    QByteArray boundary;
    bool clash = true;
    while (clash) {
        boundary = newBoundary();
        clash = false;
        for (const QByteArray &part : parts)
            clash = clash || part.contains(boundary);
    }
    QByteArray out = "Content-Type: multipart/" + subtype + ";" + Crlf + " boundary=\"" + boundary + '"' + Crlf + Crlf;
    for (const QByteArray &part : parts)
        out += "--" + boundary + Crlf + part + Crlf;
    out += "--" + boundary + "--" + Crlf;
    return out;
}

QByteArray MimeBuilder::newBoundary()
{
    return QByteArrayLiteral("=_facturo_") + randomHex(12);
}
