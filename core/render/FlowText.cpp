#include "FlowText.h"

#include "PageFlow.h"
#include "RenderContext.h"

#include <QPainter>

void FlowText::addHeading(PageFlow &flow, const RenderContext &context, const QString &text)
{
    const RenderContext *ctx = &context;
    const QFont font = context.font(9.5, true);
    flow.addBlock(context.lineHeight(font) + context.pt(4), [ctx, font, text](QPainter &p, const QRectF &r) {
        RenderContext::drawText(p, r, Qt::AlignLeft | Qt::AlignTop, text, font, ctx->accent());
    }, true);
}

void FlowText::addParagraphs(PageFlow &flow, const RenderContext &context, const QString &text, const QFont &font,
                             const QColor &color)
{
    const qreal lineHeight = context.lineHeight(font);
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        if (paragraph.trimmed().isEmpty()) {
            flow.addSpace(lineHeight * 0.6);
            continue;
        }
        // The device's metrics: a line breaks where the printed text would; an unbroken word
        // wider than the page is broken where it must be.
        const QStringList lines = context.wrap(font, context.width(), paragraph);
        for (const QString &line : lines) {
            flow.addBlock(lineHeight, [font, color, line](QPainter &p, const QRectF &r) {
                RenderContext::drawText(p, r, Qt::AlignLeft | Qt::AlignTop, line, font, color);
            });
        }
    }
}
