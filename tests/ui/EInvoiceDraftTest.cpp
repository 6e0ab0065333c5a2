#include "DocumentLinesModel.h"
#include "DraftEditorWidget.h"
#include "UiTestSupport.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace {
Document stored(UiFixture &ui, qint64 id)
{
    auto document = ui.ledger()->context().documents.find(id);
    REQUIRE(document.ok());
    return document.value();
}

} // namespace

TEST_CASE("the draft editor takes the order reference, the buyer reference and the payment means, undoably")
{
    UiFixture ui;
    const qint64 draft = ui.ledger().draftWith(
        {{QStringLiteral("Wartung Wärmepumpe"), QStringLiteral("1"), QStringLiteral("180"), QStringLiteral("20")}});
    ui.session().changed();
    ui.window().navigator().openDocument(draft);
    ui.setText("draftOrderReference", QStringLiteral("BC-2026/117 « urgent »"));
    QTest::keyClick(ui.find<QLineEdit>("draftOrderReference"), Qt::Key_Tab);
    CHECK(stored(ui, draft).orderReference == QStringLiteral("BC-2026/117 « urgent »"));
    ui.setText("draftBuyerReference", QStringLiteral("04011000-1234512345-06"));
    QTest::keyClick(ui.find<QLineEdit>("draftBuyerReference"), Qt::Key_Tab);
    CHECK(stored(ui, draft).buyerReference == QStringLiteral("04011000-1234512345-06"));
    auto *means = ui.find<QComboBox>("draftPaymentMeans");
    CHECK(means->currentData().toString() == QStringLiteral("credit-transfer"));
    means->setFocus();
    QTest::keyClick(means, Qt::Key_Down);
    CHECK(stored(ui, draft).paymentMeans == PaymentMeans::DirectDebit);
    // Undone with Ctrl+Z like every edit of the draft.
    auto *table = ui.find<QTableView>("linesTable");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    CHECK(stored(ui, draft).paymentMeans == PaymentMeans::CreditTransfer);
    CHECK(means->currentData().toString() == QStringLiteral("credit-transfer"));
    CHECK(stored(ui, draft).orderReference == QStringLiteral("BC-2026/117 « urgent »"));
}

TEST_CASE("the unit code of the current line: mapped from its unit, chosen by keyboard, kept when the unit changes")
{
    UiFixture ui;
    const qint64 draft = ui.ledger().draftWith(
        {{QStringLiteral("Main-d'œuvre"), QStringLiteral("3"), QStringLiteral("55"), QStringLiteral("20")},
            {QStringLiteral("Câble"), QStringLiteral("12"), QStringLiteral("2"), QStringLiteral("20")}});
    ui.session().changed();
    ui.window().navigator().openDocument(draft);
    auto *table = ui.find<QTableView>("linesTable");
    auto *code = ui.find<QComboBox>("lineUnitCode");
    typeInCell(table, 0, DocumentLinesModel::Unit, QStringLiteral("heures"));
    CHECK(stored(ui, draft).lines.at(0).unitCode == QStringLiteral("HUR"));
    table->setCurrentIndex(table->model()->index(0, DocumentLinesModel::Description));
    CHECK(code->currentData().toString() == QStringLiteral("HUR"));
    CHECK(ui.find<QLabel>("lineUnitCodeHint")->text().contains(QStringLiteral("heures")));

    // Chosen from the keyboard: typing the code finds it.
    code->setFocus();
    QTest::keyClicks(code, QStringLiteral("DAY"));
    CHECK(code->currentData().toString() == QStringLiteral("DAY"));
    CHECK(stored(ui, draft).lines.at(0).unitCode == QStringLiteral("DAY"));
    CHECK(ui.find<QLabel>("lineUnitCodeHint")->text() == QStringLiteral("chosen for this line"));
    // A chosen code stays when the unit text changes; a mapped one follows the unit.
    typeInCell(table, 0, DocumentLinesModel::Unit, QStringLiteral("Tag"));
    CHECK(stored(ui, draft).lines.at(0).unitCode == QStringLiteral("DAY"));
    typeInCell(table, 1, DocumentLinesModel::Unit, QStringLiteral("m"));
    CHECK(stored(ui, draft).lines.at(1).unitCode == QStringLiteral("MTR"));
    typeInCell(table, 1, DocumentLinesModel::Unit, QStringLiteral("kg"));
    CHECK(stored(ui, draft).lines.at(1).unitCode == QStringLiteral("KGM"));
    // Undone with Ctrl+Z.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    CHECK(stored(ui, draft).lines.at(1).unitCode == QStringLiteral("MTR"));
}

TEST_CASE("a catalog item's unit code: as its unit says unless chosen; a line taken from it carries the code")
{
    UiFixture ui;
    ui.window().showPage(PageId::Catalog);
    ui.click("newCatalogItemButton");
    auto *dialog = ui.dialog<QDialog>("catalogItemDialog");
    ui.setText("catalogSku", QStringLiteral("MO-JOUR"), dialog);
    ui.setText("catalogDescription", QStringLiteral("Pose - Tagessatz"), dialog);
    ui.setText("catalogUnit", QStringLiteral("Std."), dialog);
    ui.setText("catalogPrice", QStringLiteral("480"), dialog);
    auto *code = ui.find<QComboBox>("catalogUnitCode", dialog);
    CHECK(code->currentIndex() == 0);
    CHECK(code->currentText().contains(QStringLiteral("HUR"))); // what "Std." maps to
    code->setFocus();
    QTest::keyClicks(code, QStringLiteral("DAY"));
    CHECK(code->currentData().toString() == QStringLiteral("DAY"));
    ui.click(ui.find<QPushButton>("catalogOk", dialog));
    REQUIRE(UiFixture::closed(dialog));
    auto items = ui.ledger()->context().catalog.items();
    REQUIRE(items.ok());
    CatalogItem saved;
    for (const CatalogItem &item : items.value())
        if (item.sku == QStringLiteral("MO-JOUR"))
            saved = item;
    CHECK(saved.unitCode == QStringLiteral("DAY"));

    // A line typed with the item's description takes its unit and its code.
    const qint64 draft = ui.ledger().draftWith({});
    ui.session().changed();
    ui.window().navigator().openDocument(draft);
    auto *table = ui.find<QTableView>("linesTable");
    typeInCell(table, 0, DocumentLinesModel::Description, QStringLiteral("Pose - Tagessatz"));
    const Document d = stored(ui, draft);
    REQUIRE(d.lines.size() == 1);
    CHECK(d.lines.at(0).unit == QStringLiteral("Std."));
    CHECK(d.lines.at(0).unitCode == QStringLiteral("DAY"));
}
