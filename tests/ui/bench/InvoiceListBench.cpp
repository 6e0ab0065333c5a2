// How fast the invoice list opens and jumps to its last row on a large company file, and how
// much memory the program holds meanwhile. Not a pass/fail test: it measures a file given in
// FACTURO_BENCH_FILE (e.g. facturo --create-demo big.facturo --invoices 1000000) and prints.
#include "BackgroundReader.h"
#include "CompanySession.h"
#include "FigureCard.h"
#include "InvoiceListModel.h"
#include "InvoiceListWidget.h"
#include "InvoicesPage.h"
#include "MainWindow.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

#include <iostream>

#include <unistd.h>

namespace {
QString memory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("n/a");
    QStringList parts;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS") || line.startsWith("VmHWM"))
            parts << QString::fromLatin1(line.simplified());
    return parts.join(QStringLiteral(", "));
}

// Milliseconds since this process started (from /proc), so that the figures include the
// program's own start-up (Qt, fonts, the QApplication) before the file is opened.
qint64 sinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of the whole line
    const double upSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return static_cast<qint64>((upSeconds - startTicks / static_cast<double>(sysconf(_SC_CLK_TCK))) * 1000.0);
}

void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}
} // namespace

TEST_CASE("invoice list on a large file: first page, last row, memory")
{
    const QString path = qEnvironmentVariable("FACTURO_BENCH_FILE");
    if (path.isEmpty()) {
        WARN("Set FACTURO_BENCH_FILE to a large company file to measure.");
        return;
    }
    QStandardPaths::setTestModeEnabled(true);
    std::cout << "file: " << path.toStdString() << "\nstart: " << memory().toStdString() << '\n';
    QElapsedTimer timer;
    timer.start();
    auto session = CompanySession::open(path);
    REQUIRE(session.ok());
    REQUIRE(session.value()->signIn().ok());
    MainWindow window(*session.value());
    window.resize(1360, 860);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    std::cout << "window shown: " << timer.restart() << " ms (" << sinceProcessStart() << " ms since the process started); "
              << memory().toStdString() << '\n';
    auto readsDone = [&] {
        REQUIRE(QTest::qWaitFor([&] { return session.value()->reader().pending() == 0; }, 600000));
        settle();
    };
    // The figure cards, the aging and the monthly chart come in one read; "to remind today"
    // follows in a read of its own.
    auto *outstanding = window.findChild<FigureCard *>(QStringLiteral("cardOutstanding"));
    auto *reminders = window.findChild<FigureCard *>(QStringLiteral("cardReminders"));
    REQUIRE(outstanding != nullptr);
    REQUIRE(reminders != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return !outstanding->value().isEmpty(); }, 600000));
    QTest::qWait(0); // painted
    std::cout << "dashboard painted with its figures (" << outstanding->value().toStdString()
              << " outstanding): " << timer.restart() << " ms after the window (" << sinceProcessStart()
              << " ms since the process started)\n";
    REQUIRE(QTest::qWaitFor([&] { return !reminders->value().isEmpty(); }, 600000));
    std::cout << "'to remind today' counted: " << timer.restart() << " ms later (" << reminders->value().toStdString()
              << " invoices)\n";
    readsDone();
    std::cout << "every dashboard read done: " << timer.restart() << " ms later; " << memory().toStdString() << '\n';

    window.showPage(PageId::Invoices);
    settle();
    auto *invoices = static_cast<InvoicesPage *>(window.page(PageId::Invoices));
    InvoiceListModel *model = invoices->list()->model();
    QTableView *table = invoices->list()->view();
    std::cout << "invoice list, first page shown: " << timer.restart() << " ms, " << model->pagesRead()
              << " page(s) read; " << memory().toStdString() << '\n';
    readsDone();
    REQUIRE(model->totalsKnown());
    std::cout << "invoice list counted and totalled (off the GUI thread): " << timer.restart() << " ms for "
              << model->rowCount() << " rows\n";

    table->setFocus();
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    settle();
    const auto last = model->summaryAt(model->rowCount() - 1);
    REQUIRE(last.has_value());
    std::cout << "jump to the last row (Ctrl+End): " << timer.restart() << " ms, row " << model->rowCount()
              << " is " << last->number.toStdString() << "; " << memory().toStdString() << '\n';

    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    settle();
    std::cout << "back to the first row (Ctrl+Home): " << timer.restart() << " ms\n";
    for (int i = 0; i < 20; ++i)
        QTest::keyClick(table, Qt::Key_PageDown);
    settle();
    std::cout << "20 × Page Down: " << timer.restart() << " ms\n";

    invoices->list()->applyPreset(InvoicePreset::Overdue);
    settle();
    std::cout << "overdue filter, first page: " << timer.restart() << " ms; ";
    readsDone();
    std::cout << "counted: " << timer.restart() << " ms for " << model->rowCount() << " rows\n";
    invoices->list()->applyPreset(InvoicePreset::All);
    settle();
    std::cout << "back to all, first page: " << timer.restart() << " ms; ";
    readsDone();
    std::cout << "counted: " << timer.restart() << " ms; " << memory().toStdString() << '\n';

    // A header clicked: the list read in that column's order (in the database), then Ctrl+End.
    for (const int column : {int(InvoiceListModel::Customer), int(InvoiceListModel::Total),
                             int(InvoiceListModel::AmountDue), int(InvoiceListModel::Type)}) {
        table->sortByColumn(column, Qt::DescendingOrder);
        settle();
        const QString header = model->headerData(column, Qt::Horizontal).toString();
        std::cout << "sorted by " << header.toStdString() << ", first page: " << timer.restart() << " ms; ";
        table->setFocus();
        table->setCurrentIndex(model->index(0, 0));
        settle();
        timer.restart();
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        settle();
        const auto lastRow = model->summaryAt(model->rowCount() - 1); // read now if the view did not
        REQUIRE(lastRow.has_value());
        std::cout << "last row (Ctrl+End): " << timer.restart() << " ms, row " << table->currentIndex().row() + 1
                  << " of " << model->rowCount() << " is " << lastRow->number.toStdString() << '\n';
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
        settle();
        timer.restart();
    }
    table->sortByColumn(-1, Qt::DescendingOrder); // newest first again, as remembered
    settle();
    // What a clerk types in the search box: an amount, a part of a number.
    std::optional<DocumentSummary> newest; // the newest posted invoice
    for (int row = 0; row < model->rowCount() && !newest; ++row)
        if (auto summary = model->summaryAt(row); summary && !summary->number.isEmpty())
            newest = summary;
    REQUIRE(newest.has_value());
    auto *search = invoices->list()->findChild<QLineEdit *>(QStringLiteral("invoiceSearch"));
    REQUIRE(search != nullptr);
    const QString amount = QString::number(newest->totalGross / 100) + QLatin1Char('.')
        + QStringLiteral("%1").arg(newest->totalGross % 100, 2, 10, QLatin1Char('0'));
    for (const QString &typed : {amount, newest->number.section(QLatin1Char('-'), -1),
                                 newest->number.section(QLatin1Char('-'), 1).chopped(1)}) {
        search->setText(typed);
        QTest::qWait(200); // the widget applies it once typing pauses
        readsDone();
        const DocumentFilter filter = invoices->list()->currentFilter(); // amount or text, as the widget reads it
        timer.restart();
        REQUIRE(model->setFilter(filter).ok());
        settle();
        std::cout << "search '" << typed.toStdString() << "'" << (filter.amount ? " (an amount)" : "")
                  << ", first page: " << timer.restart() << " ms; ";
        readsDone();
        std::cout << "counted: " << timer.restart() << " ms, " << model->rowCount() << " rows\n";
    }
}
