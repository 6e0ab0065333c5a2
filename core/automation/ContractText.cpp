#include "ContractText.h"

#include <QLocale>
#include <QRegularExpression>

namespace {
const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([^{}]*)\\}"));
    return pattern;
}

const QStringList &knownPlaceholders()
{
    static const QStringList names {QStringLiteral("period_start"), QStringLiteral("period_end"),
        QStringLiteral("month"), QStringLiteral("year"), QStringLiteral("period")};
    return names;
}

QLocale localeOf(const QString &language)
{
    return language.isEmpty() ? QLocale(QLocale::English) : QLocale(language);
}

// Words of the printed reference, in the document's language (not the program's).
QString word(const QString &language, const char16_t *en, const char16_t *fr, const char16_t *de)
{
    if (language.startsWith(QLatin1String("fr")))
        return QString::fromUtf16(fr);
    if (language.startsWith(QLatin1String("de")))
        return QString::fromUtf16(de);
    return QString::fromUtf16(en);
}
} // namespace

Status ContractText::validate(const QString &text)
{
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!knownPlaceholders().contains(name))
            return Error::invalid(tr("\"{%1}\" is not a placeholder of contract lines: use {period_start}, "
                                     "{period_end}, {month}, {year} or {period}.")
                                      .arg(name));
    }
    return {};
}

QString ContractText::date(const QDate &date, const QString &language)
{
    const QLocale locale = localeOf(language);
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    if (!format.contains(QLatin1String("dd")))
        format.replace(QLatin1Char('d'), QLatin1String("dd"));
    if (!format.contains(QLatin1String("MM")))
        format.replace(QLatin1Char('M'), QLatin1String("MM"));
    return locale.toString(date, format);
}

QString ContractText::resolve(const QString &text, const ContractPeriod &period, const QString &language)
{
    if (!text.contains(QLatin1Char('{')))
        return text;
    const QLocale locale = localeOf(language);
    const QString month = locale.standaloneMonthName(period.start.month(), QLocale::LongFormat);
    const QString year = QString::number(period.start.year());
    QString whole;
    const bool oneMonth = period.start.day() == 1 && period.end == period.start.addMonths(1).addDays(-1);
    const bool oneYear = period.start.dayOfYear() == 1 && period.end == period.start.addYears(1).addDays(-1);
    if (oneMonth)
        whole = month + QLatin1Char(' ') + year;
    else if (oneYear)
        whole = year;
    else
        whole = date(period.start, language) + QStringLiteral(" – ") + date(period.end, language);
    QString out;
    qsizetype from = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += text.mid(from, match.capturedStart() - from);
        const QString name = match.captured(1);
        if (name == QLatin1String("period_start"))
            out += date(period.start, language);
        else if (name == QLatin1String("period_end"))
            out += date(period.end, language);
        else if (name == QLatin1String("month"))
            out += month;
        else if (name == QLatin1String("year"))
            out += year;
        else if (name == QLatin1String("period"))
            out += whole;
        else
            out += match.captured(0);
        from = match.capturedEnd();
    }
    out += text.mid(from);
    return out;
}

QString ContractText::reference(const Contract &contract, const ContractPeriod &period, const QString &language)
{
    QString text
        = word(language, u"Contract", u"Contrat", u"Vertrag") + QLatin1Char(' ') + QString::number(contract.id);
    if (!contract.reference.isEmpty())
        text += QStringLiteral(" (") + contract.reference + QLatin1Char(')');
    text += QStringLiteral(", ") + word(language, u"period", u"période", u"Zeitraum") + QLatin1Char(' ')
        + date(period.start, language) + QStringLiteral(" – ") + date(period.end, language);
    return text;
}
