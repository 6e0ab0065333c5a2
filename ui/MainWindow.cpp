#include "MainWindow.h"

#include "BackupScheduler.h"
#include "CatalogPage.h"
#include "ChainAnchor.h"
#include "CompanyFiles.h"
#include "CompanySession.h"
#include "CustomersPage.h"
#include "DocumentMailer.h"
#include "ExportEInvoiceDialog.h"
#include "DashboardPage.h"
#include "HandoffWatcher.h"
#include "HostedPage.h"
#include "IntegrityCheck.h"
#include "MessageBanner.h"
#include "InvoicesPage.h"
#include "OutboxPage.h"
#include "PaymentsPage.h"
#include "QuotationsPage.h"
#include "ServiceOrdersPage.h"
#include "SettingsPage.h"
#include "collections/AccountantExportDialog.h"
#include "collections/ImportDialog.h"
#include "bank/ReconciliationPage.h"
#include "collections/RemindersPage.h"
#include "collections/ReportsPage.h"
#include "contracts/ContractsPage.h"
#include "mail/MailSession.h"
#include "mail/SendDocumentDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QPushButton>
#include <QUndoGroup>
#include <QUndoStack>

MainWindow::MainWindow(CompanySession &session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_navigator(new Navigator(this)), m_nav(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_undo(new QUndoGroup(this)), m_fileLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("%1 — Facturo").arg(session.company().name));
    buildPages();
    buildActions();
    buildMenus();

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *side = new QWidget(central);
    side->setObjectName(QStringLiteral("sidebar"));
    side->setStyleSheet(QStringLiteral(
        "#sidebar { background: #17212e; }"
        "#sidebar QLabel { color: #e8edf3; }"
        "#navigation { background: transparent; border: none; color: #c4ccd6; outline: none; }"
        "#navigation::item { padding: 9px 16px; border-left: 3px solid transparent; }"
        "#navigation::item:hover { background: #223044; color: white; }"
        "#navigation::item:selected { background: #263a55; color: white; border-left: 3px solid #4c9bff; }"));
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 14, 0, 10);
    auto *company = new QLabel(QStringLiteral("<b>%1</b><br><span style='color:#8a97a8'>%2</span>")
                                   .arg(session.company().name.toHtmlEscaped(),
                                        tr("Signed in as %1").arg(session.ledger().user().name).toHtmlEscaped()),
                               side);
    company->setObjectName(QStringLiteral("companyLabel"));
    company->setContentsMargins(16, 0, 12, 12);
    company->setWordWrap(true);
    sideLayout->addWidget(company);
    sideLayout->addWidget(m_nav, 1);
    side->setFixedWidth(210);
    layout->addWidget(side);
    m_handoffBanner = new MessageBanner(central);
    m_handoffBanner->setObjectName(QStringLiteral("handoffBanner"));
    auto *pagesColumn = new QVBoxLayout;
    pagesColumn->setContentsMargins(0, 0, 0, 0);
    pagesColumn->setSpacing(0);
    pagesColumn->addWidget(m_handoffBanner);
    pagesColumn->addWidget(m_stack, 1);
    layout->addLayout(pagesColumn, 1);
    setCentralWidget(central);
    setStyleSheet(QStringLiteral(
        "#pages { background: #f6f7f9; }"
        "QTableView { background: white; alternate-background-color: #f7f9fb; gridline-color: #e6e9ee; "
        "  selection-background-color: #d6e6ff; selection-color: #101820; border: 1px solid #d5d9df; }"
        "QHeaderView::section { background: #f1f3f6; color: #3a4452; font-weight: 600; border: none; "
        "  border-bottom: 1px solid #d5d9df; border-right: 1px solid #e4e7ec; padding: 4px 6px; }"
        "QToolBar#mainToolbar { background: white; border: none; border-bottom: 1px solid #dde2e8; spacing: 2px; "
        "  padding: 3px 8px; }"
        "QToolBar#mainToolbar QToolButton { padding: 4px 10px; border-radius: 4px; color: #1b2430; }"
        "QToolBar#mainToolbar QToolButton:hover { background: #eaf1fc; }"
        "QToolBar#mainToolbar QToolButton:disabled { color: #a3acb8; }"));

    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setText(CompanyFiles::shown(session.path())); // a server's without password
    statusBar()->addPermanentWidget(m_fileLabel);
    connect(&session, &CompanySession::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pages.size())
            m_stack->setCurrentWidget(page(static_cast<PageId>(row)));
        updateActions();
    });
    connect(m_navigator, &Navigator::pageRequested, this, &MainWindow::showPage);
    connect(m_navigator, &Navigator::documentRequested, this, [this](qint64 id) {
        showPage(PageId::Invoices);
        static_cast<InvoicesPage *>(page(PageId::Invoices))->openDocument(id);
    });
    connect(m_navigator, &Navigator::invoicesRequested, this, [this](InvoicePreset preset, qint64 customerId) {
        showPage(PageId::Invoices);
        static_cast<InvoicesPage *>(page(PageId::Invoices))->applyPreset(preset, customerId);
    });
    connect(m_navigator, &Navigator::serviceOrdersRequested, this, [this](int status) {
        showPage(PageId::ServiceOrders);
        static_cast<ServiceOrdersPage *>(page(PageId::ServiceOrders))->showStatus(status);
    });
    connect(m_navigator, &Navigator::customersToReviewRequested, this, [this] {
        showPage(PageId::Customers);
        static_cast<CustomersPage *>(page(PageId::Customers))->showToReview(true);
    });
    connect(m_navigator, &Navigator::serviceOrderRequested, this, [this](qint64 id) {
        showPage(PageId::ServiceOrders);
        static_cast<ServiceOrdersPage *>(page(PageId::ServiceOrders))->openOrder(id);
    });
    // The sender works through the outbox in the background; a message sent or failed changes
    // what the invoices show (sent, history).
    session.mail().setDialogParent(this);
    connect(&session.mail(), &MailSession::outboxChanged, &session, [&session] { emit session.dataChanged(); });
    connect(&session.mail(), &MailSession::problem, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    if (const Status started = session.mail().start(); !started)
        statusBar()->showMessage(started.message(), 15000);
    // Scheduled backups, off the window's thread, a minute after the file opens and then regularly.
    connect(&session.backups(), &BackupScheduler::finished, this, [this](const QString &written, const QString &error) {
        if (!error.isEmpty())
            statusBar()->showMessage(tr("Backup failed: %1").arg(error), 30000);
        else if (!written.isEmpty())
            statusBar()->showMessage(tr("Backup written: %1").arg(QDir::toNativeSeparators(written)), 10000);
    });
    session.backups().start();
    startHandoff();
    m_nav->setCurrentRow(0);
    resize(1280, 800);
    // Contract invoices due since the program last made them: offered once the window is up.
    QTimer::singleShot(0, this, [this] {
        if (ContractsPage::dueSinceLastRun(m_session))
            static_cast<ContractsPage *>(page(PageId::Contracts))->openSinceLastRun();
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::startHandoff()
{
    // The job hand-off folder: files there at start and every file dropped while the window runs.
    CompanySession &session = m_session;
    // The send rule sends what the window's bulk send would: the e-invoice the customer prefers too.
    m_handoff = new HandoffWatcher(session.ledger(), [&session](qint64 documentId) -> Result<qint64> {
        auto document = session.context().documents.find(documentId, false);
        if (!document)
            return document.error();
        const EInvoiceFormat format = ExportEInvoiceDialog::preferredFormat(session.context(), document.value());
        DocumentMailRequest request;
        request.documentId = documentId;
        return DocumentMailer(session.ledger())
            .queue(request, SendDocumentDialog::einvoiceAttacher(session.ledger(), documentId, format));
    }, this);
    connect(m_handoff, &HandoffWatcher::processed, this, [this](const QList<HandoffFileResult> &results) {
        bool trouble = false;
        bool queued = false;
        for (const HandoffFileResult &r : results) {
            trouble = trouble || r.needsAttention() || r.outcome == HandoffOutcome::Failed
                || r.outcome == HandoffOutcome::Duplicate;
            for (const HandoffJobResult &j : r.jobs)
                queued = queued || j.outboxId > 0;
        }
        const QString summary = HandoffFileResult::summary(results);
        if (summary.isEmpty())
            return;
        m_handoffBanner->showMessage(tr("Job hand-off: %1. Settings › Job hand-off lists them.").arg(summary),
            trouble ? MessageBanner::Kind::Warning : MessageBanner::Kind::Info);
        if (queued)
            m_session.mail().wake();
        m_session.changed(summary);
    });
    connect(m_handoff, &HandoffWatcher::problem, this, [this](const QString &message) {
        m_handoffBanner->showMessage(tr("Job hand-off: %1").arg(message), MessageBanner::Kind::Warning);
    });
    connect(&session, &CompanySession::dataChanged, m_handoff, [this] { (void)m_handoff->reload(); });
    if (const Status started = m_handoff->reload(); !started)
        m_handoffBanner->showMessage(tr("Job hand-off: %1").arg(started.message()), MessageBanner::Kind::Warning);
}

void MainWindow::buildPages()
{
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_stack->setObjectName(QStringLiteral("pages"));
    // Each page is made the first time it is needed (shown, or asked for by another page): a
    // window opens with only the page it shows. The titles are the pages' own.
    m_makers = {
        {DashboardPage::tr("Dashboard"), [this] { return new DashboardPage(m_session, *m_navigator, m_stack); }},
        {ServiceOrdersPage::tr("Service orders"),
            [this] { return new ServiceOrdersPage(m_session, *m_navigator, m_stack); }},
        {QuotationsPage::tr("Quotations"), [this] { return new QuotationsPage(m_session, *m_navigator, m_stack); }},
        {InvoicesPage::tr("Invoices"), [this] { return new InvoicesPage(m_session, m_stack); }},
        {PaymentsPage::tr("Payments"), [this] { return new PaymentsPage(m_session, *m_navigator, m_stack); }},
        {ReconciliationPage::tr("Bank"), [this] { return new ReconciliationPage(m_session, m_stack); }},
        {tr("Reminders"), [this] { return remindersPage(); }},
        {tr("Reports"), [this] { return reportsPage(); }},
        {CustomersPage::tr("Customers"), [this] { return new CustomersPage(m_session, *m_navigator, m_stack); }},
        {CatalogPage::tr("Catalog"), [this] { return new CatalogPage(m_session, m_stack); }},
        {OutboxPage::tr("Outbox"), [this] { return new OutboxPage(m_session, *m_navigator, m_stack); }},
        {ContractsPage::tr("Contracts"), [this] { return new ContractsPage(m_session, *m_navigator, m_stack); }},
        {SettingsPage::tr("Settings"), [this] { return makeSettingsPage(); }},
    };
    QFont font = m_nav->font();
    font.setPointSizeF(font.pointSizeF() * 1.08);
    m_nav->setFont(font);
    int number = 1;
    for (const PageMaker &maker : std::as_const(m_makers)) {
        m_pages.append(nullptr);
        m_stack->addWidget(new QWidget(m_stack)); // stands in for the page until it is made
        auto *item = new QListWidgetItem(maker.title, m_nav);
        item->setToolTip(number <= 10 ? tr("%1 (Ctrl+%2)").arg(maker.title).arg(number % 10) : maker.title);
        ++number;
    }
}

Page *MainWindow::makeSettingsPage()
{
    auto *settings = new SettingsPage(m_session, m_stack);
    connect(settings, &SettingsPage::restoreRequested, this, &MainWindow::restoreRequested);
    connect(settings, &SettingsPage::interfaceLanguageChanged, this, &MainWindow::interfaceLanguageChanged);
    return settings;
}

void MainWindow::buildActions()
{
    auto make = [this](PageAction id, const QString &text, const QKeySequence &keys, const char *name,
                       const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(keys);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, [this, id] { trigger(id); });
        m_actions.insert(id, a);
        addAction(a);
    };
    make(PageAction::New, tr("New"), QKeySequence::New, "actionNew", tr("Create a new invoice, order, customer…"));
    make(PageAction::Find, tr("Find"), QKeySequence::Find, "actionFind", tr("Search the current list"));
    make(PageAction::Post, tr("Post"), QKeySequence(Qt::CTRL | Qt::Key_Return), "actionPost",
         tr("Post the draft: it gets its final number"));
    make(PageAction::RegisterPayment, tr("Register payment"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
         "actionRegisterPayment", tr("Record money received on the invoice"));
    make(PageAction::Print, tr("Print"), QKeySequence::Print, "actionPrint", tr("Print the document"));

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    // Ctrl+Shift+Z (the platform's) and Ctrl+Y, which most office programs use.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence ctrlY(Qt::CTRL | Qt::Key_Y);
    if (!redoKeys.contains(ctrlY))
        redoKeys.append(ctrlY);
    redo->setShortcuts(redoKeys);
    addAction(undo);
    addAction(redo);
    for (PageAction a : {PageAction::New, PageAction::Find})
        toolbar->addAction(m_actions.value(a));
    toolbar->addSeparator();
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();
    for (PageAction a : {PageAction::Post, PageAction::RegisterPayment, PageAction::Print})
        toolbar->addAction(m_actions.value(a));

}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open company file…"), this, [this] { emit openRequested(QString()); });
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("&New company…"), this, &MainWindow::newCompanyRequested);
    file->addAction(tr("Open the &demo company"), this, &MainWindow::demoRequested);
    m_recent = file->addMenu(tr("&Recent files"));
    m_recent->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recent, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    file->addAction(tr("&Import jobs…"), this, &MainWindow::importJobs);
    QAction *import = file->addAction(tr("Import customers, catalog or jobs from &CSV…"), this, &MainWindow::importCsv);
    import->setObjectName(QStringLiteral("actionImportCsv"));
    file->addAction(tr("&Export for the accountant…"), this, [this] {
            AccountantExportDialog dialog(m_session.ledger(), this);
            connect(&dialog, &AccountantExportDialog::exported, &m_session, [this](const QString &what) {
                m_session.changed(what); // an audited export
            });
            dialog.exec();
        })->setObjectName(QStringLiteral("actionAccountantExport"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    for (QAction *a : actions())
        if (a->objectName() == QLatin1String("actionUndo") || a->objectName() == QLatin1String("actionRedo"))
            edit->addAction(a);
    edit->addSeparator();
    edit->addAction(m_actions.value(PageAction::Find));

    QMenu *document = menuBar()->addMenu(tr("&Document"));
    for (PageAction a : {PageAction::New, PageAction::Post, PageAction::RegisterPayment, PageAction::Print})
        document->addAction(m_actions.value(a));
    document->addSeparator();
    document->addAction(tr("Invoice &done service orders…"), this, &MainWindow::bulkInvoice)
        ->setObjectName(QStringLiteral("actionBulkInvoice"));

    QMenu *help = nullptr; // after Go
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_pages.size(); ++i) {
        QAction *a = go->addAction(m_makers.at(i).title, this, [this, i] { showPage(static_cast<PageId>(i)); });
        if (i < 10) // Ctrl+1 … Ctrl+9, then Ctrl+0
            a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(i < 9 ? Qt::Key_1 + i : Qt::Key_0)));
    }
    help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Check the company file…"), this, [this] { checkFile(); })
        ->setObjectName(QStringLiteral("actionCheckFile"));
    help->addAction(tr("&About Facturo"), this, [this] {
        QMessageBox::about(this, tr("About Facturo"),
                           tr("<h3>Facturo %1</h3><p>Invoicing for service firms: service orders, invoices, "
                              "payments, reminders.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::updateRecentMenu()
{
    m_recent->clear();
    const QStringList files = CompanyFiles::recentFiles();
    for (const QString &path : files) {
        QAction *a
            = m_recent->addAction(CompanyFiles::shortName(path), this, [this, path] { emit openRequested(path); });
        a->setToolTip(CompanyFiles::shown(path));
        a->setEnabled(!CompanyFiles::same(path, m_session.path()));
    }
    if (files.isEmpty())
        m_recent->addAction(tr("No recent files"))->setEnabled(false);
}

void MainWindow::showPage(PageId id)
{
    m_nav->setCurrentRow(static_cast<int>(id));
}

PageId MainWindow::currentPageId() const
{
    return static_cast<PageId>(std::max(0, m_stack->currentIndex()));
}

Page *MainWindow::page(PageId id)
{
    const int i = static_cast<int>(id);
    if (i < 0 || i >= m_pages.size())
        return nullptr;
    if (m_pages.at(i) == nullptr) {
        Page *made = m_makers.at(i).make();
        QWidget *standIn = m_stack->widget(i);
        m_stack->insertWidget(i, made);
        m_stack->removeWidget(standIn);
        delete standIn;
        m_pages[i] = made;
        connect(made, &Page::actionsChanged, this, &MainWindow::updateActions);
        connect(made, &Page::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
        emit pageMade(id);
    }
    return m_pages.at(i);
}

void MainWindow::trigger(PageAction action)
{
    Page *current = page(currentPageId());
    if (current->canDo(action)) {
        current->doAction(action);
        return;
    }
    // New and Find on a page without them mean a new invoice and the invoice search.
    if (action == PageAction::New || action == PageAction::Find) {
        showPage(PageId::Invoices);
        page(PageId::Invoices)->doAction(action);
        return;
    }
    statusBar()->showMessage(tr("Nothing to do here for “%1”.").arg(m_actions.value(action)->text()), 5000);
}

void MainWindow::updateActions()
{
    Page *current = page(currentPageId());
    if (!current)
        return;
    for (PageAction a : {PageAction::Post, PageAction::RegisterPayment, PageAction::Print})
        m_actions.value(a)->setEnabled(current->canDo(a));
    QUndoStack *stack = current->undoStack();
    if (stack && !m_undo->stacks().contains(stack))
        m_undo->addStack(stack);
    m_undo->setActiveStack(stack);
}

Page *MainWindow::remindersPage()
{
    auto make = [this](QWidget *parent) -> QWidget * {
        auto *reminders = new RemindersPage(m_session.ledger(), parent);
        connect(reminders, &RemindersPage::changed, this, [this](const QString &what) {
            m_session.changed(what);
            m_session.mail().wake(); // reminders by email wait in the outbox
        });
        connect(reminders, &RemindersPage::statusMessage, this,
                [this](const QString &text) { statusBar()->showMessage(text, 10000); });
        return reminders;
    };
    auto *page = new HostedPage(
        m_session, tr("Reminders"), make, [](QWidget *content) { static_cast<RemindersPage *>(content)->refresh(); },
        m_stack);
    page->setObjectName(QStringLiteral("remindersHostPage"));
    return page;
}

Page *MainWindow::reportsPage()
{
    auto make = [this](QWidget *parent) -> QWidget * {
        auto *reports = new ReportsPage(m_session.ledger(), parent);
        connect(reports, &ReportsPage::statusMessage, this,
                [this](const QString &text) { statusBar()->showMessage(text, 10000); });
        return reports;
    };
    auto refresh = [](QWidget *content) {
        auto *reports = static_cast<ReportsPage *>(content);
        if (!reports->report().name.isEmpty()) // the report shown, again with the file's figures
            reports->runReport();
    };
    auto *page = new HostedPage(m_session, tr("Reports"), make, refresh, m_stack);
    page->setObjectName(QStringLiteral("reportsHostPage"));
    return page;
}

QString MainWindow::checkFile(bool showResult)
{
    QProgressDialog progress(tr("Checking the company file…"), QString(), 0, 0, this);
    progress.setWindowTitle(tr("Check the company file"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.show();
    IntegrityCheck check(m_session.context(), m_session.ledger().audit());
    auto report = check.run(false, [&progress](const QString &step) {
        progress.setLabelText(step);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    });
    progress.close();
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("checkReport"));
    box.setWindowTitle(tr("Check the company file"));
    if (!report) {
        box.setIcon(QMessageBox::Warning);
        box.setText(report.message());
    } else if (report->ok()) {
        box.setIcon(QMessageBox::Information);
        box.setText(tr("The company file is sound: every check passed."));
        box.setDetailedText(report->passed.join(QLatin1Char('\n')));
    } else {
        box.setIcon(QMessageBox::Critical);
        box.setText(tr("The check found a problem: %1").arg(report->problems.constFirst()));
        box.setDetailedText(report->problems.join(QLatin1Char('\n')));
    }
    // The audit chain head, to keep outside the file: a later check against it (facturo-cli check
    // --anchor) proves that no newer event was removed (docs/tamper-evidence.md).
    auto head = ChainAnchor::head(m_session.context().audit);
    QPushButton *copyAnchor = nullptr;
    QPushButton *exportAnchor = nullptr;
    if (head) {
        box.setInformativeText(tr("Audit chain head (anchor): %1\nKeep it outside the company file.").arg(head->text()));
        copyAnchor = box.addButton(tr("Copy anchor"), QMessageBox::ActionRole);
        copyAnchor->setObjectName(QStringLiteral("copyAnchorButton"));
        exportAnchor = box.addButton(tr("Export anchor…"), QMessageBox::ActionRole);
        exportAnchor->setObjectName(QStringLiteral("exportAnchorButton"));
        box.addButton(QMessageBox::Ok);
    }
    if (showResult) {
        box.exec();
        if (head && box.clickedButton() == copyAnchor) {
            QGuiApplication::clipboard()->setText(head->text());
        } else if (head && box.clickedButton() == exportAnchor) {
            const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit anchor"),
                QDir(CompanyFiles::folderFor(m_session.path()))
                    .filePath(CompanyFiles::shortName(m_session.path()) + QStringLiteral(".anchor")),
                tr("Anchor files (*.anchor)"));
            if (!path.isEmpty()) {
                const Status written = head->exportTo(
                    path, CompanyFiles::shortName(m_session.path()), m_session.context().clock.nowUtc());
                if (!written)
                    QMessageBox::warning(this, tr("Export the audit anchor"), written.message());
            }
        }
    }
    return box.text();
}

void MainWindow::importCsv()
{
    ImportDialog dialog(m_session.ledger(), this);
    connect(&dialog, &ImportDialog::changed, this, [this](const QString &what) { m_session.changed(what); });
    dialog.exec();
}

void MainWindow::bulkInvoice()
{
    showPage(PageId::ServiceOrders);
    static_cast<ServiceOrdersPage *>(page(PageId::ServiceOrders))->bulkInvoice();
}

void MainWindow::importJobs()
{
    showPage(PageId::ServiceOrders);
    static_cast<ServiceOrdersPage *>(page(PageId::ServiceOrders))->chooseImportFile();
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    const int last = settings.value(QStringLiteral("window/page"), 0).toInt();
    if (last >= 0 && last < m_pages.size())
        showPage(static_cast<PageId>(last));
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/page"), m_stack->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Settings changed and not saved are not lost without a word.
    auto *settings = static_cast<SettingsPage *>(m_pages.value(static_cast<int>(PageId::Settings)));
    const QStringList unsaved = settings ? settings->unsavedTabs() : QStringList();
    if (!unsaved.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved settings"),
                        tr("Changes in Settings › %1 are not saved. Quit without saving them?")
                            .arg(unsaved.join(tr(", "))),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("unsavedSettings"));
        QPushButton *back = box.addButton(tr("Back to Settings"), QMessageBox::RejectRole);
        back->setObjectName(QStringLiteral("unsavedBack"));
        QPushButton *quit = box.addButton(tr("Quit without saving"), QMessageBox::DestructiveRole);
        quit->setObjectName(QStringLiteral("unsavedDiscard"));
        box.setDefaultButton(back);
        box.exec();
        if (box.clickedButton() != quit) {
            event->ignore();
            showPage(PageId::Settings);
            settings->showUnsaved();
            return;
        }
    }
    saveWindowState();
    QMainWindow::closeEvent(event);
}
