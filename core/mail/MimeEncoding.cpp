#include "MimeEncoding.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

constexpr qsizetype MaxLineLength = 76;
constexpr qsizetype MaxEncodedWordBytes = 36; // 36 bytes -> 48 base64 characters + 12 = 60
constexpr qsizetype MaxPlainWordLength = 60;

const QByteArray Crlf = QByteArrayLiteral("\r\n");

bool isSimpleAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

char hexDigit(int value)
{
    return "0123456789ABCDEF"[value & 0xf];
}

} // namespace

QByteArray MimeEncoding::toCrlf(const QString &text)
{
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QByteArray utf8 = normalised.toUtf8();
    utf8.replace('\n', Crlf);
    return utf8;
}

bool MimeEncoding::isSevenBitSafe(const QByteArray &crlfText)
{
    qsizetype lineLength = 0;
    for (qsizetype i = 0; i < crlfText.size(); ++i) {
        const auto c = static_cast<unsigned char>(crlfText.at(i));
        if (c == '\r' && i + 1 < crlfText.size() && crlfText.at(i + 1) == '\n') {
            ++i;
            lineLength = 0;
            continue;
        }
        if (c > 0x7e || (c < 0x20 && c != '\t'))
            return false;
        if (++lineLength > MaxLineLength)
            return false;
    }
    return true;
}

QByteArray MimeEncoding::quotedPrintable(const QByteArray &crlfText)
{
    QByteArray out;
    out.reserve(crlfText.size() * 3 / 2);
    const QList<QByteArray> lines = crlfText.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QByteArray line = lines.at(n);
        if (line.endsWith('\r'))
            line.chop(1);
        qsizetype column = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto c = static_cast<unsigned char>(line.at(i));
            const bool last = i == line.size() - 1;
            QByteArray piece;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last)) {
                piece = QByteArray(1, char(c));
            } else {
                piece = QByteArray("=") + hexDigit(c >> 4) + hexDigit(c);
            }
            // Keep room for the soft break "=" unless this is the end of the line.
            const qsizetype limit = last ? MaxLineLength : MaxLineLength - 1;
            if (column + piece.size() > limit) {
                out += "=\r\n";
                column = 0;
            }
            out += piece;
            column += piece.size();
        }
        if (n < lines.size() - 1)
            out += Crlf;
    }
    return out;
}

QByteArray MimeEncoding::base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / MaxLineLength * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += MaxLineLength)
        out += encoded.mid(i, MaxLineLength) + Crlf;
    return out;
}

QList<QByteArray> MimeEncoding::encodedWords(const QString &text)
{
    // Pieces are words with their following space; an encoded-word holds whole pieces
    // when it can, whole characters always.
    QList<QByteArray> words;
    QByteArray chunk;
    auto flush = [&]() {
        if (!chunk.isEmpty())
            words.append(QByteArrayLiteral("=?UTF-8?B?") + chunk.toBase64() + QByteArrayLiteral("?="));
        chunk.clear();
    };
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char(' '), start);
        end = end < 0 ? text.size() : end + 1;
        const QString piece = text.mid(start, end - start);
        start = end;
        const QByteArray utf8 = piece.toUtf8();
        if (chunk.size() + utf8.size() <= MaxEncodedWordBytes) {
            chunk += utf8;
            continue;
        }
        flush();
        if (utf8.size() <= MaxEncodedWordBytes) {
            chunk = utf8;
            continue;
        }
        for (qsizetype i = 0; i < piece.size(); ++i) { // a long word: cut between characters
            qsizetype length = 1;
            if (piece.at(i).isHighSurrogate() && i + 1 < piece.size() && piece.at(i + 1).isLowSurrogate())
                length = 2;
            const QByteArray character = piece.mid(i, length).toUtf8();
            i += length - 1;
            if (chunk.size() + character.size() > MaxEncodedWordBytes)
                flush();
            chunk += character;
        }
    }
    flush();
    return words;
}

QList<QByteArray> MimeEncoding::unstructuredWords(const QString &text)
{
    if (text.isEmpty())
        return {};
    // Plain words only when folding and unfolding gives back exactly the same text.
    bool plain = isSimpleAscii(text) && !text.contains(QStringLiteral("=?")) && !text.contains(QStringLiteral("  "))
        && !text.startsWith(QLatin1Char(' ')) && !text.endsWith(QLatin1Char(' '));
    const QStringList parts = text.split(QLatin1Char(' '));
    for (const QString &part : parts)
        plain = plain && part.size() <= MaxPlainWordLength;
    if (!plain)
        return encodedWords(text);
    QList<QByteArray> words;
    for (const QString &part : parts)
        words.append(part.toLatin1());
    return words;
}

QList<QByteArray> MimeEncoding::phraseWords(const QString &displayName)
{
    if (displayName.isEmpty())
        return {};
    static const QRegularExpression atom(QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$"));
    const QStringList parts = displayName.split(QLatin1Char(' '));
    auto isAtom = [](const QString &word) {
        return word.size() <= MaxPlainWordLength && !word.contains(QStringLiteral("=?")) && atom.match(word).hasMatch();
    };
    if (std::all_of(parts.cbegin(), parts.cend(), isAtom)) {
        QList<QByteArray> words;
        for (const QString &part : parts)
            words.append(part.toLatin1());
        return words;
    }
    if (isSimpleAscii(displayName) && displayName.size() <= MaxPlainWordLength
        && !displayName.contains(QStringLiteral("=?"))) {
        QByteArray quoted = displayName.toLatin1();
        quoted.replace('\\', QByteArrayLiteral("\\\\"));
        quoted.replace('"', QByteArrayLiteral("\\\""));
        return {'"' + quoted + '"'};
    }
    if (displayName.contains(QStringLiteral("  ")) || displayName.contains(QLatin1Char('\t')))
        return encodedWords(displayName);
    // Atoms stay plain and each run of other words becomes encoded-words. RFC 2047 says the
    // space between two adjacent encoded-words is not part of the text, but some readers
    // (Python's email package among them) keep it in names: so adjacent encoded-words only
    // occur when a run is too long for one.
    QList<QByteArray> words;
    QStringList run;
    auto flushRun = [&]() {
        if (!run.isEmpty())
            words.append(encodedWords(run.join(QLatin1Char(' '))));
        run.clear();
    };
    for (const QString &part : parts) {
        if (isAtom(part)) {
            flushRun();
            words.append(part.toLatin1());
        } else {
            run.append(part);
        }
    }
    flushRun();
    return words;
}

QByteArray MimeEncoding::foldHeader(const QByteArray &name, const QList<QByteArray> &words)
{
    QByteArray out = name + ':';
    qsizetype column = out.size();
    bool lineHasWord = false;
    for (const QByteArray &word : words) {
        if (lineHasWord && column + 1 + word.size() > MaxLineLength) {
            out += "\r\n";
            column = 0;
        }
        out += ' ' + word;
        column += 1 + word.size();
        lineHasWord = true;
    }
    return out + Crlf;
}

QList<QByteArray> MimeEncoding::parameter(const QByteArray &name, const QString &value)
{
    const bool plain = isSimpleAscii(value) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\\'))
        && value.size() + name.size() + 3 <= MaxLineLength - 2;
    if (plain)
        return {name + "=\"" + value.toLatin1() + '"'};

    // RFC 2231: percent-encoded UTF-8, split into numbered pieces without cutting a %XX.
    const QByteArray encoded = value.toUtf8().toPercentEncoding("!#$&+-.^_`|~");
    QList<QByteArray> pieces;
    QByteArray piece = QByteArrayLiteral("utf-8''");
    for (qsizetype i = 0; i < encoded.size();) {
        const qsizetype length = encoded.at(i) == '%' ? 3 : 1;
        if (piece.size() + length > 60) {
            pieces.append(piece);
            piece.clear();
        }
        piece += encoded.mid(i, length);
        i += length;
    }
    pieces.append(piece);
    QList<QByteArray> parameters;
    for (qsizetype i = 0; i < pieces.size(); ++i)
        parameters.append(name + '*' + QByteArray::number(i) + "*=" + pieces.at(i));
    return parameters;
}

QByteArray MimeEncoding::rfc5322Date(const QDateTime &dateTime)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[]
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate date = dateTime.date();
    const QTime time = dateTime.time();
    const int offsetMinutes = dateTime.offsetFromUtc() / 60;
    const int absolute = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
    auto twoDigits = [](int value) { return QByteArray::number(value).rightJustified(2, '0'); };
    return QByteArray(days[date.dayOfWeek() - 1]) + ", " + twoDigits(date.day()) + ' ' + months[date.month() - 1] + ' '
        + QByteArray::number(date.year()).rightJustified(4, '0') + ' ' + twoDigits(time.hour()) + ':'
        + twoDigits(time.minute()) + ':' + twoDigits(time.second()) + ' ' + (offsetMinutes < 0 ? '-' : '+')
        + twoDigits(absolute / 60) + twoDigits(absolute % 60);
}
