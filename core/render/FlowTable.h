#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class PageFlow;
class RenderContext;

// A table of text cells added to a PageFlow: a header in the accent colour repeated on every
// page, rows that word-wrap and never split, numeric columns right-aligned. With
// setCarryForward() it prints carried/brought-forward subtotals of the rows' amounts at page
// breaks (the amount is shown in the last column).
class FlowTable
{
public:
    struct Column
    {
        QString title;
        qreal width = 0; // device units; 0 = takes the remaining width (at most one column)
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    FlowTable(const RenderContext &context, QList<Column> columns);

    void setCarryForward(const QString &carriedLabel, const QString &broughtLabel);
    void addRow(const QStringList &cells, qint64 amount = 0, bool emphasised = false);
    int rowCount() const { return static_cast<int>(m_rows.size()); }

    void addTo(PageFlow &flow) const;

private:
    struct Row
    {
        QStringList cells;
        qint64 amount = 0;
        bool emphasised = false;
    };

    QList<qreal> columnLefts() const;
    QList<QStringList> wrappedCells(const Row &row) const; // each cell's lines as printed
    qreal rowHeight(const Row &row, const QList<QStringList> &wrapped) const;

    const RenderContext &m_context;
    QList<Column> m_columns;
    QList<Row> m_rows;
    QString m_carriedLabel;
    QString m_broughtLabel;
    qreal m_cellPadding = 0;
};
