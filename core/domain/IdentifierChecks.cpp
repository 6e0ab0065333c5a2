#include "IdentifierChecks.h"

#include <QRegularExpression>

bool IdentifierChecks::allDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

bool IdentifierChecks::luhn(const QString &digits)
{
    if (!allDigits(digits))
        return false;
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).unicode() - '0';
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

bool IdentifierChecks::siren(const QString &text)
{
    return text.size() == 9 && luhn(text);
}

bool IdentifierChecks::siret(const QString &text)
{
    if (text.size() != 14 || !allDigits(text))
        return false;
    if (text.startsWith(QLatin1String("356000000")) && text != QLatin1String("35600000000048")) {
        int sum = 0;
        for (QChar c : text)
            sum += c.unicode() - '0';
        return sum % 5 == 0;
    }
    return luhn(text);
}

bool IdentifierChecks::belgianEnterpriseNumber(const QString &text)
{
    if (text.size() != 10 || !allDigits(text) || (text.at(0) != QLatin1Char('0') && text.at(0) != QLatin1Char('1')))
        return false;
    const qint64 body = text.left(8).toLongLong();
    const int check = text.mid(8).toInt();
    return check == 97 - static_cast<int>(body % 97);
}

bool IdentifierChecks::frenchVatId(const QString &text)
{
    if (text.size() != 13 || !text.startsWith(QLatin1String("FR")))
        return false;
    const QString key = text.mid(2, 2);
    const QString sirenPart = text.mid(4);
    if (!allDigits(sirenPart))
        return false;
    for (QChar c : key)
        if (!c.isDigit() && !(c >= QLatin1Char('A') && c <= QLatin1Char('Z')))
            return false;
    if (!allDigits(key))
        return true; // the alphanumeric keys of new companies follow a rule that is not public
    return key.toInt() == (12 + 3 * (sirenPart.toLongLong() % 97)) % 97;
}

bool IdentifierChecks::germanVatId(const QString &text)
{
    return text.size() == 11 && text.startsWith(QLatin1String("DE")) && allDigits(text.mid(2))
        && text.at(2) != QLatin1Char('0');
}

bool IdentifierChecks::gln(const QString &text)
{
    if (text.size() != 13 || !allDigits(text))
        return false;
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (text.at(i).unicode() - '0') * (i % 2 == 0 ? 1 : 3);
    return (10 - sum % 10) % 10 == text.at(12).unicode() - '0';
}

bool IdentifierChecks::mod97_10(const QString &text)
{
    if (text.isEmpty())
        return false;
    int remainder = 0;
    for (QChar c : text) {
        int value = 0;
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            value = c.unicode() - '0';
        else if (c.toUpper() >= QLatin1Char('A') && c.toUpper() <= QLatin1Char('Z'))
            value = c.toUpper().unicode() - 'A' + 10;
        else
            return false;
        remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97;
    }
    return remainder == 1;
}

bool IdentifierChecks::leitwegId(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^([0-9]{2,12})(?:-([0-9A-Za-z]{1,30}))?-([0-9]{2})$"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return false;
    return mod97_10(m.captured(1) + m.captured(2) + m.captured(3));
}
