#include "CreditorReference.h"

namespace {
bool isUpperAlnum(QChar c)
{
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}
} // namespace

int CreditorReference::mod97(const QString &text)
{
    int remainder = 0;
    for (const QChar c : text) {
        if (!isUpperAlnum(c))
            return -1;
        const int value = c.isDigit() ? c.unicode() - '0' : c.unicode() - 'A' + 10;
        remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
    }
    return remainder;
}

Result<QString> CreditorReference::make(const QString &body)
{
    const QString upper = body.toUpper();
    if (upper.isEmpty() || upper.size() > MaxBodyLength)
        return Error::invalid(tr("A creditor reference holds 1 to %1 letters and digits; \"%2\" has %3.")
                                  .arg(MaxBodyLength)
                                  .arg(body)
                                  .arg(body.size()));
    const int remainder = mod97(upper + QStringLiteral("RF00"));
    if (remainder < 0)
        return Error::invalid(tr("A creditor reference holds letters A to Z and digits only: \"%1\".").arg(body));
    return QStringLiteral("RF%1").arg(98 - remainder, 2, 10, QLatin1Char('0')) + upper;
}

bool CreditorReference::isValid(const QString &compact)
{
    if (compact.size() < 5 || compact.size() > 4 + MaxBodyLength || !compact.startsWith(QLatin1String("RF"))
        || !compact.at(2).isDigit() || !compact.at(3).isDigit())
        return false;
    return mod97(compact.mid(4) + compact.left(4)) == 1;
}

QString CreditorReference::printed(const QString &compact)
{
    QString out;
    for (qsizetype i = 0; i < compact.size(); i += 4) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += compact.mid(i, 4);
    }
    return out;
}
