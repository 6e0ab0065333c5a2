#include "Iban.h"

QString Iban::normalized(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (!c.isSpace())
            out += c.toUpper();
    return out;
}

bool Iban::isValid(const QString &text)
{
    const QString iban = normalized(text);
    if (iban.size() < 15 || iban.size() > 34)
        return false;
    if (!iban.at(0).isLetter() || !iban.at(1).isLetter() || !iban.at(2).isDigit() || !iban.at(3).isDigit())
        return false;
    const QString rearranged = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (const QChar c : rearranged) {
        const ushort u = c.unicode();
        if (u >= '0' && u <= '9') {
            remainder = (remainder * 10 + (u - '0')) % 97;
        } else if (u >= 'A' && u <= 'Z') {
            const int value = u - 'A' + 10;
            remainder = (remainder * 100 + value) % 97;
        } else {
            return false;
        }
    }
    return remainder == 1;
}

QString Iban::grouped(const QString &text)
{
    const QString iban = normalized(text);
    QString out;
    for (qsizetype i = 0; i < iban.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out += QLatin1Char(' ');
        out += iban.at(i);
    }
    return out;
}
