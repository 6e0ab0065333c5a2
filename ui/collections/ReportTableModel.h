#pragma once

#include "ReportTable.h"

#include <QAbstractTableModel>
#include <QLocale>

// A report's rows, then its totals row (bold), for a QTableView. Cells are shown in the user's
// locale; Qt::UserRole gives the exact value (minor units, scaled integers) for sorting.
// sort() orders the rows by those values (a header clicked); the totals row stays last, and
// column -1 gives the report's own order back.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ReportTableModel(QObject *parent = nullptr);

    void setReport(const ReportTable &table);
    const ReportTable &report() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    const QVariantList &rowAt(int row) const;
    void applySort();

    ReportTable m_table;
    QList<QVariantList> m_reportOrder; // the rows as the report gave them
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QLocale m_locale;
};
