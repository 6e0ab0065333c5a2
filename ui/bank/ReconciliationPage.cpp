#include "bank/ReconciliationPage.h"

#include "CompanySession.h"
#include "MessageBanner.h"
#include "Money.h"
#include "StatementImportService.h"
#include "TableViews.h"
#include "bank/StatementEntryModel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ReconciliationPage::ReconciliationPage(CompanySession &session, QWidget *parent)
    : Page(session, parent)
    , m_banner(new MessageBanner(this))
    , m_model(new StatementEntryModel(session.currency(), this))
    , m_view(new QTableView(this))
    , m_proposals(new QListWidget(this))
    , m_explanation(new QLabel(this))
    , m_chosen(new QLineEdit(this))
    , m_accept(new QPushButton(tr("Accept"), this))
    , m_applyChosen(new QPushButton(tr("Apply to these"), this))
    , m_leave(new QPushButton(tr("Leave"), this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("reconciliationPage"));
    m_banner->setObjectName(QStringLiteral("reconciliationMessage"));
    auto *import = new QPushButton(tr("Import statement…"), this);
    import->setObjectName(QStringLiteral("reconciliationImport"));
    auto *autoApply = new QPushButton(tr("Apply exact references"), this);
    autoApply->setObjectName(QStringLiteral("reconciliationAuto"));
    m_view->setObjectName(QStringLiteral("reconciliationEntries"));
    m_view->setModel(m_model);
    TableViews::setUpList(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_view->setColumnWidth(0, 100);
    m_view->setColumnWidth(1, 180);
    m_view->setColumnWidth(3, 110);
    m_view->setColumnWidth(4, 110);
    m_view->setColumnWidth(5, 320);
    TableViews::showWhenEmpty(m_view, tr("No bank entry waits: import a statement."), [] { return false; });
    m_proposals->setObjectName(QStringLiteral("reconciliationProposals"));
    m_proposals->setMaximumHeight(110);
    m_explanation->setObjectName(QStringLiteral("reconciliationExplanation"));
    m_explanation->setWordWrap(true);
    m_chosen->setObjectName(QStringLiteral("reconciliationChosen"));
    m_chosen->setPlaceholderText(tr("Other invoices: INV-2026-00012=50.00, INV-2026-00013"));
    m_accept->setObjectName(QStringLiteral("reconciliationAccept"));
    m_applyChosen->setObjectName(QStringLiteral("reconciliationApplyChosen"));
    m_leave->setObjectName(QStringLiteral("reconciliationLeave"));
    m_summary->setObjectName(QStringLiteral("reconciliationSummary"));

    auto *top = new QHBoxLayout;
    top->addWidget(import);
    top->addWidget(autoApply);
    top->addStretch(1);
    auto *choose = new QHBoxLayout;
    choose->addWidget(m_accept);
    choose->addSpacing(16);
    choose->addWidget(m_chosen, 1);
    choose->addWidget(m_applyChosen);
    choose->addSpacing(16);
    choose->addWidget(m_leave);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addWidget(new QLabel(tr("Proposals for the selected entry, best first:"), this));
    layout->addWidget(m_proposals);
    layout->addWidget(m_explanation);
    layout->addLayout(choose);
    layout->addWidget(m_summary);

    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import a bank statement"), {}, tr("ISO 20022 statements (*.xml);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(autoApply, &QPushButton::clicked, this, &ReconciliationPage::applyReferences);
    connect(m_accept, &QPushButton::clicked, this, &ReconciliationPage::acceptProposal);
    connect(m_applyChosen, &QPushButton::clicked, this, &ReconciliationPage::applyChosen);
    connect(m_chosen, &QLineEdit::returnPressed, this, &ReconciliationPage::applyChosen);
    connect(m_leave, &QPushButton::clicked, this, &ReconciliationPage::leaveEntry);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReconciliationPage::showSelected);
    connect(m_proposals, &QListWidget::currentRowChanged, this, [this](int row) {
        const int entry = m_view->currentIndex().row();
        const ReconciliationItem *item = m_model->rowAt(entry);
        m_explanation->setText(
            item && row >= 0 && row < item->proposals.size() ? item->proposals.at(row).explanation : QString());
    });
}

QString ReconciliationPage::title() const
{
    return tr("Bank");
}

void ReconciliationPage::refresh()
{
    ReconciliationService service(m_session.ledger());
    auto items = service.openItems(5000);
    if (!items) {
        m_banner->showMessage(items.message());
        return;
    }
    const qint64 keep = selectedEntry();
    m_model->setRows(items.value());
    int proposed = 0;
    for (const ReconciliationItem &i : items.value())
        proposed += i.proposals.isEmpty() ? 0 : 1;
    m_summary->setText(tr("%n open entries", nullptr, static_cast<int>(items->size()))
        + tr(", %n with a proposal", nullptr, proposed));
    int row = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->rowAt(r)->entry.id == keep)
            row = r;
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    showSelected();
}

qint64 ReconciliationPage::selectedEntry() const
{
    const ReconciliationItem *item = m_model->rowAt(m_view->currentIndex().row());
    return item ? item->entry.id : 0;
}

void ReconciliationPage::showSelected()
{
    m_proposals->clear();
    m_explanation->clear();
    const ReconciliationItem *item = m_model->rowAt(m_view->currentIndex().row());
    if (item)
        for (const MatchProposal &p : item->proposals)
            m_proposals->addItem(StatementEntryModel::proposalText(p, m_session.currency()));
    if (m_proposals->count() > 0)
        m_proposals->setCurrentRow(0);
    m_accept->setEnabled(m_proposals->count() > 0);
    m_applyChosen->setEnabled(item != nullptr);
    m_leave->setEnabled(item != nullptr);
}

bool ReconciliationPage::apply(const QList<MatchAllocation> &allocations, const QString &how)
{
    const qint64 entry = selectedEntry();
    if (entry == 0)
        return false;
    ReconciliationService service(m_session.ledger());
    auto applied = service.apply(entry, allocations, how);
    if (!applied) {
        m_banner->showMessage(applied.message());
        return false;
    }
    m_banner->clearMessage();
    m_chosen->clear();
    m_session.changed(tr("%1 applied from bank entry %2.").arg(m_session.money(applied.value())).arg(entry));
    refresh();
    return true;
}

void ReconciliationPage::acceptProposal()
{
    const ReconciliationItem *item = m_model->rowAt(m_view->currentIndex().row());
    const int row = m_proposals->currentRow();
    if (!item || row < 0 || row >= item->proposals.size())
        return;
    apply(item->proposals.at(row).allocations, MatchProposal::reasonKey(item->proposals.at(row).reason));
}

void ReconciliationPage::applyChosen()
{
    const ReconciliationItem *item = m_model->rowAt(m_view->currentIndex().row());
    if (!item)
        return;
    // "INV-1=50.00, INV-2": each invoice with its amount, or what it is due as far as the entry goes.
    qint64 left = item->entry.unapplied();
    QList<MatchAllocation> allocations;
    MatchCandidateRepository candidates(m_session.ledger().database());
    for (const QString &part : m_chosen->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString text = part.trimmed();
        const qsizetype eq = text.indexOf(QLatin1Char('='));
        const QString number = (eq < 0 ? text : text.left(eq)).trimmed();
        auto id = m_session.context().documents.idByNumber(number);
        if (!id) {
            m_banner->showMessage(id.message());
            return;
        }
        auto open = candidates.openInvoice(id.value());
        if (!open) {
            m_banner->showMessage(open.message());
            return;
        }
        qint64 amount = std::min(left, open->due);
        if (eq >= 0) {
            auto typed = Money::parse(text.mid(eq + 1).trimmed(), m_session.currency(), false);
            if (!typed) {
                m_banner->showMessage(typed.error().prefixed(number).message());
                return;
            }
            amount = typed->minor();
        }
        left -= amount;
        allocations.append({id.value(), open->number, amount});
    }
    if (allocations.isEmpty()) {
        m_banner->showMessage(tr("Type the invoice numbers to apply the entry to."));
        return;
    }
    apply(allocations, QStringLiteral("manual"));
}

void ReconciliationPage::leaveEntry()
{
    const qint64 entry = selectedEntry();
    if (entry == 0)
        return;
    auto left = ReconciliationService(m_session.ledger()).leave(entry);
    if (!left) {
        m_banner->showMessage(left.message());
        return;
    }
    m_session.changed(tr("Bank entry %1 left aside.").arg(entry));
    refresh();
}

void ReconciliationPage::applyReferences()
{
    auto done = ReconciliationService(m_session.ledger()).applyReferences();
    if (!done) {
        m_banner->showMessage(done.message());
        return;
    }
    m_session.changed(tr("%n bank entries applied by their reference.", nullptr, done->applied));
    refresh();
}

bool ReconciliationPage::importFile(const QString &path)
{
    auto done = StatementImportService(m_session.ledger()).importFile(path, {});
    if (!done) {
        m_banner->showMessage(done.message());
        return false;
    }
    QString text = tr("%1 entries read: %2 new, %3 already known.").arg(done->read).arg(done->added).arg(done->known);
    auto autoOn = ReconciliationService(m_session.ledger()).autoApplyReferences();
    if (autoOn && autoOn.value() && done->added > 0) {
        auto applied = ReconciliationService(m_session.ledger()).applyReferences();
        if (applied)
            text += QLatin1Char(' ') + tr("%n applied by their reference.", nullptr, applied->applied);
    }
    m_banner->showMessage(text, MessageBanner::Kind::Info);
    m_session.changed(text);
    refresh();
    return true;
}
