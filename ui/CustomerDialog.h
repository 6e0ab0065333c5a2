#pragma once

#include "Customer.h"
#include "FieldProblems.h"

#include <QDialog>

class CompanySession;
class MessageBanner;
class PostalAddressFields;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class SchemeIdField;

// Adds or edits a customer: name, structured billing address, VAT id, registration, electronic
// address, buyer reference and preferred e-invoice, terms, language, notes and contacts. Each
// problem is told under its field. Editing a customer never changes a posted invoice (those keep
// their frozen copy).
class CustomerDialog : public QDialog
{
    Q_OBJECT
public:
    CustomerDialog(CompanySession &session, const Customer &customer, QWidget *parent = nullptr);

    void accept() override;

signals:
    void saved(qint64 customerId);

private:
    Customer edited() const;
    QList<FieldProblem> problems(const Customer &edited) const;
    void addContactRow(const Contact &contact);
    QString homeCountry() const;

    CompanySession &m_session;
    Customer m_customer;
    MessageBanner *m_banner;
    MessageBanner *m_review;
    QLineEdit *m_name;
    PostalAddressFields *m_address;
    QLineEdit *m_vat;
    SchemeIdField *m_registration;
    SchemeIdField *m_endpoint;
    QLineEdit *m_buyerReference;
    QComboBox *m_format;
    QCheckBox *m_ownTerms;
    QSpinBox *m_terms;
    QComboBox *m_language;
    QCheckBox *m_noReminders;
    QPlainTextEdit *m_notes;
    QTableWidget *m_contacts;
};
