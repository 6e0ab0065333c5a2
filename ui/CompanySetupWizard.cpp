#include "CompanySetupWizard.h"

#include "CompanySettingsForm.h"
#include "SettingsService.h"
#include "UiFormat.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
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

namespace {
// A company that passes every rule: each field is checked alone against it, so that a problem
// is told at the field that has it.
CompanySettings validBaseline()
{
    CompanySettings s;
    s.name = QStringLiteral("Company");
    s.address = QStringLiteral("1 rue de la Paix\n75002 Paris\nFrance");
    return s;
}

using Take = void (*)(CompanySettings &to, const CompanySettings &from);
struct FieldRule
{
    const char *field;
    int page;
    Take take;
};

const FieldRule rules[] = {
    {"companyName", 0, [](CompanySettings &to, const CompanySettings &from) { to.name = from.name; }},
    {"companyAddress", 0, [](CompanySettings &to, const CompanySettings &from) {
         to.address = from.address;
         to.postalAddress = from.postalAddress;
     }},
    {"companyVatId", 0, [](CompanySettings &to, const CompanySettings &from) { to.vatId = from.vatId; }},
    {"companyEmail", 0, [](CompanySettings &to, const CompanySettings &from) { to.email = from.email; }},
    {"companyIban", 0, [](CompanySettings &to, const CompanySettings &from) { to.iban = from.iban; }},
    {"companyBic", 0, [](CompanySettings &to, const CompanySettings &from) { to.bic = from.bic; }},
    {"companyCurrency", 0, [](CompanySettings &to, const CompanySettings &from) { to.currency = from.currency; }},
    {"companyTerms", 1,
     [](CompanySettings &to, const CompanySettings &from) { to.paymentTermsDays = from.paymentTermsDays; }},
    {"invoicePattern", 1, [](CompanySettings &to, const CompanySettings &from) {
         to.invoicePattern = from.invoicePattern;
         to.resetYearly = from.resetYearly;
     }},
    {"creditNotePattern", 1, [](CompanySettings &to, const CompanySettings &from) {
         to.creditNotePattern = from.creditNotePattern;
         to.invoicePattern = from.invoicePattern; // the two must differ
         to.resetYearly = from.resetYearly;
     }},
    {"quotationPattern", 1, [](CompanySettings &to, const CompanySettings &from) {
         to.quotationPattern = from.quotationPattern;
         to.resetYearly = from.resetYearly;
     }},
    {"reminderLevels", 1,
     [](CompanySettings &to, const CompanySettings &from) { to.reminderLevels = from.reminderLevels; }},
};
} // namespace

QList<CompanySetupWizard::Problem> CompanySetupWizard::problemsOfPage(int page) const
{
    QList<Problem> problems;
    auto settings = m_form->settings();
    if (!settings) { // a field the form itself cannot read (the approval threshold)
        problems.append({findChild<QWidget *>(QStringLiteral("companyThreshold")), settings.message()});
        return problems;
    }
    for (const FieldRule &rule : rules) {
        if (rule.page != page)
            continue;
        QWidget *field = findChild<QWidget *>(QString::fromLatin1(rule.field));
        if (!field)
            continue;
        CompanySettings alone = validBaseline();
        rule.take(alone, settings.value());
        auto valid = SettingsService::validated(alone);
        if (!valid)
            problems.append({field, valid.message()});
        else if (page == 0 && QLatin1String(rule.field) == QLatin1String("companyAddress")
                 && valid->address.trimmed().isEmpty())
            problems.append({field, tr("The company address is printed on every invoice: please fill it in.")});
    }
    if (page > 0) {
        auto rate = UiFormat::parse<Percentage>(m_rate->text(), false);
        if (!rate)
            problems.append({m_rate, rate.error().prefixed(tr("Standard tax rate")).message()});
        if (managerName().isEmpty())
            problems.append({m_manager, tr("Your user name is needed: it signs what you do.")});
    }
    if (problems.isEmpty()) { // what only the whole settings tell (e.g. two equal patterns)
        auto whole = SettingsService::validated(settings.value());
        if (!whole)
            problems.append({currentPage(), whole.message()});
    }
    return problems;
}

void CompanySetupWizard::showProblems(const QList<Problem> &problems)
{
    for (QLabel *old : findChildren<QLabel *>(QStringLiteral("fieldError")))
        old->deleteLater();
    for (const Problem &problem : problems) {
        auto *label = new QLabel(problem.message);
        label->setObjectName(QStringLiteral("fieldError"));
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("color: #b02a1e;"));
        label->setProperty("field", problem.field ? problem.field->objectName() : QString());
        auto *form = problem.field && problem.field->parentWidget()
            ? qobject_cast<QFormLayout *>(problem.field->parentWidget()->layout())
            : nullptr;
        int row = -1;
        QFormLayout::ItemRole role;
        if (form)
            form->getWidgetPosition(problem.field, &row, &role);
        if (form && row >= 0) {
            form->insertRow(row + 1, QString(), label); // under its field
        } else {
            label->setParent(currentPage());
            currentPage()->layout()->addWidget(label);
        }
    }
    if (!problems.isEmpty() && problems.first().field)
        problems.first().field->setFocus();
}

bool CompanySetupWizard::validateCurrentPage()
{
    const QList<Problem> problems = problemsOfPage(currentId());
    showProblems(problems);
    return problems.isEmpty();
}
