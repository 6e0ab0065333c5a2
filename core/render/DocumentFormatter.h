#pragma once

#include "FixedDecimal.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

// Numbers, amounts and dates in the document's locale. Every decimal is printed from its
// exact scaled integer (the locale only supplies separators and grouping); amounts go
// through Money::display.
class DocumentFormatter
{
public:
    DocumentFormatter(const QString &localeName, const QString &currency);

    const QLocale &locale() const { return m_locale; }
    const QString &currency() const { return m_currency; }

    QString money(qint64 minor) const;            // "€1,234.56", "1 234,56 €"
    QString quantity(Quantity quantity) const;    // "1.5", "1 000", "0,25"
    QString unitPrice(UnitPrice price) const;     // like money, with up to 4 decimals
    QString percent(Percentage percentage) const; // "20%", "20 %", "5,5 %"
    QString date(const QDate &date) const;        // short numeric date, four-digit year
    QString dateTime(const QDateTime &dateTime) const;
    QString integer(qint64 value) const;
    static QString groupedIban(const QString &iban); // "FR76 3000 …"

    // A scaled exact decimal in the locale: grouping, decimal point, at least minDecimals.
    QString decimal(qint64 scaled, int scale, int minDecimals) const;

private:
    QLocale m_locale;
    QString m_currency;
    QString m_dateFormat;
};
