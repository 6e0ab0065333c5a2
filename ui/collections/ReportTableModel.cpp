#include "ReportTableModel.h"

#include <QFont>
#include <QPartialOrdering>

#include <algorithm>

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ReportTableModel::setReport(const ReportTable &table)
{
    beginResetModel();
    m_table = table;
    m_reportOrder = m_table.rows;
    applySort();
    endResetModel();
}

void ReportTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = std::max(column, -1); // kept for the next report when this one has fewer columns
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QVariantList> keys; // what each persistent index showed, to find its row again
    for (const QModelIndex &index : before)
        keys << rowAt(index.row());
    const qsizetype rows = m_table.rows.size();
    applySort();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int old = before.at(i).row();
        const int row = old >= rows ? old : static_cast<int>(m_table.rows.indexOf(keys.at(i)));
        after << index(row, before.at(i).column());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ReportTableModel::applySort()
{
    m_table.rows = m_reportOrder;
    if (m_sortColumn < 0 || m_sortColumn >= columnCount())
        return;
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(m_table.rows.begin(), m_table.rows.end(), [&](const QVariantList &a, const QVariantList &b) {
        const QVariant x = a.value(column), y = b.value(column);
        int c = 0;
        if (!x.isValid() || !y.isValid())
            c = int(x.isValid()) - int(y.isValid());
        else if (x.typeId() == QMetaType::QString && y.typeId() == QMetaType::QString)
            c = QString::localeAwareCompare(x.toString(), y.toString());
        else {
            const QPartialOrdering o = QVariant::compare(x, y);
            c = o == QPartialOrdering::Less ? -1 : o == QPartialOrdering::Greater ? 1 : 0;
        }
        return descending ? c > 0 : c < 0;
    });
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
