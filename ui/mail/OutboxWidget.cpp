#include "OutboxWidget.h"

#include "MailSession.h"
#include "OutboxModel.h"
#include "TableViews.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

OutboxWidget::OutboxWidget(MailSession &mail, QWidget *parent)
    : QWidget(parent)
    , m_mail(mail)
{
    setObjectName(QStringLiteral("outboxWidget"));
    m_model = new OutboxModel(mail.outbox().repository(), this);

    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("outboxFilter"));
    m_filter->addItem(tr("All messages"));
    m_filter->addItem(tr("Waiting (queued, failed, to check)"));
    for (OutboxStatus status : OutboxStatuses::all())
        m_filter->addItem(OutboxStatuses::displayName(status), static_cast<int>(status));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("outboxView"));
    // Sorted by a click on a header, by value (dates, attempts), through a proxy.
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(OutboxModel::SortRole);
    m_sorted->setSortLocaleAware(true);
    m_view->setModel(m_sorted);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    TableViews::makeSortable(m_view);
    TableViews::showWhenEmpty(m_view, tr("The outbox is empty: nothing was sent from this file yet."),
                              [this] { return m_filter->currentIndex() > 0; });

    auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    m_resend = button(tr("Send again"), "outboxResend");
    m_cancel = button(tr("Cancel"), "outboxCancel");
    m_confirm = button(tr("It arrived"), "outboxConfirm");
    m_confirm->setToolTip(tr("The recipient confirmed that this message arrived: record it as sent."));
    m_open = button(tr("Open document"), "outboxOpenDocument");
    m_sendNow = button(tr("Send now"), "outboxSendNow");
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("outboxMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_server = new QLabel(this);
    m_server->setObjectName(QStringLiteral("outboxServer"));
    m_server->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_server->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter);
    top->addWidget(m_server, 1);
    top->addWidget(m_sendNow);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_open, m_resend, m_confirm, m_cancel})
        actions->addWidget(b);
    actions->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &OutboxWidget::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OutboxWidget::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxWidget::updateButtons);
    connect(m_resend, &QPushButton::clicked, this, &OutboxWidget::resendSelected);
    connect(m_cancel, &QPushButton::clicked, this, &OutboxWidget::cancelSelected);
    connect(m_confirm, &QPushButton::clicked, this, &OutboxWidget::confirmSelected);
    connect(m_open, &QPushButton::clicked, this, [this]() {
        const OutboxSummary *row = m_model->summaryAt(m_model->rowOf(selectedId()));
        if (row && row->documentId > 0)
            emit openDocumentRequested(row->documentId);
    });
    connect(m_sendNow, &QPushButton::clicked, this, [this]() { m_mail.wake(); });
    connect(m_view, &QTableView::doubleClicked, m_open, &QPushButton::click);
    connect(&m_mail, &MailSession::outboxChanged, this, &OutboxWidget::reload);
    connect(&m_mail, &MailSession::problem, this, &OutboxWidget::showError);
    // "Sign in again": the queued mail waits for it (an empty message: signed in again).
    connect(&m_mail, &MailSession::signInRequired, this, &OutboxWidget::showError);
    reload();
}

void OutboxWidget::applyFilter()
{
    const int index = m_filter->currentIndex();
    QList<OutboxStatus> statuses;
    if (index == 1)
        statuses = {OutboxStatus::Queued, OutboxStatus::Sending, OutboxStatus::Failed, OutboxStatus::Check};
    else if (index > 1)
        statuses = {static_cast<OutboxStatus>(m_filter->currentData().toInt())};
    const Status loaded = m_model->setStatuses(statuses);
    if (!loaded)
        showError(loaded.message());
}

void OutboxWidget::reload()
{
    // The settings as they are now: a problem reported under older settings no longer holds.
    const QString server = m_mail.serverSummary();
    if (server != m_server->text()) {
        if (!m_server->text().isEmpty())
            showError(QString());
        m_server->setText(server);
    }
    if (m_mail.isWaitingForSignIn())
        showError(m_mail.signInMessage());
    const qint64 selected = selectedId();
    const Status loaded = m_model->reload();
    if (!loaded)
        showError(loaded.message());
    if (selected > 0)
        select(selected);
    updateButtons();
}

void OutboxWidget::select(qint64 messageId)
{
    const int row = m_model->rowOf(messageId);
    if (row >= 0)
        m_view->selectRow(m_sorted->mapFromSource(m_model->index(row, 0)).row());
}

qint64 OutboxWidget::selectedId() const
{
    const QModelIndexList rows
        = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? 0 : rows.first().data(OutboxModel::IdRole).toLongLong();
}

void OutboxWidget::updateButtons()
{
    const OutboxSummary *row = m_model->summaryAt(m_model->rowOf(selectedId()));
    const OutboxStatus status = row ? row->status : OutboxStatus::Sending;
    m_resend->setEnabled(row && status != OutboxStatus::Sent && status != OutboxStatus::Sending);
    m_cancel->setEnabled(
        row && (status == OutboxStatus::Queued || status == OutboxStatus::Failed || status == OutboxStatus::Check));
    m_confirm->setEnabled(row && status == OutboxStatus::Check);
    m_open->setEnabled(row && row->documentId > 0);
}

void OutboxWidget::showError(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void OutboxWidget::resendSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    const Status done = m_mail.outbox().resend(id);
    if (!done) {
        showError(done.message());
        return;
    }
    showError(QString());
    emit statusMessage(tr("Message %1 is queued to be sent again.").arg(id));
    m_mail.wake();
    reload();
}

void OutboxWidget::cancelSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    const Status done = m_mail.outbox().cancel(id);
    if (!done) {
        showError(done.message());
        return;
    }
    showError(QString());
    emit statusMessage(tr("Message %1 was cancelled.").arg(id));
    reload();
}

void OutboxWidget::confirmSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    const Status done = m_mail.outbox().confirmSent(id);
    if (!done) {
        showError(done.message());
        return;
    }
    showError(QString());
    emit statusMessage(tr("Message %1 is recorded as sent.").arg(id));
    reload();
}
