#include "CompanySetupWizard.h"

#include "CompanySettingsForm.h"
#include "UiFormat.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QWizardPage>

CompanySetupWizard::CompanySetupWizard(QWidget *parent)
    : QWizard(parent)
    , m_form(new CompanySettingsForm(this))
    , m_manager(new QLineEdit(this))
    , m_rate(new QLineEdit(this))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Create my company"));
    setWizardStyle(QWizard::ModernStyle);

    auto *identity = new QWizardPage(this);
    identity->setTitle(tr("Your company"));
    identity->setSubTitle(tr("As it must appear on every invoice: name, address and VAT id. The bank details are "
                             "printed so that customers can pay you."));
    auto *identityLayout = new QVBoxLayout(identity);
    identityLayout->addWidget(m_form->identityPage(identity));
    addPage(identity);

    auto *invoicing = new QWizardPage(this);
    invoicing->setTitle(tr("How you invoice"));
    invoicing->setSubTitle(tr("Payment terms, numbering and the usual tax rate. All of it can be changed later in "
                              "Settings."));
    m_rate->setObjectName(QStringLiteral("setupStandardRate"));
    m_rate->setText(QStringLiteral("20"));
    m_manager->setObjectName(QStringLiteral("setupManager"));
    m_manager->setText(qEnvironmentVariable("USER", QStringLiteral("manager")).toLower().remove(QLatin1Char(' ')));
    auto *extra = new QFormLayout;
    extra->addRow(tr("Standard tax rate (%)"), m_rate);
    extra->addRow(tr("Your user name"), m_manager);
    auto *invoicingLayout = new QVBoxLayout(invoicing);
    invoicingLayout->addWidget(m_form->invoicingPage(invoicing));
    invoicingLayout->addLayout(extra);
    addPage(invoicing);
    resize(940, 700);
}

CompanySettings CompanySetupWizard::company() const
{
    auto settings = m_form->settings();
    return settings ? settings.value() : CompanySettings();
}

QString CompanySetupWizard::managerName() const
{
    return m_manager->text().trimmed();
}

Percentage CompanySetupWizard::standardRate() const
{
    auto rate = UiFormat::parse<Percentage>(m_rate->text(), false);
    return rate ? rate.value() : Percentage::fromInteger(20);
}

QList<FieldProblem> CompanySetupWizard::problemsOfPage(int page) const
{
    QList<FieldProblem> problems = m_form->problems(page);
    if (page > 0) {
        auto rate = UiFormat::parse<Percentage>(m_rate->text(), false);
        if (!rate)
            problems.append({m_rate, rate.error().prefixed(tr("Standard tax rate")).message()});
        if (managerName().isEmpty())
            problems.append({m_manager, tr("Your user name is needed: it signs what you do.")});
    }
    return problems;
}

bool CompanySetupWizard::validateCurrentPage()
{
    const QList<FieldProblem> problems = problemsOfPage(currentId());
    FieldProblems::show(this, problems, currentPage());
    return problems.isEmpty();
}
