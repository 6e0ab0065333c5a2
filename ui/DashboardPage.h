#pragma once

#include "DashboardService.h"
#include "Page.h"

class AgingChartWidget;
class FigureCard;
class MonthlyChartWidget;
class Navigator;
class ElidedLabel;
class QLabel;
class QPushButton;

// The invoicing dashboard: what is owed, overdue and collected, what waits to be posted,
// approved or invoiced, each figure leading to its list; receivables by age and the last
// twelve months in two charts.
class DashboardPage : public Page
{
    Q_OBJECT
public:
    DashboardPage(CompanySession &session, Navigator &navigator, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

private:
    void showAddressesToReview(int count);
    FigureCard *card(const QString &title, const char *name, const QString &accent);
    void display(const Result<DashboardData> &data);
    void showMailSignIn();

    Navigator &m_navigator;
    ElidedLabel *m_heading;
    QLabel *m_error;
    QLabel *m_mailSignIn = nullptr; // "sign in again": mail waits in the outbox
    QLabel *m_updating;
    QPushButton *m_toReview;
    FigureCard *m_outstanding;
    FigureCard *m_overdue;
    FigureCard *m_collected;
    FigureCard *m_drafts;
    FigureCard *m_approval;
    FigureCard *m_orders;
    FigureCard *m_reminders = nullptr;
    AgingChartWidget *m_aging;
    MonthlyChartWidget *m_monthly;
};
