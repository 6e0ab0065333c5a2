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
    return qMax<qsizetype>(1, wrap(font, width, text).size()) * lineHeight(font);
}

QStringList RenderContext::wrap(const QFont &font, qreal width, const QString &text, int maxLines) const
{
    const QFontMetricsF &fm = metrics(font);
    const auto fits = [&fm, width](const QString &line) { return fm.horizontalAdvance(line) <= width; };
    // Words are measured alone and the line measured whole only near the edge (kerning across
    // a space is a fraction of a character): long descriptions wrap in linear time.
    const qreal space = fm.horizontalAdvance(QLatin1Char(' '));
    const qreal margin = fm.averageCharWidth();
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString current;
        qreal currentWidth = 0;
        for (QString word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
            const qreal estimate = (current.isEmpty() ? 0 : currentWidth + space) + fm.horizontalAdvance(word);
            if (estimate <= width - margin || fits(candidate)) {
                current = candidate;
                currentWidth = estimate;
                continue;
            }
            if (!current.isEmpty())
                lines.append(current);
            // A word wider than the box: as many characters as fit on each line.
            while (word.size() > 1 && !fits(word)) {
                qsizetype low = 1;
                qsizetype high = word.size() - 1;
                while (low < high) {
                    const qsizetype middle = (low + high + 1) / 2;
                    if (fits(word.left(middle)))
                        low = middle;
                    else
                        high = middle - 1;
                }
                if (low > 1 && word.at(low - 1).isHighSurrogate())
                    --low;
                lines.append(word.left(low));
                word = word.mid(low);
            }
            current = word;
            currentWidth = fm.horizontalAdvance(word);
        }
        lines.append(current);
    }
    while (lines.size() > 1 && lines.constLast().isEmpty())
        lines.removeLast();
    if (maxLines > 0 && lines.size() > maxLines) {
        lines.resize(maxLines);
        const QString ellipsis(QChar(0x2026));
        QString last = lines.constLast();
        while (!last.isEmpty() && !fits(last + ellipsis))
            last.chop(1);
        lines.last() = last.trimmed() + ellipsis;
    }
    return lines;
}

qreal RenderContext::drawLines(QPainter &painter, qreal x, qreal top, qreal width, int flags,
                               const QStringList &lines, const QFont &font, const QColor &color) const
{
    const qreal h = lineHeight(font);
    const int alignment = (flags & Qt::AlignHorizontal_Mask) | Qt::AlignTop;
    qreal y = top;
    for (const QString &line : lines) {
        drawText(painter, QRectF(x, y, width, h), alignment, line, font, color);
        y += h;
    }
    return y - top;
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
