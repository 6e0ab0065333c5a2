#include "BelgianReference.h"

namespace {
bool allDigits(const QString &text)
{
    for (const QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

int checkOf(const QString &tenDigits)
{
    const int remainder = static_cast<int>(tenDigits.toLongLong() % 97);
    return remainder == 0 ? 97 : remainder;
}
} // namespace

Result<QString> BelgianReference::make(const QString &tenDigits)
{
    if (tenDigits.size() != 10 || !allDigits(tenDigits))
        return Error::invalid(tr("A Belgian structured communication is made of ten digits, not \"%1\".").arg(tenDigits));
    return tenDigits + QStringLiteral("%1").arg(checkOf(tenDigits), 2, 10, QLatin1Char('0'));
}

bool BelgianReference::isValid(const QString &digits)
{
    return digits.size() == 12 && allDigits(digits) && checkOf(digits.left(10)) == digits.mid(10).toInt();
}

QString BelgianReference::printed(const QString &digits)
{
    return QStringLiteral("+++%1/%2/%3+++").arg(digits.left(3), digits.mid(3, 4), digits.mid(7));
}
