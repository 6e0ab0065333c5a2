#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QPartialOrdering>

#include <algorithm>
#include <functional>
#include <numeric>

// A read-only table over a list of plain rows (summaries from core), one column definition
// per column. The lists of the window are built from it instead of one hand-written model each.
// A click on a column header sorts the rows (sort()) by the column's sort key, the value itself
// (an amount in minor units, a date), never its display text: €1,000.00 comes after €999.00.
// Without a sort key a column sorts by its display text, compared as people read it. Rows
// keep their place in the order given to setRows() when the sort is cleared (column -1).
template<typename Row>
class RowTableModel : public QAbstractTableModel
{
public:
    using Value = std::function<QVariant(const Row &)>;
    struct Column
    {
        Column(QString title, Value display, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter,
               std::function<QVariant(const Row &, int role)> extra = nullptr, Value sortKey = nullptr)
            : title(std::move(title)), display(std::move(display)), alignment(alignment), extra(std::move(extra)),
              sortKey(std::move(sortKey))
        {
        }
        QString title;
        Value display;
        Qt::Alignment alignment;
        std::function<QVariant(const Row &, int role)> extra; // other roles (colour, font, ...)
        Value sortKey; // none: the display text
    };
    static constexpr Qt::Alignment Number = Qt::AlignRight | Qt::AlignVCenter;
    enum Role { SortRole = Qt::UserRole + 100 };

    explicit RowTableModel(QList<Column> columns, QObject *parent = nullptr)
        : QAbstractTableModel(parent), m_columns(std::move(columns))
    {
    }

    void setRows(QList<Row> rows)
    {
        if (rows.size() == m_rows.size() && !m_rows.isEmpty()) {
            m_rows = std::move(rows);
            m_order = sortedOrder();
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            return;
        }
        beginResetModel();
        m_rows = std::move(rows);
        m_order = sortedOrder();
        endResetModel();
    }
    // The rows in the order given to setRows().
    const QList<Row> &rows() const { return m_rows; }
    // The row shown at `row`, in the list's current order.
    const Row *rowAt(int row) const { return row >= 0 && row < m_order.size() ? &m_rows.at(m_order.at(row)) : nullptr; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Column &column = m_columns.at(index.column());
        const Row &row = *rowAt(index.row());
        if (role == Qt::DisplayRole)
            return column.display(row);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(column.alignment);
        if (role == SortRole)
            return column.sortKey ? column.sortKey(row) : column.display(row);
        if (column.extra)
            return column.extra(row, role);
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_columns.at(section).title;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(m_columns.at(section).alignment);
        return {};
    }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override
    {
        m_sortColumn = column >= 0 && column < m_columns.size() ? column : -1;
        m_sortOrder = order;
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QList<int> before = m_order;
        m_order = sortedOrder();
        QList<int> rowOf(m_order.size());
        for (int row = 0; row < m_order.size(); ++row)
            rowOf[m_order.at(row)] = row;
        const QModelIndexList persistent = persistentIndexList();
        QModelIndexList moved;
        for (const QModelIndex &old : persistent)
            moved << index(rowOf.at(before.at(old.row())), old.column());
        changePersistentIndexList(persistent, moved);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // -1, 0, 1 as a sort key is below, equal to or above another; no value sorts first.
    static int compareKeys(const QVariant &a, const QVariant &b)
    {
        if (!a.isValid() || !b.isValid())
            return int(a.isValid()) - int(b.isValid());
        if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
            return std::clamp(QString::localeAwareCompare(a.toString(), b.toString()), -1, 1);
        const QPartialOrdering ordering = QVariant::compare(a, b);
        return ordering == QPartialOrdering::Less ? -1 : ordering == QPartialOrdering::Greater ? 1 : 0;
    }

private:
    QList<int> sortedOrder() const
    {
        QList<int> order(m_rows.size());
        std::iota(order.begin(), order.end(), 0);
        if (m_sortColumn < 0)
            return order;
        const Column &column = m_columns.at(m_sortColumn);
        QList<QVariant> keys;
        keys.reserve(m_rows.size());
        for (const Row &row : m_rows)
            keys << (column.sortKey ? column.sortKey(row) : column.display(row));
        const bool descending = m_sortOrder == Qt::DescendingOrder;
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const int c = compareKeys(keys.at(a), keys.at(b));
            return descending ? c > 0 : c < 0;
        });
        return order;
    }

    QList<Column> m_columns;
    QList<Row> m_rows;
    QList<int> m_order; // shown row → index in m_rows
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
