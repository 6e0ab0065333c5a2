#include "PageFlow.h"

#include <QPainter>

int PageFlow::beginTable(qreal headerHeight, Paint header, qreal carryHeight, CarryPaint carry)
{
    m_tables.append(Table{headerHeight, header, carry ? carryHeight : 0, std::move(carry)});
    const int table = static_cast<int>(m_tables.size()) - 1;
    Item item;
    item.kind = Kind::TableHeader;
    item.height = headerHeight;
    item.paint = std::move(header);
    item.keepWithNext = true;
    item.table = table;
    m_items.append(std::move(item));
    return table;
}

void PageFlow::addRow(int table, qreal height, Paint paint, qint64 amount)
{
    Item item;
    item.kind = Kind::TableRow;
    item.height = height;
    item.paint = std::move(paint);
    item.table = table;
    item.amount = amount;
    m_items.append(std::move(item));
}

void PageFlow::addBlock(qreal height, Paint paint, bool keepWithNext)
{
    Item item;
    item.height = height;
    item.paint = std::move(paint);
    item.keepWithNext = keepWithNext;
    m_items.append(std::move(item));
}

void PageFlow::addSpace(qreal height)
{
    Item item;
    item.kind = Kind::Space;
    item.height = height;
    m_items.append(std::move(item));
}

bool PageFlow::isRowOf(int index, int table) const
{
    return index >= 0 && index < m_items.size() && m_items.at(index).kind == Kind::TableRow
        && m_items.at(index).table == table;
}

void PageFlow::layout(qreal firstTop, qreal otherTop, qreal bottom)
{
    m_pages.clear();
    m_pages.append(QList<Placement>());
    m_bottom = bottom;
    qreal y = firstTop;
    bool pageHasContent = false;
    QList<qint64> running(m_tables.size(), 0);

    const auto place = [&](qreal height, const Paint &paint) {
        m_pages.last().append(Placement{y, height, paint});
        y += height;
        pageHasContent = true;
    };

    for (int i = 0; i < m_items.size(); ++i) {
        const Item &item = m_items.at(i);
        if (item.kind == Kind::Space) {
            if (pageHasContent)
                y = qMin(y + item.height, bottom);
            continue;
        }
        // What must go on this page together: the item and whatever it is kept with.
        qreal needed = item.height;
        int last = i;
        while (m_items.at(last).keepWithNext && last + 1 < m_items.size()) {
            ++last;
            needed += m_items.at(last).height;
        }
        // A row that is not its table's last must leave room for the carried-forward row.
        const Item &lastItem = m_items.at(last);
        const bool carries = lastItem.kind == Kind::TableRow && m_tables.at(lastItem.table).carryHeight > 0;
        if (carries && isRowOf(last + 1, lastItem.table))
            needed += m_tables.at(lastItem.table).carryHeight;

        if (y + needed > bottom && pageHasContent) {
            const bool continuesTable = item.kind == Kind::TableRow;
            const Table *table = continuesTable ? &m_tables.at(item.table) : nullptr;
            const qint64 sum = continuesTable ? running.at(item.table) : 0;
            if (table && table->carryHeight > 0) {
                const CarryPaint carry = table->carry;
                place(table->carryHeight, [carry, sum](QPainter &p, const QRectF &r) { carry(p, r, sum, false); });
            }
            m_pages.append(QList<Placement>());
            y = otherTop;
            pageHasContent = false;
            if (table) {
                place(table->headerHeight, table->header);
                if (table->carryHeight > 0) {
                    const CarryPaint carry = table->carry;
                    place(table->carryHeight, [carry, sum](QPainter &p, const QRectF &r) { carry(p, r, sum, true); });
                }
            }
        }
        place(item.height, item.paint);
        if (item.kind == Kind::TableRow)
            running[item.table] += item.amount;
    }
}

void PageFlow::paintPage(QPainter &painter, int page, qreal width) const
{
    if (page < 0 || page >= m_pages.size())
        return;
    // A single block taller than a page (a runaway description) is cut at the footer, not over it.
    painter.save();
    painter.setClipRect(QRectF(0, 0, width, m_bottom));
    for (const Placement &placement : m_pages.at(page)) {
        if (placement.paint)
            placement.paint(painter, QRectF(0, placement.y, width, placement.height));
    }
    painter.restore();
}
