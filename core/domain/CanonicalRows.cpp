#include "CanonicalRows.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>

CanonicalRows::CanonicalRows()
    : m_bytes("facturo-rows 1\n")
{ }

QString CanonicalRows::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        default:
            out += c;
        }
    }
    return out;
}

void CanonicalRows::endRow()
{
    if (m_inRow)
        m_bytes += '\n';
    m_inRow = false;
}

CanonicalRows &CanonicalRows::record(const char *name)
{
    endRow();
    m_bytes += name;
    m_inRow = true;
    return *this;
}

void CanonicalRows::field(const char *name, const QString &value)
{
    field(name, QByteArrayView(value.toUtf8()));
}

void CanonicalRows::field(const char *name, QByteArrayView value)
{
    m_bytes += '\t';
    m_bytes += name;
    m_bytes += '=';
    m_bytes += value;
}

namespace {
QString nullText()
{
    return QStringLiteral("\\N");
}
QString foreign(const QVariant &value)
{
    return QLatin1Char('?') + CanonicalRows::escaped(value.toString());
}
} // namespace

CanonicalRows &CanonicalRows::integer(const char *name, const QVariant &value)
{
    if (value.isNull()) {
        field(name, nullText());
        return *this;
    }
    const int type = value.typeId();
    const bool integral = type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::UInt
        || type == QMetaType::ULongLong || type == QMetaType::Long || type == QMetaType::ULong;
    field(name, integral ? QString::number(value.toLongLong()) : foreign(value));
    return *this;
}

CanonicalRows &CanonicalRows::text(const char *name, const QVariant &value)
{
    field(name, value.isNull() ? nullText() : escaped(value.toString()));
    return *this;
}

CanonicalRows &CanonicalRows::date(const char *name, const QVariant &value)
{
    if (value.isNull()) {
        field(name, nullText());
        return *this;
    }
    const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
    field(name, d.isValid() && d.year() >= 1 && d.year() <= 9999 ? d.toString(Qt::ISODate) : foreign(value));
    return *this;
}

CanonicalRows &CanonicalRows::timestamp(const char *name, const QVariant &value)
{
    if (value.isNull()) {
        field(name, nullText());
        return *this;
    }
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    field(name,
        t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z')
                    : foreign(value));
    return *this;
}

CanonicalRows &CanonicalRows::null(const char *name)
{
    field(name, QByteArrayView("\\N"));
    return *this;
}

CanonicalRows &CanonicalRows::integer(const char *name, qint64 value)
{
    // QString::number(value) without an allocation: the digits from the right.
    char digits[24];
    char *start = digits + sizeof digits;
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        *--start = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0)
        *--start = '-';
    field(name, QByteArrayView(start, digits + sizeof digits - start));
    return *this;
}

CanonicalRows &CanonicalRows::utf8Text(const char *name, QByteArrayView utf8)
{
    // escaped() on bytes: the four escaped characters are ASCII, never inside a multi-byte
    // sequence, and plain UTF-8 goes through QString and back unchanged.
    field(name, QByteArrayView());
    if (utf8.isEmpty())
        return *this;
    const char *run = utf8.data();
    const char *end = run + utf8.size();
    for (const char *c = run; c != end; ++c) {
        const char *escape = nullptr;
        switch (*c) {
        case '\\':
            escape = "\\\\";
            break;
        case '\t':
            escape = "\\t";
            break;
        case '\n':
            escape = "\\n";
            break;
        case '\r':
            escape = "\\r";
            break;
        default:
            continue;
        }
        m_bytes.append(run, c - run);
        m_bytes += escape;
        run = c + 1;
    }
    m_bytes.append(run, end - run);
    return *this;
}

bool CanonicalRows::isPlainUtf8(QByteArrayView utf8)
{
    return !utf8.startsWith("\xEF\xBB\xBF") && utf8.isValidUtf8();
}

CanonicalRows &CanonicalRows::canonicalText(const char *name, QByteArrayView text)
{
    field(name, text);
    return *this;
}

namespace {
// The number written by the digits at text[from, from + count), or -1 when one is not a digit.
int digitsAt(QByteArrayView text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char c = text.at(i);
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

bool isDatePart(QByteArrayView text)
{
    if (text.size() < 10 || text.at(4) != '-' || text.at(7) != '-')
        return false;
    const int year = digitsAt(text, 0, 4);
    return year >= 1000 && QDate::isValid(year, digitsAt(text, 5, 2), digitsAt(text, 8, 2));
}
} // namespace

bool CanonicalRows::isCanonicalDate(QByteArrayView text)
{
    return text.size() == 10 && isDatePart(text);
}

bool CanonicalRows::isCanonicalTimestamp(QByteArrayView text)
{
    if (text.size() != 24 || !isDatePart(text) || text.at(10) != 'T' || text.at(13) != ':' || text.at(16) != ':'
        || text.at(19) != '.' || text.at(23) != 'Z')
        return false;
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59
        && digitsAt(text, 20, 3) >= 0;
}

QByteArray CanonicalRows::bytes() const
{
    return m_inRow ? m_bytes + '\n' : m_bytes;
}

QString CanonicalRows::sha256() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_bytes);
    if (m_inRow)
        hash.addData(QByteArrayView("\n"));
    return QString::fromLatin1(hash.result().toHex());
}
