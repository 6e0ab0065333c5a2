#pragma once

#include "CompanySettings.h"
#include "FieldProblems.h"
#include "Result.h"

#include <QWidget>

class MessageBanner;
class PostalAddressFields;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class SchemeIdField;

// The company's settings as fields, in two parts: who the company is (identity, structured
// address, identifiers for e-invoices, contact and bank) and how it invoices (terms, numbering,
// approval threshold, language, paper, reminders).
class CompanySettingsForm : public QObject
{
    Q_OBJECT
public:
    explicit CompanySettingsForm(QObject *parent = nullptr);

    QWidget *identityPage(QWidget *parent);
    QWidget *invoicingPage(QWidget *parent);

    void setSettings(const CompanySettings &settings);
    // The edited settings; an approval threshold that cannot be read is an error.
    Result<CompanySettings> settings() const;
    // The problems of a part (0: identity, 1: invoicing), each at its field, in the fields' order;
    // what only the whole settings tell comes last, at no field.
    QList<FieldProblem> problems(int page) const;

private:
    CompanySettings m_settings;
    QWidget *m_identity = nullptr;
    QWidget *m_invoicing = nullptr;
    QLineEdit *m_name = nullptr;
    PostalAddressFields *m_address = nullptr;
    MessageBanner *m_review = nullptr;
    QLineEdit *m_vatId = nullptr;
    QLineEdit *m_registration = nullptr;
    SchemeIdField *m_legal = nullptr;
    SchemeIdField *m_endpoint = nullptr;
    QLineEdit *m_contactName = nullptr;
    QLineEdit *m_contactPhone = nullptr;
    QLineEdit *m_contactEmail = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_website = nullptr;
    QLineEdit *m_iban = nullptr;
    QLineEdit *m_bic = nullptr;
    QLineEdit *m_bank = nullptr;
    QLineEdit *m_currency = nullptr;
    QSpinBox *m_terms = nullptr;
    QLineEdit *m_threshold = nullptr;
    QLineEdit *m_invoicePattern = nullptr;
    QLineEdit *m_creditPattern = nullptr;
    QLineEdit *m_quotationPattern = nullptr;
    QCheckBox *m_resetYearly = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_paper = nullptr;
    QLineEdit *m_reminders = nullptr;
    // ---- Payment mentions and service-order wording ----
    QCheckBox *m_lateMentions = nullptr;
    QLineEdit *m_lateRate = nullptr;
    QLineEdit *m_indemnity = nullptr;
    QLineEdit *m_earlyDiscount = nullptr;
    QCheckBox *m_technicianOnLines = nullptr;
    // ---- end of payment mentions ----
    // ---- Payment reference and payment link ----
    QComboBox *m_paymentReference = nullptr;
    QLineEdit *m_paymentLink = nullptr;
    // ---- end of payment reference and payment link ----
};
