#include "TotalsBlock.h"

#include "FlowText.h"
#include "PageFlow.h"
#include "RenderContext.h"

#include <QPainter>

using Kind = PrintedDocument::Kind;

QString TotalsBlock::rateText(const TaxSubtotal &subtotal) const
{
    const QString rate = m_context.format().percent(subtotal.rate);
    switch (subtotal.category) {
    case TaxCategory::Standard:
    case TaxCategory::Reduced: return rate;
    case TaxCategory::Zero: return rate + QStringLiteral(" (") + m_context.label(DocumentLabels::CategoryZero) + QLatin1Char(')');
    case TaxCategory::Exempt:
        return rate + QStringLiteral(" (") + m_context.label(DocumentLabels::CategoryExempt) + QLatin1Char(')');
    case TaxCategory::ReverseCharge:
        return rate + QStringLiteral(" (") + m_context.label(DocumentLabels::CategoryReverseCharge) + QLatin1Char(')');
    case TaxCategory::IntraCommunity:
        return rate + QStringLiteral(" (") + m_context.label(DocumentLabels::CategoryIntraCommunity) + QLatin1Char(')');
    case TaxCategory::Export:
        return rate + QStringLiteral(" (") + m_context.label(DocumentLabels::CategoryExport) + QLatin1Char(')');
    case TaxCategory::OutOfScope:
        return rate + QStringLiteral(" (") + m_context.label(DocumentLabels::CategoryOutOfScope) + QLatin1Char(')');
    }
    return rate;
}

QList<TotalsBlock::Row> TotalsBlock::totalRows() const
{
    const PrintedDocument &doc = m_context.document();
    const DocumentFormatter &format = m_context.format();
    QList<Row> rows{
        {m_context.label(DocumentLabels::TotalNet), format.money(doc.totals.net), 0},
        {m_context.label(DocumentLabels::TotalTax), format.money(doc.totals.tax), 0},
        {m_context.label(DocumentLabels::TotalGross), format.money(doc.totals.gross), 1},
    };
    if (doc.kind == Kind::Invoice) {
        if (doc.amountPaid != 0)
            rows.append({m_context.label(DocumentLabels::AmountPaid), format.money(-doc.amountPaid), 0});
        if (doc.amountCredited != 0)
            rows.append({m_context.label(DocumentLabels::AmountCredited), format.money(-doc.amountCredited), 0});
        rows.append({m_context.label(DocumentLabels::AmountDue), format.money(doc.amountDue()), 2});
    }
    return rows;
}

QStringList TotalsBlock::legalMentions() const
{
    QStringList mentions;
    bool reverseCharge = false;
    for (const TaxSubtotal &subtotal : m_context.document().totals.subtotals) {
        const QString reason = subtotal.exemptionReason.trimmed();
        if (TaxCategories::carriesExemption(subtotal.category) && !reason.isEmpty())
            mentions.append(m_context.label(DocumentLabels::ExemptionMention).arg(reason));
        // Intra-EU supply, export and out of scope print their legal mention when no reason is given.
        else if (subtotal.category == TaxCategory::IntraCommunity)
            mentions.append(m_context.label(DocumentLabels::IntraCommunityMention));
        else if (subtotal.category == TaxCategory::Export)
            mentions.append(m_context.label(DocumentLabels::ExportMention));
        else if (subtotal.category == TaxCategory::OutOfScope)
            mentions.append(m_context.label(DocumentLabels::OutOfScopeMention));
        reverseCharge = reverseCharge || subtotal.category == TaxCategory::ReverseCharge;
    }
    if (reverseCharge)
        mentions.append(m_context.label(DocumentLabels::ReverseChargeMention));
    return mentions;
}

void TotalsBlock::addTo(PageFlow &flow) const
{
    addBreakdownAndTotals(flow);
    const QStringList mentions = legalMentions();
    if (!mentions.isEmpty()) {
        flow.addSpace(m_context.pt(10));
        for (const QString &mention : mentions)
            FlowText::addParagraphs(flow, m_context, mention, m_context.font(8.5, false, true), RenderContext::ink());
    }
}

void TotalsBlock::addBreakdownAndTotals(PageFlow &flow) const
{
    const RenderContext *ctx = &m_context;
    const DocumentFormatter &format = m_context.format();
    // The VAT breakdown in the left half: the rate (with its category) wraps in its column.
    const qreal leftWidth = m_context.width() * 0.48;
    const QList<qreal> columns{leftWidth * 0.46, leftWidth * 0.29, leftWidth * 0.25};
    const qreal cellGap = m_context.pt(4);
    struct BreakdownRow
    {
        QStringList rate;
        QString base, tax;
    };
    QList<BreakdownRow> breakdown;
    for (const TaxSubtotal &subtotal : m_context.document().totals.subtotals)
        breakdown.append({m_context.wrap(m_context.body(), columns.at(0) - cellGap, rateText(subtotal)),
                          format.money(subtotal.base), format.money(subtotal.tax)});
    const QStringList headers{m_context.label(DocumentLabels::TaxBreakdown), m_context.label(DocumentLabels::TaxableBase),
                              m_context.label(DocumentLabels::TaxAmount)};
    const QList<Row> totals = totalRows();

    const QFont font = m_context.body();
    const qreal lh = m_context.lineHeight(font);
    const qreal rowStep = lh + m_context.pt(4);
    const qreal headerStep = m_context.lineHeight(m_context.smallBold()) + m_context.pt(6);
    qreal leftHeight = breakdown.isEmpty() ? 0 : headerStep;
    for (const BreakdownRow &row : breakdown)
        leftHeight += rowStep + (row.rate.size() - 1) * lh;
    const qreal rightHeight = totals.size() * rowStep + m_context.pt(10);
    const qreal height = qMax(leftHeight, rightHeight);

    flow.addBlock(height, [ctx, breakdown, headers, totals, font, lh, rowStep, headerStep, leftWidth, columns,
                           cellGap](QPainter &p, const QRectF &r) {
        if (!breakdown.isEmpty()) {
            qreal x = r.left();
            for (int c = 0; c < 3; ++c) {
                RenderContext::drawText(p, QRectF(x, r.top(), columns.at(c), headerStep - ctx->pt(2)),
                                        (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, headers.at(c),
                                        ctx->smallBold(), RenderContext::muted());
                x += columns.at(c);
            }
            ctx->drawRule(p, r.top() + headerStep - ctx->pt(2), r.left(), r.left() + leftWidth, RenderContext::rule(), 0.5);
            qreal y = r.top() + headerStep;
            for (const auto &row : breakdown) {
                ctx->drawLines(p, r.left(), y + ctx->pt(2), columns.at(0) - cellGap, Qt::AlignLeft, row.rate, font,
                               RenderContext::ink());
                const qreal baseLeft = r.left() + columns.at(0);
                RenderContext::drawText(p, QRectF(baseLeft, y + ctx->pt(2), columns.at(1), lh), Qt::AlignRight, row.base,
                                        font, RenderContext::ink());
                RenderContext::drawText(p, QRectF(baseLeft + columns.at(1), y + ctx->pt(2), columns.at(2), lh),
                                        Qt::AlignRight, row.tax, font, RenderContext::ink());
                y += rowStep + (row.rate.size() - 1) * lh;
            }
        }
        // Totals: right, label and amount columns.
        const qreal left = r.left() + r.width() * 0.56;
        const qreal width = r.right() - left;
        qreal y = r.top();
        for (const Row &row : totals) {
            if (row.emphasis > 0) {
                y += ctx->pt(3);
                ctx->drawRule(p, y, left, r.right(), row.emphasis == 2 ? ctx->accent() : RenderContext::ink(),
                              row.emphasis == 2 ? 1.2 : 0.6);
                y += ctx->pt(2);
            }
            const QFont rowFont = row.emphasis == 0 ? font : ctx->font(row.emphasis == 2 ? 10.5 : 9.5, true);
            const QColor color = row.emphasis == 2 ? ctx->accent() : RenderContext::ink();
            const qreal h = ctx->lineHeight(rowFont);
            RenderContext::drawText(p, QRectF(left, y + ctx->pt(2), width, h), Qt::AlignLeft, row.label, rowFont,
                                    row.emphasis == 0 ? RenderContext::muted() : color);
            RenderContext::drawText(p, QRectF(left, y + ctx->pt(2), width, h), Qt::AlignRight, row.value, rowFont, color);
            y += rowStep;
        }
    });
}
