#pragma once

#include "CompanySession.h"
#include "MainWindow.h"
#include "TestDatabase.h"

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QLocale>
#include <QStringList>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>
#include <vector>

// The main window on a fresh test company file, shown offscreen, with every model it holds
// watched by a QAbstractItemModelTester; a model that breaks its contract fails the test.
class UiFixture
{
public:
    // `prepare` runs on the company file before the window opens on it (what a file brings from
    // an earlier run of the program).
    explicit UiFixture(const std::function<void(TestLedger &)> &prepare = {});
    ~UiFixture();

    TestLedger &ledger() { return m_ledger; }
    CompanySession &session() { return *m_session; }
    MainWindow &window() { return *m_window; }

    // Waits until the background reads (dashboard sums, list counts) are in and shown.
    void waitForReads();
    // Makes every page of the window now (a page is made when first shown or asked for).
    void makeAllPages();
    // Watches models created after the window (dialogs, editors).
    void watchModels(QObject *root);
    // Warnings the model testers reported so far.
    static QStringList modelProblems();

    template<typename T>
    T *find(const char *name, QObject *root = nullptr)
    {
        T *found = (root ? root : static_cast<QObject *>(m_window.get()))->findChild<T *>(QString::fromLatin1(name));
        if (!found && !root) { // on a page not made yet
            makeAllPages();
            found = m_window->findChild<T *>(QString::fromLatin1(name));
        }
        INFO("widget " << name);
        REQUIRE(found != nullptr);
        return found;
    }
    // A top-level or child dialog opened with open(), found by object name.
    template<typename T>
    T *dialog(const char *name)
    {
        T *found = nullptr;
        for (T *candidate : m_window->findChildren<T *>(QString::fromLatin1(name)))
            if (candidate->isVisible())
                found = candidate;
        INFO("dialog " << name);
        REQUIRE(found != nullptr);
        REQUIRE(QTest::qWaitForWindowExposed(found));
        return found;
    }
    // Waits until a dialog is closed (and perhaps deleted).
    static bool closed(QWidget *dialog);
    void click(QWidget *widget);
    void click(const char *name) { click(find<QWidget>(name)); }
    void setText(const char *name, const QString &text, QObject *root = nullptr);

private:
    TestLedger m_ledger;
    std::unique_ptr<CompanySession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

// Types into a cell of a table the way a clerk does: select it, start editing, type, Enter.
void typeInCell(QTableView *table, int row, int column, const QString &text);

// The window's language for one test: QLocale's default, put back when the guard goes.
class LocaleGuard
{
public:
    explicit LocaleGuard(const QLocale &locale) : m_previous(QLocale()) { QLocale::setDefault(locale); }
    ~LocaleGuard() { QLocale::setDefault(m_previous); }
    LocaleGuard(const LocaleGuard &) = delete;
    LocaleGuard &operator=(const LocaleGuard &) = delete;

private:
    QLocale m_previous;
};

// A completed job as the field-service system sends it.
QByteArray sampleJobJson(const QString &jobId = QStringLiteral("J-77"));
QString money(qint64 minor);

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
