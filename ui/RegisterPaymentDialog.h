#pragma once

#include "Document.h"

#include <QDialog>

class CompanySession;
class MessageBanner;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

// Records a payment on a posted invoice, or the refund of a posted credit note: amount (what is
// due unless changed), date, method, reference. A refusal (more than is due, a date in the
// future) is shown in the dialog and nothing is recorded. On an invoice, more than is due may be
// kept as the customer's credit, a small difference left may be written off (up to the write-off
// limit, or by a manager), and the customer's credit is offered as a method when there is some.
class RegisterPaymentDialog : public QDialog
{
    Q_OBJECT
public:
    RegisterPaymentDialog(CompanySession &session, const Document &invoice, QWidget *parent = nullptr);

    void accept() override;

private:
    void updateOptions();

    CompanySession &m_session;
    Document m_invoice;
    MessageBanner *m_banner;
    QLineEdit *m_amount;
    QDateEdit *m_date;
    QComboBox *m_method;
    QLineEdit *m_reference;
    QCheckBox *m_keepCredit;
    QCheckBox *m_writeOff;
    qint64 m_credit = 0;       // the customer's credit
    qint64 m_writeOffLimit = 0;
};
