#pragma once

#include "FixedDecimal.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

// How the window shows and reads numbers, money and dates: by the user's locale (QLocale()),
// from and to the exact values of core. No double ever holds an amount.
class UiFormat
{
    Q_DECLARE_TR_FUNCTIONS(UiFormat)
public:
    static QString money(qint64 minor, const QString &currency);
    static QString decimal(qint64 scaled, int scale, int minDecimals = 0);
    static QString quantity(Quantity quantity) { return decimal(quantity.scaled(), Quantity::scale); }
    static QString price(UnitPrice price) { return decimal(price.scaled(), UnitPrice::scale, 2); }
    static QString percent(Percentage percentage);
    static QString date(const QDate &date);
    static QString dateTime(const QDateTime &utc);
    // The date format of QDateEdit widgets (always four-digit years).
    static QString dateFormat();

    // Reads what a person typed in the window's language (NumberInput: one reader for every field).
    static Result<qint64> parseDecimal(const QString &text, int scale, bool allowNegative);
    static Result<qint64> parseMoney(const QString &text, const QString &currency);
    template<typename T>
    static Result<T> parse(const QString &text, bool allowNegative = true)
    {
        auto scaled = parseDecimal(text, T::scale, allowNegative);
        if (!scaled)
            return scaled.error();
        if (scaled.value() > T::maxAbsScaled || scaled.value() < -T::maxAbsScaled)
            return Error::invalid(tr("The number %1 is too large.").arg(text.trimmed()));
        return T::fromScaled(scaled.value());
    }
};
