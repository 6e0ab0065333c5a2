#include "QuotationsPage.h"

#include "CompanySession.h"
#include "DocumentLinesModel.h"
#include "ElidedLabel.h"
#include "MessageBanner.h"
#include "Navigator.h"
#include "QuotationDialog.h"
#include "RowTableModel.h"
#include "TableViews.h"
#include "UiFormat.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QString statusName(QuotationStatus status)
{
    switch (status) {
    case QuotationStatus::Draft: return QCoreApplication::translate("QuotationsPage", "Draft");
    case QuotationStatus::Sent: return QCoreApplication::translate("QuotationsPage", "Sent");
    case QuotationStatus::Accepted: return QCoreApplication::translate("QuotationsPage", "Accepted");
    case QuotationStatus::Declined: return QCoreApplication::translate("QuotationsPage", "Declined");
    case QuotationStatus::Expired: return QCoreApplication::translate("QuotationsPage", "Expired");
    }
    return {};
}
} // namespace

QuotationsPage::QuotationsPage(CompanySession &session, Navigator &navigator, QWidget *parent)
    : Page(session, parent), m_navigator(navigator), m_search(new QLineEdit(this)), m_banner(new MessageBanner(this)),
      m_model(new RowTableModel<QuotationSummary>(
          {{tr("Number"), [](const QuotationSummary &q) { return q.number.isEmpty() ? tr("Draft #%1").arg(q.id) : q.number; }},
           {tr("Customer"), [](const QuotationSummary &q) { return q.customerName; }},
           {tr("Status"), [](const QuotationSummary &q) { return statusName(q.status); }},
           {tr("Issued"), [](const QuotationSummary &q) { return UiFormat::date(q.issueDate); },
            Qt::AlignLeft | Qt::AlignVCenter, nullptr, [](const QuotationSummary &q) { return QVariant(q.issueDate); }},
           {tr("Valid until"), [](const QuotationSummary &q) { return UiFormat::date(q.validUntil); },
            Qt::AlignLeft | Qt::AlignVCenter, nullptr,
            [](const QuotationSummary &q) { return QVariant(q.validUntil); }},
           {tr("Total"), [&session](const QuotationSummary &q) { return session.money(q.totalGross); },
            RowTableModel<QuotationSummary>::Number, nullptr,
            [](const QuotationSummary &q) { return QVariant(q.totalGross); }}},
          this)),
      m_view(new QTableView(this)), m_lines(new DocumentLinesModel(this)), m_details(new ElidedLabel(this)),
      m_send(new QPushButton(tr("Mark sent"), this)), m_toOrder(new QPushButton(tr("Accept → service order"), this)),
      m_toInvoice(new QPushButton(tr("Accept → invoice"), this)), m_decline(new QPushButton(tr("Decline"), this)),
      m_expire(new QPushButton(tr("Expire"), this))
{
    setObjectName(QStringLiteral("quotationsPage"));
    m_search->setObjectName(QStringLiteral("quotationSearch"));
    m_search->setPlaceholderText(tr("Search number or customer"));
    m_search->setClearButtonEnabled(true);
    m_banner->setObjectName(QStringLiteral("quotationsMessage"));
    m_view->setObjectName(QStringLiteral("quotationTable"));
    m_view->setModel(m_model);
    TableViews::setUpList(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    TableViews::makeSortable(m_view);
    TableViews::showWhenEmpty(m_view, tr("No quotations yet."),
                              [this] { return !m_search->text().trimmed().isEmpty(); });
    auto *linesView = new QTableView(this);
    linesView->setObjectName(QStringLiteral("quotationLinesTable"));
    linesView->setModel(m_lines);
    linesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    linesView->horizontalHeader()->setSectionResizeMode(DocumentLinesModel::Description, QHeaderView::Stretch);
    m_lines->setCurrency(session.currency());
    m_details->setObjectName(QStringLiteral("quotationDetails"));
    m_details->setMaximumLines(2); // a long customer name and description end in "…", whole in the tooltip
    m_send->setObjectName(QStringLiteral("quotationSendButton"));
    m_toOrder->setObjectName(QStringLiteral("quotationToOrderButton"));
    m_toInvoice->setObjectName(QStringLiteral("quotationToInvoiceButton"));
    m_decline->setObjectName(QStringLiteral("quotationDeclineButton"));
    m_expire->setObjectName(QStringLiteral("quotationExpireButton"));

    auto *add = new QPushButton(tr("New quotation…"), this);
    add->setObjectName(QStringLiteral("newQuotationButton"));
    connect(add, &QPushButton::clicked, this, [this] { doAction(PageAction::New); });
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(add);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_details, 1);
    for (QPushButton *b : {m_send, m_toOrder, m_toInvoice, m_decline, m_expire})
        actions->addWidget(b);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(actions);
    bottomLayout->addWidget(linesView, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(bottom);
    splitter->setSizes({420, 360});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    keepThroughReloads(m_search);
    connect(m_search, &QLineEdit::textChanged, this, &QuotationsPage::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QuotationsPage::showCurrent);
    connect(m_send, &QPushButton::clicked, this, [this] {
        auto number = m_session.ledger().quotations().markSent(currentId());
        run(number ? Status() : Status(number.error()), tr("Quotation %1 sent.").arg(number ? number.value() : QString()));
    });
    connect(m_toOrder, &QPushButton::clicked, this, [this] {
        auto order = m_session.ledger().quotations().acceptIntoServiceOrder(currentId());
        run(order ? Status() : Status(order.error()), tr("Quotation accepted: service order created."));
        if (order)
            m_navigator.openServiceOrder(order.value());
    });
    connect(m_toInvoice, &QPushButton::clicked, this, [this] {
        auto draft = m_session.ledger().quotations().acceptIntoInvoice(currentId());
        run(draft ? Status() : Status(draft.error()), tr("Quotation accepted: draft invoice created."));
        if (draft)
            m_navigator.openDocument(draft.value());
    });
    connect(m_decline, &QPushButton::clicked, this,
            [this] { run(m_session.ledger().quotations().decline(currentId()), tr("Quotation declined.")); });
    connect(m_expire, &QPushButton::clicked, this,
            [this] { run(m_session.ledger().quotations().expire(currentId()), tr("Quotation expired.")); });
    showCurrent();
}

QString QuotationsPage::title() const
{
    return tr("Quotations");
}

void QuotationsPage::refresh()
{
    auto rates = m_session.context().catalog.taxRates();
    m_lines->setTaxRates(rates ? rates.value() : QList<TaxRate>());
    auto quotations = m_session.context().quotations.list(m_search->text(), 1000);
    if (!quotations) {
        m_banner->showMessage(quotations.message());
        return;
    }
    const qint64 current = currentId();
    m_model->setRows(quotations.value());
    int select = m_model->rowCount() > 0 ? 0 : -1;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->rowAt(row)->id == current)
            select = row;
    if (select >= 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(select, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showCurrent();
}

qint64 QuotationsPage::currentId() const
{
    const QuotationSummary *row = m_model->rowAt(m_view->currentIndex().row());
    return row ? row->id : 0;
}

void QuotationsPage::showCurrent()
{
    const qint64 id = currentId();
    Quotation q;
    if (id > 0) {
        auto found = m_session.context().quotations.find(id);
        if (found)
            q = found.value();
    }
    m_lines->setLines(q.lines);
    m_details->setText(id == 0 ? tr("Select a quotation.") : QStringLiteral("%1 · %2").arg(q.customerName, q.description));
    const bool open = id > 0 && (q.status == QuotationStatus::Draft || q.status == QuotationStatus::Sent);
    m_send->setEnabled(id > 0 && q.status == QuotationStatus::Draft);
    m_toOrder->setEnabled(open);
    m_toInvoice->setEnabled(open);
    m_decline->setEnabled(open);
    m_expire->setEnabled(open);
}

void QuotationsPage::run(const Status &status, const QString &whatHappened)
{
    if (!status) {
        m_banner->showMessage(status.message());
        return;
    }
    m_banner->clearMessage();
    m_session.changed(whatHappened);
}

bool QuotationsPage::canDo(PageAction action) const
{
    return action == PageAction::Find || action == PageAction::New;
}

void QuotationsPage::doAction(PageAction action)
{
    if (action == PageAction::Find) {
        m_search->setFocus();
        m_search->selectAll();
    } else if (action == PageAction::New) {
        auto *dialog = new QuotationDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
}
