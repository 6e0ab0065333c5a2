#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

// Parsing and printing of exact decimals held as scaled integers (value × 10^scale).
// One parser for every decimal the program reads: CLI options, CSV cells, JSON, dialogs.
class DecimalText
{
    Q_DECLARE_TR_FUNCTIONS(DecimalText)
public:
    struct Options
    {
        int scale = 2;               // decimals kept: 12.34 with scale 2 -> 1234
        qint64 maxAbsScaled = 0;     // largest accepted |value| (scaled); 0 = qint64 range
        bool allowNegative = true;
        bool allowCommaSeparator = false; // "12,50" (CSV in a comma-decimal locale)
    };

    // Refuses empty text, garbage, more decimals than scale, and out-of-range values,
    // each with a message that names the problem. Leading/trailing spaces are ignored.
    static Result<qint64> parse(const QString &text, const Options &options);

    // Plain, locale-free text: "-12.5" (trailing zeros dropped down to minDecimals).
    static QString format(qint64 scaled, int scale, int minDecimals = 0);
};
