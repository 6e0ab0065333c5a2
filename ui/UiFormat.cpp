#include "UiFormat.h"

#include "Currency.h"
#include "DecimalText.h"
#include "Money.h"
#include "NumberInput.h"

#include <QLocale>

QString UiFormat::money(qint64 minor, const QString &currency)
{
    return Money::display(minor, currency, QLocale());
}

QString UiFormat::decimal(qint64 scaled, int scale, int minDecimals)
{
    QString text = DecimalText::format(scaled, scale, minDecimals);
    const QLocale locale;
    text.replace(QLatin1Char('.'), locale.decimalPoint());
    if (text.startsWith(QLatin1Char('-')))
        text.replace(0, 1, locale.negativeSign());
    return text;
}

QString UiFormat::percent(Percentage percentage)
{
    return tr("%1 %").arg(decimal(percentage.scaled(), Percentage::scale));
}

QString UiFormat::dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}

QString UiFormat::date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, dateFormat()) : QString();
}

QString UiFormat::dateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return QLocale().toString(local.date(), dateFormat()) + QLatin1Char(' ')
        + QLocale().toString(local.time(), QLocale::ShortFormat);
}

Result<qint64> UiFormat::parseDecimal(const QString &text, int scale, bool allowNegative)
{
    NumberInput::Options options;
    options.scale = scale;
    options.allowNegative = allowNegative;
    return NumberInput::read(text, QLocale(), options);
}

Result<qint64> UiFormat::parseMoney(const QString &text, const QString &currency)
{
    QString t = text;
    t.remove(Currency::symbol(currency));
    t.remove(currency);
    auto value = parseDecimal(t, Currency::minorDigits(currency), false);
    if (!value)
        return value.error();
    if (value.value() > Money::MaxMinor)
        return Error::invalid(tr("The amount is too large."));
    return value;
}
