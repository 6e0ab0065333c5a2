#include "UiTestSupport.h"

#include "DocumentLinesModel.h"
#include "DraftEditorWidget.h"
#include "InvoicesPage.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

namespace {
// The cell editor open in the lines table, if any.
QLineEdit *openEditor(QTableView *table)
{
    QLineEdit *found = nullptr;
    for (QLineEdit *candidate : table->viewport()->findChildren<QLineEdit *>(QStringLiteral("lineCellEditor")))
        if (candidate->isVisible())
            found = candidate;
    return found;
}

// Types into whatever cell editor is open, then presses a key, as a clerk does without the mouse.
void typeThen(QTableView *table, const QString &text, Qt::Key key)
{
    QLineEdit *editor = openEditor(table);
    REQUIRE(editor != nullptr);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, key);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

void requireEditorAt(QTableView *table, int row, int column)
{
    INFO("current cell " << table->currentIndex().row() << "," << table->currentIndex().column());
    CHECK(table->currentIndex().row() == row);
    CHECK(table->currentIndex().column() == column);
    REQUIRE(openEditor(table) != nullptr);
}
} // namespace

TEST_CASE("a line is typed from the keyboard: Tab moves along the line, Enter adds it, nothing typed is lost")
{
    LocaleGuard english(QLocale(QLocale::English, QLocale::UnitedStates));
    UiFixture ui;
    const qint64 draft = ui.ledger().draftWith(
        {{QStringLiteral("Boiler service"), QStringLiteral("1"), QStringLiteral("80"), QStringLiteral("20")}});
    ui.session().changed();
    ui.window().navigator().openDocument(draft);
    ui.window().activateWindow();
    auto *invoices = static_cast<InvoicesPage *>(ui.window().page(PageId::Invoices));
    REQUIRE(invoices->editor()->isVisible());
    auto *table = ui.find<QTableView>("linesTable");
    auto *message = ui.find<QLabel>("editorMessage");
    auto lines = [&ui, draft] { return ui.ledger()->context().documents.find(draft)->lines; };

    // The new-line row: description, Tab lands on that same line's quantity.
    ui.click("addLineButton");
    requireEditorAt(table, 1, DocumentLinesModel::Description);
    typeThen(table, QStringLiteral("Chimney sweep"), Qt::Key_Tab);
    REQUIRE(lines().size() == 2);
    requireEditorAt(table, 1, DocumentLinesModel::Quantity);
    typeThen(table, QStringLiteral("2"), Qt::Key_Tab);
    requireEditorAt(table, 1, DocumentLinesModel::Unit);
    typeThen(table, QStringLiteral("h"), Qt::Key_Tab);
    requireEditorAt(table, 1, DocumentLinesModel::UnitPrice);
    typeThen(table, QStringLiteral("65,50"), Qt::Key_Return);
    REQUIRE(lines().size() == 2);
    CHECK(lines().at(1).description == QStringLiteral("Chimney sweep"));
    CHECK(lines().at(1).quantity == Quantity::fromInteger(2));
    CHECK(lines().at(1).unit == QStringLiteral("h"));
    CHECK(lines().at(1).unitPrice == UnitPrice::fromScaled(655000));
    // Enter finished the line: the next one is typed in the new-line row.
    requireEditorAt(table, 2, DocumentLinesModel::Description);

    // A refused value keeps its editor and its text; the message says why.
    typeThen(table, QStringLiteral("Filter"), Qt::Key_Tab);
    requireEditorAt(table, 2, DocumentLinesModel::Quantity);
    typeThen(table, QStringLiteral("1,250"), Qt::Key_Tab);
    requireEditorAt(table, 2, DocumentLinesModel::Quantity);
    CHECK(openEditor(table)->text() == QStringLiteral("1,250"));
    CHECK(openEditor(table)->selectedText() == QStringLiteral("1,250"));
    CHECK(message->text().contains(QStringLiteral("could be")));
    typeThen(table, QStringLiteral("3"), Qt::Key_Return); // replaces the selected text
    CHECK(lines().at(2).quantity == Quantity::fromInteger(3));

    // Undo with Ctrl+Z, redo with Ctrl+Y as well as Ctrl+Shift+Z.
    QAction *redo = ui.find<QAction>("actionRedo");
    CHECK(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    CHECK(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    CHECK(lines().at(2).quantity == Quantity::fromInteger(1));
    QTest::keyClick(table, Qt::Key_Y, Qt::ControlModifier);
    CHECK(lines().at(2).quantity == Quantity::fromInteger(3));
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(lines().at(2).quantity == Quantity::fromInteger(3));
}
