#pragma once

#include "BackupService.h"
#include "Result.h"

#include <QObject>

#include <memory>

class CompanySession;
class MainWindow;
class QApplication;

// Starts the desktop program: chooses the company file (the one named on the command line,
// else the last used, else the default one), offers the demo or the setup wizard on a first
// run, shows the main window, and switches company files when asked.
class GuiApplication : public QObject
{
    Q_OBJECT
public:
    static int run(QApplication &app);
    // Installs Facturo's and Qt's translations for `language` ("" for the system's locale).
    static void installTranslations(QApplication &app, const QString &language);
    // Installs the translations of `language` in place of the current ones and makes the
    // window again in it, on the same company file, showing Settings.
    void changeLanguage(const QString &language);

    explicit GuiApplication(QApplication &app);
    ~GuiApplication() override;

    // Returns an exit code when the program should end at once, or -1 to run the event loop.
    int start(const QStringList &arguments);
    MainWindow *window() const { return m_window.get(); }
    // Closes the company file, restores the backup into it (verified first: a refused backup
    // changes nothing) and opens it again. ask: confirm first and show the outcome in a box.
    Result<RestoreOutcome> restoreBackup(const QString &backup, bool ask = true);

private:
    bool openCompany(const QString &path, bool explicitFile);
    // A company on a server (postgresql://...): the password given, kept or asked.
    bool openServerCompany(const QString &location, QString password, bool remember);
    // Signs in and shows an opened company (or offers the first-run choices).
    bool openSession(const QString &path, std::unique_ptr<CompanySession> session);
    void upgradeInBackground(const QString &path);
    bool firstRun(const QString &path, const QString &message);
    bool openDemo();
    bool createCompany(const QString &path);
    void askAndOpen();
    void show(std::unique_ptr<CompanySession> session);
    void makeWindow();
    int screenshots(const QString &file, const QString &folder);

    QApplication &m_app;
    std::unique_ptr<CompanySession> m_session;
    std::unique_ptr<MainWindow> m_window;
};
