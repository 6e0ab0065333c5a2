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
    FACTURO_TRY(refuseControls(value, fieldName, multiLine));
    return value;
}

Status TextRules::refuseControls(const QString &text, const QString &fieldName, bool multiLine)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (multiLine && (c == u'\n' || c == u'\t'))
            continue;
        // Only a character that is refused is named (this runs over every character of every text
        // saved: building the name for each one cost a line of an invoice more than its SQL).
        const auto code = [c] {
            return QStringLiteral("U+%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
        };
        if (c == u'\n' || c == u'\r')
            return Error::invalid(tr("The %1 must be on one line.").arg(fieldName));
        // C0 (tab included where the text is one line), DEL and C1.
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
            return Error::invalid(tr("The %1 contains a control character (%2 at position %3): remove it.")
                                      .arg(fieldName, code())
                                      .arg(i + 1));
        // Bidirectional overrides and isolates: they make a text show in another order than it is
        // stored in (a reference or a name that reads differently from what is searched and sent).
        if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
            return Error::invalid(tr("The %1 contains a bidirectional control character (%2 at position %3), "
                                     "which would show the text in another order than it is stored: remove it.")
                                      .arg(fieldName, code())
                                      .arg(i + 1));
    }
    return {};
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
