#pragma once

#include "CompanySettings.h"
#include "FixedDecimal.h"

#include <QWizard>

class CompanySettingsForm;
class QLineEdit;

// "Create my company": who the company is, how it is paid, how it numbers its invoices and
// its usual tax rate, and the manager's user name. The result feeds Ledger::setUp.
class CompanySetupWizard : public QWizard
{
    Q_OBJECT
public:
    explicit CompanySetupWizard(QWidget *parent = nullptr);

    CompanySettings company() const;
    QString managerName() const;
    Percentage standardRate() const;

    bool validateCurrentPage() override;

private:
    CompanySettingsForm *m_form;
    QLineEdit *m_manager;
    QLineEdit *m_rate;
};
