#include "FlowTable.h"

#include "PageFlow.h"
#include "RenderContext.h"

#include <QPainter>

FlowTable::FlowTable(const RenderContext &context, QList<Column> columns)
    : m_context(context), m_columns(std::move(columns)), m_cellPadding(context.pt(4))
{
    qreal fixed = 0;
    int flexible = -1;
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).width <= 0)
            flexible = i;
        else
            fixed += m_columns.at(i).width;
    }
    if (flexible >= 0)
        m_columns[flexible].width = qMax(context.width() - fixed, context.pt(60));
}

void FlowTable::setCarryForward(const QString &carriedLabel, const QString &broughtLabel)
{
    m_carriedLabel = carriedLabel;
    m_broughtLabel = broughtLabel;
}

void FlowTable::addRow(const QStringList &cells, qint64 amount, bool emphasised)
{
    m_rows.append({cells, amount, emphasised});
}

QList<qreal> FlowTable::columnLefts() const
{
    QList<qreal> lefts;
    qreal x = 0;
    for (const Column &column : m_columns) {
        lefts.append(x);
        x += column.width;
    }
    return lefts;
}

QList<QStringList> FlowTable::wrappedCells(const Row &row) const
{
    const QFont font = row.emphasised ? m_context.bodyBold() : m_context.body();
    QList<QStringList> cells;
    for (int c = 0; c < m_columns.size() && c < row.cells.size(); ++c)
        cells.append(m_context.wrap(font, m_columns.at(c).width - 2 * m_cellPadding, row.cells.at(c)));
    return cells;
}

qreal FlowTable::rowHeight(const Row &row, const QList<QStringList> &wrapped) const
{
    const QFont font = row.emphasised ? m_context.bodyBold() : m_context.body();
    qsizetype lines = 1;
    for (const QStringList &cell : wrapped)
        lines = qMax(lines, cell.size());
    return lines * m_context.lineHeight(font) + 2 * m_context.pt(3.5);
}

void FlowTable::addTo(PageFlow &flow) const
{
    const RenderContext *ctx = &m_context;
    const QList<Column> columns = m_columns;
    const QList<qreal> lefts = columnLefts();
    const qreal padding = m_cellPadding;
    const qreal vertical = ctx->pt(3.5);

    const qreal headerHeight = ctx->lineHeight(ctx->smallBold()) + 2 * ctx->pt(4);
    const PageFlow::Paint header = [ctx, columns, lefts, padding](QPainter &p, const QRectF &r) {
        for (int c = 0; c < columns.size(); ++c) {
            const QRectF cell(r.left() + lefts.at(c) + padding, r.top(), columns.at(c).width - 2 * padding, r.height());
            RenderContext::drawText(p, cell, int(columns.at(c).alignment | Qt::AlignVCenter), columns.at(c).title,
                                    ctx->smallBold(), ctx->accent());
        }
        ctx->drawRule(p, r.bottom() - ctx->pt(1), r.left(), r.right(), ctx->accent(), 1);
    };

    PageFlow::CarryPaint carry;
    qreal carryHeight = 0;
    if (!m_carriedLabel.isEmpty()) {
        carryHeight = ctx->lineHeight(ctx->bodyBold()) + 2 * vertical;
        const QString carried = m_carriedLabel;
        const QString brought = m_broughtLabel;
        carry = [ctx, columns, lefts, padding, carried, brought](QPainter &p, const QRectF &r, qint64 amount,
                                                                 bool broughtForward) {
            p.fillRect(r, QColor(0xf3, 0xf3, 0xf3));
            const int last = static_cast<int>(columns.size()) - 1;
            const QRectF labelRect(r.left() + padding, r.top(), lefts.at(last) - 2 * padding, r.height());
            RenderContext::drawText(p, labelRect, Qt::AlignLeft | Qt::AlignVCenter, broughtForward ? brought : carried,
                                    ctx->font(9, false, true), RenderContext::ink());
            const QRectF amountRect(r.left() + lefts.at(last) + padding, r.top(), columns.at(last).width - 2 * padding,
                                    r.height());
            RenderContext::drawText(p, amountRect, Qt::AlignRight | Qt::AlignVCenter, ctx->format().money(amount),
                                    ctx->bodyBold(), RenderContext::ink());
        };
    }

    const int table = flow.beginTable(headerHeight, header, carryHeight, carry);
    for (const Row &row : m_rows) {
        // Wrapped once: the row's height and its painting use the same lines.
        const QList<QStringList> cells = wrappedCells(row);
        const bool emphasised = row.emphasised;
        flow.addRow(table, rowHeight(row, cells),
                    [ctx, columns, lefts, padding, vertical, cells, emphasised](QPainter &p, const QRectF &r) {
                        const QFont font = emphasised ? ctx->bodyBold() : ctx->body();
                        for (int c = 0; c < columns.size() && c < cells.size(); ++c)
                            ctx->drawLines(p, r.left() + lefts.at(c) + padding, r.top() + vertical,
                                           columns.at(c).width - 2 * padding, int(columns.at(c).alignment),
                                           cells.at(c), font, RenderContext::ink());
                        ctx->drawRule(p, r.bottom() - ctx->pt(0.5), r.left(), r.right(), QColor(0xe2, 0xe2, 0xe2), 0.5);
                    },
                    row.amount);
    }
}
