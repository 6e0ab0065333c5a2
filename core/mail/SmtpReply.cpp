#include "SmtpReply.h"

QString SmtpReply::summary() const
{
    QString text = QString::number(m_code);
    for (const QString &line : m_lines) {
        if (!line.isEmpty())
            text += QLatin1Char(' ') + line;
    }
    return text;
}
