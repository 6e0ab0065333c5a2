#include "Money.h"

#include "Currency.h"
#include "DecimalText.h"

int Money::digits() const
{
    return Currency::minorDigits(m_currency);
}

QString Money::toPlainString() const
{
    return plain(m_minor, m_currency);
}

QString Money::toDisplayString(const QLocale &locale) const
{
    return display(m_minor, m_currency, locale);
}

QString Money::plain(qint64 minor, const QString &currency)
{
    const int digits = Currency::minorDigits(currency);
    return DecimalText::format(minor, digits, digits);
}

QString Money::display(qint64 minor, const QString &currency, const QLocale &locale)
{
    const int digits = Currency::minorDigits(currency);
    // Build the number from the exact integer: group the integer part by the locale, then
    // append the fraction, so no binary floating point ever touches an amount.
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? static_cast<quint64>(-(minor + 1)) + 1 : static_cast<quint64>(minor);
    quint64 divisor = 1;
    for (int i = 0; i < digits; ++i)
        divisor *= 10;
    QString number = locale.toString(static_cast<qulonglong>(magnitude / divisor));
    if (digits > 0)
        number += locale.decimalPoint()
            + QStringLiteral("%1").arg(magnitude % divisor, digits, 10, QLatin1Char('0'));
    const QString symbol = Currency::symbol(currency);
    const bool symbolFirst = locale.language() == QLocale::English || locale.language() == QLocale::C;
    QString out = symbolFirst ? symbol + (symbol.size() > 1 && symbol.at(0).isLetter() ? QStringLiteral(" ") : QString()) + number
                              : number + QChar(0x00A0) + symbol;
    return negative ? locale.negativeSign() + out : out;
}

Result<Money> Money::parse(const QString &text, const QString &currency, bool allowNegative,
                           bool allowCommaSeparator)
{
    DecimalText::Options options;
    options.scale = Currency::minorDigits(currency);
    options.maxAbsScaled = MaxMinor;
    options.allowNegative = allowNegative;
    options.allowCommaSeparator = allowCommaSeparator;
    auto parsed = DecimalText::parse(text, options);
    if (!parsed)
        return parsed.error();
    return Money(parsed.value(), currency);
}
