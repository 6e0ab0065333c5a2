#include "CsvWriter.h"

#include <QBuffer>
#include <QRegularExpression>

bool CsvWriter::isPlainNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+([.,][0-9]+)?$"));
    return number.match(text).hasMatch();
}

QString CsvWriter::neutralised(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.at(0);
    const bool risky = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
    if (!risky || isPlainNumber(text))
        return text;
    return QLatin1Char('\'') + text;
}

QString CsvWriter::cell(const QString &text) const
{
    QString value = neutralised(text);
    if (!m_quote) {
        // FEC: no quoting; separators and line breaks inside a field become spaces.
        for (QChar &c : value)
            if (c == m_separator || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                c = QLatin1Char(' ');
        return value;
    }
    if (value.contains(m_separator) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r')) || value.startsWith(QLatin1Char(' '))
        || value.endsWith(QLatin1Char(' '))) {
        value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

Status CsvWriter::writeBom()
{
    if (m_device.write("\xEF\xBB\xBF", 3) != 3)
        return Error::storage(tr("Could not write the file: %1").arg(m_device.errorString()));
    return {};
}

Status CsvWriter::writeRow(const QStringList &cells)
{
    QString text;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            text += m_separator;
        text += cell(cells.at(i));
    }
    text += QStringLiteral("\r\n");
    const QByteArray bytes = text.toUtf8();
    if (m_device.write(bytes) != bytes.size())
        return Error::storage(tr("Could not write the file: %1").arg(m_device.errorString()));
    ++m_rows;
    return {};
}

QString CsvWriter::line(const QStringList &cells, QChar separator)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, separator);
    (void)writer.writeRow(cells);
    QString text = QString::fromUtf8(buffer.data());
    text.chop(2);
    return text;
}
