#include "DraftHeaderForm.h"

#include "CustomerPicker.h"
#include "UiFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>

namespace {
QLabel *issueLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setStyleSheet(QStringLiteral("color: #a24a00;"));
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}
} // namespace

DraftHeaderForm::DraftHeaderForm(const CustomerRepository &customers, QWidget *parent)
    : QWidget(parent), m_customer(new CustomerPicker(customers, this)), m_serviceDate(new QDateEdit(this)),
      m_terms(new QSpinBox(this)), m_reference(new QLineEdit(this)), m_orderReference(new QLineEdit(this)),
      m_buyerReference(new QLineEdit(this)), m_paymentMeans(new QComboBox(this)), m_language(new QComboBox(this)),
      m_creditReason(new QLineEdit(this)), m_creditReasonLabel(new QLabel(tr("Reason"), this)),
      m_dueHint(new QLabel(this)), m_notes(new QTabWidget(this)), m_printedNotes(new QPlainTextEdit(this)),
      m_internalNotes(new QPlainTextEdit(this)), m_customerIssue(issueLabel("customerIssue", this)),
      m_serviceDateIssue(issueLabel("serviceDateIssue", this))
{
    m_customer->setObjectName(QStringLiteral("draftCustomer"));
    m_serviceDate->setObjectName(QStringLiteral("draftServiceDate"));
    m_serviceDate->setCalendarPopup(true);
    m_serviceDate->setDisplayFormat(UiFormat::dateFormat());
    m_terms->setObjectName(QStringLiteral("draftTerms"));
    m_terms->setRange(0, 365);
    m_terms->setSuffix(tr(" days"));
    m_reference->setObjectName(QStringLiteral("draftReference"));
    m_reference->setPlaceholderText(tr("Purchase order, job…"));
    m_orderReference->setObjectName(QStringLiteral("draftOrderReference"));
    m_orderReference->setPlaceholderText(tr("The customer's purchase order number"));
    m_buyerReference->setObjectName(QStringLiteral("draftBuyerReference"));
    m_buyerReference->setPlaceholderText(tr("Leitweg-ID, or the buyer's reference"));
    m_buyerReference->setToolTip(tr("The buyer reference of the e-invoice (BT-10), from the customer's; German public "
                                    "buyers require their Leitweg-ID here."));
    m_paymentMeans->setObjectName(QStringLiteral("draftPaymentMeans"));
    for (PaymentMeans means : {PaymentMeans::CreditTransfer, PaymentMeans::DirectDebit, PaymentMeans::Card,
             PaymentMeans::Cheque, PaymentMeans::Cash})
        m_paymentMeans->addItem(PaymentMeansKeys::displayName(means), PaymentMeansKeys::key(means));
    m_language->setObjectName(QStringLiteral("draftLanguage"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    m_language->addItem(tr("German"), QStringLiteral("de"));
    m_creditReason->setObjectName(QStringLiteral("draftCreditReason"));
    m_dueHint->setObjectName(QStringLiteral("draftDueHint"));
    m_dueHint->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_printedNotes->setObjectName(QStringLiteral("draftPrintedNotes"));
    m_printedNotes->setPlaceholderText(tr("Printed on the invoice, under the lines."));
    m_internalNotes->setObjectName(QStringLiteral("draftInternalNotes"));
    m_internalNotes->setPlaceholderText(tr("For your colleagues only: never printed or sent."));
    m_notes->addTab(m_printedNotes, tr("Printed notes"));
    m_notes->addTab(m_internalNotes, tr("Internal notes"));
    m_notes->setMaximumHeight(130);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->addWidget(new QLabel(tr("Customer"), this), 0, 0);
    grid->addWidget(m_customer, 0, 1);
    grid->addWidget(m_customerIssue, 1, 1);
    grid->addWidget(new QLabel(tr("Service date"), this), 0, 2);
    grid->addWidget(m_serviceDate, 0, 3);
    grid->addWidget(m_serviceDateIssue, 1, 3);
    grid->addWidget(new QLabel(tr("Payment terms"), this), 2, 0);
    auto *terms = new QHBoxLayout;
    terms->addWidget(m_terms);
    terms->addWidget(m_dueHint, 1);
    grid->addLayout(terms, 2, 1);
    grid->addWidget(new QLabel(tr("Language"), this), 2, 2);
    grid->addWidget(m_language, 2, 3);
    grid->addWidget(new QLabel(tr("Reference"), this), 3, 0);
    grid->addWidget(m_reference, 3, 1);
    grid->addWidget(m_creditReasonLabel, 3, 2);
    grid->addWidget(m_creditReason, 3, 3);
    grid->addWidget(new QLabel(tr("Order reference"), this), 4, 0);
    grid->addWidget(m_orderReference, 4, 1);
    grid->addWidget(new QLabel(tr("Buyer reference"), this), 4, 2);
    grid->addWidget(m_buyerReference, 4, 3);
    grid->addWidget(new QLabel(tr("Payment"), this), 5, 0);
    auto *payment = new QHBoxLayout;
    payment->addWidget(m_paymentMeans);
    payment->addStretch(1);
    grid->addLayout(payment, 5, 1);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);

    connect(m_customer, &CustomerPicker::customerChosen, this, [this](qint64 id) {
        if (id > 0 && id != m_document.customerId)
            commit(tr("change the customer"));
    });
    connect(m_serviceDate, &QDateEdit::editingFinished, this, [this] { commit(tr("change the service date")); });
    connect(m_terms, &QSpinBox::editingFinished, this, [this] { commit(tr("change the payment terms")); });
    connect(m_reference, &QLineEdit::editingFinished, this, [this] { commit(tr("change the reference")); });
    connect(m_orderReference, &QLineEdit::editingFinished, this,
        [this] { commit(tr("change the order reference")); });
    connect(m_buyerReference, &QLineEdit::editingFinished, this,
        [this] { commit(tr("change the buyer reference")); });
    connect(m_paymentMeans, &QComboBox::activated, this, [this] { commit(tr("change the payment means")); });
    connect(m_creditReason, &QLineEdit::editingFinished, this, [this] { commit(tr("change the reason")); });
    connect(m_language, &QComboBox::activated, this, [this] { commit(tr("change the language")); });
    m_printedNotes->installEventFilter(this);
    m_internalNotes->installEventFilter(this);
}

void DraftHeaderForm::setDocument(const Document &document, bool editable)
{
    m_loading = true;
    m_document = document;
    m_customer->setCustomer(document.customerId, document.customerName);
    m_customer->setReadOnly(!editable || document.type == DocumentType::CreditNote);
    m_serviceDate->setDate(document.serviceDate.isValid() ? document.serviceDate : QDate::currentDate());
    m_serviceDate->setReadOnly(!editable);
    m_terms->setValue(document.paymentTermsDays);
    m_terms->setReadOnly(!editable);
    m_dueHint->setText(document.type == DocumentType::Invoice
                           ? tr("due %1 days after posting").arg(document.paymentTermsDays)
                           : QString());
    if (m_reference->text() != document.customerReference)
        m_reference->setText(document.customerReference);
    m_reference->setReadOnly(!editable);
    if (m_orderReference->text() != document.orderReference)
        m_orderReference->setText(document.orderReference);
    m_orderReference->setReadOnly(!editable);
    if (m_buyerReference->text() != document.buyerReference)
        m_buyerReference->setText(document.buyerReference);
    m_buyerReference->setReadOnly(!editable);
    m_paymentMeans->setCurrentIndex(std::max(0, m_paymentMeans->findData(PaymentMeansKeys::key(document.paymentMeans))));
    m_paymentMeans->setEnabled(editable);
    m_language->setCurrentIndex(std::max(0, m_language->findData(document.language)));
    m_language->setEnabled(editable);
    const bool credit = document.type == DocumentType::CreditNote;
    m_creditReason->setVisible(credit);
    m_creditReasonLabel->setVisible(credit);
    if (m_creditReason->text() != document.creditReason)
        m_creditReason->setText(document.creditReason);
    m_creditReason->setReadOnly(!editable);
    if (m_printedNotes->toPlainText() != document.printedNotes)
        m_printedNotes->setPlainText(document.printedNotes);
    if (m_internalNotes->toPlainText() != document.internalNotes)
        m_internalNotes->setPlainText(document.internalNotes);
    m_printedNotes->setReadOnly(!editable);
    m_internalNotes->setReadOnly(!editable);
    m_loading = false;
}

void DraftHeaderForm::showIssue(QLabel *label, const QStringList &messages)
{
    label->setText(messages.isEmpty() ? QString() : tr("Needed to post: %1").arg(messages.join(tr("; "))));
    label->setVisible(!messages.isEmpty());
}

void DraftHeaderForm::setIssues(const QList<PostingIssue> &issues)
{
    QStringList customer;
    QStringList serviceDate;
    for (const PostingIssue &issue : issues) {
        if (issue.field.startsWith(QLatin1String("customer.")))
            customer << issue.message;
        else if (issue.field == QLatin1String("service_date"))
            serviceDate << issue.message;
    }
    showIssue(m_customerIssue, customer);
    showIssue(m_serviceDateIssue, serviceDate);
}

Document DraftHeaderForm::edited() const
{
    Document d = m_document;
    if (m_customer->customerId() > 0)
        d.customerId = m_customer->customerId();
    d.serviceDate = m_serviceDate->date();
    d.paymentTermsDays = m_terms->value();
    d.customerReference = m_reference->text().trimmed();
    d.orderReference = m_orderReference->text().trimmed();
    d.buyerReference = m_buyerReference->text().trimmed();
    if (auto means = PaymentMeansKeys::fromKey(m_paymentMeans->currentData().toString()))
        d.paymentMeans = means.value();
    d.language = m_language->currentData().toString();
    d.creditReason = m_creditReason->text().trimmed();
    d.printedNotes = m_printedNotes->toPlainText();
    d.internalNotes = m_internalNotes->toPlainText();
    return d;
}

void DraftHeaderForm::commit(const QString &what)
{
    if (m_loading || m_serviceDate->isReadOnly())
        return;
    const Document after = edited();
    const Document &before = m_document;
    if (after.customerId == before.customerId && after.serviceDate == before.serviceDate
        && after.paymentTermsDays == before.paymentTermsDays && after.customerReference == before.customerReference
        && after.orderReference == before.orderReference && after.buyerReference == before.buyerReference
        && after.paymentMeans == before.paymentMeans
        && after.language == before.language && after.creditReason == before.creditReason
        && after.printedNotes == before.printedNotes && after.internalNotes == before.internalNotes)
        return;
    emit headerEdited(before, after, what);
}

bool DraftHeaderForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && (watched == m_printedNotes || watched == m_internalNotes))
        commit(watched == m_printedNotes ? tr("edit the printed notes") : tr("edit the internal notes"));
    return QWidget::eventFilter(watched, event);
}
