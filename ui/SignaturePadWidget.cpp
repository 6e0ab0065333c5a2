#include "SignaturePadWidget.h"

#include <QBuffer>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTabletEvent>

namespace {
void drawStrokes(QPainter &p, const QList<QPolygonF> &strokes, qreal width)
{
    QPen pen(QColor(0x14, 0x1e, 0x3c), width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    for (const QPolygonF &stroke : strokes) {
        if (stroke.size() == 1)
            p.drawPoint(stroke.first());
        else
            p.drawPolyline(stroke);
    }
}
} // namespace

SignaturePadWidget::SignaturePadWidget(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(300, 100);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFixedHeight(150);
    setCursor(Qt::CrossCursor);
    setAttribute(Qt::WA_StaticContents);
    setToolTip(tr("Sign here with the mouse, a pen or a finger"));
}

QPointF SignaturePadWidget::toPad(const QPointF &p) const
{
    return {p.x() * ImageWidth / std::max(1, width()), p.y() * ImageHeight / std::max(1, height())};
}

void SignaturePadWidget::begin(const QPointF &point)
{
    if (m_readOnly)
        return;
    if (!m_image.isNull()) {
        m_image = QImage(); // drawing replaces a stored signature
    }
    m_drawing = true;
    m_strokes.append(QPolygonF{toPad(point)});
    update();
}

void SignaturePadWidget::extend(const QPointF &point)
{
    if (!m_drawing || m_strokes.isEmpty())
        return;
    m_strokes.last().append(toPad(point));
    update();
}

void SignaturePadWidget::end()
{
    if (!m_drawing)
        return;
    m_drawing = false;
    emit changed();
}

void SignaturePadWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        begin(event->position());
}

void SignaturePadWidget::mouseMoveEvent(QMouseEvent *event)
{
    extend(event->position());
}

void SignaturePadWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        extend(event->position());
        end();
    }
}

void SignaturePadWidget::tabletEvent(QTabletEvent *event)
{
    switch (event->type()) {
    case QEvent::TabletPress: begin(event->position()); break;
    case QEvent::TabletMove: extend(event->position()); break;
    case QEvent::TabletRelease: end(); break;
    default: break;
    }
    event->accept();
}

QByteArray SignaturePadWidget::toPng() const
{
    QImage image(ImageWidth, ImageHeight, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        if (!m_image.isNull())
            p.drawImage(QRect(0, 0, ImageWidth, ImageHeight), m_image);
        drawStrokes(p, m_strokes, 3.0);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

void SignaturePadWidget::setPng(const QByteArray &png)
{
    m_strokes.clear();
    m_image = QImage::fromData(png, "PNG");
    update();
}

void SignaturePadWidget::clear()
{
    m_strokes.clear();
    m_image = QImage();
    update();
    emit changed();
}

void SignaturePadWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), Qt::white);
    p.setPen(QPen(QColor(0xc8, 0xcf, 0xd8), 1));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    const qreal baseline = height() * 0.75;
    p.setPen(QPen(QColor(0xd5, 0xdb, 0xe3), 1, Qt::DashLine));
    p.drawLine(QPointF(20, baseline), QPointF(width() - 20, baseline));
    if (!m_image.isNull())
        p.drawImage(rect(), m_image);
    p.save();
    p.scale(qreal(width()) / ImageWidth, qreal(height()) / ImageHeight);
    drawStrokes(p, m_strokes, 3.0);
    p.restore();
    if (isEmpty()) {
        p.setPen(QColor(0xa0, 0xa8, 0xb3));
        p.drawText(rect().adjusted(0, 0, 0, -int(height() * 0.3)), Qt::AlignCenter, tr("Sign here"));
    }
}
