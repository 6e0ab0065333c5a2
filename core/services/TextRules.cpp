#include "TextRules.h"

#include <QRegularExpression>

Result<QString> TextRules::clean(const QString &text, const QString &fieldName, int maxLength, bool required,
                                 bool multiLine)
{
    QString value = text.trimmed();
    if (multiLine)
        value.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (required && value.isEmpty())
        return Error::invalid(tr("The %1 is required.").arg(fieldName));
    if (value.size() > maxLength)
        return Error::invalid(tr("The %1 is too long (at most %2 characters).").arg(fieldName).arg(maxLength));
    for (const QChar c : std::as_const(value)) {
        if (c == QLatin1Char('\n') && multiLine)
            continue;
        if (c.category() == QChar::Other_Control)
            return Error::invalid(multiLine ? tr("The %1 contains a control character.").arg(fieldName)
                                            : tr("The %1 must be on one line.").arg(fieldName));
    }
    return value;
}

bool TextRules::isValidEmail(const QString &address)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    return address.size() <= 254 && re.match(address).hasMatch() && !address.contains(QStringLiteral(".."));
}

Result<QString> TextRules::language(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("en") || c == QLatin1String("fr") || c == QLatin1String("de"))
        return c;
    return Error::invalid(tr("Unknown language \"%1\": Facturo prints documents in en, fr or de.").arg(code));
}
