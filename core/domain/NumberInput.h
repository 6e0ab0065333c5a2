#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// Reads an amount, price, quantity or rate as a person types it, in the language of the window.
// One reader for every field, so that "65,50" means 65.50 wherever it is typed:
// - a grouping mark is accepted only where it groups digits by three, and only the language's
//   own ("," in English, "." in German) or a space (never a decimal mark anywhere);
// - "," or "." is read as the decimal mark when nothing else can be meant ("65,50" in English,
//   "1.5" in French);
// - what could mean two values ("1,250" in English: 1250 or 1.25) or is malformed is refused
//   with a message saying how it was understood and what to type instead. Nothing is ever
//   reinterpreted silently.
// Digits of any script are read (Arabic-Indic digits too), exponents are refused.
class NumberInput
{
    Q_DECLARE_TR_FUNCTIONS(NumberInput)
public:
    struct Options
    {
        int scale = 2;           // decimals kept: "12.34" with scale 2 -> 1234
        bool allowNegative = true;
        qint64 maxAbsScaled = 0; // largest accepted |value| (scaled); 0 = qint64 range
    };

    // The value scaled by 10^scale, or a refusal that names what was typed.
    static Result<qint64> read(const QString &text, const QLocale &locale, const Options &options);
};
