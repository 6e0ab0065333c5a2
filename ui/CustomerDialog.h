#pragma once

#include "Customer.h"

#include <QDialog>

class CompanySession;
class MessageBanner;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

// Adds or edits a customer: name, billing address, VAT id, terms, language, notes and contacts.
// Editing a customer never changes a posted invoice (those keep their frozen copy).
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
    void addContactRow(const Contact &contact);

    CompanySession &m_session;
    Customer m_customer;
    MessageBanner *m_banner;
    QLineEdit *m_name;
    QPlainTextEdit *m_address;
    QLineEdit *m_vat;
    QCheckBox *m_ownTerms;
    QSpinBox *m_terms;
    QComboBox *m_language;
    QCheckBox *m_noReminders;
    QPlainTextEdit *m_notes;
    QTableWidget *m_contacts;
};
