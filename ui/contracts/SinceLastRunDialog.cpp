#include "SinceLastRunDialog.h"

#include "CompanySession.h"
#include "ContractService.h"
#include "DocumentMailer.h"
#include "MessageBanner.h"
#include "UiFormat.h"
#include "mail/MailSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString actionText(ContractAction action)
{
    switch (action) {
    case ContractAction::Draft:
        return SinceLastRunDialog::tr("draft");
    case ContractAction::Post:
        return SinceLastRunDialog::tr("post");
    case ContractAction::Send:
        return SinceLastRunDialog::tr("post and send");
    }
    return {};
}
} // namespace

SinceLastRunDialog::SinceLastRunDialog(CompanySession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_banner(new MessageBanner(this))
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(0, 6, this))
{
    setObjectName(QStringLiteral("sinceLastRunDialog"));
    setWindowTitle(tr("Contract invoices due"));
    m_banner->setObjectName(QStringLiteral("sinceLastRunMessage"));
    m_intro->setObjectName(QStringLiteral("sinceLastRunIntro"));
    m_intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("sinceLastRunTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Contract"), tr("Customer"), tr("Period"), tr("Bill date"), tr("Makes"), tr("Now")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *createAll = buttons->addButton(tr("Create all"), QDialogButtonBox::AcceptRole);
    createAll->setObjectName(QStringLiteral("createAllButton"));
    QPushButton *applyButton = buttons->addButton(tr("Apply"), QDialogButtonBox::ApplyRole);
    applyButton->setObjectName(QStringLiteral("applyButton"));
    QPushButton *later = buttons->addButton(tr("Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("laterButton"));
    connect(createAll, &QPushButton::clicked, this, &SinceLastRunDialog::createAll);
    connect(applyButton, &QPushButton::clicked, this, &SinceLastRunDialog::apply);
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 420);
    load();
}

void SinceLastRunDialog::load()
{
    ContractRunService runner(m_session.ledger());
    auto due = runner.due(m_session.today());
    m_table->setRowCount(0);
    if (!due) {
        m_banner->showMessage(due.message());
        m_due.clear();
        return;
    }
    m_due = due.value();
    m_intro->setText(tr("%n contract invoice(s) are due since the program last made them. Choose for each: "
                        "create it now, postpone it to the next time, or skip the period (it is never billed).",
        nullptr, static_cast<int>(m_due.size())));
    m_table->setRowCount(static_cast<int>(m_due.size()));
    for (int row = 0; row < m_due.size(); ++row) {
        const DueOccurrence &d = m_due.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(QString::number(d.contractId)));
        m_table->setItem(row, 1, new QTableWidgetItem(d.customerName));
        m_table->setItem(row, 2,
            new QTableWidgetItem(
                UiFormat::date(d.period.start) + QStringLiteral(" – ") + UiFormat::date(d.period.end)));
        m_table->setItem(row, 3, new QTableWidgetItem(UiFormat::date(d.period.billDate)));
        m_table->setItem(row, 4, new QTableWidgetItem(actionText(d.action)));
        auto *choice = new QComboBox(m_table);
        choice->setObjectName(QStringLiteral("occurrenceChoice%1").arg(row));
        choice->addItems({tr("Create"), tr("Postpone"), tr("Skip")});
        m_table->setCellWidget(row, 5, choice);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
}

void SinceLastRunDialog::setChoice(int row, Choice choice)
{
    if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, 5)))
        combo->setCurrentIndex(choice);
}

void SinceLastRunDialog::createAll()
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        setChoice(row, Create);
    apply();
}

void SinceLastRunDialog::apply()
{
    Ledger &ledger = m_session.ledger();
    DocumentMailer mailer(ledger);
    ContractRunService runner(ledger, [&mailer](qint64 documentId) -> Status {
        DocumentMailRequest request;
        request.documentId = documentId;
        auto queued = mailer.queue(request);
        if (!queued)
            return queued.error();
        return {};
    });
    ContractService contracts(ledger.context(), ledger.audit());
    int created = 0, skipped = 0, postponed = 0, attention = 0, sent = 0;
    QStringList failures;
    for (int row = 0; row < m_due.size(); ++row) {
        const DueOccurrence &d = m_due.at(row);
        const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, 5));
        const int choice = combo ? combo->currentIndex() : Postpone;
        if (choice == Postpone) {
            ++postponed;
            continue;
        }
        if (choice == Skip) {
            const Status done = contracts.skip(d.contractId, d.period.occurrence);
            if (done)
                ++skipped;
            else
                failures << done.message();
            continue;
        }
        auto made = runner.make(d.contractId, d.period.occurrence);
        if (!made) {
            failures << made.message();
            continue;
        }
        if (made->alreadyMade)
            continue; // another run (a timer) made it meanwhile
        ++created;
        attention += !made->attention.isEmpty();
        sent += made->outcome == OccurrenceOutcome::Sent;
    }
    m_summary
        = tr("Contracts: %1 invoice(s) created, %2 skipped, %3 postponed").arg(created).arg(skipped).arg(postponed);
    if (attention > 0)
        m_summary += tr("; %n need attention (on the Contracts page)", nullptr, attention);
    if (sent > 0)
        m_session.mail().wake();
    if (created + skipped > 0)
        m_session.changed(m_summary);
    if (!failures.isEmpty()) {
        load(); // what was done is gone from the list; what failed stays, named
        m_banner->showMessage(failures.join(QLatin1Char('\n')));
        return;
    }
    accept();
}
