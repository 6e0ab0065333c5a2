#pragma once

#include "CompanySettings.h"
#include "FieldProblems.h"
#include "FixedDecimal.h"

#include <QList>
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

    // Every problem of the current page is shown under its field, in the order of the fields,
    // and the first of them gets the focus.
    bool validateCurrentPage() override;

private:
    QList<FieldProblem> problemsOfPage(int page) const;

    CompanySettingsForm *m_form;
    QLineEdit *m_manager;
    QLineEdit *m_rate;
};
