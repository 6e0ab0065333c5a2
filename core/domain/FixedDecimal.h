#pragma once

#include "DecimalText.h"
#include "Result.h"

#include <QString>

// An exact decimal with a fixed number of places, held as a scaled qint64.
// Quantity (3 places), UnitPrice (4 places) and Percentage (2 places) are instances.
template<int Scale, qint64 MaxAbsScaled>
class FixedDecimal
{
public:
    static constexpr int scale = Scale;
    static constexpr qint64 maxAbsScaled = MaxAbsScaled;
    static constexpr qint64 one()
    {
        qint64 v = 1;
        for (int i = 0; i < Scale; ++i)
            v *= 10;
        return v;
    }

    constexpr FixedDecimal() = default;
    static constexpr FixedDecimal fromScaled(qint64 scaled)
    {
        FixedDecimal d;
        d.m_scaled = scaled;
        return d;
    }
    static constexpr FixedDecimal fromInteger(qint64 whole) { return fromScaled(whole * one()); }

    static Result<FixedDecimal> parse(const QString &text, bool allowNegative = true,
                                      bool allowCommaSeparator = false)
    {
        DecimalText::Options options;
        options.scale = Scale;
        options.maxAbsScaled = MaxAbsScaled;
        options.allowNegative = allowNegative;
        options.allowCommaSeparator = allowCommaSeparator;
        auto parsed = DecimalText::parse(text, options);
        if (!parsed)
            return parsed.error();
        return fromScaled(parsed.value());
    }

    constexpr qint64 scaled() const { return m_scaled; }
    constexpr bool isZero() const { return m_scaled == 0; }
    constexpr bool isNegative() const { return m_scaled < 0; }
    QString toString(int minDecimals = 0) const { return DecimalText::format(m_scaled, Scale, minDecimals); }

    constexpr auto operator<=>(const FixedDecimal &) const = default;

private:
    qint64 m_scaled = 0;
};

// Quantities: 3 decimals (1.5 h, 0.250 kg), at most one billion units.
using Quantity = FixedDecimal<3, 1'000'000'000'000LL>;
// Unit prices: 4 decimals of the currency's major unit, at most ten billion.
using UnitPrice = FixedDecimal<4, 100'000'000'000'000LL>;
// Percentages (tax rates, discounts): 2 decimals, at most 100 %.
using Percentage = FixedDecimal<2, 10'000LL>;
