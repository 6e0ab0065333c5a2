#pragma once

#include <QStringList>

class QPainter;
class RenderContext;

// What every page carries around the body: a short running header from page 2 on, the
// footer (company details, template footer text, "Page x of y") and the DRAFT watermark.
class PageChrome
{
public:
    explicit PageChrome(const RenderContext &context);

    qreal runningHeaderHeight() const;
    qreal footerHeight() const;

    void paintWatermark(QPainter &painter) const;
    void paintRunningHeader(QPainter &painter) const;
    void paintFooter(QPainter &painter, int page, int pageCount) const;

    const QStringList &footerLines() const { return m_footerLines; }

private:
    const RenderContext &m_context;
    QStringList m_footerLines;
};
