#pragma once

#include <QColor>
#include <QFont>
#include <QString>

class PageFlow;
class RenderContext;

// Running text added to a PageFlow line by line, so that a long report or note continues on
// the next page instead of being cut or pushed whole.
class FlowText
{
public:
    // A small heading in the accent colour, kept with what follows.
    static void addHeading(PageFlow &flow, const RenderContext &context, const QString &text);
    // Word-wrapped paragraphs ("\n" separates them) over the full width.
    static void addParagraphs(PageFlow &flow, const RenderContext &context, const QString &text, const QFont &font,
                              const QColor &color);
};
