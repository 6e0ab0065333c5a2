#include "AgingChartWidget.h"

#include "UiFormat.h"

#include <QPainter>

AgingChartWidget::AgingChartWidget(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(300, 220);
}

void AgingChartWidget::setBuckets(const QList<AgingBucket> &buckets, const QString &currency)
{
    m_buckets = buckets;
    m_currency = currency;
    update();
}

QString AgingChartWidget::bucketName(const AgingBucket &bucket)
{
    if (bucket.fromDays == 0)
        return tr("Not yet due");
    if (bucket.toDays < 0)
        return tr("%1+ days").arg(bucket.fromDays - 1);
    return tr("%1–%2 days").arg(bucket.fromDays).arg(bucket.toDays);
}

void AgingChartWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(8, 28, -8, -8);
    p.setPen(QColor(0x1b, 0x24, 0x30));
    QFont title = font();
    title.setBold(true);
    p.setFont(title);
    p.drawText(QRectF(8, 4, width() - 16, 20), Qt::AlignLeft | Qt::AlignVCenter, tr("Receivables by age"));
    p.setFont(font());
    if (m_buckets.isEmpty())
        return;
    qint64 max = 1;
    for (const AgingBucket &b : std::as_const(m_buckets))
        max = std::max(max, b.amount);
    const QList<QColor> colors = {QColor(0x2e, 0x9e, 0x5b), QColor(0xf2, 0xb1, 0x34), QColor(0xf0, 0x8a, 0x24),
                                  QColor(0xe0, 0x5a, 0x2b), QColor(0xb3, 0x26, 0x1e)};
    // Names and amounts as wide as they are (an amount is never cut while the bar has room).
    const QFontMetricsF metrics(font());
    auto valueText = [this](const AgingBucket &b) {
        return b.count == 0 ? QStringLiteral("—")
                            : tr("%1 (%2)").arg(UiFormat::money(b.amount, m_currency)).arg(b.count);
    };
    qreal widestName = 0;
    qreal widestValue = 0;
    for (const AgingBucket &b : std::as_const(m_buckets)) {
        widestName = std::max(widestName, metrics.horizontalAdvance(bucketName(b)) + 8);
        widestValue = std::max(widestValue, metrics.horizontalAdvance(valueText(b)) + 4);
    }
    const qreal labelWidth = std::min(widestName, area.width() * 0.36);
    const qreal valueWidth = std::min(widestValue, area.width() * 0.4);
    const qreal rowHeight = std::min<qreal>(area.height() / m_buckets.size(), 44);
    const qreal top = area.top() + 6;
    for (qsizetype i = 0; i < m_buckets.size(); ++i) {
        const AgingBucket &b = m_buckets.at(i);
        const qreal y = top + i * rowHeight;
        const QRectF labelRect(area.left(), y, labelWidth, rowHeight);
        p.setPen(QColor(0x3a, 0x44, 0x52));
        p.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                   metrics.elidedText(bucketName(b), Qt::ElideRight, labelWidth - 4));
        const qreal barMax = area.width() - labelWidth - valueWidth - 8;
        const qreal barWidth = b.amount <= 0 ? 0 : std::max<qreal>(2, barMax * (double(b.amount) / double(max)));
        const qreal barHeight = std::min<qreal>(rowHeight * 0.62, 26);
        const QRectF bar(area.left() + labelWidth, y + (rowHeight - barHeight) / 2, barWidth, barHeight);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xee, 0xf1, 0xf5));
        p.drawRoundedRect(QRectF(bar.left(), bar.top(), barMax, barHeight), 3, 3);
        p.setBrush(colors.value(i, colors.last()));
        p.drawRoundedRect(bar, 3, 3);
        p.setPen(QColor(0x1b, 0x24, 0x30));
        const QString value = valueText(b);
        p.drawText(QRectF(area.right() - valueWidth, y, valueWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                   metrics.elidedText(value, Qt::ElideLeft, valueWidth));
    }
}
