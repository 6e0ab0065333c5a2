#include "DocumentFormatter.h"

#include "Currency.h"
#include "Money.h"

DocumentFormatter::DocumentFormatter(const QString &localeName, const QString &currency)
    : m_locale(localeName), m_currency(currency)
{
    m_locale.setNumberOptions(QLocale::DefaultNumberOptions);
    m_dateFormat = m_locale.dateFormat(QLocale::ShortFormat);
    if (!m_dateFormat.contains(QLatin1String("yyyy")))
        m_dateFormat.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    // Day and month with two digits everywhere: columns of dates line up.
    if (!m_dateFormat.contains(QLatin1String("dd")))
        m_dateFormat.replace(QLatin1String("d"), QLatin1String("dd"));
    if (!m_dateFormat.contains(QLatin1String("MM")))
        m_dateFormat.replace(QLatin1String("M"), QLatin1String("MM"));
}

QString DocumentFormatter::money(qint64 minor) const
{
    return Money::display(minor, m_currency, m_locale);
}

QString DocumentFormatter::decimal(qint64 scaled, int scale, int minDecimals) const
{
    const bool negative = scaled < 0;
    quint64 magnitude = negative ? static_cast<quint64>(-(scaled + 1)) + 1 : static_cast<quint64>(scaled);
    quint64 divisor = 1;
    for (int i = 0; i < scale; ++i)
        divisor *= 10;
    QString out = m_locale.toString(static_cast<qulonglong>(magnitude / divisor));
    quint64 fraction = magnitude % divisor;
    int decimals = scale;
    while (decimals > minDecimals && fraction % 10 == 0) {
        fraction /= 10;
        --decimals;
    }
    if (decimals > 0)
        out += m_locale.decimalPoint() + QStringLiteral("%1").arg(fraction, decimals, 10, QLatin1Char('0'));
    return negative ? m_locale.negativeSign() + out : out;
}

QString DocumentFormatter::quantity(Quantity quantity) const
{
    return decimal(quantity.scaled(), Quantity::scale, 0);
}

QString DocumentFormatter::unitPrice(UnitPrice price) const
{
    const int digits = Currency::minorDigits(m_currency);
    const int extra = UnitPrice::scale - digits;
    qint64 factor = 1;
    for (int i = 0; i < extra; ++i)
        factor *= 10;
    if (extra >= 0 && price.scaled() % factor == 0)
        return money(price.scaled() / factor); // exact in minor units: the usual case
    // Sub-minor prices (0.0125 €/kWh): the same shape as money, more decimals.
    const QString moneyShape = money(0);
    const QString zero = decimal(0, digits, digits);
    QString out = moneyShape;
    out.replace(out.indexOf(zero), zero.size(), decimal(price.isNegative() ? -price.scaled() : price.scaled(),
                                                        UnitPrice::scale, digits));
    return price.isNegative() ? m_locale.negativeSign() + out : out;
}

QString DocumentFormatter::percent(Percentage percentage) const
{
    const QString number = decimal(percentage.scaled(), Percentage::scale, 0);
    if (m_locale.language() == QLocale::English)
        return number + QLatin1Char('%');
    return number + QChar(0x00A0) + QLatin1Char('%');
}

QString DocumentFormatter::date(const QDate &date) const
{
    return m_locale.toString(date, m_dateFormat);
}

QString DocumentFormatter::dateTime(const QDateTime &dateTime) const
{
    return m_locale.toString(dateTime.toLocalTime(), m_dateFormat + QLatin1Char(' ')
                                 + m_locale.timeFormat(QLocale::ShortFormat));
}

QString DocumentFormatter::integer(qint64 value) const
{
    return m_locale.toString(value);
}

QString DocumentFormatter::groupedIban(const QString &iban)
{
    QString compact = iban;
    compact.remove(QLatin1Char(' '));
    compact = compact.toUpper();
    QString out;
    for (int i = 0; i < compact.size(); i += 4) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += compact.mid(i, 4);
    }
    return out;
}
