#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <functional>

// A read-only table over a list of plain rows (summaries from core), one column definition
// per column. The lists of the window are built from it instead of one hand-written model each.
template<typename Row>
class RowTableModel : public QAbstractTableModel
{
public:
    struct Column
    {
        Column(QString title, std::function<QVariant(const Row &)> display,
               Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter,
               std::function<QVariant(const Row &, int role)> extra = nullptr)
            : title(std::move(title)), display(std::move(display)), alignment(alignment), extra(std::move(extra))
        {
        }
        QString title;
        std::function<QVariant(const Row &)> display;
        Qt::Alignment alignment;
        std::function<QVariant(const Row &, int role)> extra; // other roles (colour, font, ...)
    };
    static constexpr Qt::Alignment Number = Qt::AlignRight | Qt::AlignVCenter;

    explicit RowTableModel(QList<Column> columns, QObject *parent = nullptr)
        : QAbstractTableModel(parent), m_columns(std::move(columns))
    {
    }

    void setRows(QList<Row> rows)
    {
        if (rows.size() == m_rows.size() && !m_rows.isEmpty()) {
            m_rows = std::move(rows);
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            return;
        }
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const QList<Row> &rows() const { return m_rows; }
    const Row *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }

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
        const Row &row = m_rows.at(index.row());
        if (role == Qt::DisplayRole)
            return column.display(row);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(column.alignment);
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

private:
    QList<Column> m_columns;
    QList<Row> m_rows;
};
