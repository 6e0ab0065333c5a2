#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

// Writes CSV (or the tab-separated FEC) that spreadsheets open safely: a cell a spreadsheet
// would run as a formula (leading = + - @, tab or carriage return) gets a leading apostrophe,
// unless it is a plain number such as -12.50; cells holding the separator, a quote or a line
// break are quoted (RFC 4180). Rows end with CRLF. Written as UTF-8, with a BOM when asked (for
// spreadsheet programs that otherwise guess a legacy encoding).
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    CsvWriter(QIODevice &device, QChar separator = QLatin1Char(','), bool quoteWhenNeeded = true)
        : m_device(device)
        , m_separator(separator)
        , m_quote(quoteWhenNeeded)
    { }

    Status writeBom();
    Status writeRow(const QStringList &cells);
    qint64 rowsWritten() const { return m_rows; }

    // The cell as written: neutralised, then quoted when needed.
    QString cell(const QString &text) const;
    static QString neutralised(const QString &text);
    static bool isPlainNumber(const QString &text);
    // One row of text, without its line end (for tests and previews).
    static QString line(const QStringList &cells, QChar separator = QLatin1Char(','));

private:
    QIODevice &m_device;
    QChar m_separator;
    bool m_quote;
    qint64 m_rows = 0;
};
