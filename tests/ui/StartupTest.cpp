#include "CompanyFiles.h"
#include "DashboardService.h"
#include "GuiApplication.h"
#include "PgConnection.h"
#include "SchemaDowngrade.h"
#include "TestServer.h"
#include "UiTestSupport.h"
#include "WelcomeDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

namespace {
// Answers the first modal dialog that appears by clicking the button with this object name.
void answerModal(const char *buttonName)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, buttonName] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        if (auto *button = modal->findChild<QAbstractButton *>(QString::fromLatin1(buttonName)))
            button->click();
        poll->deleteLater();
    });
    poll->start();
}

// How the window remembers a company: a file by its absolute path, a server without password.
QString remembered(const QString &location)
{
    return TestServer::enabled() ? PgConnection::displayLocation(location) : QFileInfo(location).absoluteFilePath();
}
} // namespace

TEST_CASE("facturo FILE opens that company file, and the window switches to another file when asked")
{
    QStandardPaths::setTestModeEnabled(true);
    TestLedger first;
    TestLedger second;
    GuiApplication gui(*qApp);
    REQUIRE(gui.start({QStringLiteral("facturo"), first.path()}) == -1);
    REQUIRE(gui.window() != nullptr);
    CHECK(gui.window()->isVisible());
    CHECK(gui.window()->windowTitle().contains(QStringLiteral("Climatec Services SAS")));
    CHECK(CompanyFiles::lastFile() == remembered(first.path()));

    MainWindow *before = gui.window();
    emit before->openRequested(second.path());
    REQUIRE(QTest::qWaitFor([&] { return gui.window() != before; }));
    // The status bar names the company: the file, or the server location without its password.
    const QString shown = gui.window()->findChild<QLabel *>(QStringLiteral("fileLabel"))->text();
    CHECK(
        shown.contains(TestServer::enabled() ? QUrl(second.path()).path().mid(1) : QStringLiteral("company.facturo")));
    CHECK_FALSE(shown.contains(QStringLiteral(":pw-")));
    CHECK(CompanyFiles::lastFile() == remembered(second.path()));
    const QStringList recent = CompanyFiles::recentFiles();
    CHECK(recent.value(0) == remembered(second.path()));
    CHECK(recent.contains(remembered(first.path())));
    // The recent menu: the open company by its short name and not offered again, the other one offered.
    auto *menu = gui.window()->findChild<QMenu *>(QStringLiteral("recentMenu"));
    REQUIRE(menu != nullptr);
    emit menu->aboutToShow();
    int offered = 0;
    int current = 0;
    for (QAction *action : menu->actions()) {
        CHECK_FALSE(action->text().contains(QStringLiteral(":pw-")));
        CHECK_FALSE(action->toolTip().contains(QStringLiteral(":pw-")));
        if (action->toolTip() == CompanyFiles::shown(second.path()))
            current += action->isEnabled() ? 100 : 1;
        else if (action->toolTip() == CompanyFiles::shown(first.path()))
            offered += action->isEnabled() ? 1 : 100;
    }
    CHECK(current == 1);
    CHECK(offered == 1);
}

TEST_CASE("the first run offers the demo company and opens it")
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(CompanyFiles::demoFile());
    QTemporaryDir dir;
    GuiApplication gui(*qApp);
    answerModal("welcomeDemo");
    REQUIRE(gui.start({QStringLiteral("facturo"), dir.filePath(QStringLiteral("missing.facturo"))}) == -1);
    REQUIRE(gui.window() != nullptr);
    CHECK(QFileInfo::exists(CompanyFiles::demoFile()));
    CHECK(CompanyFiles::lastFile() == QFileInfo(CompanyFiles::demoFile()).absoluteFilePath());
}

// [file]: a file swapped for its backup (on a server refused: "a company on a server in the window").
TEST_CASE("restoring a backup from the window closes the file, swaps the verified copy in and reopens it", "[file]")
{
    QStandardPaths::setTestModeEnabled(true);
    TestLedger t;
    t.postNew(QStringLiteral("100"));
    QTemporaryDir dir;
    const QString backup = dir.filePath(QStringLiteral("backup.facturo"));
    REQUIRE(t->backupTo(backup).ok()); // one invoice
    t.postNew(QStringLiteral("200"));
    const QString company = dir.filePath(QStringLiteral("company.facturo"));
    REQUIRE(t->backupTo(company).ok()); // two invoices
    auto invoicesIn = [](const QString &path) {
        SystemClock clock;
        auto ledger = Ledger::open(path, Database::OpenMode::MustExist, clock);
        REQUIRE(ledger.ok());
        return ledger.value()->context().documents.idByNumber(QStringLiteral("INV-2026-00002")).ok() ? 2 : 1;
    };

    GuiApplication gui(*qApp);
    REQUIRE(gui.start({QStringLiteral("facturo"), company}) == -1);
    MainWindow *before = gui.window();

    // A damaged backup is refused: the file stays as it was, still open in a window.
    const QString damaged = dir.filePath(QStringLiteral("damaged.facturo"));
    REQUIRE(QFile::copy(backup, damaged));
    QFile cut(damaged);
    REQUIRE(cut.resize(cut.size() / 2));
    auto refused = gui.restoreBackup(damaged, false);
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(refused.message().isEmpty());
    REQUIRE(gui.window() != nullptr);
    CHECK(invoicesIn(company) == 2);
    CHECK_FALSE(QFileInfo::exists(company + QStringLiteral(".before-restore")));

    auto restored = gui.restoreBackup(backup, false);
    INFO(restored.message().toStdString());
    REQUIRE(restored.ok());
    REQUIRE(gui.window() != nullptr);
    CHECK(gui.window() != before);
    CHECK(gui.window()->isVisible());
    CHECK(invoicesIn(company) == 1);
    CHECK(restored->keptAs == company + QStringLiteral(".before-restore"));
    CHECK(invoicesIn(restored->keptAs) == 2);
}

// [file]: an older SQLite file's upgrade (a server's schema is upgraded by its owner).
TEST_CASE(
    "a company file of the previous schema is upgraded when the window opens it, with its summaries filled", "[file]")
{
    QStandardPaths::setTestModeEnabled(true);
    TestLedger t;
    t.postNew(QStringLiteral("100"));
    t.postNew(QStringLiteral("250"));
    QTemporaryDir dir;
    const QString company = dir.filePath(QStringLiteral("older.facturo"));
    REQUIRE(t->backupTo(company).ok());
    {
        // The file as schema 5 left it: no summaries.
        auto older = Database::open(company, Database::OpenMode::MustExist);
        REQUIRE(older.ok());
        downgradeToSchema8(*older.value()); // without the party columns of schema 9
        for (const char *sql : {"DROP TRIGGER summaries_document_insert", "DROP TRIGGER summaries_document_delete",
                                "DROP TRIGGER summaries_document_update", "DROP TRIGGER summaries_payment_insert",
                                "DROP TRIGGER summaries_payment_delete", "DROP TABLE receivables_by_due",
                                "DROP TABLE receivables_by_customer_due", "DROP TABLE figures_by_day",
                                "DROP INDEX documents_open_invoices", "PRAGMA user_version = 5"})
            REQUIRE(older.value()->execute(QString::fromLatin1(sql)).ok());
    }

    GuiApplication gui(*qApp);
    REQUIRE(gui.start({QStringLiteral("facturo"), company}) == -1);
    REQUIRE(gui.window() != nullptr);
    auto reopened = Database::open(company, Database::OpenMode::MustExist);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->schemaVersion() == Database::latestSchemaVersion());
    auto dashboard = DashboardService(*reopened.value()).figures(t.clock().today());
    REQUIRE(dashboard.ok());
    CHECK(dashboard->outstanding == 12000 + 30000);
    CHECK(dashboard->outstandingCount == 2);
}

TEST_CASE("the interface language changes without a restart: the window is made again in the new language")
{
    QStandardPaths::setTestModeEnabled(true);
    const QVariant saved = QSettings().value(QStringLiteral("ui/language"));
    const QLocale before;
    TestLedger company;
    GuiApplication gui(*qApp);
    REQUIRE(gui.start({QStringLiteral("facturo"), company.path()}) == -1);
    MainWindow *english = gui.window();
    english->showPage(PageId::Settings);
    auto *nav = english->findChild<QListWidget *>(QStringLiteral("navigation"));
    REQUIRE(nav != nullptr);
    CHECK(nav->item(nav->count() - 1)->text() == QStringLiteral("Settings"));

    auto *language = english->findChild<QComboBox *>(QStringLiteral("interfaceLanguage"));
    REQUIRE(language != nullptr);
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    emit language->activated(language->currentIndex());
    REQUIRE(QTest::qWaitFor([&] { return gui.window() != english; }));
    MainWindow *french = gui.window();
    CHECK(french->isVisible());
    CHECK(french->currentPageId() == PageId::Settings);
    nav = french->findChild<QListWidget *>(QStringLiteral("navigation"));
    CHECK(nav->item(nav->count() - 1)->text() == QStringLiteral("Paramètres"));
    CHECK(QLocale().decimalPoint() == QStringLiteral(","));
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("fr"));

    // Back to English, as the other tests expect it.
    GuiApplication::installTranslations(*qApp, QStringLiteral("en"));
    QLocale::setDefault(before);
    if (saved.isValid())
        QSettings().setValue(QStringLiteral("ui/language"), saved);
    else
        QSettings().remove(QStringLiteral("ui/language"));
}

TEST_CASE("quitting with unsaved settings asks first; saved settings quit without a word")
{
    UiFixture ui;
    MainWindow &window = ui.window();
    window.showPage(PageId::Settings);
    auto *name = ui.find<QLineEdit>("companyName");
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Climatec Nord"));
    window.showPage(PageId::Dashboard);

    // Back to Settings: the window stays, on the changed tab.
    answerModal("unsavedBack");
    CHECK_FALSE(window.close());
    CHECK(window.isVisible());
    CHECK(window.currentPageId() == PageId::Settings);
    CHECK(name->text() == QStringLiteral("Climatec Nord"));

    // Saved: no question.
    ui.click("saveCompanyButton");
    CHECK(ui.ledger()->context().company.load()->name == QStringLiteral("Climatec Nord"));
    CHECK(window.close());

    // Changed again, then left without saving on purpose.
    window.show();
    QTest::keyClicks(name, QStringLiteral(" SAS"));
    answerModal("unsavedDiscard");
    CHECK(window.close());
    CHECK(ui.ledger()->context().company.load()->name == QStringLiteral("Climatec Nord"));
}
