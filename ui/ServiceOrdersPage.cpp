#include "ServiceOrdersPage.h"

#include "CompanySession.h"
#include "CustomerPicker.h"
#include "FlowLayout.h"
#include "MessageBanner.h"
#include "Navigator.h"
#include "RowTableModel.h"
#include "ServiceOrderDetailWidget.h"
#include "TableViews.h"
#include "UiFormat.h"
#include "collections/BulkPostDialog.h"

#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

ServiceOrdersPage::ServiceOrdersPage(CompanySession &session, Navigator &navigator, QWidget *parent)
    : Page(session, parent), m_navigator(navigator), m_status(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_banner(new MessageBanner(this)),
      m_model(new RowTableModel<ServiceOrderSummary>(
          {{tr("Job"), [](const ServiceOrderSummary &o) { return o.jobRef.isEmpty() ? QString::number(o.id) : o.jobRef; }},
           {tr("Customer"), [](const ServiceOrderSummary &o) { return o.customerName; }, Qt::AlignLeft | Qt::AlignVCenter,
            [](const ServiceOrderSummary &o, int role) -> QVariant {
                return role == Qt::ToolTipRole ? QVariant(o.description) : QVariant();
            }},
           {tr("Status"), [](const ServiceOrderSummary &o) { return OrderStatuses::displayName(o.status); },
            Qt::AlignLeft | Qt::AlignVCenter,
            [](const ServiceOrderSummary &o, int role) -> QVariant {
                if (role == Qt::ForegroundRole && o.status == OrderStatus::Done)
                    return QBrush(QColor(0x0f, 0x7a, 0x8f));
                return {};
            }},
           {tr("Completed"),
            [](const ServiceOrderSummary &o) { return UiFormat::date(o.completedAt.toLocalTime().date()); },
            Qt::AlignLeft | Qt::AlignVCenter, nullptr,
            [](const ServiceOrderSummary &o) {
                return o.completedAt.isValid() ? QVariant(o.completedAt) : QVariant();
            }}},
          this)),
      m_view(new QTableView(this)), m_detail(new ServiceOrderDetailWidget(session, navigator, this))
{
    setObjectName(QStringLiteral("serviceOrdersPage"));
    m_status->setObjectName(QStringLiteral("orderStatusFilter"));
    m_status->addItem(tr("All statuses"), -1);
    for (OrderStatus s : {OrderStatus::New, OrderStatus::Scheduled, OrderStatus::InProgress, OrderStatus::Done,
                          OrderStatus::Invoiced, OrderStatus::Cancelled})
        m_status->addItem(OrderStatuses::displayName(s), static_cast<int>(s));
    m_search->setObjectName(QStringLiteral("orderSearch"));
    m_search->setPlaceholderText(tr("Search job, customer, description"));
    m_search->setClearButtonEnabled(true);
    m_banner->setObjectName(QStringLiteral("ordersMessage"));
    m_view->setObjectName(QStringLiteral("orderTable"));
    m_view->setModel(m_model);
    TableViews::setUpList(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_view->setColumnWidth(0, 110);
    m_view->setColumnWidth(2, 100);
    m_view->setColumnWidth(3, 95);
    TableViews::makeSortable(m_view);
    TableViews::showWhenEmpty(m_view, tr("No service orders yet."), [this] {
        return !m_search->text().trimmed().isEmpty() || m_status->currentData().toInt() >= 0;
    });
    auto *import = new QPushButton(tr("Import jobs…"), this);
    import->setObjectName(QStringLiteral("importJobsButton"));
    connect(import, &QPushButton::clicked, this, &ServiceOrdersPage::chooseImportFile);
    auto *bulk = new QPushButton(tr("Invoice done orders…"), this);
    bulk->setObjectName(QStringLiteral("bulkInvoiceButton"));
    bulk->setToolTip(tr("Create the drafts of many Done orders, review them and post them in one action"));
    connect(bulk, &QPushButton::clicked, this, &ServiceOrdersPage::bulkInvoice);

    auto *left = new QWidget(this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_status);
    auto *tools = new FlowLayout;
    tools->addWidget(import);
    tools->addWidget(bulk);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addLayout(tools);
    leftLayout->addWidget(m_view, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({460, 760});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, &ServiceOrdersPage::refresh);
    keepThroughReloads(m_search);
    connect(m_search, &QLineEdit::textChanged, this, &ServiceOrdersPage::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ServiceOrdersPage::selectCurrent);
}

QString ServiceOrdersPage::title() const
{
    return tr("Service orders");
}

void ServiceOrdersPage::refresh()
{
    const int status = m_status->currentData().toInt();
    std::optional<OrderStatus> filter;
    if (status >= 0)
        filter = static_cast<OrderStatus>(status);
    auto orders = m_session.context().orders.list(filter, m_search->text(), 1000);
    if (!orders) {
        m_banner->showMessage(orders.message());
        return;
    }
    const qint64 shown = m_detail->order().id;
    m_model->setRows(orders.value());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rowAt(row)->id == shown) {
            m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            break;
        }
    }
    if (shown == 0 && m_model->rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        m_detail->reload();
}

void ServiceOrdersPage::selectCurrent()
{
    const ServiceOrderSummary *row = m_model->rowAt(m_view->currentIndex().row());
    if (!row || row->id == m_detail->order().id)
        return;
    const Status opened = m_detail->openOrder(row->id);
    if (!opened)
        m_banner->showMessage(opened.message());
}

void ServiceOrdersPage::showStatus(int status)
{
    m_search->clear();
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
    refresh();
}

void ServiceOrdersPage::openOrder(qint64 orderId)
{
    const Status opened = m_detail->openOrder(orderId);
    if (!opened)
        m_banner->showMessage(opened.message());
    refresh();
}

void ServiceOrdersPage::bulkInvoice()
{
    BulkPostDialog dialog(m_session.ledger(), this);
    connect(&dialog, &BulkPostDialog::changed, this, [this](const QString &what) { m_session.changed(what); });
    dialog.exec();
}

void ServiceOrdersPage::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import completed jobs"), QDir::homePath(),
                                                      tr("Jobs (*.json);;All files (*)"));
    if (!path.isEmpty())
        (void)importFile(path);
}

Status ServiceOrdersPage::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const Status failed = Error::storage(tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        m_banner->showMessage(failed.message());
        return failed;
    }
    return importJson(file.readAll());
}

Status ServiceOrdersPage::importJson(const QByteArray &json)
{
    auto imported = m_session.ledger().jobImport().importJson(json);
    if (!imported) {
        m_banner->showMessage(imported.message());
        return imported.error();
    }
    m_banner->showMessage(tr("%n job(s) imported, ready to invoice.", nullptr, static_cast<int>(imported->size())),
                          MessageBanner::Kind::Info);
    showStatus(static_cast<int>(OrderStatus::Done));
    m_session.changed(tr("%n job(s) imported.", nullptr, static_cast<int>(imported->size())));
    if (!imported->isEmpty())
        openOrder(imported->first().serviceOrderId);
    return {};
}

bool ServiceOrdersPage::canDo(PageAction action) const
{
    return action == PageAction::New || action == PageAction::Find;
}

void ServiceOrdersPage::doAction(PageAction action)
{
    if (action == PageAction::Find) {
        m_search->setFocus();
        m_search->selectAll();
    } else if (action == PageAction::New) {
        newOrder();
    }
}

void ServiceOrdersPage::newOrder()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("newOrderDialog"));
    dialog->setWindowTitle(tr("New service order"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *customer = new CustomerPicker(m_session.context().customers, dialog);
    customer->setObjectName(QStringLiteral("newOrderCustomer"));
    auto *description = new QLineEdit(dialog);
    description->setObjectName(QStringLiteral("newOrderDescription"));
    auto *site = new QLineEdit(dialog);
    site->setObjectName(QStringLiteral("newOrderSite"));
    auto *banner = new MessageBanner(dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create order"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("newOrderOk"));
    banner->setObjectName(QStringLiteral("newOrderMessage"));
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("Customer"), customer);
    form->addRow(tr("Description"), description);
    form->addRow(tr("Site"), site);
    form->addRow(banner);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        if (customer->customerId() == 0 && !customer->chooseFromText()) {
            banner->showMessage(tr("Choose a customer from the list (type part of the name)."));
            return;
        }
        ServiceOrder order;
        order.customerId = customer->customerId();
        order.description = description->text().trimmed();
        order.siteAddress = site->text().trimmed();
        auto id = m_session.ledger().orders().create(order);
        if (!id) {
            banner->showMessage(id.message());
            return;
        }
        m_session.changed(tr("Service order created."));
        showStatus(-1);
        openOrder(id.value());
        dialog->accept();
    });
    dialog->setMinimumWidth(460);
    dialog->open();
}
