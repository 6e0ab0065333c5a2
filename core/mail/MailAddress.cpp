#include "MailAddress.h"

#include <QUrl>

namespace {

// RFC 5322 atext, the characters of a dot-atom local part.
bool isAtext(QChar c)
{
    if (c.unicode() > 0x7e)
        return false;
    if (c.isLetterOrNumber())
        return true;
    return QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(char(c.unicode()));
}

bool hasLineBreak(const QString &text)
{
    return text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
}

bool hasControlCharacter(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

bool isValidDomainLabel(const QString &label)
{
    if (label.isEmpty() || label.size() > 63)
        return false;
    if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
        return false;
    for (QChar c : label) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || c == QLatin1Char('-');
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

Result<QString> MailAddress::validateAddress(const QString &address)
{
    if (hasLineBreak(address))
        return Error::invalid(tr("The e-mail address contains a line break."));
    if (address.isEmpty())
        return Error::invalid(tr("The e-mail address is empty."));
    if (hasControlCharacter(address) || address.contains(QLatin1Char(' ')))
        return Error::invalid(tr("The e-mail address \"%1\" contains spaces or control characters.").arg(address));

    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1)
        return Error::invalid(tr("\"%1\" is not an e-mail address (expected name@domain).").arg(address));

    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    if (local.size() > 64)
        return Error::invalid(tr("The part before @ in \"%1\" is longer than 64 characters.").arg(address));
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) || local.contains(QStringLiteral("..")))
        return Error::invalid(tr("The part before @ in \"%1\" has a misplaced dot.").arg(address));
    for (QChar c : local) {
        if (c != QLatin1Char('.') && !isAtext(c))
            return Error::invalid(
                tr("The part before @ in \"%1\" contains the character \"%2\", which is not allowed.").arg(address, c));
    }

    const QByteArray ace = QUrl::toAce(domain, QUrl::IgnoreIDNWhitelist);
    const QString asciiDomain = QString::fromLatin1(ace);
    const QStringList labels = asciiDomain.split(QLatin1Char('.'));
    bool domainOk = !ace.isEmpty() && asciiDomain.size() <= 253 && labels.size() >= 2;
    for (const QString &label : labels)
        domainOk = domainOk && isValidDomainLabel(label);
    if (domainOk) {
        const QString &topLevel = labels.constLast();
        bool allDigits = true;
        for (QChar c : topLevel)
            allDigits = allDigits && c.isDigit();
        domainOk = !allDigits;
    }
    if (!domainOk)
        return Error::invalid(tr("The domain \"%1\" of the e-mail address is not valid.").arg(domain));

    const QString normalised = local + QLatin1Char('@') + asciiDomain;
    if (normalised.size() > 254)
        return Error::invalid(tr("The e-mail address \"%1\" is too long.").arg(address));
    return normalised;
}

Status MailAddress::validateDisplayName(const QString &displayName)
{
    if (hasLineBreak(displayName))
        return Error::invalid(tr("The name \"%1\" contains a line break.").arg(displayName.simplified()));
    if (hasControlCharacter(displayName))
        return Error::invalid(tr("The name \"%1\" contains control characters.").arg(displayName.simplified()));
    if (displayName.size() > 200)
        return Error::invalid(tr("The name \"%1\" is longer than 200 characters.").arg(displayName.left(40)));
    return {};
}

Result<MailAddress> MailAddress::create(const QString &displayName, const QString &address)
{
    FACTURO_TRY(validateDisplayName(displayName));
    Result<QString> normalised = validateAddress(address.trimmed());
    if (!normalised)
        return normalised.error();
    return MailAddress(displayName.trimmed(), normalised.value());
}

Result<MailAddress> MailAddress::parse(const QString &text)
{
    if (hasLineBreak(text))
        return Error::invalid(tr("The e-mail address contains a line break."));
    const QString trimmed = text.trimmed();
    const qsizetype open = trimmed.lastIndexOf(QLatin1Char('<'));
    if (open < 0)
        return create(QString(), trimmed);
    if (!trimmed.endsWith(QLatin1Char('>')))
        return Error::invalid(tr("\"%1\" is not an e-mail address (a \">\" is missing at the end).").arg(trimmed));

    QString name = trimmed.left(open).trimmed();
    const QString address = trimmed.mid(open + 1, trimmed.size() - open - 2);
    if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"'))) {
        const QString quoted = name.mid(1, name.size() - 2);
        name.clear();
        for (qsizetype i = 0; i < quoted.size(); ++i) {
            if (quoted.at(i) == QLatin1Char('\\') && i + 1 < quoted.size())
                ++i;
            name += quoted.at(i);
        }
    }
    return create(name, address);
}

QString MailAddress::toDisplayString() const
{
    if (m_displayName.isEmpty())
        return m_address;
    return m_displayName + QStringLiteral(" <") + m_address + QLatin1Char('>');
}
