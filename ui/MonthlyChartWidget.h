#pragma once

#include "DashboardService.h"

#include <QWidget>

// Invoiced vs collected per month for the last twelve months, side-by-side bars, painted.
class MonthlyChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit MonthlyChartWidget(QWidget *parent = nullptr);

    void setMonths(const QList<MonthFigures> &months, const QString &currency);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<MonthFigures> m_months;
    QString m_currency;
};
