#include "ReportChartWidget.h"

#include "Money.h"

#include <QPainter>

#include <algorithm>

ReportChartWidget::ReportChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(200);
}

bool ReportChartWidget::setReport(const ReportTable &t)
{
    m_bars.clear();
    m_currency = t.currency;
    m_paired = false;
    if (t.name == QLatin1String("aged_receivables")) {
        m_title = tr("Receivables by age");
        for (const char *key : {"current", "days_1_30", "days_31_60", "days_61_90", "days_90_plus"}) {
            const int c = t.column(QString::fromLatin1(key));
            m_bars.append({t.columns.at(c).label, t.total(QString::fromLatin1(key)), 0});
        }
    } else if (t.name == QLatin1String("sales_by_month")) {
        m_title = tr("Net sales and collected, by month");
        m_paired = true;
        for (qsizetype r = 0; r < t.rows.size(); ++r)
            m_bars.append({t.cell(static_cast<int>(r), QStringLiteral("month")).toString(),
                t.integer(static_cast<int>(r), QStringLiteral("net_sales")),
                t.integer(static_cast<int>(r), QStringLiteral("collected"))});
    }
    setVisible(!m_bars.isEmpty());
    update();
    return !m_bars.isEmpty();
}

void ReportChartWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().text().color());
    p.drawText(QRectF(8, 4, width() - 16, 20), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    p.setFont(font());
    if (m_bars.isEmpty())
        return;
    qint64 max = 1;
    for (const Bar &b : std::as_const(m_bars))
        max = std::max({max, b.first, b.second});
    const QRectF area = QRectF(rect()).adjusted(12, 30, -12, -36);
    const qreal slot = area.width() / m_bars.size();
    const qreal barWidth = std::min<qreal>(slot * (m_paired ? 0.38 : 0.7), 48);
    const QColor firstColor(0x2f, 0x6f, 0xb3);
    const QColor secondColor(0x2e, 0x9e, 0x5b);
    const QFontMetricsF metrics(font());
    auto bar = [&](qreal x, qint64 value, const QColor &color) {
        const qreal h = value <= 0 ? 0 : std::max<qreal>(1, area.height() * (double(value) / double(max)));
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawRect(QRectF(x, area.bottom() - h, barWidth, h));
    };
    for (qsizetype i = 0; i < m_bars.size(); ++i) {
        const Bar &b = m_bars.at(i);
        const qreal x = area.left() + i * slot + (slot - barWidth * (m_paired ? 2 : 1)) / 2;
        bar(x, b.first, firstColor);
        if (m_paired)
            bar(x + barWidth, b.second, secondColor);
        p.setPen(palette().text().color());
        p.drawText(QRectF(area.left() + i * slot, area.bottom() + 4, slot, 16), Qt::AlignCenter,
            metrics.elidedText(b.label, Qt::ElideRight, slot));
        if (!m_paired)
            p.drawText(QRectF(area.left() + i * slot, area.bottom() + 18, slot, 16), Qt::AlignCenter,
                metrics.elidedText(Money::display(b.first, m_currency), Qt::ElideLeft, slot));
    }
    if (m_paired) {
        p.setBrush(firstColor);
        p.drawRect(QRectF(area.left(), height() - 14, 10, 10));
        p.setPen(palette().text().color());
        p.drawText(QPointF(area.left() + 14, height() - 5), tr("Net sales"));
        p.setBrush(secondColor);
        p.setPen(Qt::NoPen);
        p.drawRect(QRectF(area.left() + 110, height() - 14, 10, 10));
        p.setPen(palette().text().color());
        p.drawText(QPointF(area.left() + 124, height() - 5), tr("Collected"));
    }
}
