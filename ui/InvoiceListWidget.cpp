#include "InvoiceListWidget.h"

#include "Page.h"

#include "BulkService.h"
#include "CompanySession.h"
#include "Currency.h"
#include "CustomerPicker.h"
#include "FlowLayout.h"
#include "InvoiceListModel.h"
#include "MessageBanner.h"
#include "TableViews.h"
#include "UiFormat.h"
#include "mail/BulkSendDialog.h"
#include "mail/MailSession.h"
#include "print/BulkExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
enum StatusChoice { AnyStatus, Drafts, Open, Paid, Credited };

// An amount as a clerk types it ("1254.50", "1 254,50", "1,254.50", "€1,254.50"): a number with
// a decimal or group separator or the currency, read by the window's number reader. Plain
// digits ("00042", "2026") stay a search for a number or a word.
std::optional<qint64> typedAmount(const QString &typed, const QString &currency)
{
    QString text = typed.trimmed();
    const bool withCurrency = text.contains(Currency::symbol(currency)) || text.contains(currency, Qt::CaseInsensitive);
    QString bare = text;
    bare.remove(Currency::symbol(currency)).remove(currency, Qt::CaseInsensitive);
    bool digit = false, separator = false;
    for (const QChar c : std::as_const(bare)) {
        if (c.isLetter())
            return std::nullopt;
        digit = digit || c.isDigit();
        separator = separator || c == QLatin1Char('.') || c == QLatin1Char(',') || c.isSpace();
    }
    if (!digit || !(separator || withCurrency))
        return std::nullopt;
    auto amount = UiFormat::parseMoney(text, currency);
    if (!amount || amount.value() <= 0)
        return std::nullopt;
    return amount.value();
}
} // namespace

InvoiceListWidget::InvoiceListWidget(CompanySession &session, QWidget *parent)
    : QWidget(parent), m_session(session),
      m_model(new InvoiceListModel(session.context().documents, session.context().clock, session.currency(), this)),
      m_search(new QLineEdit(this)), m_status(new QComboBox(this)), m_type(new QComboBox(this)), m_sent(new QComboBox(this)),
      m_customer(new CustomerPicker(session.context().customers, this)), m_dates(new QCheckBox(tr("Issued"), this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_overdue(new QCheckBox(tr("Overdue"), this)),
      m_trash(new QCheckBox(tr("Trash"), this)), m_banner(new MessageBanner(this)), m_view(new QTableView(this)),
      m_totals(new QLabel(this)), m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("invoiceList"));
    m_model->setReader(&session.reader());
    m_search->setObjectName(QStringLiteral("invoiceSearch"));
    Page::keepThroughReloads(m_search);
    m_search->setPlaceholderText(tr("Search number, customer or amount  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), AnyStatus);
    m_status->addItem(tr("Drafts"), Drafts);
    m_status->addItem(tr("Open (unpaid)"), Open);
    m_status->addItem(tr("Paid"), Paid);
    m_status->addItem(tr("Credited"), Credited);
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_type->addItem(tr("Invoices and credit notes"), -1);
    m_type->addItem(tr("Invoices"), static_cast<int>(DocumentType::Invoice));
    m_type->addItem(tr("Credit notes"), static_cast<int>(DocumentType::CreditNote));
    m_sent->setObjectName(QStringLiteral("sentFilter"));
    m_sent->addItem(tr("Sent or not"), -1);
    m_sent->addItem(tr("Sent"), 1);
    m_sent->addItem(tr("Not sent"), 0);
    m_customer->setObjectName(QStringLiteral("customerFilter"));
    m_customer->setPlaceholderText(tr("Any customer"));
    m_customer->setMaximumWidth(320);
    m_customer->setMinimumWidth(130);
    m_dates->setObjectName(QStringLiteral("dateFilter"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(UiFormat::dateFormat());
        edit->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("dateFromFilter"));
    m_to->setObjectName(QStringLiteral("dateToFilter"));
    m_from->setDate(QDate(session.today().year(), 1, 1));
    m_to->setDate(session.today());
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_trash->setObjectName(QStringLiteral("trashFilter"));
    m_banner->setObjectName(QStringLiteral("invoiceListMessage"));
    m_view->setObjectName(QStringLiteral("invoiceTable"));
    m_view->setModel(m_model);
    TableViews::setUpList(m_view);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection); // bulk send and export
    m_view->horizontalHeader()->setSectionResizeMode(InvoiceListModel::Customer, QHeaderView::Stretch);
    m_view->setColumnWidth(InvoiceListModel::Number, 140);
    m_view->setColumnWidth(InvoiceListModel::Type, 100);
    m_view->setColumnWidth(InvoiceListModel::IssueDate, 100);
    m_view->setColumnWidth(InvoiceListModel::DueDate, 100);
    m_view->setColumnWidth(InvoiceListModel::Total, 120);
    m_view->setColumnWidth(InvoiceListModel::AmountDue, 120);
    m_view->setColumnWidth(InvoiceListModel::Status, 150);
    TableViews::makeSortable(m_view); // in the database: DocumentRepository's ORDER BY
    TableViews::showWhenEmpty(m_view, tr("No invoices yet: press Ctrl+N to write the first one."), [this] {
        const DocumentFilter f = m_model->filter();
        return !f.search.isEmpty() || f.amount || !f.statuses.isEmpty() || f.type || f.customerId > 0
            || f.issuedFrom.isValid() || f.overdueAsOf.isValid() || f.sent || f.trash != DocumentFilter::Trash::Exclude;
    });
    m_totals->setObjectName(QStringLiteral("invoiceTotals"));
    m_totals->setStyleSheet(QStringLiteral("QLabel { background: #f3f5f8; border-top: 1px solid #d5d9df; "
                                           "padding: 6px 10px; }"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setWordWrap(true);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);

    auto *sendSelected = new QPushButton(tr("Send…"), this);
    sendSelected->setObjectName(QStringLiteral("bulkSendButton"));
    sendSelected->setToolTip(tr("Email the selected invoices and credit notes, each to its customer"));
    auto *exportPdf = new QPushButton(tr("Export PDF…"), this);
    exportPdf->setObjectName(QStringLiteral("bulkExportButton"));
    exportPdf->setToolTip(tr("The selected documents, or a month's, as PDF files or one combined PDF"));
    // The search and the actions on top; the filters below wrap onto as many rows as the width
    // needs, so that the list fits a 1024-pixel screen in every language.
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(sendSelected);
    filters->addWidget(exportPdf);
    auto *dates = new QWidget(this);
    auto *datesLayout = new QHBoxLayout(dates);
    datesLayout->setContentsMargins(0, 0, 0, 0);
    datesLayout->addWidget(m_dates);
    datesLayout->addWidget(m_from);
    datesLayout->addWidget(new QLabel(QStringLiteral("–"), dates));
    datesLayout->addWidget(m_to);
    auto *flags = new QWidget(this);
    auto *flagsLayout = new QHBoxLayout(flags);
    flagsLayout->setContentsMargins(0, 0, 0, 0);
    flagsLayout->addWidget(m_overdue);
    flagsLayout->addWidget(m_trash);
    auto *moreFilters = new FlowLayout;
    for (QWidget *w : std::initializer_list<QWidget *> {m_status, m_type, m_sent, m_customer, dates, flags})
        moreFilters->addWidget(w);
    auto *sendMenu = new QMenu(sendSelected);
    sendMenu->addAction(tr("Send the selected documents…"), this, [this] { sendSelection(); })
        ->setObjectName(QStringLiteral("sendSelectionAction"));
    sendMenu->addAction(tr("Send from a CSV list of numbers…"), this, [this] {
            const QString path = QFileDialog::getOpenFileName(this, tr("List of invoices to send"), QString(),
                                                              tr("CSV files (*.csv *.txt)"));
            if (!path.isEmpty())
                sendList(path);
        })->setObjectName(QStringLiteral("sendListAction"));
    sendSelected->setMenu(sendMenu);
    connect(exportPdf, &QPushButton::clicked, this, [this] { exportSelection(); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addLayout(moreFilters);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &InvoiceListWidget::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &InvoiceListWidget::applyFilter);
    connect(m_type, &QComboBox::currentIndexChanged, this, &InvoiceListWidget::applyFilter);
    connect(m_sent, &QComboBox::currentIndexChanged, this, &InvoiceListWidget::applyFilter);
    connect(m_customer, &CustomerPicker::customerChosen, this, &InvoiceListWidget::applyFilter);
    connect(m_dates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (m_dates->isChecked())
            applyFilter();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (m_dates->isChecked())
            applyFilter();
    });
    connect(m_overdue, &QCheckBox::toggled, this, &InvoiceListWidget::applyFilter);
    connect(m_trash, &QCheckBox::toggled, this, &InvoiceListWidget::applyFilter);
    connect(m_model, &InvoiceListModel::totalsChanged, this, &InvoiceListWidget::updateTotals);
    connect(m_model, &InvoiceListModel::loadFailed, this,
            [this](const QString &message) { m_banner->showMessage(message); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (auto row = m_model->summaryAt(index.row()))
            emit documentActivated(row->id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &InvoiceListWidget::currentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InvoiceListWidget::currentChanged);
}

DocumentFilter InvoiceListWidget::currentFilter() const
{
    DocumentFilter f;
    switch (m_status->currentData().toInt()) {
    case Drafts: f.statuses = {DocumentStatus::Draft}; break;
    case Open: f.statuses = {DocumentStatus::Posted, DocumentStatus::PartiallyPaid}; break;
    case Paid: f.statuses = {DocumentStatus::Paid}; break;
    case Credited: f.statuses = {DocumentStatus::Credited, DocumentStatus::Refunded}; break;
    default: break;
    }
    const int type = m_type->currentData().toInt();
    if (type >= 0)
        f.type = static_cast<DocumentType>(type);
    const int sent = m_sent->currentData().toInt();
    if (sent >= 0)
        f.sent = sent == 1;
    f.customerId = m_customer->customerId();
    if (m_dates->isChecked()) {
        f.issuedFrom = m_from->date();
        f.issuedTo = m_to->date();
    }
    if (m_overdue->isChecked())
        f.overdueAsOf = m_session.today();
    if (auto amount = typedAmount(m_search->text(), m_session.currency()))
        f.amount = amount;
    else
        f.search = m_search->text().trimmed();
    f.order = m_model->filter().order; // the order is the header's, not a filter's
    f.descending = m_model->filter().descending;
    f.trash = m_trash->isChecked() ? DocumentFilter::Trash::Only : DocumentFilter::Trash::Exclude;
    return f;
}

void InvoiceListWidget::applyFilter()
{
    if (m_applying)
        return;
    m_searchTimer->stop();
    m_banner->clearMessage();
    const Status done = m_model->setFilter(currentFilter());
    if (!done)
        m_banner->showMessage(done.message());
}

void InvoiceListWidget::reload()
{
    const Status done = m_model->reload();
    if (!done)
        m_banner->showMessage(done.message());
}

void InvoiceListWidget::applyPreset(InvoicePreset preset, qint64 customerId, const QString &customerName)
{
    m_applying = true;
    m_search->clear();
    m_type->setCurrentIndex(0);
    m_sent->setCurrentIndex(0);
    m_dates->setChecked(false);
    m_overdue->setChecked(preset == InvoicePreset::Overdue);
    m_trash->setChecked(preset == InvoicePreset::Trash);
    int status = AnyStatus;
    if (preset == InvoicePreset::Drafts || preset == InvoicePreset::AwaitingApproval)
        status = Drafts;
    else if (preset == InvoicePreset::Outstanding || preset == InvoicePreset::Overdue)
        status = Open;
    m_status->setCurrentIndex(m_status->findData(status));
    if (preset == InvoicePreset::Outstanding || preset == InvoicePreset::Overdue)
        m_type->setCurrentIndex(m_type->findData(static_cast<int>(DocumentType::Invoice)));
    if (customerId > 0)
        m_customer->setCustomer(customerId, customerName);
    else {
        m_customer->clear();
        m_customer->clearCustomer();
    }
    m_applying = false;
    applyFilter();
}

void InvoiceListWidget::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

std::optional<DocumentSummary> InvoiceListWidget::currentSummary() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->summaryAt(current.row()) : std::nullopt;
}

QList<qint64> InvoiceListWidget::selectedPostedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        if (auto row = m_model->summaryAt(index.row()); row && !row->number.isEmpty() && row->status != DocumentStatus::Draft)
            ids.append(row->id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

BulkSendDialog *InvoiceListWidget::sendSelection()
{
    const QList<qint64> ids = selectedPostedIds();
    if (ids.isEmpty()) {
        m_banner->showMessage(tr("Select the posted invoices or credit notes to send (Ctrl or Shift and click)."),
                              MessageBanner::Kind::Info);
        return nullptr;
    }
    return openBulkSend(ids, {}, {});
}

BulkSendDialog *InvoiceListWidget::openBulkSend(const QList<qint64> &ids, const QHash<qint64, QString> &addresses,
                                                const QStringList &refusals)
{
    auto *dialog = new BulkSendDialog(m_session.ledger(), ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAddresses(addresses);
    dialog->addRefusals(refusals);
    connect(dialog, &BulkSendDialog::allQueued, this, [this, dialog] {
        m_session.mail().wake();
        m_session.changed(tr("%n message(s) queued in the outbox.", nullptr,
                             static_cast<int>(dialog->queuedMessageIds().size())));
    });
    dialog->open();
    return dialog;
}

BulkSendDialog *InvoiceListWidget::sendList(const QString &csvPath)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_banner->showMessage(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(csvPath), file.errorString()));
        return nullptr;
    }
    auto lines = BulkService::readSendList(file.readAll());
    if (!lines) {
        m_banner->showMessage(lines.message());
        return nullptr;
    }
    QList<qint64> ids;
    QHash<qint64, QString> addresses;
    QStringList refusals;
    for (const BulkSendLine &line : std::as_const(lines.value())) {
        auto id = m_session.context().documents.idByNumber(line.number);
        if (!id) {
            refusals << tr("Row %1: %2").arg(line.row).arg(id.message());
            continue;
        }
        if (!ids.contains(id.value()))
            ids << id.value();
        if (!line.address.isEmpty())
            addresses.insert(id.value(), line.address);
    }
    return openBulkSend(ids, addresses, refusals);
}

BulkExportDialog *InvoiceListWidget::exportSelection()
{
    auto *dialog = new BulkExportDialog(m_session.ledger(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QList<qint64> ids = selectedPostedIds();
    if (ids.size() > 1)
        dialog->setSelection(ids);
    else
        dialog->setMonth(m_session.today().addMonths(-1));
    connect(dialog, &BulkExportDialog::exportFinished, this, [this] { m_session.changed(); }); // audited exports
    dialog->open();
    return dialog;
}

void InvoiceListWidget::updateTotals()
{
    if (!m_model->totalsKnown()) {
        m_totals->setText(tr("Counting the documents…"));
        return;
    }
    // What each figure counts is said next to it: the posted documents' amounts (credit notes
    // deducted) and what they still owe; drafts apart, never due.
    const DocumentTotalsRow &t = m_model->totals();
    auto count = [](qint64 n) { return static_cast<int>(std::min<qint64>(n, std::numeric_limits<int>::max())); };
    QString text = tr("<b>%n document(s)</b>", nullptr, count(t.count));
    if (t.count > t.drafts)
        text += tr(" · posted: net %1 · tax %2 · total <b>%3</b> · amount due <b>%4</b>")
                    .arg(m_session.money(t.net), m_session.money(t.tax), m_session.money(t.gross),
                         m_session.money(t.due));
    if (t.drafts > 0)
        text += tr(" · %n draft(s): %1, not due", nullptr, count(t.drafts)).arg(m_session.money(t.draftGross));
    m_totals->setText(text);
}
