#include "FlowLayout.h"

#include <QWidget>

FlowLayout::FlowLayout(QWidget *parent, int spacing) : QLayout(parent), m_gap(spacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return static_cast<int>(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One row when there is room for it.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += (width > 0 ? m_gap : 0) + item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    // Rows first, then each row placed from the left or, aligned right, from the right.
    struct Placed
    {
        QLayoutItem *item;
        QSize size;
    };
    QList<QList<Placed>> rows {{}};
    int x = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint().boundedTo(QSize(area.width(), QWIDGETSIZE_MAX)).expandedTo(item->minimumSize());
        if (x > 0 && x + hint.width() > area.width()) {
            rows.append(QList<Placed>());
            x = 0;
        }
        rows.last().append(Placed {item, hint});
        x += hint.width() + m_gap;
    }
    int y = area.y();
    for (const QList<Placed> &row : std::as_const(rows)) {
        int width = 0;
        int height = 0;
        for (const Placed &p : row) {
            width += (width > 0 ? m_gap : 0) + p.size.width();
            height = std::max(height, p.size.height());
        }
        int left = m_rightAligned ? area.right() + 1 - width : area.x();
        if (apply)
            for (const Placed &p : row) {
                p.item->setGeometry(QRect(QPoint(left, y), p.size));
                left += p.size.width() + m_gap;
            }
        y += height + (height > 0 ? m_gap : 0);
    }
    const QMargins margins = contentsMargins();
    return std::max(0, y - m_gap - rect.y()) + margins.bottom();
}
