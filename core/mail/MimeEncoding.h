#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// The encodings MimeBuilder needs, each small enough to test on its own. Everything
// produced here is 7-bit ASCII with CRLF line endings and lines of at most 76 characters
// (a header line may be longer only when a single address does not fit).
class MimeEncoding
{
public:
    // UTF-8 text with every line ending (CR, LF or CRLF) turned into CRLF.
    static QByteArray toCrlf(const QString &text);
    // True when CRLF text can go as 7bit: ASCII, no control characters but tab, short lines.
    static bool isSevenBitSafe(const QByteArray &crlfText);
    // RFC 2045 quoted-printable of CRLF text; hard line breaks stay CRLF, soft breaks at 76.
    static QByteArray quotedPrintable(const QByteArray &crlfText);
    // RFC 2045 base64 in lines of 76 characters, each ended by CRLF.
    static QByteArray base64Lines(const QByteArray &data);

    // RFC 2047 "B" encoded-words in UTF-8, each at most 60 characters and holding whole characters.
    static QList<QByteArray> encodedWords(const QString &text);
    // The words of an unstructured header value (Subject): plain words when the text is
    // simple ASCII, encoded-words otherwise.
    static QList<QByteArray> unstructuredWords(const QString &text);
    // The words of a display name in an address header: atoms, one quoted-string or encoded-words.
    static QList<QByteArray> phraseWords(const QString &displayName);
    // "Name: word word\r\n", folded before a word whenever a line would pass 76 characters.
    static QByteArray foldHeader(const QByteArray &name, const QList<QByteArray> &words);

    // A MIME parameter: name="value" when the value is short plain ASCII, otherwise
    // RFC 2231 continuations (name*0*=utf-8''...; name*1*=...). One entry per line.
    static QList<QByteArray> parameter(const QByteArray &name, const QString &value);

    // RFC 5322 date-time with English names and a numeric zone: "Tue, 05 Mar 2024 14:07:09 +0100".
    static QByteArray rfc5322Date(const QDateTime &dateTime);
};
