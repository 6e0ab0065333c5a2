#include "MonthlyChartWidget.h"

#include "Currency.h"

#include <QLocale>
#include <QPainter>

namespace {
// A round step for the axis: 1, 2 or 5 times a power of ten, about a quarter of the maximum.
qint64 niceStep(qint64 max)
{
    qint64 step = 1;
    while (step * 10 <= max / 4)
        step *= 10;
    for (qint64 factor : {1, 2, 5, 10})
        if (step * factor * 4 >= max)
            return step * factor;
    return step * 10;
}

QString shortAmount(qint64 minor, const QString &currency)
{
    qint64 divisor = 1;
    for (int i = 0; i < Currency::minorDigits(currency); ++i)
        divisor *= 10;
    const qint64 major = minor / divisor;
    const QLocale locale;
    auto tenths = [&locale](qint64 value, qint64 unit) {
        const qint64 t = (value * 10 + unit / 2) / unit;
        return t % 10 == 0 || t >= 100 ? locale.toString(t / 10) : locale.toString(t / 10) + locale.decimalPoint()
                + QString::number(t % 10);
    };
    if (major >= 1'000'000)
        return tenths(major, 1'000'000) + QStringLiteral(" M");
    if (major >= 1'000)
        return tenths(major, 1'000) + QStringLiteral(" k");
    return locale.toString(major);
}
} // namespace

MonthlyChartWidget::MonthlyChartWidget(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(340, 220);
}

void MonthlyChartWidget::setMonths(const QList<MonthFigures> &months, const QString &currency)
{
    m_months = months;
    m_currency = currency;
    update();
}

void MonthlyChartWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QFont title = font();
    title.setBold(true);
    const QString heading = tr("Invoiced and collected, last 12 months");
    const QList<std::pair<QString, QColor>> legend = {
        {tr("Collected"), QColor(0x2e, 0x9e, 0x5b)}, {tr("Invoiced"), QColor(0x1f, 0x6f, 0xeb)}};
    const QColor invoicedColor = legend.at(1).second;
    const QColor collectedColor = legend.at(0).second;
    const QFontMetricsF metrics(font());
    qreal legendWidth = 0;
    for (const auto &[label, color] : legend)
        legendWidth += metrics.horizontalAdvance(label) + 30;
    // The legend beside the title when both fit (a long title in French or German: under it).
    const bool legendBelow = QFontMetricsF(title).horizontalAdvance(heading) + legendWidth + 24 > width();
    p.setFont(title);
    p.setPen(QColor(0x1b, 0x24, 0x30));
    p.drawText(QRectF(8, 4, width() - 16, 20), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(title).elidedText(heading, Qt::ElideRight, width() - 16));
    p.setFont(font());
    const qreal legendTop = legendBelow ? 24 : 4;
    qreal x = width() - 8;
    for (const auto &[label, color] : legend) {
        const qreal w = metrics.horizontalAdvance(label);
        x -= w;
        p.setPen(QColor(0x3a, 0x44, 0x52));
        p.drawText(QRectF(x, legendTop, w, 20), Qt::AlignVCenter, label);
        x -= 16;
        p.fillRect(QRectF(x, legendTop + 5, 10, 10), color);
        x -= 14;
    }
    if (m_months.isEmpty())
        return;
    qint64 max = 1;
    for (const MonthFigures &m : std::as_const(m_months))
        max = std::max({max, m.invoiced, m.collected});
    const qint64 step = niceStep(max);
    const qint64 top = ((max + step - 1) / step) * step;
    const qreal axisWidth = 56;
    const QRectF plot = QRectF(rect()).adjusted(8 + axisWidth, legendBelow ? 52 : 32, -8, -26);
    p.setPen(QColor(0xe3, 0xe7, 0xec));
    for (qint64 v = 0; v <= top; v += step) {
        const qreal y = plot.bottom() - plot.height() * (double(v) / double(top));
        p.setPen(QColor(0xe3, 0xe7, 0xec));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(QColor(0x7a, 0x85, 0x94));
        p.drawText(QRectF(8, y - 10, axisWidth - 6, 20), Qt::AlignRight | Qt::AlignVCenter,
                   shortAmount(v, m_currency));
    }
    const qreal slot = plot.width() / m_months.size();
    const qreal barWidth = std::min<qreal>(slot * 0.34, 18);
    const QLocale locale;
    for (qsizetype i = 0; i < m_months.size(); ++i) {
        const MonthFigures &m = m_months.at(i);
        const qreal center = plot.left() + slot * (i + 0.5);
        const qreal hi = plot.height() * (double(m.invoiced) / double(top));
        const qreal hc = plot.height() * (double(m.collected) / double(top));
        p.setPen(Qt::NoPen);
        p.setBrush(invoicedColor);
        p.drawRoundedRect(QRectF(center - barWidth - 1, plot.bottom() - hi, barWidth, hi), 2, 2);
        p.setBrush(collectedColor);
        p.drawRoundedRect(QRectF(center + 1, plot.bottom() - hc, barWidth, hc), 2, 2);
        p.setPen(QColor(0x5f, 0x6b, 0x7a));
        p.drawText(QRectF(center - slot / 2, plot.bottom() + 4, slot, 20), Qt::AlignHCenter | Qt::AlignTop,
                   locale.standaloneMonthName(m.month.month(), QLocale::ShortFormat));
    }
}
