#pragma once

#include <QWidget>

class CompanySession;
class QTableWidget;

// A customer's contracts on the customer view: frequency, status, next date, last invoice and
// monthly amount (read through ContractOverview).
class CustomerContractsWidget : public QWidget
{
    Q_OBJECT
public:
    CustomerContractsWidget(CompanySession &session, qint64 customerId, QWidget *parent = nullptr);
    int contractCount() const;

private:
    QTableWidget *m_table;
};
