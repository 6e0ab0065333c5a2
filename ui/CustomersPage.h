#pragma once

#include "Page.h"

class MessageBanner;
class Navigator;
class QLineEdit;
class QTableView;
struct CustomerSummary;
template<typename Row>
class RowTableModel;

// Customers with what they owe; the editor with contacts; their invoices one click away.
class CustomersPage : public Page
{
    Q_OBJECT
public:
    CustomersPage(CompanySession &session, Navigator &navigator, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;
    bool canDo(PageAction action) const override;
    void doAction(PageAction action) override;

    void editCustomer(qint64 customerId);

private:
    qint64 currentId() const;

    Navigator &m_navigator;
    QLineEdit *m_search;
    MessageBanner *m_banner;
    RowTableModel<CustomerSummary> *m_model;
    QTableView *m_view;
};
