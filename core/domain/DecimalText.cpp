#include "DecimalText.h"

#include "Rounding.h"

#include <limits>

Result<qint64> DecimalText::parse(const QString &input, const Options &options)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error::invalid(tr("a number is required"));

    int pos = 0;
    bool negative = false;
    if (text.at(0) == QLatin1Char('-') || text.at(0) == QLatin1Char('+')) {
        negative = text.at(0) == QLatin1Char('-');
        ++pos;
    }

    UInt128 integerPart = 0;
    UInt128 fraction = 0;
    int integerDigits = 0;
    int fractionDigits = 0;
    bool seenSeparator = false;
    const UInt128 cap = static_cast<UInt128>(std::numeric_limits<qint64>::max()) * 10;
    for (; pos < text.size(); ++pos) {
        const QChar c = text.at(pos);
        if (c.isDigit() && c.unicode() < 128) {
            const int digit = c.unicode() - '0';
            if (seenSeparator) {
                ++fractionDigits;
                if (fractionDigits > options.scale) {
                    if (digit != 0)
                        return Error::invalid(
                            options.scale == 0
                                ? tr("\"%1\" must be a whole number").arg(text)
                                : tr("\"%1\" has more than %n decimal(s)", nullptr, options.scale).arg(text));
                    continue; // trailing zeros beyond the scale are exact
                }
                fraction = fraction * 10 + static_cast<unsigned>(digit);
            } else {
                ++integerDigits;
                integerPart = integerPart * 10 + static_cast<unsigned>(digit);
                if (integerPart > cap)
                    return Error::invalid(tr("\"%1\" is too large").arg(text));
            }
        } else if (c == QLatin1Char('.') || (options.allowCommaSeparator && c == QLatin1Char(','))) {
            if (seenSeparator)
                return Error::invalid(tr("\"%1\" is not a number").arg(text));
            seenSeparator = true;
        } else if (c == QLatin1Char(',')) {
            return Error::invalid(tr("\"%1\": use a dot as the decimal separator and no thousands separator").arg(text));
        } else {
            return Error::invalid(tr("\"%1\" is not a number").arg(text));
        }
    }
    if (integerDigits == 0 && fractionDigits == 0)
        return Error::invalid(tr("\"%1\" is not a number").arg(text));

    for (int i = fractionDigits; i < options.scale; ++i)
        fraction *= 10;
    UInt128 magnitude = integerPart;
    for (int i = 0; i < options.scale; ++i) {
        magnitude *= 10;
        if (magnitude > cap)
            return Error::invalid(tr("\"%1\" is too large").arg(text));
    }
    magnitude += fraction;
    // "-0", "-0.00": a sign that says nothing is a typo or a value computed elsewhere; say so
    // instead of taking it (or calling it negative).
    if (negative && magnitude == 0)
        return Error::invalid(tr("\"%1\" is zero with a minus sign: write 0.").arg(text));
    if (negative && !options.allowNegative)
        return Error::invalid(tr("\"%1\" must not be negative").arg(text));
    const UInt128 limit = options.maxAbsScaled > 0
        ? static_cast<UInt128>(options.maxAbsScaled)
        : static_cast<UInt128>(std::numeric_limits<qint64>::max());
    if (magnitude > limit)
        return Error::invalid(tr("\"%1\" is too large (at most %2)")
                                  .arg(text, format(static_cast<qint64>(limit), options.scale)));
    const qint64 value = static_cast<qint64>(magnitude);
    return negative ? -value : value;
}

QString DecimalText::format(qint64 scaled, int scale, int minDecimals)
{
    const bool negative = scaled < 0;
    const UInt128 magnitude = negative ? static_cast<UInt128>(-static_cast<Int128>(scaled))
                                                 : static_cast<UInt128>(scaled);
    UInt128 divisor = 1;
    for (int i = 0; i < scale; ++i)
        divisor *= 10;
    const auto integerPart = static_cast<quint64>(magnitude / divisor);
    auto fraction = static_cast<quint64>(magnitude % divisor);
    QString out = negative ? QStringLiteral("-") : QString();
    out += QString::number(integerPart);
    int decimals = scale;
    while (decimals > minDecimals && fraction % 10 == 0) {
        fraction /= 10;
        --decimals;
    }
    if (decimals > 0)
        out += QLatin1Char('.') + QStringLiteral("%1").arg(fraction, decimals, 10, QLatin1Char('0'));
    return out;
}
