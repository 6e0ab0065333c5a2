#include "CustomerMoneyWidget.h"

#include "CompanySession.h"
#include "MandateDialog.h"
#include "MandateService.h"
#include "MessageBanner.h"
#include "UiFormat.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

CustomerMoneyWidget::CustomerMoneyWidget(CompanySession &session, qint64 customerId, QWidget *parent)
    : QGroupBox(tr("Credit and direct debit"), parent)
    , m_session(session)
    , m_customerId(customerId)
    , m_banner(new MessageBanner(this))
    , m_credit(new QLabel(this))
    , m_mandates(new QTableWidget(0, 5, this))
    , m_add(new QPushButton(tr("Add mandate…"), this))
    , m_revoke(new QPushButton(tr("Revoke mandate"), this))
{
    setObjectName(QStringLiteral("customerMoney"));
    m_banner->setObjectName(QStringLiteral("customerMoneyMessage"));
    m_credit->setObjectName(QStringLiteral("customerCredit"));
    m_mandates->setObjectName(QStringLiteral("mandatesTable"));
    m_mandates->setHorizontalHeaderLabels({tr("Reference"), tr("Signed"), tr("Account"), tr("Scheme"), tr("Status")});
    m_mandates->horizontalHeader()->setStretchLastSection(true);
    m_mandates->verticalHeader()->hide();
    m_mandates->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mandates->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mandates->setSelectionMode(QAbstractItemView::SingleSelection);
    m_mandates->setMaximumHeight(120);
    m_add->setObjectName(QStringLiteral("addMandateButton"));
    m_revoke->setObjectName(QStringLiteral("revokeMandateButton"));
    connect(m_add, &QPushButton::clicked, this, &CustomerMoneyWidget::addMandate);
    connect(m_revoke, &QPushButton::clicked, this, &CustomerMoneyWidget::revokeMandate);
    connect(m_mandates, &QTableWidget::itemSelectionChanged, this, [this]() {
        const int row = m_mandates->currentRow();
        m_revoke->setEnabled(row >= 0 && m_mandates->item(row, 0)->data(Qt::UserRole + 1).toBool());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_revoke);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_credit);
    layout->addWidget(m_mandates);
    layout->addLayout(buttons);
    reload();
}

void CustomerMoneyWidget::reload()
{
    auto credit = m_session.ledger().payments().credits().balance(m_customerId);
    m_credit->setText(credit ? tr("Credit: %1").arg(m_session.money(credit.value())) : credit.message());
    MandateService mandates(m_session.ledger().context(), m_session.ledger().audit());
    auto list = mandates.forCustomer(m_customerId);
    m_mandates->setRowCount(0);
    if (!list) {
        m_banner->showMessage(list.message());
        return;
    }
    for (const Mandate &m : std::as_const(list.value())) {
        const int row = m_mandates->rowCount();
        m_mandates->insertRow(row);
        auto *reference = new QTableWidgetItem(m.reference);
        reference->setData(Qt::UserRole, m.id);
        reference->setData(Qt::UserRole + 1, m.isActive());
        m_mandates->setItem(row, 0, reference);
        m_mandates->setItem(row, 1, new QTableWidgetItem(QLocale().toString(m.signedOn, UiFormat::dateFormat())));
        m_mandates->setItem(row, 2, new QTableWidgetItem(MandateService::maskedIban(m.iban)));
        m_mandates->setItem(row, 3, new QTableWidgetItem(Mandate::schemeCode(m.scheme)));
        auto next = mandates.nextSequence(m.id);
        m_mandates->setItem(row, 4,
            new QTableWidgetItem(m.isActive()
                    ? tr("In force, next debit %1").arg(next ? next.value() : QString())
                    : tr("Revoked on %1").arg(QLocale().toString(m.revokedOn, UiFormat::dateFormat()))));
    }
    m_revoke->setEnabled(false);
}

void CustomerMoneyWidget::addMandate()
{
    auto *dialog = new MandateDialog(m_session, m_customerId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this]() {
        m_banner->clearMessage();
        reload();
    });
    dialog->open();
}

void CustomerMoneyWidget::revokeMandate()
{
    const int row = m_mandates->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_mandates->item(row, 0)->data(Qt::UserRole).toLongLong();
    const QString reference = m_mandates->item(row, 0)->text();
    MandateService mandates(m_session.ledger().context(), m_session.ledger().audit());
    const Status revoked = mandates.revoke(id);
    if (!revoked) {
        m_banner->showMessage(revoked.message());
        return;
    }
    m_banner->showMessage(tr("Mandate %1 revoked: it is no longer debited.").arg(reference), MessageBanner::Kind::Info);
    m_session.changed(tr("Mandate %1 revoked.").arg(reference));
    reload();
}
