// The window on a company on a PostgreSQL server (run by ui_tests_on_server): the location is
// shown without its password, and what only a company file can do (backups into a folder,
// restoring a backup) says what to do instead and changes nothing. On the file engine these
// cases have nothing to check (StartupTest.cpp and WindowWiringTest.cpp test the file's).
#include "BackupScheduler.h"
#include "BackupSettingsWidget.h"
#include "CompanyFiles.h"
#include "GuiApplication.h"
#include "MessageBanner.h"
#include "PgConnection.h"
#include "SettingsPage.h"
#include "TestServer.h"
#include "UiTestSupport.h"

#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

TEST_CASE("a company on a server in the window: its location without password, file-only actions refused")
{
    if (!TestServer::enabled())
        return;
    QStandardPaths::setTestModeEnabled(true);
    TestLedger t;
    const QString database = QUrl(t.path()).path().mid(1);
    REQUIRE(t.path().contains(QStringLiteral(":pw-"))); // the clerk's location carries the password

    // Where the window names it or keeps files about it: never the password.
    CHECK(CompanyFiles::shown(t.path()) == PgConnection::displayLocation(t.path()));
    CHECK_FALSE(CompanyFiles::shown(t.path()).contains(QStringLiteral(":pw-")));
    CHECK(CompanyFiles::shortName(t.path()) == database);
    CHECK(CompanyFiles::same(t.path(), PgConnection::displayLocation(t.path())));
    CHECK(CompanyFiles::folderFor(t.path()) == QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));

    GuiApplication gui(*qApp);
    REQUIRE(gui.start({QStringLiteral("facturo"), t.path()}) == -1);
    REQUIRE(gui.window() != nullptr);
    auto *label = gui.window()->findChild<QLabel *>(QStringLiteral("fileLabel"));
    REQUIRE(label != nullptr);
    CHECK(label->text() == PgConnection::displayLocation(t.path()));
    CHECK_FALSE(gui.window()->windowTitle().contains(QStringLiteral(":pw-")));
    CHECK(CompanyFiles::lastFile() == PgConnection::displayLocation(t.path()));

    // Restoring a backup file over it: refused before anything is asked, the company as it was.
    QTemporaryDir dir;
    const QString before = t.dump();
    MainWindow *window = gui.window();
    auto restored = gui.restoreBackup(dir.filePath(QStringLiteral("any.facturo")), false);
    REQUIRE_FALSE(restored.ok());
    CHECK(restored.message().contains(QStringLiteral("restored by the server")));
    CHECK(gui.window() == window);
    CHECK(t.dump() == before);
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("postgresql:")));

    // Settings › Backups: says how a server is backed up and offers nothing else.
    window->showPage(PageId::Settings);
    auto *settings = static_cast<SettingsPage *>(window->page(PageId::Settings));
    auto *backups
        = settings->showTab("backupsTab")->findChild<BackupSettingsWidget *>(QStringLiteral("backupSettings"));
    REQUIRE(backups != nullptr);
    auto *banner = backups->findChild<MessageBanner *>(QStringLiteral("backupMessage"));
    REQUIRE(banner != nullptr);
    CHECK(banner->text().contains(QStringLiteral("backed up by the server")));
    CHECK_FALSE(backups->findChild<QLineEdit *>(QStringLiteral("backupFolder"))->isEnabled());
    CHECK_FALSE(backups->findChild<QPushButton *>(QStringLiteral("backupNow"))->isEnabled());
    CHECK_FALSE(backups->findChild<QPushButton *>(QStringLiteral("backupRestore"))->isEnabled());
    // Asked anyway (the form is only disabled): refused, nothing saved.
    backups->findChild<QLineEdit *>(QStringLiteral("backupFolder"))->setText(dir.path());
    const Status saved = backups->save();
    CHECK_FALSE(saved.ok());
    CHECK(saved.message().contains(QStringLiteral("backed up by the server")));
    CHECK(t.dump() == before);
}

TEST_CASE("scheduled backups run by themselves for a company file, never for a company on a server")
{
    TestLedger t;
    BackupScheduler scheduler(t.path(), QStringLiteral("marie"));
    scheduler.start(600000);
    // On a server no connection is opened every 15 minutes to find that nothing is ever due.
    CHECK(scheduler.isScheduled() == !TestServer::enabled());
}
