#pragma once

#include "DashboardService.h"

#include <QWidget>

// Receivables by age (current, 1-30, 31-60, 61-90, 90+ days), one bar each, painted.
class AgingChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AgingChartWidget(QWidget *parent = nullptr);

    void setBuckets(const QList<AgingBucket> &buckets, const QString &currency);
    static QString bucketName(const AgingBucket &bucket);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<AgingBucket> m_buckets;
    QString m_currency;
};
