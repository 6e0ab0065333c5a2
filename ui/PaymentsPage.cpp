#include "PaymentsPage.h"

#include "CompanySession.h"
#include "MessageBanner.h"
#include "Navigator.h"
#include "PaymentListService.h"
#include "PaymentTableModel.h"
#include "RegisterPaymentDialog.h"
#include "TableViews.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

PaymentsPage::PaymentsPage(CompanySession &session, Navigator &navigator, QWidget *parent)
    : Page(session, parent), m_navigator(navigator), m_search(new QLineEdit(this)),
      m_invoiceNumber(new QLineEdit(this)), m_banner(new MessageBanner(this)),
      m_model(new PaymentTableModel(session.currency(), true, this)), m_view(new QTableView(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("paymentsPage"));
    m_search->setObjectName(QStringLiteral("paymentSearch"));
    m_search->setPlaceholderText(tr("Search invoice number, customer, reference"));
    m_search->setClearButtonEnabled(true);
    m_invoiceNumber->setObjectName(QStringLiteral("paymentInvoiceNumber"));
    m_invoiceNumber->setPlaceholderText(tr("Invoice number"));
    m_invoiceNumber->setMaximumWidth(180);
    auto *pay = new QPushButton(tr("Register payment…"), this);
    pay->setObjectName(QStringLiteral("paymentsRegisterButton"));
    m_banner->setObjectName(QStringLiteral("paymentsMessage"));
    m_view->setObjectName(QStringLiteral("paymentTable"));
    m_view->setModel(m_model);
    TableViews::setUpList(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_view->setColumnWidth(0, 100);
    m_view->setColumnWidth(1, 150);
    m_view->setColumnWidth(3, 90);
    m_view->setColumnWidth(4, 120);
    m_view->setColumnWidth(5, 220);
    m_view->setColumnWidth(6, 120);
    TableViews::makeSortable(m_view);
    TableViews::showWhenEmpty(m_view, tr("No payments recorded yet."),
                              [this] { return !m_search->text().trimmed().isEmpty(); });
    m_summary->setObjectName(QStringLiteral("paymentsSummary"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addSpacing(24);
    top->addWidget(m_invoiceNumber);
    top->addWidget(pay);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    keepThroughReloads(m_search);
    connect(m_search, &QLineEdit::textChanged, this, &PaymentsPage::refresh);
    connect(pay, &QPushButton::clicked, this, &PaymentsPage::registerPaymentByNumber);
    connect(m_invoiceNumber, &QLineEdit::returnPressed, this, &PaymentsPage::registerPaymentByNumber);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const PaymentRow *row = m_model->rowAt(index.row()))
            m_navigator.openDocument(row->documentId);
    });
}

QString PaymentsPage::title() const
{
    return tr("Payments");
}

void PaymentsPage::refresh()
{
    auto rows = PaymentListService(m_session.context().db).recent(m_search->text(), 500);
    if (!rows) {
        m_banner->showMessage(rows.message());
        return;
    }
    m_model->setRows(rows.value());
    m_summary->setText(rows->size() >= 500 ? tr("The 500 most recent payments; search to find older ones.")
                                           : tr("%n payment(s).", nullptr, static_cast<int>(rows->size())));
}

bool PaymentsPage::canDo(PageAction action) const
{
    return action == PageAction::Find || action == PageAction::RegisterPayment;
}

void PaymentsPage::doAction(PageAction action)
{
    if (action == PageAction::Find) {
        m_search->setFocus();
        m_search->selectAll();
    } else if (action == PageAction::RegisterPayment) {
        if (m_invoiceNumber->text().trimmed().isEmpty())
            m_invoiceNumber->setFocus();
        else
            registerPaymentByNumber();
    }
}

void PaymentsPage::registerPaymentByNumber()
{
    const QString number = m_invoiceNumber->text().trimmed();
    if (number.isEmpty()) {
        m_banner->showMessage(tr("Type the number of the invoice that was paid."), MessageBanner::Kind::Info);
        m_invoiceNumber->setFocus();
        return;
    }
    auto id = m_session.context().documents.idByNumber(number);
    if (!id) {
        m_banner->showMessage(id.message());
        return;
    }
    auto invoice = m_session.context().documents.find(id.value(), false);
    if (!invoice) {
        m_banner->showMessage(invoice.message());
        return;
    }
    m_banner->clearMessage();
    auto *dialog = new RegisterPaymentDialog(m_session, invoice.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, m_invoiceNumber, &QLineEdit::clear);
    dialog->open();
}
