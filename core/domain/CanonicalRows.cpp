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
    m_bytes += '\t';
    m_bytes += name;
    m_bytes += '=';
    m_bytes += value.toUtf8();
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

QByteArray CanonicalRows::bytes() const
{
    return m_inRow ? m_bytes + '\n' : m_bytes;
}

QString CanonicalRows::sha256() const
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes(), QCryptographicHash::Sha256).toHex());
}
