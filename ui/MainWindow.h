#pragma once

#include "Navigator.h"
#include "Page.h"

#include <QHash>
#include <QMainWindow>

#include <functional>

class CompanySession;
class HandoffWatcher;
class MessageBanner;
class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

// The clerk's window: navigation on the left, one page at a time, the verbs of the current
// page in the toolbar and on the keyboard, a status bar that says what just happened. It only
// wires the pages together; each page does its own work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(CompanySession &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(PageId id);
    PageId currentPageId() const;
    // The page, made now if it was not yet (pages are made the first time they are needed).
    Page *page(PageId id);
    Navigator &navigator() const { return *m_navigator; }
    QAction *action(PageAction action) const { return m_actions.value(action); }
    // Geometry and last page from the previous session.
    void restoreWindowState();
    void saveWindowState() const;
    // Help › Check the company file: every integrity check, the result in a message box (or
    // only returned, for tests); the first line of the result.
    QString checkFile(bool showResult = true);
    // Imports the completed jobs dropped into the hand-off folder while the window runs.
    HandoffWatcher &handoffWatcher() const { return *m_handoff; }

signals:
    // Empty path: ask which file.
    void openRequested(const QString &path);
    void newCompanyRequested();
    void demoRequested();
    // Replace the open company file by this backup (verified first): the file must be closed.
    void restoreRequested(const QString &backupPath);
    // The interface language changed: the window is to be made again in it.
    void interfaceLanguageChanged(const QString &language);
    // A page was made (the first time it was needed).
    void pageMade(PageId id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    void buildActions();
    void buildMenus();
    void trigger(PageAction action);
    void updateActions();
    void updateRecentMenu();
    void importJobs();
    void importCsv();
    void bulkInvoice();
    Page *remindersPage();
    Page *reportsPage();
    Page *makeSettingsPage();

    CompanySession &m_session;
    Navigator *m_navigator;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    struct PageMaker {
        QString title;
        std::function<Page *()> make;
    };
    QList<PageMaker> m_makers; // in PageId order
    QList<Page *> m_pages; // null until made
    QHash<PageAction, QAction *> m_actions;
    QUndoGroup *m_undo;
    QMenu *m_recent = nullptr;
    QLabel *m_fileLabel;
    MessageBanner *m_handoffBanner = nullptr; // above the pages: what the hand-off folder brought
    HandoffWatcher *m_handoff = nullptr;
    void startHandoff();
};
