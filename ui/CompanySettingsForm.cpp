#include "CompanySettingsForm.h"

#include "CountryCodes.h"
#include "CountryComboBox.h"
#include "Currency.h"
#include "MessageBanner.h"
#include "PostalAddressFields.h"
#include "SchemeIdField.h"
#include "SettingsService.h"
#include "UiFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
// Where a new company most likely is: its VAT id's country, else the interface language's.
QString defaultCountry(const QString &vatId)
{
    const QString byVat = CountryCodes::fromVatId(vatId);
    if (!byVat.isEmpty())
        return byVat;
    const QString local = QLocale::territoryToCode(QLocale().territory());
    return CountryCodes::isKnown(local) ? local : QString();
}

QLineEdit *field(const char *name, QWidget *parent, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setPlaceholderText(placeholder);
    return edit;
}
} // namespace

CompanySettingsForm::CompanySettingsForm(QObject *parent)
    : QObject(parent)
{ }

QWidget *CompanySettingsForm::identityPage(QWidget *parent)
{
    auto *page = new QWidget(parent);
    m_identity = page;
    auto *left = new QWidget(page);
    left->setObjectName(QStringLiteral("companyIdentityColumn"));
    auto *right = new QWidget(page);
    right->setObjectName(QStringLiteral("companyContactColumn"));
    m_review = new MessageBanner(page);
    m_review->setObjectName(QStringLiteral("companyReviewBanner"));
    m_name = field("companyName", left);
    m_address = new PostalAddressFields("company", left);
    m_vatId = field("companyVatId", left, tr("e.g. FR32123456789"));
    m_registration = field("companyRegistration", left, tr("Registration number, printed in the footer"));
    m_legal = new SchemeIdField("companyLegalRegistration", EInvoiceNames::registrationSchemes(), left);
    m_legal->setToolTip(tr("The registration number and its register, written in e-invoices (SIREN or SIRET, "
                           "KBO/BCE, Handelsregister)."));
    m_endpoint = new SchemeIdField("companyEndpoint", EInvoiceNames::endpointSchemes(), left);
    m_endpoint->setToolTip(tr("Your Peppol participant id: where customers send their answers and their own "
                              "e-invoices."));
    m_email = field("companyEmail", right);
    m_phone = field("companyPhone", right);
    m_website = field("companyWebsite", right);
    m_contactName = field("companyContactName", right, tr("Who answers questions about invoices"));
    m_contactPhone = field("companyContactPhone", right);
    m_contactEmail = field("companyContactEmail", right);
    for (QLineEdit *edit : {m_contactName, m_contactPhone, m_contactEmail})
        edit->setToolTip(tr("The seller's contact written in e-invoices (XRechnung requires it)."));
    m_iban = field("companyIban", right);
    m_bic = field("companyBic", right);
    m_bank = field("companyBank", right);
    m_currency = field("companyCurrency", right, tr("ISO 4217 code, e.g. EUR"));
    m_currency->setMaxLength(3);
    auto *leftForm = new QFormLayout(left);
    leftForm->setContentsMargins(0, 0, 0, 0);
    leftForm->addRow(tr("Company name"), m_name);
    m_address->addRows(leftForm);
    leftForm->addRow(tr("VAT id"), m_vatId);
    leftForm->addRow(tr("Registration"), m_registration);
    leftForm->addRow(tr("Registration id"), m_legal);
    leftForm->addRow(tr("Electronic address"), m_endpoint);
    auto *rightForm = new QFormLayout(right);
    rightForm->setContentsMargins(0, 0, 0, 0);
    rightForm->addRow(tr("Email"), m_email);
    rightForm->addRow(tr("Phone"), m_phone);
    rightForm->addRow(tr("Website"), m_website);
    rightForm->addRow(tr("Contact"), m_contactName);
    rightForm->addRow(tr("Contact phone"), m_contactPhone);
    rightForm->addRow(tr("Contact email"), m_contactEmail);
    rightForm->addRow(tr("IBAN"), m_iban);
    rightForm->addRow(tr("BIC"), m_bic);
    rightForm->addRow(tr("Bank"), m_bank);
    rightForm->addRow(tr("Currency"), m_currency);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_review);
    auto *row = new QHBoxLayout;
    row->addWidget(left, 1);
    row->addSpacing(16);
    row->addWidget(right, 1);
    layout->addLayout(row);
    setSettings(m_settings);
    return page;
}

QWidget *CompanySettingsForm::invoicingPage(QWidget *parent)
{
    auto *page = new QWidget(parent);
    m_invoicing = page;
    m_terms = new QSpinBox(page);
    m_terms->setObjectName(QStringLiteral("companyTerms"));
    m_terms->setRange(0, 365);
    m_terms->setSuffix(tr(" days"));
    m_threshold = field("companyThreshold", page, tr("0: no approval needed"));
    m_invoicePattern = field("invoicePattern", page);
    m_creditPattern = field("creditNotePattern", page);
    m_quotationPattern = field("quotationPattern", page);
    m_resetYearly = new QCheckBox(tr("Restart the numbers every year"), page);
    m_resetYearly->setObjectName(QStringLiteral("resetYearly"));
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("companyLanguage"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    m_language->addItem(tr("German"), QStringLiteral("de"));
    m_paper = new QComboBox(page);
    m_paper->setObjectName(QStringLiteral("companyPaper"));
    m_paper->addItems({QStringLiteral("A4"), QStringLiteral("Letter")});
    m_reminders = field("reminderLevels", page, tr("Days overdue, e.g. 7,14,30"));
    auto *hint = new QLabel(tr("Patterns: {YYYY} year, {YY} short year, {MM} month, {SEQ:5} the counter on 5 digits. "
                               "Changing a pattern never renumbers posted documents."),
        page);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("Payment terms"), m_terms);
    form->addRow(tr("Approval above (gross)"), m_threshold);
    form->addRow(tr("Invoice numbers"), m_invoicePattern);
    form->addRow(tr("Credit note numbers"), m_creditPattern);
    form->addRow(tr("Quotation numbers"), m_quotationPattern);
    form->addRow(QString(), m_resetYearly);
    form->addRow(QString(), hint);
    form->addRow(tr("Document language"), m_language);
    form->addRow(tr("Paper"), m_paper);
    form->addRow(tr("Reminders"), m_reminders);
    // ---- Payment mentions and service-order wording ----
    m_lateMentions = new QCheckBox(tr("Print the late-payment mentions"), page);
    m_lateMentions->setToolTip(tr("On invoices to business customers: France (Code de commerce L441-10), Belgium "
                                  "(law of 2 August 2002), Germany (§ 288 BGB)."));
    m_lateMentions->setObjectName(QStringLiteral("latePaymentMentions"));
    m_lateRate = field("lateInterestRate", page, tr("Empty: the statutory rate (France: 3 × the legal rate)"));
    m_indemnity = field("recoveryIndemnity", page);
    m_earlyDiscount = field("earlyPaymentDiscount", page, tr("Empty: no discount for early payment"));
    m_technicianOnLines = new QCheckBox(tr("Name the technician on invoice lines"), page);
    m_technicianOnLines->setToolTip(tr("On the lines an invoice takes from a service order's time entries."));
    m_technicianOnLines->setObjectName(QStringLiteral("technicianOnLines"));
    form->addRow(QString(), m_lateMentions);
    form->addRow(tr("Late-payment rate (% a year)"), m_lateRate);
    form->addRow(tr("Recovery indemnity"), m_indemnity);
    form->addRow(tr("Early-payment discount (%)"), m_earlyDiscount);
    form->addRow(QString(), m_technicianOnLines);
    // ---- end of payment mentions ----
    // ---- Payment reference and payment link ----
    m_paymentReference = new QComboBox(page);
    m_paymentReference->setObjectName(QStringLiteral("paymentReference"));
    m_paymentReference->addItem(tr("Creditor reference (ISO 11649, RF…)"), QStringLiteral("rf"));
    m_paymentReference->addItem(tr("Belgian structured communication (+++…+++)"), QStringLiteral("be"));
    m_paymentReference->setToolTip(tr("The reference each posted invoice gets, printed with the bank details, in the "
                                      "payment QR code and the e-invoice: bank statements find the invoice by it."));
    m_paymentLink = field("paymentLink", page, tr("https://pay.example.com/i/{number}?amount={due}&currency={currency}"));
    m_paymentLink->setToolTip(tr("Empty: no payment link. Placeholders: {number}, {due}, {currency}, {reference}, "
                                 "{customer}. Each posted invoice keeps the link it was given."));
    form->addRow(tr("Payment reference"), m_paymentReference);
    form->addRow(tr("Payment link"), m_paymentLink);
    // ---- end of payment reference and payment link ----
    setSettings(m_settings);
    return page;
}

void CompanySettingsForm::setSettings(const CompanySettings &s)
{
    m_settings = s;
    if (m_name) {
        m_name->setText(s.name);
        m_address->setAddress(s.postalAddress);
        if (!s.postalAddress.isStructured() && !s.postalAddress.toReview)
            m_address->country()->setCountryCode(defaultCountry(s.vatId));
        if (s.postalAddress.toReview)
            m_review->showMessage(tr("Please check the company address: it could not be split into street, postcode, "
                                     "city and country when it was brought over, and it is printed as it was "
                                     "typed:\n%1\nFill in the fields below, with the country, and save.")
                                      .arg(s.address),
                MessageBanner::Kind::Warning);
        else
            m_review->clearMessage();
        m_vatId->setText(s.vatId);
        m_registration->setText(s.registration);
        m_legal->setValue(s.legalRegistration.scheme, s.legalRegistration.id);
        m_endpoint->setValue(s.endpoint.scheme, s.endpoint.id);
        m_contactName->setText(s.contactName);
        m_contactPhone->setText(s.contactPhone);
        m_contactEmail->setText(s.contactEmail);
        m_email->setText(s.email);
        m_phone->setText(s.phone);
        m_website->setText(s.website);
        m_iban->setText(s.iban);
        m_bic->setText(s.bic);
        m_bank->setText(s.bankName);
        m_currency->setText(s.currency);
    }
    if (m_terms) {
        m_terms->setValue(s.paymentTermsDays);
        const int digits = Currency::minorDigits(s.currency);
        m_threshold->setText(
            s.approvalThreshold == 0 ? QString() : UiFormat::decimal(s.approvalThreshold, digits, digits));
        m_invoicePattern->setText(s.invoicePattern);
        m_creditPattern->setText(s.creditNotePattern);
        m_quotationPattern->setText(s.quotationPattern);
        m_resetYearly->setChecked(s.resetYearly);
        m_language->setCurrentIndex(std::max(0, m_language->findData(s.defaultLanguage)));
        m_paper->setCurrentText(s.paperSize);
        m_reminders->setText(s.reminderLevels);
        m_lateMentions->setChecked(s.latePaymentMentions);
        m_lateRate->setText(s.lateInterestRate);
        m_indemnity->setText(UiFormat::decimal(s.recoveryIndemnity, digits, digits));
        m_earlyDiscount->setText(s.earlyPaymentDiscount);
        m_technicianOnLines->setChecked(s.technicianOnInvoiceLines);
        m_paymentReference->setCurrentIndex(std::max(0, m_paymentReference->findData(s.paymentReferenceKind)));
        m_paymentLink->setText(s.paymentLinkTemplate);
    }
}

Result<CompanySettings> CompanySettingsForm::settings() const
{
    CompanySettings s = m_settings;
    if (m_name) {
        s.name = m_name->text();
        s.vatId = m_vatId->text();
        s.registration = m_registration->text();
        s.legalRegistration = {m_legal->scheme(), m_legal->id()};
        s.endpoint = {m_endpoint->scheme(), m_endpoint->id()};
        s.contactName = m_contactName->text();
        s.contactPhone = m_contactPhone->text();
        s.contactEmail = m_contactEmail->text();
        s.email = m_email->text();
        s.phone = m_phone->text();
        s.website = m_website->text();
        s.iban = m_iban->text();
        s.bic = m_bic->text();
        s.bankName = m_bank->text();
        s.currency = m_currency->text().trimmed().toUpper();
    }
    if (m_terms) {
        s.paymentTermsDays = m_terms->value();
        if (m_threshold->text().trimmed().isEmpty()) {
            s.approvalThreshold = 0;
        } else {
            auto threshold = UiFormat::parseMoney(m_threshold->text(), s.currency);
            if (!threshold)
                return threshold.error().prefixed(tr("Approval threshold"));
            s.approvalThreshold = threshold.value();
        }
        s.invoicePattern = m_invoicePattern->text().trimmed();
        s.creditNotePattern = m_creditPattern->text().trimmed();
        s.quotationPattern = m_quotationPattern->text().trimmed();
        s.resetYearly = m_resetYearly->isChecked();
        s.defaultLanguage = m_language->currentData().toString();
        s.paperSize = m_paper->currentText();
        s.reminderLevels = m_reminders->text().trimmed();
        s.latePaymentMentions = m_lateMentions->isChecked();
        s.lateInterestRate = m_lateRate->text().trimmed();
        auto indemnity = UiFormat::parseMoney(
            m_indemnity->text().trimmed().isEmpty() ? QStringLiteral("0") : m_indemnity->text(), s.currency);
        if (!indemnity)
            return indemnity.error().prefixed(tr("Recovery indemnity"));
        s.recoveryIndemnity = indemnity.value();
        s.earlyPaymentDiscount = m_earlyDiscount->text().trimmed();
        s.technicianOnInvoiceLines = m_technicianOnLines->isChecked();
        s.paymentReferenceKind = m_paymentReference->currentData().toString();
        s.paymentLinkTemplate = m_paymentLink->text().trimmed();
    }
    if (m_name) { // the country line is printed in the documents' language
        s.postalAddress = m_address->address(m_settings.postalAddress, s.defaultLanguage);
        s.address = s.postalAddress.toReview ? m_settings.address : s.postalAddress.text();
    }
    return s;
}

namespace {
// A company that passes every rule: each field is checked alone against it, so that a problem
// is told at the field that has it.
CompanySettings validBaseline()
{
    CompanySettings s;
    s.name = QStringLiteral("Company");
    s.postalAddress.line1 = QStringLiteral("1 rue de la Paix");
    s.postalAddress.postcode = QStringLiteral("75002");
    s.postalAddress.city = QStringLiteral("Paris");
    s.postalAddress.countryCode = QStringLiteral("FR");
    return s;
}

QString problemOf(const CompanySettings &alone)
{
    auto valid = SettingsService::validated(alone);
    return valid ? QString() : valid.message();
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
    {nullptr, 0, nullptr}, // the address, field by field
    {"companyVatId", 0, [](CompanySettings &to, const CompanySettings &from) { to.vatId = from.vatId; }},
    {"companyRegistration", 0,
        [](CompanySettings &to, const CompanySettings &from) { to.registration = from.registration; }},
    {"companyLegalRegistrationId", 0,
        [](CompanySettings &to, const CompanySettings &from) { to.legalRegistration = from.legalRegistration; }},
    {"companyEndpointId", 0, [](CompanySettings &to, const CompanySettings &from) { to.endpoint = from.endpoint; }},
    {"companyEmail", 0, [](CompanySettings &to, const CompanySettings &from) { to.email = from.email; }},
    {"companyContactName", 0,
        [](CompanySettings &to, const CompanySettings &from) { to.contactName = from.contactName; }},
    {"companyContactPhone", 0,
        [](CompanySettings &to, const CompanySettings &from) { to.contactPhone = from.contactPhone; }},
    {"companyContactEmail", 0,
        [](CompanySettings &to, const CompanySettings &from) { to.contactEmail = from.contactEmail; }},
    {"companyIban", 0, [](CompanySettings &to, const CompanySettings &from) { to.iban = from.iban; }},
    {"companyBic", 0, [](CompanySettings &to, const CompanySettings &from) { to.bic = from.bic; }},
    {"companyCurrency", 0, [](CompanySettings &to, const CompanySettings &from) { to.currency = from.currency; }},
    {"companyTerms", 1,
        [](CompanySettings &to, const CompanySettings &from) { to.paymentTermsDays = from.paymentTermsDays; }},
    {"invoicePattern", 1,
        [](CompanySettings &to, const CompanySettings &from) {
            to.invoicePattern = from.invoicePattern;
            to.resetYearly = from.resetYearly;
        }},
    {"creditNotePattern", 1,
        [](CompanySettings &to, const CompanySettings &from) {
            to.creditNotePattern = from.creditNotePattern;
            to.invoicePattern = from.invoicePattern; // the two must differ
            to.resetYearly = from.resetYearly;
        }},
    {"quotationPattern", 1,
        [](CompanySettings &to, const CompanySettings &from) {
            to.quotationPattern = from.quotationPattern;
            to.resetYearly = from.resetYearly;
        }},
    {"reminderLevels", 1,
        [](CompanySettings &to, const CompanySettings &from) { to.reminderLevels = from.reminderLevels; }},
    {"lateInterestRate", 1,
        [](CompanySettings &to, const CompanySettings &from) { to.lateInterestRate = from.lateInterestRate; }},
    {"earlyPaymentDiscount", 1,
        [](CompanySettings &to, const CompanySettings &from) { to.earlyPaymentDiscount = from.earlyPaymentDiscount; }},
    {"paymentLink", 1,
        [](CompanySettings &to, const CompanySettings &from) { to.paymentLinkTemplate = from.paymentLinkTemplate; }},
};
} // namespace

QList<FieldProblem> CompanySettingsForm::problems(int page) const
{
    QList<FieldProblem> found;
    auto settings = this->settings();
    if (!settings) { // an amount the form itself cannot read
        if (page == 1)
            found.append({settings.message().contains(tr("Approval threshold")) ? static_cast<QWidget *>(m_threshold)
                                                                                : m_indemnity,
                settings.message()});
        return found;
    }
    const CompanySettings &edited = settings.value();
    for (const FieldRule &rule : rules) {
        if (rule.page != page || (page == 0 && !m_name) || (page == 1 && !m_terms))
            continue;
        if (!rule.field) {
            found += m_address->problems(
                edited.postalAddress, edited.address, [](const PostalAddress &address, const QString &text) {
                    CompanySettings alone = validBaseline();
                    alone.postalAddress = address;
                    alone.address = text;
                    return problemOf(alone);
                });
            if (m_address->isEmpty() && !edited.postalAddress.toReview)
                found.append({m_address->firstField(),
                    tr("The company address is printed on every invoice: please fill it in.")});
            continue;
        }
        const QString name = QString::fromLatin1(rule.field);
        QWidget *field = (page == 0 ? m_identity : m_invoicing)->findChild<QWidget *>(name);
        if (name == QLatin1String("companyLegalRegistrationId") && edited.legalRegistration.scheme.isEmpty()
            && !edited.legalRegistration.id.isEmpty()) {
            found.append({m_legal->schemeBox(), tr("Choose the register of this registration number.")});
            continue;
        }
        if (name == QLatin1String("companyEndpointId") && edited.endpoint.scheme.isEmpty()
            && !edited.endpoint.id.isEmpty()) {
            found.append({m_endpoint->schemeBox(), tr("Choose the scheme of this electronic address.")});
            continue;
        }
        CompanySettings alone = validBaseline();
        rule.take(alone, edited);
        const QString message = problemOf(alone);
        if (!message.isEmpty())
            found.append({field, message});
    }
    if (found.isEmpty()) { // what only the whole settings tell (e.g. two equal patterns)
        const QString whole = problemOf(edited);
        if (!whole.isEmpty())
            found.append({nullptr, whole});
    }
    return found;
}
