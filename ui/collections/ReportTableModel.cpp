#include "ReportTableModel.h"

#include <QFont>

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ReportTableModel::setReport(const ReportTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(m_table.rows.size() + (m_table.totals.isEmpty() ? 0 : 1));
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.columns.size());
}

const QVariantList &ReportTableModel::rowAt(int row) const
{
    return row < m_table.rows.size() ? m_table.rows.at(row) : m_table.totals;
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const ReportColumn &column = m_table.columns.at(index.column());
    const QVariant value = rowAt(index.row()).value(index.column());
    const bool isTotal = index.row() >= m_table.rows.size();
    switch (role) {
    case Qt::DisplayRole:
        return m_table.cellText(column, value, m_locale);
    case Qt::UserRole:
        return value;
    case Qt::TextAlignmentRole:
        return static_cast<int>(column.kind == ReportColumn::Kind::Text ? Qt::AlignLeft | Qt::AlignVCenter
                                                                        : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotal) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return {};
    return m_table.columns.at(section).label;
}
