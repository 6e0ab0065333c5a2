#include "CustomerContractsWidget.h"

#include "CompanySession.h"
#include "ContractOverview.h"
#include "Currency.h"
#include "UiFormat.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

CustomerContractsWidget::CustomerContractsWidget(CompanySession &session, qint64 customerId, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 6, this))
{
    setObjectName(QStringLiteral("customerContracts"));
    m_table->setObjectName(QStringLiteral("customerContractsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Contract"), tr("Frequency"), tr("Status"), tr("Next date"), tr("Last invoice"), tr("Monthly")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMaximumHeight(120);
    auto *title = new QLabel(tr("Contracts"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_table);
    auto rows = ContractOverview(session.ledger().database())
                    .rows(session.today(), Currency::minorDigits(session.currency()), customerId);
    if (!rows) {
        title->setText(rows.message());
        return;
    }
    for (const ContractOverviewRow &r : std::as_const(rows.value())) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(QString::number(r.contract.id)));
        m_table->setItem(row, 1, new QTableWidgetItem(ContractKeys::frequency(r.contract.every, r.contract.unit)));
        m_table->setItem(row, 2, new QTableWidgetItem(ContractKeys::statusName(r.contract.status)));
        m_table->setItem(row, 3, new QTableWidgetItem(UiFormat::date(r.nextBillDate)));
        m_table->setItem(row, 4, new QTableWidgetItem(r.lastInvoice));
        m_table->setItem(row, 5, new QTableWidgetItem(session.money(r.monthlyNet)));
    }
    setVisible(!rows->isEmpty());
}

int CustomerContractsWidget::contractCount() const
{
    return m_table->rowCount();
}
