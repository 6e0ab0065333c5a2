#include "RegisterPaymentDialog.h"

#include "CompanySession.h"
#include "Currency.h"
#include "MessageBanner.h"
#include "UiFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

RegisterPaymentDialog::RegisterPaymentDialog(CompanySession &session, const Document &invoice, QWidget *parent)
    : QDialog(parent), m_session(session), m_invoice(invoice), m_banner(new MessageBanner(this)),
      m_amount(new QLineEdit(this)), m_date(new QDateEdit(this)), m_method(new QComboBox(this)),
      m_reference(new QLineEdit(this))
{
    setObjectName(QStringLiteral("paymentDialog"));
    const bool refund = invoice.type == DocumentType::CreditNote;
    setWindowTitle(refund ? tr("Record refund — %1").arg(invoice.displayName())
                          : tr("Register payment — %1").arg(invoice.displayName()));
    m_banner->setObjectName(QStringLiteral("paymentMessage"));
    const int digits = Currency::minorDigits(invoice.currency);
    m_amount->setObjectName(QStringLiteral("paymentAmount"));
    m_amount->setText(UiFormat::decimal(invoice.amountDue(), digits, digits));
    m_amount->setAlignment(Qt::AlignRight);
    m_date->setObjectName(QStringLiteral("paymentDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(UiFormat::dateFormat());
    m_date->setDate(session.today());
    m_date->setMaximumDate(session.today());
    m_method->setObjectName(QStringLiteral("paymentMethod"));
    for (PaymentMethod method : PaymentMethods::all())
        m_method->addItem(PaymentMethods::displayName(method), static_cast<int>(method));
    m_reference->setObjectName(QStringLiteral("paymentReference"));
    m_reference->setPlaceholderText(tr("Bank statement line, cheque number…"));

    auto *summary = new QLabel((refund ? tr("%1 · %2<br>Owed to the customer: <b>%3</b>") : tr("%1 · %2<br>Amount due: <b>%3</b>"))
                                   .arg(invoice.displayName().toHtmlEscaped(), invoice.customerName.toHtmlEscaped(),
                                        session.money(invoice.amountDue())),
                               this);
    summary->setObjectName(QStringLiteral("paymentSummary"));
    auto *form = new QFormLayout;
    form->addRow(tr("Amount (%1)").arg(Currency::symbol(invoice.currency)), m_amount);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Method"), m_method);
    form->addRow(tr("Reference"), m_reference);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(refund ? tr("Record refund") : tr("Record payment"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("paymentOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RegisterPaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RegisterPaymentDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_amount->selectAll();
    m_amount->setFocus();
    setMinimumWidth(420);
}

void RegisterPaymentDialog::accept()
{
    auto amount = UiFormat::parseMoney(m_amount->text(), m_invoice.currency);
    if (!amount) {
        m_banner->showMessage(amount.error().prefixed(tr("Amount")).message());
        m_amount->setFocus();
        return;
    }
    PaymentRequest request;
    request.documentId = m_invoice.id;
    request.amount = amount.value();
    request.date = m_date->date();
    request.method = static_cast<PaymentMethod>(m_method->currentData().toInt());
    request.reference = m_reference->text();
    const bool refund = m_invoice.type == DocumentType::CreditNote;
    auto id = refund ? m_session.ledger().payments().refund(request)
                     : m_session.ledger().payments().registerPayment(request);
    if (!id) {
        m_banner->showMessage(id.message());
        m_amount->setFocus();
        return;
    }
    const qint64 rest = m_invoice.amountDue() - amount.value();
    if (refund) {
        m_session.changed(tr("Refund of %1 recorded on %2.").arg(m_session.money(amount.value()), m_invoice.displayName()));
        QDialog::accept();
        return;
    }
    m_session.changed(rest > 0 ? tr("Payment of %1 recorded on %2; %3 still due.")
                                     .arg(m_session.money(amount.value()), m_invoice.displayName(),
                                          m_session.money(rest))
                               : tr("Payment of %1 recorded: %2 is paid.")
                                     .arg(m_session.money(amount.value()), m_invoice.displayName()));
    QDialog::accept();
}
