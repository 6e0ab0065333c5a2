#pragma once

#include "CsvTable.h"
#include "FixedDecimal.h"
#include "ImportReport.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

// Reads the cells of one CSV row by column name and reports each bad cell as an issue naming
// the row and the field. Decimal commas ("12,50") are accepted when the file's separator is
// not a comma; thousands separators never are.
class ImportRowReader
{
    Q_DECLARE_TR_FUNCTIONS(ImportRowReader)
public:
    ImportRowReader(const CsvTable &table, const CsvRow &row, QList<ImportIssue> &issues)
        : m_table(table)
        , m_row(row)
        , m_issues(issues)
    { }

    int row() const { return m_row.row; }
    // The trimmed text of the first of `names` present in the header (empty when none).
    QString text(const QStringList &names) const;
    // Like text(), but an empty cell is an issue naming the first name.
    QString required(const QStringList &names);
    std::optional<int> integer(const QStringList &names, int min, int max);
    std::optional<bool> flag(const QStringList &names);
    std::optional<QDate> date(const QStringList &names, bool required);

    template<typename T>
    std::optional<T> decimal(const QStringList &names, bool required, bool allowNegative)
    {
        const QString cell = text(names);
        if (cell.isEmpty()) {
            if (required)
                issue(names.first(), tr("is empty"));
            return std::nullopt;
        }
        auto parsed = T::parse(cell, allowNegative, m_table.separator != QLatin1Char(','));
        if (!parsed) {
            issue(names.first(), tr("\"%1\" is not a valid number: %2").arg(cell, parsed.message()));
            return std::nullopt;
        }
        return parsed.value();
    }

    void issue(const QString &field, const QString &message);
    int issueCount() const { return static_cast<int>(m_issues.size()); }

private:
    const CsvTable &m_table;
    const CsvRow &m_row;
    QList<ImportIssue> &m_issues;
};
