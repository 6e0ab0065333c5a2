// The MIME builder: names, addresses, subject, bodies and an attachment taken from the input.
// Whatever it accepts must be a safe message: 7-bit, CRLF line endings only, no line over 998
// characters, and no header smuggled in through a line break.
#include "FuzzCheck.h"
#include "MimeBuilder.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)).split('\x1f');
    auto part = [&](int i) { return QString::fromUtf8(parts.value(i)); };
    auto from = MailAddress::create(part(0), part(1).isEmpty() ? QStringLiteral("billing@climatec.example") : part(1));
    auto to = MailAddress::create(part(2), part(3).isEmpty() ? QStringLiteral("client@example.fr") : part(3));
    if (!from || !to) {
        FUZZ_CHECK(!(from ? to.message() : from.message()).isEmpty());
        return 0;
    }
    MailMessage message;
    message.from = from.value();
    message.to = {to.value()};
    message.subject = part(4);
    message.textBody = part(5);
    message.htmlBody = parts.size() > 7 ? part(7) : QString();
    if (parts.size() > 6)
        message.attachments.append({part(6).left(60) + QStringLiteral(".pdf"), QStringLiteral("application/pdf"),
                                    parts.value(6)});
    auto built = MimeBuilder::build(message, QDateTime(QDate(2026, 3, 10), QTime(9, 0), QTimeZone::utc()));
    if (!built) {
        FUZZ_CHECK(!built.message().isEmpty());
        return 0;
    }
    const QByteArray &bytes = built->data;
    qsizetype lineStart = 0;
    bool inHeaders = true;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(bytes.at(i));
        FUZZ_CHECK(c < 128);
        if (c == '\n') {
            FUZZ_CHECK(i > 0 && bytes.at(i - 1) == '\r'); // no bare LF
            FUZZ_CHECK(i - lineStart <= 999);
            if (inHeaders && i - lineStart == 1)
                inHeaders = false;
            lineStart = i + 1;
        } else if (c == '\r') {
            FUZZ_CHECK(i + 1 < bytes.size() && bytes.at(i + 1) == '\n'); // no bare CR
        }
    }
    // Exactly one Subject header, however the subject looked (the body may say anything).
    const QByteArray headers = bytes.left(bytes.indexOf("\r\n\r\n") + 2);
    FUZZ_CHECK(headers.count("\r\nSubject:") + (headers.startsWith("Subject:") ? 1 : 0) == 1);
    FUZZ_CHECK(!headers.contains("\r\nBcc:") && !headers.startsWith("Bcc:"));
    return 0;
}
