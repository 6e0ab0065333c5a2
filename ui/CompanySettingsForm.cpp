#include "CompanySettingsForm.h"

#include "Currency.h"
#include "UiFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace {
QLineEdit *field(const char *name, QWidget *parent, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setPlaceholderText(placeholder);
    return edit;
}
} // namespace

CompanySettingsForm::CompanySettingsForm(QObject *parent) : QObject(parent) {}

QWidget *CompanySettingsForm::identityPage(QWidget *parent)
{
    auto *page = new QWidget(parent);
    m_name = field("companyName", page);
    m_address = new QPlainTextEdit(page);
    m_address->setObjectName(QStringLiteral("companyAddress"));
    m_address->setMaximumHeight(80);
    m_address->setTabChangesFocus(true);
    m_vatId = field("companyVatId", page, tr("e.g. FR32123456789"));
    m_registration = field("companyRegistration", page, tr("Registration number, printed in the footer"));
    m_email = field("companyEmail", page);
    m_phone = field("companyPhone", page);
    m_website = field("companyWebsite", page);
    m_iban = field("companyIban", page);
    m_bic = field("companyBic", page);
    m_bank = field("companyBank", page);
    m_currency = field("companyCurrency", page, tr("ISO 4217 code, e.g. EUR"));
    m_currency->setMaxLength(3);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Company name"), m_name);
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("VAT id"), m_vatId);
    form->addRow(tr("Registration"), m_registration);
    form->addRow(tr("Email"), m_email);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Website"), m_website);
    form->addRow(tr("IBAN"), m_iban);
    form->addRow(tr("BIC"), m_bic);
    form->addRow(tr("Bank"), m_bank);
    form->addRow(tr("Currency"), m_currency);
    setSettings(m_settings);
    return page;
}

QWidget *CompanySettingsForm::invoicingPage(QWidget *parent)
{
    auto *page = new QWidget(parent);
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
    setSettings(m_settings);
    return page;
}

void CompanySettingsForm::setSettings(const CompanySettings &s)
{
    m_settings = s;
    if (m_name) {
        m_name->setText(s.name);
        m_address->setPlainText(s.address);
        m_vatId->setText(s.vatId);
        m_registration->setText(s.registration);
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
        m_threshold->setText(s.approvalThreshold == 0 ? QString()
                                                      : UiFormat::decimal(s.approvalThreshold, digits, digits));
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
    }
}

Result<CompanySettings> CompanySettingsForm::settings() const
{
    CompanySettings s = m_settings;
    if (m_name) {
        s.name = m_name->text();
        s.address = m_address->toPlainText();
        s.vatId = m_vatId->text();
        s.registration = m_registration->text();
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
        auto indemnity = UiFormat::parseMoney(m_indemnity->text().trimmed().isEmpty() ? QStringLiteral("0")
                                                                                     : m_indemnity->text(),
                                              s.currency);
        if (!indemnity)
            return indemnity.error().prefixed(tr("Recovery indemnity"));
        s.recoveryIndemnity = indemnity.value();
        s.earlyPaymentDiscount = m_earlyDiscount->text().trimmed();
        s.technicianOnInvoiceLines = m_technicianOnLines->isChecked();
    }
    return s;
}
