#pragma once

#include "Page.h"

class MessageBanner;
class Navigator;
class PaymentTableModel;
class QLabel;
class QLineEdit;
class QTableView;

// Every payment, reversal and refund, newest first, with search; opening one shows its invoice.
// Register payment asks for the invoice number when no invoice is at hand.
class PaymentsPage : public Page
{
    Q_OBJECT
public:
    PaymentsPage(CompanySession &session, Navigator &navigator, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;
    bool canDo(PageAction action) const override;
    void doAction(PageAction action) override;

private:
    void registerPaymentByNumber();

    Navigator &m_navigator;
    QLineEdit *m_search;
    QLineEdit *m_invoiceNumber;
    MessageBanner *m_banner;
    PaymentTableModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
};
