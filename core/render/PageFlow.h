#pragma once

#include <QList>
#include <QRectF>

#include <functional>

class QPainter;

// Pagination of a document's body: a flow of blocks and table rows, each of known height,
// laid out top to bottom onto as many pages as needed. Nothing is ever cut across pages:
// a block or row that does not fit moves whole to the next page. Tables repeat their header
// on each page they continue on; a table that carries an amount prints "Carried forward"
// with the running sum at the bottom of the page and "Brought forward" at the top of the
// next. Paint functions draw into the rectangle they are given (device units).
class PageFlow
{
public:
    using Paint = std::function<void(QPainter &, const QRectF &)>;
    // Draws the carried-forward (broughtForward = false) or brought-forward row.
    using CarryPaint = std::function<void(QPainter &, const QRectF &, qint64 amount, bool broughtForward)>;

    // Starts a table: its header is kept with the first row. carryHeight 0 = carries nothing.
    int beginTable(qreal headerHeight, Paint header, qreal carryHeight = 0, CarryPaint carry = {});
    void addRow(int table, qreal height, Paint paint, qint64 amount = 0);
    // A block; keepWithNext keeps it on the page of what follows (a heading).
    void addBlock(qreal height, Paint paint, bool keepWithNext = false);
    // Vertical space, dropped at the top of a page.
    void addSpace(qreal height);

    // Lays the flow out: page 1's body starts at firstTop, the others' at otherTop; all end at bottom.
    void layout(qreal firstTop, qreal otherTop, qreal bottom);
    int pageCount() const { return static_cast<int>(m_pages.size()); }
    void paintPage(QPainter &painter, int page, qreal width) const;

private:
    enum class Kind { Block, Space, TableHeader, TableRow };
    struct Item
    {
        Kind kind = Kind::Block;
        qreal height = 0;
        Paint paint;
        bool keepWithNext = false;
        int table = -1;
        qint64 amount = 0;
    };
    struct Table
    {
        qreal headerHeight = 0;
        Paint header;
        qreal carryHeight = 0;
        CarryPaint carry;
    };
    struct Placement
    {
        qreal y = 0;
        qreal height = 0;
        Paint paint;
    };

    bool isRowOf(int index, int table) const;

    QList<Item> m_items;
    QList<Table> m_tables;
    QList<QList<Placement>> m_pages;
    qreal m_bottom = 0;
};
