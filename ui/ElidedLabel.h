#pragma once

#include <QLabel>

// Plain text on at most a few lines, wrapped between words; what still does not fit ends in
// "…" and the whole text shows as the tooltip. It asks only for a few characters of width, so
// a long customer name or a long translation never makes the window wider than the screen.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);
    explicit ElidedLabel(const QString &text, QWidget *parent = nullptr);

    void setMaximumLines(int lines);
    int maximumLines() const { return m_maximumLines; }
    // Whether the text is cut at the label's present width (then the tooltip shows it whole).
    bool isElided() const;
    // The lines shown at the label's present width.
    QStringList shownLines() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct Layout
    {
        QStringList lines;
        bool elided = false;
    };
    Layout layoutText(int width) const;
    QRect textArea() const;
    int horizontalMargins() const;
    int verticalMargins() const;
    int heightFor(int lines) const;

    int m_maximumLines = 1;
};
