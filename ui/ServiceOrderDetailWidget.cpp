#include "ServiceOrderDetailWidget.h"

#include "CompanySession.h"
#include "FlowLayout.h"
#include "HistoryModel.h"
#include "MessageBanner.h"
#include "OrderWorkPanel.h"
#include "Navigator.h"
#include "RowTableModel.h"
#include "SignaturePadWidget.h"
#include "TableViews.h"
#include "UiFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QLineEdit *lineEdit(const char *name, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setPlaceholderText(placeholder);
    return edit;
}
} // namespace

ServiceOrderDetailWidget::ServiceOrderDetailWidget(CompanySession &session, Navigator &navigator, QWidget *parent)
    : QWidget(parent), m_session(session), m_navigator(navigator)
{
    setObjectName(QStringLiteral("orderDetail"));
    m_history = new HistoryModel(this);
    m_work = new OrderWorkPanel(session, this);
    connect(m_work, &OrderWorkPanel::changed, this, [this](const QString &what) { done({}, what); });
    connect(m_work, &OrderWorkPanel::failed, this, [this](const QString &message) { m_banner->showMessage(message); });
    buildUi();
}

ServiceOrderDetailWidget::~ServiceOrderDetailWidget() = default;

void ServiceOrderDetailWidget::buildUi()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("orderTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_customer = new QLabel(this);
    m_customer->setObjectName(QStringLiteral("orderCustomer"));
    m_customer->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("orderMessage"));
    m_site = lineEdit("orderSite", tr("Where the work was done"), this);
    m_description = lineEdit("orderDescription", tr("What the job is"), this);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("orderReport"));
    m_report->setPlaceholderText(tr("Intervention report: what was found and done"));
    m_report->setMaximumHeight(110);
    m_save = new QPushButton(tr("Save details"), this);
    m_save->setObjectName(QStringLiteral("saveOrderButton"));
    connect(m_save, &QPushButton::clicked, this, &ServiceOrderDetailWidget::saveDetails);

    auto *actions = new FlowLayout; // wraps on a narrow screen or with long labels
    const QList<std::pair<OrderStatus, QString>> moves = {
        {OrderStatus::New, tr("Back to new")}, {OrderStatus::Scheduled, tr("Schedule")},
        {OrderStatus::InProgress, tr("Start")}, {OrderStatus::Done, tr("Mark done")},
        {OrderStatus::Cancelled, tr("Cancel order")}};
    for (const auto &[status, label] : moves) {
        auto *button = new QPushButton(label, this);
        button->setObjectName(QStringLiteral("status_") + OrderStatuses::key(status));
        button->setProperty("targetStatus", static_cast<int>(status));
        connect(button, &QPushButton::clicked, this, [this, status = status] { moveTo(status); });
        m_statusButtons.append(button);
        actions->addWidget(button);
    }
    m_invoice = new QPushButton(tr("Create invoice"), this);
    m_invoice->setObjectName(QStringLiteral("createInvoiceButton"));
    m_invoice->setStyleSheet(QStringLiteral("QPushButton { background: #1f6feb; color: white; font-weight: bold; "
                                            "padding: 5px 14px; border-radius: 4px; border: none; }"
                                            "QPushButton:disabled { background: #9db8e6; }"));
    connect(m_invoice, &QPushButton::clicked, this, &ServiceOrderDetailWidget::createInvoice);
    actions->addWidget(m_invoice);

    auto *form = new QFormLayout;
    form->addRow(tr("Site"), m_site);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Report"), m_report);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    form->addRow(saveRow);

    // Sign-off
    auto *signTab = new QWidget(this);
    m_signoffName = lineEdit("signoffName", tr("Name of the person signing"), signTab);
    m_signoffInfo = new QLabel(signTab);
    m_signoffInfo->setObjectName(QStringLiteral("signoffInfo"));
    m_signature = new SignaturePadWidget(signTab);
    m_signature->setObjectName(QStringLiteral("signaturePad"));
    auto *clear = new QPushButton(tr("Clear"), signTab);
    clear->setObjectName(QStringLiteral("clearSignatureButton"));
    m_saveSignoff = new QPushButton(tr("Save sign-off"), signTab);
    m_saveSignoff->setObjectName(QStringLiteral("saveSignoffButton"));
    connect(clear, &QPushButton::clicked, m_signature, &SignaturePadWidget::clear);
    connect(m_saveSignoff, &QPushButton::clicked, this, &ServiceOrderDetailWidget::saveSignOff);
    auto *signButtons = new QHBoxLayout;
    signButtons->addWidget(m_signoffInfo, 1);
    signButtons->addWidget(clear);
    signButtons->addWidget(m_saveSignoff);
    auto *signLayout = new QVBoxLayout(signTab);
    signLayout->addWidget(m_signoffName);
    signLayout->addWidget(m_signature);
    signLayout->addLayout(signButtons);
    signLayout->addStretch(1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("orderTabs"));
    m_tabs->addTab(m_work->timeTab(), tr("Time"));
    m_tabs->addTab(m_work->partsTab(), tr("Parts"));
    m_tabs->addTab(signTab, tr("Sign-off"));
    m_tabs->addTab(TableViews::list(m_history, "orderHistoryTable", this), tr("History"));

    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_customer);
    // The title above, the order's actions under it: the panel stays narrow in every language.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titles);
    layout->addLayout(actions);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);
    setEnabled(false);
}

Status ServiceOrderDetailWidget::openOrder(qint64 orderId)
{
    auto order = m_session.context().orders.find(orderId);
    if (!order)
        return order.error();
    m_banner->clearMessage();
    m_work->loadTaxRates();
    m_signature->clear();
    display(order.value());
    setEnabled(true);
    return {};
}

void ServiceOrderDetailWidget::reload()
{
    if (m_order.id == 0)
        return;
    auto order = m_session.context().orders.find(m_order.id);
    if (!order) {
        m_banner->showMessage(order.message());
        return;
    }
    display(order.value());
}

bool ServiceOrderDetailWidget::editable() const
{
    return m_order.status == OrderStatus::New || m_order.status == OrderStatus::Scheduled
        || m_order.status == OrderStatus::InProgress;
}

void ServiceOrderDetailWidget::display(const ServiceOrder &order)
{
    const bool sameOrder = order.id == m_order.id;
    m_order = order;
    const QString ref = order.jobRef.isEmpty() ? QString::number(order.id) : order.jobRef;
    m_title->setText(tr("Job %1 · %2").arg(ref, OrderStatuses::displayName(order.status)));
    QString customer = order.customerName;
    if (order.completedAt.isValid())
        customer += tr(" · completed %1").arg(UiFormat::dateTime(order.completedAt));
    m_customer->setText(customer);
    if (!sameOrder || m_site->text() != order.siteAddress)
        m_site->setText(order.siteAddress);
    if (!sameOrder || m_description->text() != order.description)
        m_description->setText(order.description);
    if (!sameOrder || m_report->toPlainText() != order.report)
        m_report->setPlainText(order.report);
    const bool invoiced = order.status == OrderStatus::Invoiced;
    m_site->setReadOnly(invoiced);
    m_description->setReadOnly(invoiced);
    m_report->setReadOnly(invoiced);
    m_save->setEnabled(!invoiced);
    m_work->setOrder(order, editable());
    for (QPushButton *button : std::as_const(m_statusButtons)) {
        const auto target = static_cast<OrderStatus>(button->property("targetStatus").toInt());
        button->setVisible(OrderStatuses::canMove(order.status, target));
    }
    m_invoice->setVisible(order.status == OrderStatus::Done || invoiced);
    m_invoice->setEnabled(order.status == OrderStatus::Done);
    m_invoice->setText(invoiced ? tr("Open invoice") : tr("Create invoice"));
    m_invoice->setEnabled(order.status == OrderStatus::Done || (invoiced && order.invoiceId > 0));
    if (!sameOrder || !m_signature->hasNewStrokes()) {
        if (order.signaturePng.isEmpty())
            m_signature->clear();
        else
            m_signature->setPng(order.signaturePng);
    }
    m_signoffName->setText(order.signoffName);
    m_signoffInfo->setText(order.signoffAt.isValid()
                               ? tr("Signed by %1 on %2").arg(order.signoffName, UiFormat::dateTime(order.signoffAt))
                               : tr("Not signed yet"));
    m_signature->setReadOnly(invoiced);
    m_saveSignoff->setEnabled(!invoiced);
    auto history = m_session.ledger().audit().history(QStringLiteral("service_order"), order.id);
    m_history->setCurrency(m_session.company().currency);
    m_history->setRows(history ? history.value() : QList<AuditEvent>());
}

void ServiceOrderDetailWidget::done(const Status &status, const QString &whatHappened)
{
    if (!status) {
        m_banner->showMessage(status.message());
        return;
    }
    m_banner->clearMessage();
    reload();
    m_session.changed(whatHappened);
}

void ServiceOrderDetailWidget::saveDetails()
{
    ServiceOrder edited = m_order;
    edited.siteAddress = m_site->text().trimmed();
    edited.description = m_description->text().trimmed();
    edited.report = m_report->toPlainText();
    done(m_session.ledger().orders().updateDetails(edited), tr("Service order saved."));
}

void ServiceOrderDetailWidget::saveSignOff()
{
    if (m_signature->isEmpty()) {
        m_banner->showMessage(tr("The signature pad is empty: ask the customer to sign first."));
        return;
    }
    const Status signedOff =
        m_session.ledger().orders().signOff(m_order.id, m_signoffName->text().trimmed(), m_signature->toPng());
    if (signedOff)
        m_signature->setPng(m_signature->toPng());
    done(signedOff, tr("Sign-off saved."));
}

void ServiceOrderDetailWidget::moveTo(OrderStatus status)
{
    done(m_session.ledger().orders().setStatus(m_order.id, status),
         tr("Service order is now %1.").arg(OrderStatuses::displayName(status)));
}

void ServiceOrderDetailWidget::createInvoice()
{
    if (m_order.status == OrderStatus::Invoiced) {
        if (m_order.invoiceId > 0)
            m_navigator.openDocument(m_order.invoiceId);
        return;
    }
    auto draft = m_session.ledger().drafts().createFromOrder(m_order.id);
    if (!draft) {
        m_banner->showMessage(draft.message());
        return;
    }
    reload();
    m_session.changed(tr("Draft invoice created from job %1.").arg(m_order.jobRef));
    m_navigator.openDocument(draft.value());
}
