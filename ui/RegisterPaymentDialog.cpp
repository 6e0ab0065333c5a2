#include "RegisterPaymentDialog.h"

#include "CompanySession.h"
#include "Currency.h"
#include "MessageBanner.h"
#include "UiFormat.h"
#include "WriteOffService.h"

#include <QCheckBox>

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
      m_reference(new QLineEdit(this)), m_keepCredit(new QCheckBox(this)), m_writeOff(new QCheckBox(this))
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
    if (!refund) {
        auto credit = session.ledger().payments().credits().balance(invoice.customerId);
        m_credit = credit ? credit.value() : 0;
        if (m_credit > 0)
            m_method->addItem(tr("Customer credit (%1 available)").arg(session.money(m_credit)),
                static_cast<int>(PaymentMethod::CustomerCredit));
        WriteOffService writeOffs(session.ledger().context(), session.ledger().audit(), session.ledger().journal());
        auto limit = writeOffs.limit();
        m_writeOffLimit = limit ? limit.value() : 0;
    }
    m_keepCredit->setObjectName(QStringLiteral("paymentKeepCredit"));
    m_keepCredit->setText(tr("Keep the excess as the customer's credit"));
    m_writeOff->setObjectName(QStringLiteral("paymentWriteOff"));
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
    form->addRow(QString(), m_keepCredit);
    form->addRow(QString(), m_writeOff);
    m_keepCredit->setVisible(!refund);
    m_writeOff->setVisible(!refund);
    connect(m_amount, &QLineEdit::textChanged, this, &RegisterPaymentDialog::updateOptions);
    connect(m_method, &QComboBox::currentIndexChanged, this, &RegisterPaymentDialog::updateOptions);
    updateOptions();
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
    request.keepExcessAsCredit = !refund && m_keepCredit->isEnabled() && m_keepCredit->isChecked();
    const bool writeOff = !refund && m_writeOff->isEnabled() && m_writeOff->isChecked();
    WriteOffService writeOffs(m_session.ledger().context(), m_session.ledger().audit(), m_session.ledger().journal());
    auto id = refund ? m_session.ledger().payments().refund(request)
        : writeOff   ? writeOffs.payAndWriteOff(m_session.ledger().payments(), request, tr("Difference written off"))
                     : m_session.ledger().payments().registerPayment(request);
    if (!id) {
        m_banner->showMessage(id.message());
        m_amount->setFocus();
        return;
    }
    const qint64 rest = writeOff ? 0 : m_invoice.amountDue() - amount.value();
    if (request.keepExcessAsCredit && rest < 0) {
        m_session.changed(tr("Payment of %1 recorded: %2 is paid and %3 kept as the customer's credit.")
                              .arg(m_session.money(amount.value()), m_invoice.displayName(), m_session.money(-rest)));
        QDialog::accept();
        return;
    }
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

void RegisterPaymentDialog::updateOptions()
{
    if (m_invoice.type == DocumentType::CreditNote)
        return;
    auto amount = UiFormat::parseMoney(m_amount->text(), m_invoice.currency);
    const qint64 typed = amount ? amount.value() : 0;
    const qint64 due = m_invoice.amountDue();
    const bool fromCredit = static_cast<PaymentMethod>(m_method->currentData().toInt()) == PaymentMethod::CustomerCredit;
    m_keepCredit->setEnabled(typed > due && !fromCredit);
    if (typed > due && !fromCredit)
        m_keepCredit->setText(tr("Keep the excess of %1 as the customer's credit").arg(m_session.money(typed - due)));
    else
        m_keepCredit->setText(tr("Keep the excess as the customer's credit"));
    const qint64 difference = due - typed;
    const bool allowed = m_session.ledger().user().isManager() || difference <= m_writeOffLimit;
    m_writeOff->setEnabled(typed > 0 && difference > 0 && allowed);
    m_writeOff->setText(difference > 0 && typed > 0
            ? (allowed ? tr("Write off the difference of %1").arg(m_session.money(difference))
                       : tr("Write off the difference of %1 (a manager's decision: above %2)")
                             .arg(m_session.money(difference), m_session.money(m_writeOffLimit)))
            : tr("Write off the difference"));
    if (!m_keepCredit->isEnabled())
        m_keepCredit->setChecked(false);
    if (!m_writeOff->isEnabled())
        m_writeOff->setChecked(false);
}
