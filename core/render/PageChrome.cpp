#include "PageChrome.h"

#include "RenderContext.h"

#include <QPainter>

#include <cmath>

namespace {
const QString separator()
{
    return QStringLiteral("  ·  ");
}
} // namespace

PageChrome::PageChrome(const RenderContext &context) : m_context(context)
{
    const PrintedDocument::Party &seller = context.document().seller;
    QStringList identity{seller.name};
    if (!seller.address.isEmpty())
        identity.append(seller.address.join(QStringLiteral(", ")));
    if (!seller.registration.isEmpty())
        identity.append(seller.registration);
    m_footerLines.append(identity.join(separator()));

    QStringList contact;
    if (!seller.vatId.isEmpty())
        contact.append(context.label(DocumentLabels::VatId) + QLatin1Char(' ') + seller.vatId);
    if (!seller.phone.isEmpty())
        contact.append(context.label(DocumentLabels::Phone) + QLatin1Char(' ') + seller.phone);
    if (!seller.email.isEmpty())
        contact.append(context.label(DocumentLabels::Email) + QLatin1Char(' ') + seller.email);
    if (!seller.website.isEmpty())
        contact.append(seller.website);
    if (!contact.isEmpty())
        m_footerLines.append(contact.join(separator()));
    const QString footerText = context.style().footerText.trimmed();
    if (!footerText.isEmpty())
        m_footerLines.append(footerText.split(QLatin1Char('\n')));
}

qreal PageChrome::runningHeaderHeight() const
{
    return m_context.lineHeight(m_context.font(8)) + m_context.pt(14);
}

qreal PageChrome::footerHeight() const
{
    const QFont font = m_context.font(7);
    const qreal textWidth = m_context.width() - m_context.mm(24);
    qreal height = m_context.pt(14);
    for (const QString &line : m_footerLines)
        height += m_context.textHeight(font, textWidth, line);
    return qMax(height, m_context.pt(14) + m_context.lineHeight(m_context.font(7.5)));
}

void PageChrome::paintWatermark(QPainter &painter) const
{
    if (!m_context.document().draft)
        return;
    const QString text = m_context.label(DocumentLabels::DraftWatermark);
    QFont font = m_context.font(96, true);
    // Shrink long words (BROUILLON) to fit the page diagonal.
    const qreal diagonal = std::hypot(m_context.width(), m_context.height()) * 0.7;
    const qreal natural = m_context.textWidth(font, text);
    if (natural > diagonal)
        font.setPointSizeF(96 * diagonal / natural);
    painter.save();
    painter.translate(m_context.width() / 2, m_context.height() / 2);
    painter.rotate(-35);
    painter.setFont(font);
    painter.setPen(QColor(0xea, 0xea, 0xea));
    const qreal w = m_context.width() * 1.5;
    painter.drawText(QRectF(-w / 2, -m_context.pt(80), w, m_context.pt(160)), Qt::AlignCenter, text);
    painter.restore();
}

void PageChrome::paintRunningHeader(QPainter &painter) const
{
    const QFont font = m_context.font(8);
    const qreal h = m_context.lineHeight(font);
    const QRectF line(0, 0, m_context.width(), h);
    RenderContext::drawText(painter, line, Qt::AlignLeft, m_context.document().seller.name, m_context.font(8, true),
                            RenderContext::ink());
    QString right = m_context.title();
    if (!m_context.displayNumber().isEmpty())
        right += QLatin1Char(' ') + m_context.displayNumber();
    RenderContext::drawText(painter, line, Qt::AlignRight, right, font, RenderContext::muted());
    m_context.drawRule(painter, h + m_context.pt(4), 0, m_context.width(), RenderContext::rule(), 0.5);
}

void PageChrome::paintFooter(QPainter &painter, int page, int pageCount) const
{
    const qreal top = m_context.height() - footerHeight() + m_context.pt(6);
    m_context.drawRule(painter, top, 0, m_context.width(), RenderContext::rule(), 0.5);
    const QFont font = m_context.font(7);
    const qreal textWidth = m_context.width() - m_context.mm(24);
    qreal y = top + m_context.pt(6);
    for (const QString &line : m_footerLines)
        y += m_context.drawLines(painter, 0, y, textWidth, Qt::AlignLeft, m_context.wrap(font, textWidth, line), font,
                                 RenderContext::muted());
    const QString pageText = m_context.label(DocumentLabels::PageOf).arg(page).arg(pageCount);
    const QFont pageFont = m_context.font(7.5);
    RenderContext::drawText(painter, QRectF(0, top + m_context.pt(6), m_context.width(), m_context.lineHeight(pageFont)),
                            Qt::AlignRight, pageText, pageFont, RenderContext::ink());
}
