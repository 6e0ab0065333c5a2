#include "GuiApplication.h"

#include "BackgroundReader.h"
#include "BackupService.h"
#include "CompanyFiles.h"
#include "CompanySession.h"
#include "CompanySetupWizard.h"
#include "DemoCompany.h"
#include "DraftEditorWidget.h"
#include "InvoiceListModel.h"
#include "InvoiceListWidget.h"
#include "InvoicesPage.h"
#include "MainWindow.h"
#include "OpenCompanyDialog.h"
#include "PgConnection.h"
#include "SecretStore.h"
#include "SettingsPage.h"
#include "SignInDialog.h"
#include "WelcomeDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QTranslator>
#include <QUrl>

namespace {
void settle(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}
} // namespace

void GuiApplication::installTranslations(QApplication &app, const QString &language)
{
    // The translators installed before (a language changed while running) give way.
    for (QTranslator *old : app.findChildren<QTranslator *>(QStringLiteral("facturoTranslator"), Qt::FindDirectChildrenOnly)) {
        QApplication::removeTranslator(old);
        delete old;
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(language.isEmpty()
                            ? QLocale::system()
                            : QLocale(language + QStringLiteral("_") + QLocale::territoryToCode(locale.territory())));
    auto *qt = new QTranslator(&app);
    qt->setObjectName(QStringLiteral("facturoTranslator"));
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *facturo = new QTranslator(&app);
    facturo->setObjectName(QStringLiteral("facturoTranslator"));
    if (facturo->load(locale, QStringLiteral("facturo"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(facturo);
}

void GuiApplication::changeLanguage(const QString &language)
{
    installTranslations(m_app, language);
    if (!m_session)
        return;
    if (m_window) {
        m_window->saveWindowState();
        m_window->hide();
    }
    std::unique_ptr<MainWindow> old = std::move(m_window);
    makeWindow();
    m_window->showPage(PageId::Settings);
    old.reset();
}

int GuiApplication::run(QApplication &app)
{
    installTranslations(app, SettingsPage::interfaceLanguage());
    GuiApplication gui(app);
    const int code = gui.start(QApplication::arguments());
    if (code >= 0)
        return code;
    return QApplication::exec();
}

GuiApplication::GuiApplication(QApplication &app) : m_app(app) {}

GuiApplication::~GuiApplication()
{
    if (m_window)
        m_window->saveWindowState();
    m_window.reset();
    m_session.reset();
}

int GuiApplication::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Facturo: invoices, payments and service orders."));
    parser.addHelpOption();
    parser.addPositionalArgument(tr("file"), tr("The company file to open."), tr("[file]"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), tr("Save screenshots of the main pages into <folder> and quit."),
                                        tr("folder"));
    const QCommandLineOption createDemo(QStringLiteral("create-demo"), tr("Create the demo company in <file> and quit."), tr("file"));
    const QCommandLineOption invoices(QStringLiteral("invoices"), tr("With --create-demo: a large file of <n> invoices."), tr("n"));
    parser.addOption(screenshot);
    parser.addOption(createDemo);
    parser.addOption(invoices);
    parser.process(arguments);

    if (parser.isSet(createDemo)) {
        const Status done = DemoCompany::create(parser.value(createDemo), QDate::currentDate(),
                                                parser.value(invoices).toLongLong());
        if (!done) {
            qWarning("%s", qPrintable(done.message()));
            return 1;
        }
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(screenshot)) {
        if (files.isEmpty()) {
            qWarning("%s", qPrintable(tr("--screenshot needs the company file to show.")));
            return 2;
        }
        return screenshots(files.first(), parser.value(screenshot));
    }
    QString path = files.value(0);
    const bool explicitFile = !path.isEmpty();
    if (path.isEmpty()) {
        path = CompanyFiles::lastFile();
        if (path.isEmpty() || (!PgConnection::isServerLocation(path) && !QFileInfo::exists(path)))
            path = CompanyFiles::defaultFile();
    }
    if (!openCompany(path, explicitFile))
        return 0;
    connect(&m_app, &QApplication::lastWindowClosed, &m_app, &QApplication::quit);
    return -1;
}

void GuiApplication::upgradeInBackground(const QString &path)
{
    // A file written by an earlier version is upgraded when it is opened; on a large file that
    // takes a while. It is done here on a worker thread (its own connection) while a progress
    // dialog shows, and the window then opens the upgraded file. Errors show at the real open.
    QProgressDialog progress(tr("Upgrading %1 to this version of Facturo…").arg(QFileInfo(path).fileName()), QString(),
                             0, 0, m_window.get());
    progress.setWindowTitle(tr("Opening the company file"));
    progress.setMinimumDuration(700);
    progress.setWindowModality(Qt::ApplicationModal);
    QEventLoop loop;
    QThread *worker = QThread::create([path] { (void)Database::open(path, Database::OpenMode::MustExist); });
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
}

bool GuiApplication::openCompany(const QString &path, bool explicitFile)
{
    if (PgConnection::isServerLocation(path))
        return openServerCompany(path, QString(), false);
    if (!QFileInfo::exists(path))
        return firstRun(path, explicitFile ? tr("%1 does not exist yet.").arg(QDir::toNativeSeparators(path)) : QString());
    upgradeInBackground(path);
    auto session = CompanySession::open(path);
    if (!session)
        return firstRun(path, session.message());
    return openSession(path, std::move(session).value());
}

bool GuiApplication::openServerCompany(const QString &location, QString password, bool remember)
{
    // The password: given, else kept in the desktop keychain, else libpq's own (~/.pgpass,
    // PGPASSWORD); asked when the server refuses. A server that cannot be reached or is lost
    // offers to try again; nothing is changed by a failed attempt.
    const QString shown = PgConnection::displayLocation(location);
    const QString key = QStringLiteral("server:") + shown;
    SecretStore secrets(QStringLiteral("Facturo"));
    if (password.isEmpty()) {
        auto stored = secrets.read(key);
        if (stored)
            password = stored.value();
    }
    for (;;) {
        QUrl url(location);
        if (!password.isEmpty())
            url.setPassword(password);
        auto session = CompanySession::open(url.toString(QUrl::FullyEncoded));
        if (session) {
            if (remember && !password.isEmpty())
                (void)secrets.store(key, password); // without a keychain it is asked again next time
            return openSession(shown, std::move(session).value());
        }
        if (session.error().kind() == ErrorKind::Permission) {
            bool ok = false;
            const QString typed = QInputDialog::getText(
                m_window.get(), tr("Connect to a server"),
                session.message() + QStringLiteral("\n\n") + tr("Password for %1:").arg(shown), QLineEdit::Password,
                QString(), &ok);
            if (!ok)
                return m_window != nullptr;
            password = typed;
            continue;
        }
        QMessageBox box(QMessageBox::Warning, tr("Connect to a server"), session.message(),
                        QMessageBox::Retry | QMessageBox::Cancel, m_window.get());
        box.setObjectName(QStringLiteral("serverProblemBox"));
        if (box.exec() != QMessageBox::Retry)
            return m_window != nullptr;
    }
}

bool GuiApplication::openSession(const QString &path, std::unique_ptr<CompanySession> opened)
{
    Result<std::unique_ptr<CompanySession>> session(std::move(opened));
    auto setUp = session.value()->isSetUp();
    if (!setUp)
        return firstRun(path, setUp.message());
    if (!setUp.value()) {
        session.value().reset();
        return firstRun(path, tr("%1 is not set up yet.").arg(QDir::toNativeSeparators(path)));
    }
    // A file whose users have passwords asks who works; cancelling closes it again.
    auto protectedFile = UserSignIn::hasPasswords(session.value()->ledger());
    if (!protectedFile)
        return firstRun(path, protectedFile.message());
    if (protectedFile.value()) {
        SignInDialog signIn(session.value()->ledger(), m_window.get());
        if (signIn.exec() != QDialog::Accepted) {
            session.value().reset();
            return m_window != nullptr;
        }
    } else if (const Status signedIn = session.value()->signIn(); !signedIn) {
        return firstRun(path, signedIn.message());
    }
    show(std::move(session).value());
    return true;
}

bool GuiApplication::firstRun(const QString &path, const QString &message)
{
    WelcomeDialog welcome(message);
    if (welcome.exec() != QDialog::Accepted)
        return m_window != nullptr;
    switch (welcome.choice()) {
    case WelcomeDialog::OpenDemo: return openDemo() || firstRun(path, QString());
    case WelcomeDialog::CreateCompany: return createCompany(path) || firstRun(path, QString());
    case WelcomeDialog::OpenFile: {
        const QString chosen = QFileDialog::getOpenFileName(nullptr, tr("Open a company file"), QDir::homePath(),
                                                            tr("Facturo company files (*.facturo);;All files (*)"));
        if (chosen.isEmpty())
            return firstRun(path, QString());
        return openCompany(chosen, true);
    }
    case WelcomeDialog::Cancelled: break;
    }
    return m_window != nullptr;
}

bool GuiApplication::openDemo()
{
    const QString path = CompanyFiles::demoFile();
    // Made when missing, or again when a killed program left it half made.
    if (!QFileInfo::exists(path) || DemoCompany::isUnfinished(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status created = DemoCompany::create(path, QDate::currentDate());
        QApplication::restoreOverrideCursor();
        if (!created) {
            QFile::remove(path);
            QMessageBox::warning(m_window.get(), tr("Demo company"), created.message());
            return false;
        }
    }
    return openCompany(path, true);
}

bool GuiApplication::createCompany(const QString &suggested)
{
    QString path = suggested;
    if (QFileInfo::exists(path)) {
        bool setUp = false;
        {
            auto existing = CompanySession::open(path);
            if (existing) {
                auto known = existing.value()->isSetUp();
                setUp = known && known.value();
            }
        }
        if (setUp) {
            path = QFileDialog::getSaveFileName(m_window.get(), tr("New company file"), QDir::homePath(),
                                                tr("Facturo company files (*.facturo)"));
            if (path.isEmpty())
                return false;
            if (!path.endsWith(QLatin1String(".facturo")))
                path += QStringLiteral(".facturo");
        }
    }
    CompanySetupWizard wizard(m_window.get());
    if (wizard.exec() != QDialog::Accepted)
        return false;
    auto session = CompanySession::open(path, true);
    if (!session) {
        QMessageBox::warning(m_window.get(), wizard.windowTitle(), session.message());
        return false;
    }
    const Status done =
        session.value()->ledger().setUp(wizard.company(), wizard.managerName(), wizard.standardRate());
    if (!done) {
        QMessageBox::warning(m_window.get(), wizard.windowTitle(), done.message());
        return false;
    }
    session.value()->changed();
    show(std::move(session).value());
    return true;
}

void GuiApplication::askAndOpen()
{
    OpenCompanyDialog dialog(m_window.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (PgConnection::isServerLocation(dialog.location()))
        openServerCompany(dialog.location(), dialog.password(), dialog.rememberPassword());
    else
        openCompany(dialog.location(), true);
}

void GuiApplication::show(std::unique_ptr<CompanySession> session)
{
    if (m_window) {
        m_window->saveWindowState();
        m_window->hide();
    }
    std::unique_ptr<MainWindow> old = std::move(m_window);
    std::unique_ptr<CompanySession> oldSession = std::move(m_session);
    m_session = std::move(session);
    CompanyFiles::remember(m_session->path());
    makeWindow();
    m_window->statusBar()->showMessage(tr("Opened %1.").arg(CompanyFiles::shown(m_session->path())), 5000);
    old.reset();
    oldSession.reset();
}

void GuiApplication::makeWindow()
{
    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->restoreWindowState();
    connect(m_window.get(), &MainWindow::openRequested, this, [this](const QString &path) {
        QTimer::singleShot(0, this, [this, path] { path.isEmpty() ? askAndOpen() : (void)openCompany(path, true); });
    });
    connect(m_window.get(), &MainWindow::newCompanyRequested, this, [this] {
        QTimer::singleShot(0, this, [this] {
            const QString path = QFileDialog::getSaveFileName(m_window.get(), tr("New company file"), QDir::homePath(),
                                                              tr("Facturo company files (*.facturo)"));
            if (!path.isEmpty())
                createCompany(path.endsWith(QLatin1String(".facturo")) ? path : path + QStringLiteral(".facturo"));
        });
    });
    connect(m_window.get(), &MainWindow::demoRequested, this, [this] { QTimer::singleShot(0, this, [this] { openDemo(); }); });
    connect(m_window.get(), &MainWindow::restoreRequested, this, [this](const QString &backup) {
        QTimer::singleShot(0, this, [this, backup] { (void)restoreBackup(backup); /* the outcome is shown */ });
    });
    connect(m_window.get(), &MainWindow::interfaceLanguageChanged, this, [this](const QString &language) {
        QTimer::singleShot(0, this, [this, language] { changeLanguage(language); });
    });
    m_window->show();
}

Result<RestoreOutcome> GuiApplication::restoreBackup(const QString &backup, bool ask)
{
    if (!m_session)
        return Error::invalid(tr("No company file is open."));
    const QString target = m_session->path();
    const QString user = m_session->ledger().user().name;
    if (m_session->ledger().database().isServer()) { // refused before anything is asked or read
        const Error refused = BackupService::serverRestoreRefusal();
        if (ask)
            QMessageBox::warning(m_window.get(), tr("Restore a backup"), refused.message());
        return refused;
    }
    const auto answer = !ask ? QMessageBox::Yes : QMessageBox::question(
        m_window.get(), tr("Restore a backup"),
        tr("Replace the company file %1 with the backup %2?\n\nThe backup is checked first; the current file is "
           "kept beside it as %3.before-restore.")
            .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(backup), QFileInfo(target).fileName()));
    if (ask && answer != QMessageBox::Yes)
        return Error::refused(tr("Restore cancelled."));
    // A file whose users have passwords asks the user's again before it is replaced.
    UserSignIn::PasswordSource password;
    auto protectedFile = UserSignIn::hasPasswords(m_session->ledger());
    if (ask && protectedFile && protectedFile.value()) {
        bool given = false;
        const QString typed = QInputDialog::getText(m_window.get(), tr("Restore a backup"),
                                                    tr("Password of %1, to replace the company file:").arg(user),
                                                    QLineEdit::Password, QString(), &given);
        if (!given)
            return Error::refused(tr("Restore cancelled."));
        password = UserSignIn::given(typed);
    }
    // The file must be closed by this window (and its background readers) to be replaced.
    m_window->saveWindowState();
    m_window->hide();
    m_window.reset();
    m_session.reset();
    SystemClock clock;
    auto restored = BackupService::restore(backup, target, clock, user, password);
    openCompany(target, true);
    if (!ask)
        return restored;
    if (!restored)
        QMessageBox::warning(m_window.get(), tr("Restore a backup"),
                             tr("The backup was not restored; the company file is unchanged.\n\n%1").arg(restored.message()));
    else
        QMessageBox::information(m_window.get(), tr("Restore a backup"),
                                 tr("The backup was checked and restored. The file it replaced is kept as %1.")
                                     .arg(QDir::toNativeSeparators(restored->keptAs)));
    return restored;
}

int GuiApplication::screenshots(const QString &file, const QString &folder)
{
    auto session = CompanySession::open(file);
    if (!session || !session.value()->isSetUp().ok() || !session.value()->signIn().ok()) {
        qWarning("%s", qPrintable(tr("%1 cannot be opened for screenshots.").arg(file)));
        return 1;
    }
    QDir().mkpath(folder);
    m_session = std::move(session).value();
    m_window = std::make_unique<MainWindow>(*m_session);
    // FACTURO_SCREENSHOT_SIZE=1024x768 photographs the window at another size.
    QSize size(1360, 860);
    const QStringList asked = qEnvironmentVariable("FACTURO_SCREENSHOT_SIZE").split(QLatin1Char('x'));
    if (asked.size() == 2 && asked.at(0).toInt() > 0 && asked.at(1).toInt() > 0)
        size = QSize(asked.at(0).toInt(), asked.at(1).toInt());
    m_window->resize(size);
    m_window->show();
    settle(400);
    // The dashboard's sums and the lists' counts come from the background reader: wait for them.
    auto readsDone = [&] {
        for (int waited = 0; m_session->reader().pending() > 0 && waited < 20000; waited += 50)
            settle(50);
        settle(50);
    };
    auto save = [&](const QString &name) {
        settle(300);
        readsDone();
        // A page that asks for more room widens the window for good: said for each picture.
        if (m_window->width() > size.width())
            qWarning("%s", qPrintable(tr("The window needs %1 pixels: wider than %2.").arg(m_window->width()).arg(size.width())));
        const QString path = QDir(folder).filePath(name);
        if (!m_window->grab().save(path))
            qWarning("%s", qPrintable(tr("%1 could not be written.").arg(path)));
    };
    m_window->showPage(PageId::Dashboard);
    save(QStringLiteral("dashboard.png"));
    auto *invoices = static_cast<InvoicesPage *>(m_window->page(PageId::Invoices));
    m_window->showPage(PageId::Invoices);
    invoices->applyPreset(InvoicePreset::All);
    save(QStringLiteral("invoices.png"));
    invoices->applyPreset(InvoicePreset::Drafts);
    readsDone();
    if (auto first = invoices->list()->model()->summaryAt(invoices->list()->model()->rowCount() - 1)) {
        invoices->openDocument(first->id);
        save(QStringLiteral("invoice-editor.png"));
    }
    invoices->applyPreset(InvoicePreset::Outstanding);
    readsDone();
    if (auto first = invoices->list()->model()->summaryAt(0)) {
        invoices->openDocument(first->id);
        save(QStringLiteral("invoice-posted.png"));
    }
    m_window->showPage(PageId::ServiceOrders);
    save(QStringLiteral("service-orders.png"));
    if (qEnvironmentVariableIsSet("FACTURO_SCREENSHOT_ALL")) {
        const QList<std::pair<PageId, const char *>> more = {
            {PageId::Quotations, "quotations.png"}, {PageId::Payments, "payments.png"},
            {PageId::Reminders, "reminders.png"},   {PageId::Reports, "reports.png"},
            {PageId::Customers, "customers.png"},   {PageId::Catalog, "catalog.png"},
            {PageId::Outbox, "outbox.png"},         {PageId::Settings, "settings.png"},
            {PageId::Contracts, "contracts.png"},   {PageId::Reconciliation, "bank.png"}};
        for (const auto &[page, name] : more) {
            m_window->showPage(page);
            save(QString::fromLatin1(name));
        }
    }
    return 0;
}
