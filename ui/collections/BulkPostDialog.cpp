#include "BulkPostDialog.h"

#include "Money.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

BulkPostDialog::BulkPostDialog(Ledger &ledger, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_orders(new QListWidget(this))
    , m_drafts(new QListWidget(this))
    , m_progress(new QProgressBar(this))
    , m_createDrafts(new QPushButton(tr("Create drafts"), this))
    , m_post(new QPushButton(tr("Post checked drafts"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_summaryLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("bulkPostDialog"));
    setWindowTitle(tr("Invoice in bulk"));
    m_orders->setObjectName(QStringLiteral("bulkOrderList"));
    m_drafts->setObjectName(QStringLiteral("bulkDraftList"));
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_createDrafts->setObjectName(QStringLiteral("bulkCreateDraftsButton"));
    m_post->setObjectName(QStringLiteral("bulkPostButton"));
    m_cancel->setObjectName(QStringLiteral("bulkCancelButton"));
    m_summaryLabel->setObjectName(QStringLiteral("bulkSummary"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setVisible(false);
    m_cancel->setEnabled(false);

    auto *lists = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Done service orders"), this));
    left->addWidget(m_orders);
    left->addWidget(m_createDrafts);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Drafts to review and post"), this));
    right->addWidget(m_drafts);
    right->addWidget(m_post);
    lists->addLayout(left);
    lists->addLayout(right);
    auto *running = new QHBoxLayout;
    running->addWidget(m_progress, 1);
    running->addWidget(m_cancel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(lists, 1);
    layout->addLayout(running);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(buttons);
    resize(820, 520);

    connect(m_createDrafts, &QPushButton::clicked, this, &BulkPostDialog::createDrafts);
    connect(m_post, &QPushButton::clicked, this, &BulkPostDialog::postDrafts);
    connect(m_cancel, &QPushButton::clicked, this, &BulkPostDialog::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (!m_running)
            reject();
    });
    reload();
}

void BulkPostDialog::reload()
{
    BulkService bulk(m_ledger.context(), m_ledger.drafts(), m_ledger.posting());
    m_orders->clear();
    if (auto orders = bulk.ordersToInvoice()) {
        for (const ServiceOrderSummary &o : orders.value()) {
            auto *item = new QListWidgetItem(tr("%1 — %2 — %3").arg(o.jobRef, o.customerName, o.description), m_orders);
            item->setData(Qt::UserRole, o.id);
            item->setCheckState(Qt::Checked);
        }
    }
    m_drafts->clear();
    auto company = m_ledger.context().company.load();
    const QString currency = company ? company->currency : QStringLiteral("EUR");
    if (auto drafts = bulk.drafts()) {
        for (const DocumentSummary &d : drafts.value()) {
            auto *item = new QListWidgetItem(
                tr("Draft #%1 — %2 — %3").arg(d.id).arg(d.customerName, Money::display(d.totalGross, currency)),
                m_drafts);
            item->setData(Qt::UserRole, d.id);
            item->setCheckState(Qt::Checked);
        }
    }
    m_createDrafts->setEnabled(m_orders->count() > 0);
    m_post->setEnabled(m_drafts->count() > 0);
}

QList<qint64> BulkPostDialog::checkedIds(QListWidget *list) const
{
    QList<qint64> ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

BulkProgress BulkPostDialog::progress()
{
    m_cancelled = false;
    m_running = true;
    m_progress->setVisible(true);
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_createDrafts->setEnabled(false);
    m_post->setEnabled(false);
    return [this](qint64 done, qint64 total, const QString &current) {
        m_progress->setMaximum(static_cast<int>(total));
        m_progress->setValue(static_cast<int>(done));
        m_progress->setFormat(tr("%v of %m — %1").arg(current));
        // Let Cancel be clicked between two items; each item is already committed or not.
        QApplication::processEvents();
        return !m_cancelled;
    };
}

void BulkPostDialog::finish(const BulkSummary &summary, const QString &what)
{
    m_summary = summary;
    m_running = false;
    m_cancel->setEnabled(false);
    QString text = tr("%1: %2 done, %3 refused").arg(what).arg(summary.done.size()).arg(summary.failed.size());
    if (summary.cancelled)
        text += tr(", %1 not done (cancelled)").arg(summary.notReached());
    text += QLatin1Char('.');
    for (const BulkItem &item : summary.failed)
        text += QStringLiteral("\n") + tr("%1: %2").arg(item.label, item.message);
    m_summaryLabel->setText(text);
    reload();
    if (!summary.done.isEmpty())
        emit changed(text.section(QLatin1Char('\n'), 0, 0));
}

void BulkPostDialog::createDrafts()
{
    const QList<qint64> ids = checkedIds(m_orders);
    if (ids.isEmpty() || m_running)
        return;
    BulkService bulk(m_ledger.context(), m_ledger.drafts(), m_ledger.posting());
    finish(bulk.createDrafts(ids, progress()), tr("Drafts created"));
}

void BulkPostDialog::postDrafts()
{
    const QList<qint64> ids = checkedIds(m_drafts);
    if (ids.isEmpty() || m_running)
        return;
    BulkService bulk(m_ledger.context(), m_ledger.drafts(), m_ledger.posting());
    finish(bulk.post(ids, progress()), tr("Posted"));
}
