#pragma once

#include <QDialog>

class CompanySession;
class MessageBanner;
class QComboBox;
class QDateEdit;
class QLineEdit;

// Records a SEPA direct debit mandate of a customer: its unique reference, the day it was signed,
// the account (IBAN, BIC) and the scheme (core or B2B). A refusal is shown in the dialog and
// nothing is recorded.
class MandateDialog : public QDialog
{
    Q_OBJECT
public:
    MandateDialog(CompanySession &session, qint64 customerId, QWidget *parent = nullptr);

    void accept() override;

private:
    CompanySession &m_session;
    qint64 m_customerId;
    MessageBanner *m_banner;
    QLineEdit *m_reference;
    QDateEdit *m_signed;
    QLineEdit *m_iban;
    QLineEdit *m_bic;
    QComboBox *m_scheme;
};
