#include "CustomersPage.h"

#include "CompanySession.h"
#include "CustomerDialog.h"
#include "MessageBanner.h"
#include "Navigator.h"
#include "RowTableModel.h"
#include "TableViews.h"

#include <QBrush>
#include <QCheckBox>
#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

CustomersPage::CustomersPage(CompanySession &session, Navigator &navigator, QWidget *parent)
    : Page(session, parent), m_navigator(navigator), m_search(new QLineEdit(this)), m_banner(new MessageBanner(this)),
      m_model(new RowTableModel<CustomerSummary>(
          {{tr("Name"), [](const CustomerSummary &c) { return c.name; }},
           {tr("Email"), [](const CustomerSummary &c) { return c.email; }},
           {tr("VAT id"), [](const CustomerSummary &c) { return c.vatId; }},
           {tr("Balance"), [&session](const CustomerSummary &c) { return session.money(c.balance); },
            RowTableModel<CustomerSummary>::Number,
            [](const CustomerSummary &c, int role) -> QVariant {
                if (role == Qt::ForegroundRole && c.balance > 0)
                    return QBrush(QColor(0x1f, 0x4e, 0x9c));
                return {};
            },
            [](const CustomerSummary &c) { return QVariant(c.balance); }},
           {tr("Address"), [](const CustomerSummary &c) { return c.addressToReview ? tr("to review") : QString(); },
            Qt::AlignLeft | Qt::AlignVCenter,
            [](const CustomerSummary &c, int role) -> QVariant {
                if (role == Qt::ForegroundRole && c.addressToReview)
                    return QBrush(QColor(0x9a, 0x5b, 0x00));
                if (role == Qt::ToolTipRole && c.addressToReview)
                    return tr("The address could not be split into street, postcode, city and country: open the "
                              "customer to complete it.");
                return {};
            }}},
          this)),
      m_toReview(new QCheckBox(tr("Address to review"), this)),
      m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("customersPage"));
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Search name or VAT id"));
    m_search->setClearButtonEnabled(true);
    m_banner->setObjectName(QStringLiteral("customersMessage"));
    m_view->setObjectName(QStringLiteral("customerTable"));
    m_view->setModel(m_model);
    TableViews::setUpList(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->setColumnWidth(1, 210);
    m_view->setColumnWidth(2, 160);
    m_view->setColumnWidth(3, 130);
    m_view->setColumnWidth(4, 110);
    m_toReview->setObjectName(QStringLiteral("customerReviewFilter"));
    m_toReview->setToolTip(tr("Only the customers whose address must be completed before e-invoices can be made"));
    TableViews::makeSortable(m_view);
    TableViews::showWhenEmpty(m_view, tr("No customers yet: add the first one with New customer."),
                              [this] { return !m_search->text().trimmed().isEmpty() || m_toReview->isChecked(); });
    auto *add = new QPushButton(tr("New customer"), this);
    add->setObjectName(QStringLiteral("newCustomerButton"));
    auto *edit = new QPushButton(tr("Edit…"), this);
    edit->setObjectName(QStringLiteral("editCustomerButton"));
    auto *invoices = new QPushButton(tr("Their invoices"), this);
    invoices->setObjectName(QStringLiteral("customerInvoicesButton"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_toReview);
    top->addWidget(add);
    top->addWidget(edit);
    top->addWidget(invoices);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    keepThroughReloads(m_search);
    connect(m_search, &QLineEdit::textChanged, this, &CustomersPage::refresh);
    connect(m_toReview, &QCheckBox::toggled, this, &CustomersPage::refresh);
    connect(add, &QPushButton::clicked, this, [this] { doAction(PageAction::New); });
    connect(edit, &QPushButton::clicked, this, [this] {
        if (currentId() > 0)
            editCustomer(currentId());
    });
    connect(invoices, &QPushButton::clicked, this, [this] {
        if (currentId() > 0)
            m_navigator.showInvoices(InvoicePreset::All, currentId());
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const CustomerSummary *row = m_model->rowAt(index.row()))
            editCustomer(row->id);
    });
}

QString CustomersPage::title() const
{
    return tr("Customers");
}

void CustomersPage::refresh()
{
    auto customers = m_session.context().customers.list(m_search->text(), 2000, m_toReview->isChecked());
    if (!customers) {
        m_banner->showMessage(customers.message());
        return;
    }
    m_model->setRows(customers.value());
}

qint64 CustomersPage::currentId() const
{
    const CustomerSummary *row = m_model->rowAt(m_view->currentIndex().row());
    return row ? row->id : 0;
}

bool CustomersPage::canDo(PageAction action) const
{
    return action == PageAction::New || action == PageAction::Find;
}

void CustomersPage::doAction(PageAction action)
{
    if (action == PageAction::Find) {
        m_search->setFocus();
        m_search->selectAll();
        return;
    }
    if (action == PageAction::New) {
        Customer customer;
        customer.language = m_session.company().defaultLanguage;
        auto *dialog = new CustomerDialog(m_session, customer, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
}

void CustomersPage::showToReview(bool only)
{
    m_toReview->setChecked(only); // refreshes when it changes
}

void CustomersPage::editCustomer(qint64 customerId)
{
    auto customer = m_session.context().customers.find(customerId);
    if (!customer) {
        m_banner->showMessage(customer.message());
        return;
    }
    auto *dialog = new CustomerDialog(m_session, customer.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
