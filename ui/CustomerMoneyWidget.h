#pragma once

#include <QGroupBox>

class CompanySession;
class MessageBanner;
class QLabel;
class QPushButton;
class QTableWidget;

// In the customer's window: their credit (over-payments kept) and their SEPA direct debit
// mandates, with a mandate added or revoked at once (each its own recorded change).
class CustomerMoneyWidget : public QGroupBox
{
    Q_OBJECT
public:
    CustomerMoneyWidget(CompanySession &session, qint64 customerId, QWidget *parent = nullptr);

    void reload();

private:
    void addMandate();
    void revokeMandate();

    CompanySession &m_session;
    qint64 m_customerId;
    MessageBanner *m_banner;
    QLabel *m_credit;
    QTableWidget *m_mandates;
    QPushButton *m_add;
    QPushButton *m_revoke;
};
