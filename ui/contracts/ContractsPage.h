#pragma once

#include "ContractOverview.h"
#include "Page.h"

class MessageBanner;
class Navigator;
class QLabel;
class QTableView;
template<typename Row>
class RowTableModel;

// The maintenance contracts: each with its next bill date, last invoice and monthly contracted
// revenue (the total above the list), the occurrences needing attention, New contract and the
// since-last-run dialog.
class ContractsPage : public Page
{
    Q_OBJECT
public:
    ContractsPage(CompanySession &session, Navigator &navigator, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;
    bool canDo(PageAction action) const override;
    void doAction(PageAction action) override;

    void openContract(qint64 contractId);
    void openSinceLastRun();
    // Whether contract invoices are due since the program last made them (when the company file
    // opens, the window then offers them with openSinceLastRun()).
    static bool dueSinceLastRun(CompanySession &session);

private:
    Navigator &m_navigator;
    MessageBanner *m_banner;
    MessageBanner *m_attention;
    QLabel *m_total;
    RowTableModel<ContractOverviewRow> *m_model;
    QTableView *m_view;
};
