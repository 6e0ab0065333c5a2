#include "SmtpCapabilities.h"

SmtpCapabilities SmtpCapabilities::fromEhloReply(const SmtpReply &reply)
{
    SmtpCapabilities capabilities;
    // The first line is the server's name and greeting, not an extension.
    for (qsizetype i = 1; i < reply.lines().size(); ++i) {
        QStringList words = reply.lines().at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        const QString keyword = words.takeFirst().toUpper();
        // Old servers announce "AUTH=LOGIN PLAIN" as well: treat it as AUTH.
        if (keyword.startsWith(QStringLiteral("AUTH="))) {
            QStringList mechanisms = capabilities.m_extensions.value(QStringLiteral("AUTH"));
            mechanisms.append(keyword.mid(5));
            mechanisms.append(words);
            capabilities.m_extensions.insert(QStringLiteral("AUTH"), mechanisms);
            continue;
        }
        if (keyword == QStringLiteral("AUTH"))
            words.append(capabilities.m_extensions.value(keyword));
        capabilities.m_extensions.insert(keyword, words);
    }
    return capabilities;
}

qint64 SmtpCapabilities::sizeLimit() const
{
    const QStringList parameters = m_extensions.value(QStringLiteral("SIZE"));
    if (parameters.isEmpty())
        return 0;
    bool ok = false;
    const qint64 limit = parameters.constFirst().toLongLong(&ok);
    return ok && limit > 0 ? limit : 0;
}

QStringList SmtpCapabilities::authMechanisms() const
{
    QStringList mechanisms;
    for (const QString &mechanism : m_extensions.value(QStringLiteral("AUTH"))) {
        if (!mechanisms.contains(mechanism.toUpper()))
            mechanisms.append(mechanism.toUpper());
    }
    return mechanisms;
}
