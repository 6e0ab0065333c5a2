#pragma once

#include "ReportTable.h"

#include <QWidget>

// A simple bar chart painted with QPainter where a picture is clearer than a table: the aged
// receivables' buckets, or sales against what was collected, month by month. Other reports
// show no chart (the widget hides itself).
class ReportChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ReportChartWidget(QWidget *parent = nullptr);

    // Takes what it can draw from the report; returns whether there is a chart for it.
    bool setReport(const ReportTable &table);

    struct Bar
    {
        QString label;
        qint64 first = 0; // aging: the bucket; monthly: net sales
        qint64 second = 0; // monthly: collected
    };
    const QList<Bar> &bars() const { return m_bars; }
    bool paired() const { return m_paired; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Bar> m_bars;
    bool m_paired = false;
    QString m_title;
    QString m_currency;
};
