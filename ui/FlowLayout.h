#pragma once

#include <QLayout>
#include <QList>

// Lays its items out left to right and starts a new row when the next one does not fit, so that
// a row of buttons or filters wraps instead of widening the window (long French and German
// labels, 1024-pixel screens). Its minimum width is that of its widest item.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    // Each row starts at the right edge (a header's buttons), not the left.
    void setRightAligned(bool right) { m_rightAligned = right; }

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (or only measures, when apply is false); returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_gap;
    bool m_rightAligned = false;
};
