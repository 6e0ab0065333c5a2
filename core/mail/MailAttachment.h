#pragma once

#include <QByteArray>
#include <QString>

// A file attached to a message, typically the invoice PDF. MimeBuilder checks the file name
// (no line breaks, no path) and the MIME type ("type/subtype"; empty means
// application/octet-stream) and sends the bytes as base64.
struct MailAttachment
{
    QString fileName;
    QString mimeType;
    QByteArray data;
};
