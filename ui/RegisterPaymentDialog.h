#pragma once

#include "Document.h"

#include <QDialog>

class CompanySession;
class MessageBanner;
class QComboBox;
class QDateEdit;
class QLineEdit;

// Records a payment on a posted invoice, or the refund of a posted credit note: amount (what is
// due unless changed), date, method, reference. A refusal (more than is due, a date in the
// future) is shown in the dialog and nothing is recorded.
class RegisterPaymentDialog : public QDialog
{
    Q_OBJECT
public:
    RegisterPaymentDialog(CompanySession &session, const Document &invoice, QWidget *parent = nullptr);

    void accept() override;

private:
    CompanySession &m_session;
    Document m_invoice;
    MessageBanner *m_banner;
    QLineEdit *m_amount;
    QDateEdit *m_date;
    QComboBox *m_method;
    QLineEdit *m_reference;
};
