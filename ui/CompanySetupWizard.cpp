#include "CompanySetupWizard.h"

#include "CompanySettingsForm.h"
#include "SettingsService.h"
#include "UiFormat.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QVBoxLayout>
#include <QWizardPage>

CompanySetupWizard::CompanySetupWizard(QWidget *parent)
    : QWizard(parent), m_form(new CompanySettingsForm(this)), m_manager(new QLineEdit(this)), m_rate(new QLineEdit(this))
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
    resize(720, 640);
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

bool CompanySetupWizard::validateCurrentPage()
{
    auto settings = m_form->settings();
    Status problem;
    if (!settings) {
        problem = settings.error();
    } else {
        auto valid = SettingsService::validated(settings.value());
        if (!valid)
            problem = valid.error();
        else if (currentId() == 0 && valid->address.trimmed().isEmpty())
            problem = Error::invalid(tr("The company address is printed on every invoice: please fill it in."));
    }
    if (problem.ok() && currentId() > 0) {
        auto rate = UiFormat::parse<Percentage>(m_rate->text(), false);
        if (!rate)
            problem = rate.error().prefixed(tr("Standard tax rate"));
    }
    if (!problem.ok()) {
        QMessageBox::warning(this, windowTitle(), problem.message());
        return false;
    }
    return true;
}
