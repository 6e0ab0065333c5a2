#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One record of a CSV file. `row` is the record's number as a spreadsheet shows it: the header
// is row 1, the first data record row 2 (a quoted line break does not start a new row).
struct CsvRow
{
    int row = 0;
    QStringList cells;
};

// A decoded CSV file: how it was read, its header (trimmed, lower case) and its data rows.
struct CsvTable
{
    QString encoding; // "UTF-8", "UTF-8 with BOM", "UTF-16", "Windows-1252"
    QChar separator; // ',', ';' or '\t'
    QStringList header;
    QList<CsvRow> rows;

    // The index of a column by any of its names (lower case); -1 when absent.
    int column(const QStringList &names) const
    {
        for (const QString &name : names) {
            const qsizetype i = header.indexOf(name);
            if (i >= 0)
                return static_cast<int>(i);
        }
        return -1;
    }
};
