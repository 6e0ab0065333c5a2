#include "DirectDebitCreditorId.h"

#include "CountryCodes.h"

#include <QRegularExpression>

namespace {
// The remainder mod 97 of the digits of `text`, letters counting 10..35; -1 for another character.
int mod97(const QString &text)
{
    int remainder = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            remainder = (remainder * 10 + (u - u'0')) % 97;
        else if (u >= u'A' && u <= u'Z')
            remainder = (remainder * 100 + (u - u'A' + 10)) % 97;
        else
            return -1;
    }
    return remainder;
}
} // namespace

QString DirectDebitCreditorId::normalized(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (!c.isSpace())
            out += c.toUpper();
    return out;
}

QString DirectDebitCreditorId::checkDigits(const QString &country, const QString &nationalId)
{
    const int r = mod97(nationalId + country + QStringLiteral("00"));
    if (r < 0)
        return {};
    return QStringLiteral("%1").arg(98 - r, 2, 10, QLatin1Char('0'));
}

Result<QString> DirectDebitCreditorId::validated(const QString &text)
{
    const QString id = normalized(text);
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}[0-9]{2}[A-Z0-9]{3}[A-Z0-9]{1,28}$"));
    if (!shape.match(id).hasMatch())
        return Error::invalid(tr("%1 is not a SEPA creditor identifier: it is a country code, two check digits, a "
                                 "three-character business code (ZZZ) and the national identifier, e.g. "
                                 "DE98ZZZ09999999999.")
                                  .arg(text.trimmed()));
    const QString country = id.left(2);
    if (!CountryCodes::isKnown(country))
        return Error::invalid(
            tr("The creditor identifier %1 starts with %2, which is not a country code.").arg(id, country));
    const QString expected = checkDigits(country, id.mid(7));
    if (expected != id.mid(2, 2))
        return Error::invalid(tr("The check digits of the creditor identifier %1 are wrong (%2 expected): is it "
                                 "mistyped?")
                                  .arg(id, expected));
    return id;
}

bool DirectDebitCreditorId::isSepaIdentifier(const QString &text)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9+?/\\-:().,' ]{1,35}$"));
    return allowed.match(text).hasMatch() && !text.startsWith(QLatin1Char('/')) && !text.contains(QLatin1String("//"));
}

bool DirectDebitCreditorId::isBic(const QString &text)
{
    static const QRegularExpression bic(QStringLiteral("^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$"));
    return bic.match(text).hasMatch();
}
