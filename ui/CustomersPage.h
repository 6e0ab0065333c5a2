#pragma once

#include "Page.h"

class MessageBanner;
class Navigator;
class QCheckBox;
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
    // Shows only the customers whose address is to review (or every customer again).
    void showToReview(bool only);

private:
    qint64 currentId() const;

    Navigator &m_navigator;
    QLineEdit *m_search;
    MessageBanner *m_banner;
    RowTableModel<CustomerSummary> *m_model;
    QCheckBox *m_toReview;
    QTableView *m_view;
};
