#pragma once

#include <QWidget>

class CompanySession;
class MessageBanner;
class QLineEdit;

// Settings › Payments: the write-off limit (what any user may write off; above it a manager) and
// the company's SEPA creditor identifier (checked). A manager's change, each audited.
class PaymentSettingsWidget : public QWidget
{
    Q_OBJECT
public:
    PaymentSettingsWidget(CompanySession &session, QWidget *parent = nullptr);

    void reload();
    void save();

private:
    CompanySession &m_session;
    MessageBanner *m_banner;
    QLineEdit *m_writeOffLimit;
    QLineEdit *m_creditorId;
};
