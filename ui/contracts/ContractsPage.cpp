#include "ContractsPage.h"

#include "CompanySession.h"
#include "ContractDialog.h"
#include "Currency.h"
#include "MessageBanner.h"
#include "Navigator.h"
#include "RowTableModel.h"
#include "SinceLastRunDialog.h"
#include "TableViews.h"
#include "UiFormat.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ContractsPage::ContractsPage(CompanySession &session, Navigator &navigator, QWidget *parent)
    : Page(session, parent)
    , m_navigator(navigator)
    , m_banner(new MessageBanner(this))
    , m_attention(new MessageBanner(this))
    , m_total(new QLabel(this))
    , m_model(nullptr)
    , m_view(new QTableView(this))
{
    using Model = RowTableModel<ContractOverviewRow>;
    CompanySession *s = &m_session;
    m_model = new Model(
        {{tr("No."), [](const ContractOverviewRow &r) { return r.contract.id; }, Model::Number, nullptr,
             [](const ContractOverviewRow &r) { return QVariant(r.contract.id); }},
            {tr("Customer"), [](const ContractOverviewRow &r) { return r.contract.customerName; }},
            {tr("Frequency"),
                [](const ContractOverviewRow &r) {
                    return ContractKeys::frequency(r.contract.every, r.contract.unit);
                }},
            {tr("Status"), [](const ContractOverviewRow &r) { return ContractKeys::statusName(r.contract.status); }},
            {tr("Next date"), [](const ContractOverviewRow &r) { return UiFormat::date(r.nextBillDate); },
                Qt::AlignLeft, nullptr, [](const ContractOverviewRow &r) { return QVariant(r.nextBillDate); }},
            {tr("Last invoice"), [](const ContractOverviewRow &r) { return r.lastInvoice; }},
            {tr("Monthly"), [s](const ContractOverviewRow &r) { return s->money(r.monthlyNet); }, Model::Number,
                nullptr, [](const ContractOverviewRow &r) { return QVariant(r.monthlyNet); }}},
        this);
    setObjectName(QStringLiteral("contractsPage"));
    m_banner->setObjectName(QStringLiteral("contractsMessage"));
    m_attention->setObjectName(QStringLiteral("contractsAttention"));
    m_total->setObjectName(QStringLiteral("contractsMonthlyTotal"));
    m_view->setObjectName(QStringLiteral("contractsTable"));
    m_view->setModel(m_model);
    TableViews::setUpList(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    TableViews::makeSortable(m_view);
    TableViews::showWhenEmpty(m_view,
        tr("No contract yet: a maintenance contract bills itself every week, month or "
           "year. Add one with New contract."),
        [] { return false; });
    auto *add = new QPushButton(tr("New contract"), this);
    add->setObjectName(QStringLiteral("newContractButton"));
    auto *due = new QPushButton(tr("Invoices due…"), this);
    due->setObjectName(QStringLiteral("sinceLastRunButton"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_total, 1);
    top->addWidget(due);
    top->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_attention);
    layout->addWidget(m_view, 1);
    connect(add, &QPushButton::clicked, this, [this] { doAction(PageAction::New); });
    connect(due, &QPushButton::clicked, this, &ContractsPage::openSinceLastRun);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const ContractOverviewRow *row = m_model->rowAt(index.row()))
            openContract(row->contract.id);
    });
}

QString ContractsPage::title() const
{
    return tr("Contracts");
}

void ContractsPage::refresh()
{
    ContractOverview overview(m_session.ledger().database());
    auto rows = overview.rows(m_session.today(), Currency::minorDigits(m_session.currency()));
    if (!rows) {
        m_banner->showMessage(rows.message());
        return;
    }
    m_banner->clearMessage();
    qint64 monthly = 0;
    for (const ContractOverviewRow &r : std::as_const(rows.value()))
        monthly += r.monthlyNet;
    m_total->setText(tr("Monthly contracted revenue: %1 net (%n contract(s))", nullptr, static_cast<int>(rows->size()))
                         .arg(m_session.money(monthly)));
    m_model->setRows(rows.value());
    auto attention = ContractRepository(m_session.ledger().database()).needingAttention();
    if (attention && !attention->isEmpty()) {
        QStringList lines;
        for (const OccurrenceSummary &o : std::as_const(attention.value()))
            lines << tr("%1 (contract %2): %3")
                         .arg(o.documentLabel)
                         .arg(o.occurrence.contractId)
                         .arg(o.occurrence.attention);
        m_attention->showMessage(
            tr("%n contract invoice(s) stayed drafts and need attention:", nullptr, static_cast<int>(lines.size()))
                + QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
            MessageBanner::Kind::Warning);
    } else {
        m_attention->clearMessage();
    }
}

bool ContractsPage::canDo(PageAction action) const
{
    return action == PageAction::New;
}

void ContractsPage::doAction(PageAction action)
{
    if (action == PageAction::New)
        openContract(0);
}

void ContractsPage::openContract(qint64 contractId)
{
    auto *dialog = new ContractDialog(m_session, contractId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] { refresh(); });
    dialog->open();
}

bool ContractsPage::dueSinceLastRun(CompanySession &session)
{
    ContractRunService runner(session.ledger());
    auto due = runner.due(session.today());
    return due && !due->isEmpty();
}

void ContractsPage::openSinceLastRun()
{
    auto *dialog = new SinceLastRunDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (dialog->dueCount() == 0) {
        m_banner->showMessage(tr("No contract invoice is due."), MessageBanner::Kind::Info);
        delete dialog;
        return;
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] { emit statusMessage(dialog->summary()); });
    dialog->open();
}
