#pragma once

#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QWidget>

// The customer's signature, drawn with the mouse, a pen or a finger. Strokes are kept in
// widget-independent coordinates and rendered to a PNG at a fixed size when saved.
class SignaturePadWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr int ImageWidth = 600;
    static constexpr int ImageHeight = 200;

    explicit SignaturePadWidget(QWidget *parent = nullptr);

    bool isEmpty() const { return m_strokes.isEmpty() && m_image.isNull(); }
    bool hasNewStrokes() const { return !m_strokes.isEmpty(); }
    QByteArray toPng() const;
    // Shows a stored signature (read-only until cleared).
    void setPng(const QByteArray &png);
    void clear();
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

signals:
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;

private:
    QPointF toPad(const QPointF &widgetPoint) const;
    void begin(const QPointF &point);
    void extend(const QPointF &point);
    void end();

    QList<QPolygonF> m_strokes; // in image coordinates
    QImage m_image;             // a stored signature
    bool m_drawing = false;
    bool m_readOnly = false;
};
