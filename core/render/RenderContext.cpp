#include "RenderContext.h"

#include "RenderFonts.h"

#include <QPaintDevice>
#include <QPainter>

RenderContext::RenderContext(const QPaintDevice &device, const PrintedDocument &document,
                             const DocumentTemplate &style)
    : m_device(device), m_document(document), m_style(style), m_labels(document.language),
      m_format(document.localeName.isEmpty() ? DocumentLabels::defaultLocaleName(document.language)
                                             : document.localeName,
               document.currency),
      m_family(RenderFonts::resolveFamily(style.fontFamily))
{
    m_dotsPerPoint = device.logicalDpiY() / 72.0;
    m_width = device.width();
    m_height = device.height();
}

QFont RenderContext::font(qreal points, bool bold, bool italic) const
{
    QFont font(m_family);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(italic);
    font.setKerning(true);
    // Vector output: hinting only costs time (FreeType bytecode) and shifts glyphs between devices.
    font.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: the PDF text must read "staff", not "sta\uFB00" (search, copy, screen readers).
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return font;
}

const QFontMetricsF &RenderContext::metrics(const QFont &font) const
{
    const QString key = font.key();
    auto it = m_metrics.find(key);
    if (it == m_metrics.end())
        it = m_metrics.insert(key, QFontMetricsF(font, &m_device));
    return *it;
}

qreal RenderContext::textWidth(const QFont &font, const QString &text) const
{
    return metrics(font).horizontalAdvance(text);
}

qreal RenderContext::textHeight(const QFont &font, qreal width, const QString &text) const
{
    if (text.isEmpty())
        return lineHeight(font);
    const QRectF bounds = metrics(font).boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap | Qt::AlignLeft, text);
    return qMax(bounds.height(), lineHeight(font));
}

QString RenderContext::title() const
{
    switch (m_document.kind) {
    case PrintedDocument::Kind::Invoice: return label(DocumentLabels::InvoiceTitle);
    case PrintedDocument::Kind::CreditNote: return label(DocumentLabels::CreditNoteTitle);
    case PrintedDocument::Kind::Quotation: return label(DocumentLabels::QuotationTitle);
    case PrintedDocument::Kind::ServiceOrderReport: return label(DocumentLabels::ServiceReportTitle);
    case PrintedDocument::Kind::PaymentReminder: return label(DocumentLabels::ReminderTitle);
    }
    return {};
}

QString RenderContext::displayNumber() const
{
    if (m_document.number.trimmed().isEmpty())
        return m_document.draft ? label(DocumentLabels::DraftNumber) : QString();
    return m_document.number;
}

void RenderContext::drawText(QPainter &painter, const QRectF &rect, int flags, const QString &text,
                             const QFont &font, const QColor &color)
{
    painter.setFont(font);
    painter.setPen(color);
    painter.drawText(rect, flags, text);
}

void RenderContext::drawRule(QPainter &painter, qreal y, qreal x1, qreal x2, const QColor &color, qreal points) const
{
    painter.fillRect(QRectF(x1, y, x2 - x1, pt(points)), color);
}
