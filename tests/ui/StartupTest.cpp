#include "UiTestSupport.h"

#include "CompanyFiles.h"
#include "GuiApplication.h"
#include "WelcomeDialog.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

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
    CHECK(CompanyFiles::lastFile() == QFileInfo(first.path()).absoluteFilePath());

    MainWindow *before = gui.window();
    emit before->openRequested(second.path());
    REQUIRE(QTest::qWaitFor([&] { return gui.window() != before; }));
    CHECK(gui.window()->findChild<QLabel *>(QStringLiteral("fileLabel"))->text().contains(QStringLiteral("company.facturo")));
    CHECK(CompanyFiles::lastFile() == QFileInfo(second.path()).absoluteFilePath());
    const QStringList recent = CompanyFiles::recentFiles();
    CHECK(recent.value(0) == QFileInfo(second.path()).absoluteFilePath());
    CHECK(recent.contains(QFileInfo(first.path()).absoluteFilePath()));
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
