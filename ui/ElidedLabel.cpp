#include "ElidedLabel.h"

#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>

ElidedLabel::ElidedLabel(QWidget *parent)
    : ElidedLabel(QString(), parent)
{ }

ElidedLabel::ElidedLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ElidedLabel::setMaximumLines(int lines)
{
    m_maximumLines = std::max(1, lines);
    updateGeometry();
    update();
}

bool ElidedLabel::isElided() const
{
    return layoutText(textArea().width()).elided;
}

QStringList ElidedLabel::shownLines() const
{
    return layoutText(textArea().width()).lines;
}

QRect ElidedLabel::textArea() const
{
    return contentsRect().adjusted(margin(), margin(), -margin(), -margin());
}

ElidedLabel::Layout ElidedLabel::layoutText(int width) const
{
    QString text = this->text();
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QFontMetrics metrics(font());
    Layout result;
    QTextLayout layout(text, font());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        if (result.lines.size() == m_maximumLines - 1) { // the last line takes the rest, cut if need be
            const QString rest = text.mid(line.textStart());
            const QString shown = metrics.elidedText(rest, Qt::ElideRight, width);
            result.lines << shown;
            result.elided = shown != rest;
            break;
        }
        line.setLineWidth(width);
        result.lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return result;
}

int ElidedLabel::horizontalMargins() const
{
    const QMargins m = contentsMargins();
    return m.left() + m.right() + 2 * (frameWidth() + margin());
}

int ElidedLabel::verticalMargins() const
{
    const QMargins m = contentsMargins();
    return m.top() + m.bottom() + 2 * (frameWidth() + margin());
}

int ElidedLabel::heightFor(int lines) const
{
    const QFontMetrics metrics(font());
    return metrics.height() + (std::max(1, lines) - 1) * metrics.lineSpacing() + verticalMargins();
}

QSize ElidedLabel::sizeHint() const
{
    ensurePolished();
    QString text = this->text();
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return {QFontMetrics(font()).horizontalAdvance(text) + horizontalMargins(), heightFor(1)};
}

QSize ElidedLabel::minimumSizeHint() const
{
    ensurePolished();
    const int few = QFontMetrics(font()).averageCharWidth() * 6 + horizontalMargins();
    return {std::min(few, sizeHint().width()), heightFor(1)};
}

bool ElidedLabel::hasHeightForWidth() const
{
    return m_maximumLines > 1;
}

int ElidedLabel::heightForWidth(int width) const
{
    return heightFor(static_cast<int>(layoutText(width - horizontalMargins()).lines.size()));
}

bool ElidedLabel::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && toolTip().isEmpty()) {
        if (isElided())
            QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), text(), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QLabel::event(event);
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    drawFrame(&painter);
    const QRect area = textArea();
    const QStringList lines = layoutText(area.width()).lines;
    const QFontMetrics metrics(font());
    const int height = metrics.height() + (static_cast<int>(lines.size()) - 1) * metrics.lineSpacing();
    int y = area.top();
    if (alignment() & Qt::AlignVCenter)
        y += std::max(0, (area.height() - height) / 2);
    else if (alignment() & Qt::AlignBottom)
        y += std::max(0, area.height() - height);
    const Qt::Alignment horizontal = QStyle::visualAlignment(layoutDirection(), alignment() & Qt::AlignHorizontal_Mask);
    painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, foregroundRole()));
    for (const QString &line : lines) {
        painter.drawText(
            QRect(area.left(), y, area.width(), metrics.height()), int(horizontal | Qt::AlignVCenter), line);
        y += metrics.lineSpacing();
    }
}
