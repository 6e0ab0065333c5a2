#pragma once

#include "DocumentFormatter.h"
#include "DocumentLabels.h"
#include "DocumentTemplate.h"
#include "PrintedDocument.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>

class QPainter;
class QPaintDevice;

// What every block of one rendering shares: the document, its template, labels and formats,
// and the geometry of the device. Lengths are device units; pt() and mm() convert.
class RenderContext
{
public:
    RenderContext(const QPaintDevice &device, const PrintedDocument &document, const DocumentTemplate &style);

    const PrintedDocument &document() const { return m_document; }
    const DocumentTemplate &style() const { return m_style; }
    const DocumentFormatter &format() const { return m_format; }
    QString label(DocumentLabels::Label label) const { return m_labels.text(label); }

    qreal pt(qreal points) const { return points * m_dotsPerPoint; }
    qreal mm(qreal millimetres) const { return millimetres * m_dotsPerPoint * 72.0 / 25.4; }
    qreal width() const { return m_width; }   // printable width (inside the margins)
    qreal height() const { return m_height; } // printable height

    QFont font(qreal points, bool bold = false, bool italic = false) const;
    QFont body() const { return font(9); }
    QFont bodyBold() const { return font(9, true); }
    QFont small() const { return font(7.5); }
    QFont smallBold() const { return font(7.5, true); }

    const QFontMetricsF &metrics(const QFont &font) const;
    qreal lineHeight(const QFont &font) const { return metrics(font).height(); }
    qreal textWidth(const QFont &font, const QString &text) const;
    // Height of the text word-wrapped in `width` (at least one line): wrap() × lineHeight().
    qreal textHeight(const QFont &font, qreal width, const QString &text) const;
    // The lines of `text` as printed in `width` with `font`: breaks at spaces, a word wider than
    // the width is broken where it must be, "\n" starts a new line. maxLines > 0 keeps that many
    // lines, the last one ending with an ellipsis when something was left out. Every line fits.
    QStringList wrap(const QFont &font, qreal width, const QString &text, int maxLines = 0) const;
    // Draws wrap()'s lines from (x, top) in a box `width` wide, aligned left or right (the
    // flags' horizontal part); returns the height used.
    qreal drawLines(QPainter &painter, qreal x, qreal top, qreal width, int flags, const QStringList &lines,
                    const QFont &font, const QColor &color) const;

    QColor accent() const { return m_style.accentColor.isValid() ? m_style.accentColor : QColor(0x1f, 0x4e, 0x79); }
    static QColor ink() { return QColor(0x22, 0x22, 0x22); }
    static QColor muted() { return QColor(0x6b, 0x6b, 0x6b); }
    static QColor rule() { return QColor(0xcc, 0xcc, 0xcc); }

    // "Invoice", "Credit note", … and the number, or "Draft" for a draft without one.
    QString title() const;
    QString displayNumber() const;

    static void drawText(QPainter &painter, const QRectF &rect, int flags, const QString &text, const QFont &font,
                         const QColor &color);
    void drawRule(QPainter &painter, qreal y, qreal x1, qreal x2, const QColor &color, qreal points) const;

private:
    const QPaintDevice &m_device;
    const PrintedDocument &m_document;
    const DocumentTemplate &m_style;
    DocumentLabels m_labels;
    DocumentFormatter m_format;
    QString m_family;
    qreal m_dotsPerPoint = 1;
    qreal m_width = 0;
    qreal m_height = 0;
    mutable QHash<QString, QFontMetricsF> m_metrics;
};
