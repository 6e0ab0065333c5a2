#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// An amount in integer minor units of one currency. No double constructor, on purpose.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)
public:
    // Largest amount the ledger accepts: 10^15 minor units (ten trillion euros).
    static constexpr qint64 MaxMinor = 1'000'000'000'000'000LL;

    Money() = default;
    Money(qint64 minor, QString currency) : m_minor(minor), m_currency(std::move(currency)) {}

    qint64 minor() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    int digits() const;

    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    Money operator+(const Money &other) const { return {m_minor + other.m_minor, m_currency}; }
    Money operator-(const Money &other) const { return {m_minor - other.m_minor, m_currency}; }
    Money operator-() const { return {-m_minor, m_currency}; }
    bool operator==(const Money &other) const = default;

    // "1234.56": locale-free, for files, the CLI and JSON.
    QString toPlainString() const;
    // "€1,234.56" / "1 234,56 €": for people.
    QString toDisplayString(const QLocale &locale = QLocale()) const;

    // Decimal text ("12.34", "-5", "0.5") in the currency's minor digits; refuses more decimals.
    static Result<Money> parse(const QString &text, const QString &currency, bool allowNegative = true,
                               bool allowCommaSeparator = false);

    // Formatting of a bare minor amount, for code that keeps qint64 and the company currency.
    static QString plain(qint64 minor, const QString &currency);
    static QString display(qint64 minor, const QString &currency, const QLocale &locale = QLocale());

private:
    qint64 m_minor = 0;
    QString m_currency;
};
