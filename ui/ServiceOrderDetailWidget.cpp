#include "ServiceOrderDetailWidget.h"

#include "CompanySession.h"
#include "HistoryModel.h"
#include "MessageBanner.h"
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
    const QString currency = session.currency();
    m_time = new RowTableModel<TimeEntry>(
        {{tr("Technician"), [](const TimeEntry &e) { return e.technician; }},
         {tr("Date"), [](const TimeEntry &e) { return UiFormat::date(e.workDate); }},
         {tr("Hours"), [](const TimeEntry &e) { return UiFormat::quantity(e.hours); }, RowTableModel<TimeEntry>::Number},
         {tr("Rate"), [](const TimeEntry &e) { return UiFormat::price(e.hourlyRate); }, RowTableModel<TimeEntry>::Number},
         {tr("Description"), [](const TimeEntry &e) { return e.description; }}},
        this);
    m_parts = new RowTableModel<PartUsed>(
        {{tr("Part"), [](const PartUsed &p) { return p.sku.isEmpty() ? p.description : p.sku + QStringLiteral(" — ") + p.description; }},
         {tr("Qty"), [](const PartUsed &p) { return UiFormat::quantity(p.quantity); }, RowTableModel<PartUsed>::Number},
         {tr("Unit"), [](const PartUsed &p) { return p.unit; }},
         {tr("Unit price"), [](const PartUsed &p) { return UiFormat::price(p.unitPrice); }, RowTableModel<PartUsed>::Number},
         {tr("Tax"), [](const PartUsed &p) { return UiFormat::percent(p.taxRate); }, RowTableModel<PartUsed>::Number}},
        this);
    m_history = new HistoryModel(this);
    Q_UNUSED(currency);
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

    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
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

    // Time entries
    auto *timeTab = new QWidget(this);
    m_timeView = TableViews::list(m_time, "timeTable", timeTab);
    m_timeForm = new QWidget(timeTab);
    m_technician = lineEdit("timeTechnician", tr("Technician"), m_timeForm);
    m_workDate = new QDateEdit(m_session.today(), m_timeForm);
    m_workDate->setObjectName(QStringLiteral("timeDate"));
    m_workDate->setCalendarPopup(true);
    m_workDate->setDisplayFormat(UiFormat::dateFormat());
    m_hours = lineEdit("timeHours", tr("Hours"), m_timeForm);
    m_rate = lineEdit("timeRate", tr("Hourly rate"), m_timeForm);
    m_workDescription = lineEdit("timeDescription", tr("Work done"), m_timeForm);
    m_technician->setMaximumWidth(150);
    m_hours->setMaximumWidth(80);
    m_rate->setMaximumWidth(100);
    auto *addTime = new QPushButton(tr("Add"), m_timeForm);
    addTime->setObjectName(QStringLiteral("addTimeButton"));
    auto *removeTime = new QPushButton(tr("Remove"), m_timeForm);
    removeTime->setObjectName(QStringLiteral("removeTimeButton"));
    connect(addTime, &QPushButton::clicked, this, &ServiceOrderDetailWidget::addTimeEntry);
    connect(removeTime, &QPushButton::clicked, this, &ServiceOrderDetailWidget::removeTimeEntry);
    auto *timeRow = new QHBoxLayout(m_timeForm);
    timeRow->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : std::initializer_list<QWidget *>{m_technician, m_workDate, m_hours, m_rate})
        timeRow->addWidget(w);
    timeRow->addWidget(m_workDescription, 2);
    timeRow->addWidget(addTime);
    timeRow->addWidget(removeTime);
    auto *timeLayout = new QVBoxLayout(timeTab);
    timeLayout->addWidget(m_timeView);
    timeLayout->addWidget(m_timeForm);

    // Parts
    auto *partsTab = new QWidget(this);
    m_partsView = TableViews::list(m_parts, "partsTable", partsTab);
    m_partsForm = new QWidget(partsTab);
    m_partDescription = lineEdit("partDescription", tr("Part"), m_partsForm);
    m_partQuantity = lineEdit("partQuantity", tr("Qty"), m_partsForm);
    m_partUnit = lineEdit("partUnit", tr("Unit"), m_partsForm);
    m_partPrice = lineEdit("partPrice", tr("Unit price"), m_partsForm);
    m_partQuantity->setMaximumWidth(70);
    m_partUnit->setMaximumWidth(60);
    m_partPrice->setMaximumWidth(100);
    m_partTax = new QComboBox(m_partsForm);
    m_partTax->setObjectName(QStringLiteral("partTax"));
    auto *addPart = new QPushButton(tr("Add"), m_partsForm);
    addPart->setObjectName(QStringLiteral("addPartButton"));
    auto *removePart = new QPushButton(tr("Remove"), m_partsForm);
    removePart->setObjectName(QStringLiteral("removePartButton"));
    connect(addPart, &QPushButton::clicked, this, &ServiceOrderDetailWidget::addPart);
    connect(removePart, &QPushButton::clicked, this, &ServiceOrderDetailWidget::removePart);
    auto *partRow = new QHBoxLayout(m_partsForm);
    partRow->setContentsMargins(0, 0, 0, 0);
    partRow->addWidget(m_partDescription, 2);
    for (QWidget *w : std::initializer_list<QWidget *>{m_partQuantity, m_partUnit, m_partPrice, m_partTax, addPart,
                                                       removePart})
        partRow->addWidget(w);
    auto *partsLayout = new QVBoxLayout(partsTab);
    partsLayout->addWidget(m_partsView);
    partsLayout->addWidget(m_partsForm);

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
    m_tabs->addTab(timeTab, tr("Time"));
    m_tabs->addTab(partsTab, tr("Parts"));
    m_tabs->addTab(signTab, tr("Sign-off"));
    m_tabs->addTab(TableViews::list(m_history, "orderHistoryTable", this), tr("History"));

    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_customer);
    auto *top = new QHBoxLayout;
    top->addLayout(titles, 1);
    top->addLayout(actions);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
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
    auto rates = m_session.context().catalog.taxRates();
    m_partTax->clear();
    if (rates) {
        for (const TaxRate &rate : rates.value()) {
            if (!rate.active)
                continue;
            m_partTax->addItem(rate.name, rate.id);
            if (rate.isDefault)
                m_partTax->setCurrentIndex(m_partTax->count() - 1);
        }
    }
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
    m_time->setRows(order.timeEntries);
    m_parts->setRows(order.parts);
    m_timeForm->setEnabled(editable());
    m_partsForm->setEnabled(editable());
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

void ServiceOrderDetailWidget::addTimeEntry()
{
    TimeEntry entry;
    entry.technician = m_technician->text().trimmed();
    entry.workDate = m_workDate->date();
    entry.description = m_workDescription->text().trimmed();
    auto hours = UiFormat::parse<Quantity>(m_hours->text(), false);
    if (!hours) {
        m_banner->showMessage(hours.error().prefixed(tr("Hours")).message());
        return;
    }
    entry.hours = hours.value();
    auto rate = UiFormat::parse<UnitPrice>(m_rate->text(), false);
    if (!rate) {
        m_banner->showMessage(rate.error().prefixed(tr("Hourly rate")).message());
        return;
    }
    entry.hourlyRate = rate.value();
    auto id = m_session.ledger().orders().addTimeEntry(m_order.id, entry);
    if (id) {
        m_hours->clear();
        m_workDescription->clear();
    }
    done(id ? Status() : Status(id.error()), tr("Time entry added."));
}

void ServiceOrderDetailWidget::removeTimeEntry()
{
    const TimeEntry *entry = m_time->rowAt(m_timeView->currentIndex().row());
    if (!entry)
        return;
    done(m_session.ledger().orders().removeTimeEntry(m_order.id, entry->id), tr("Time entry removed."));
}

void ServiceOrderDetailWidget::addPart()
{
    PartUsed part;
    part.description = m_partDescription->text().trimmed();
    part.unit = m_partUnit->text().trimmed();
    auto quantity = UiFormat::parse<Quantity>(m_partQuantity->text());
    if (!quantity) {
        m_banner->showMessage(quantity.error().prefixed(tr("Quantity")).message());
        return;
    }
    part.quantity = quantity.value();
    auto price = UiFormat::parse<UnitPrice>(m_partPrice->text(), false);
    if (!price) {
        m_banner->showMessage(price.error().prefixed(tr("Unit price")).message());
        return;
    }
    part.unitPrice = price.value();
    auto rate = m_session.context().catalog.taxRate(m_partTax->currentData().toLongLong());
    if (rate) {
        part.taxCategory = rate->category;
        part.taxRate = rate->rate;
        part.exemptionReason = rate->exemptionReason;
    }
    auto id = m_session.ledger().orders().addPart(m_order.id, part);
    if (id) {
        m_partDescription->clear();
        m_partQuantity->clear();
        m_partPrice->clear();
    }
    done(id ? Status() : Status(id.error()), tr("Part added."));
}

void ServiceOrderDetailWidget::removePart()
{
    const PartUsed *part = m_parts->rowAt(m_partsView->currentIndex().row());
    if (!part)
        return;
    done(m_session.ledger().orders().removePart(m_order.id, part->id), tr("Part removed."));
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
