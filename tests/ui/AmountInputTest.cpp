#include "UiTestSupport.h"

#include "DocumentLinesModel.h"
#include "DraftEditorWidget.h"
#include "InvoicesPage.h"

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

struct Editor
{
    qint64 draft = 0;
    QTableView *lines = nullptr;
    QLabel *message = nullptr;
};

Editor openDraft(UiFixture &ui)
{
    Editor editor;
    editor.draft = ui.ledger().draftWith(
        {{QStringLiteral("Boiler service"), QStringLiteral("1"), QStringLiteral("80"), QStringLiteral("20")}});
    ui.session().changed();
    ui.window().navigator().openDocument(editor.draft);
    auto *invoices = static_cast<InvoicesPage *>(ui.window().page(PageId::Invoices));
    REQUIRE(invoices->editor()->isVisible());
    editor.lines = ui.find<QTableView>("linesTable");
    editor.message = ui.find<QLabel>("editorMessage");
    return editor;
}
} // namespace

TEST_CASE("in the English window, 65,50 typed as a unit price is 65.50, not 6550.00")
{
    UiFixture ui;
    LocaleGuard english(QLocale(QLocale::English, QLocale::UnitedStates));
    Editor editor = openDraft(ui);

    typeInCell(editor.lines, 0, DocumentLinesModel::UnitPrice, QStringLiteral("65,50"));
    INFO(editor.message->text().toStdString());
    CHECK(stored(ui, editor.draft).lines.at(0).unitPrice == UnitPrice::fromScaled(655000));
    CHECK(stored(ui, editor.draft).totalNet == 6550);
    // What the cell shows after editing is what was stored.
    CHECK(editor.lines->model()->index(0, DocumentLinesModel::UnitPrice).data().toString() == QStringLiteral("65.50"));

    // A grouped amount in the window's language is read as grouped.
    typeInCell(editor.lines, 0, DocumentLinesModel::UnitPrice, QStringLiteral("1,234.50"));
    CHECK(stored(ui, editor.draft).lines.at(0).unitPrice == UnitPrice::fromScaled(12345000));
}

TEST_CASE("an amount that could mean two things is refused at the field, saying how it was understood")
{
    UiFixture ui;
    LocaleGuard english(QLocale(QLocale::English, QLocale::UnitedStates));
    Editor editor = openDraft(ui);
    const QString before = ui.ledger().dump();

    typeInCell(editor.lines, 0, DocumentLinesModel::Quantity, QStringLiteral("1,250"));
    CHECK(editor.message->text().contains(QStringLiteral("could be 1250 (thousands) or 1.250 (decimals)")));
    typeInCell(editor.lines, 0, DocumentLinesModel::UnitPrice, QStringLiteral("1.234,50"));
    CHECK(editor.message->text().contains(QStringLiteral("does not separate thousands")));
    CHECK(editor.message->text().contains(QStringLiteral("1234.50")));
    typeInCell(editor.lines, 0, DocumentLinesModel::UnitPrice, QStringLiteral("6.5e1"));
    CHECK(editor.message->text().contains(QStringLiteral("exponent")));
    CHECK(ui.ledger().dump() == before);
    CHECK(editor.lines->model()->index(0, DocumentLinesModel::UnitPrice).data().toString() == QStringLiteral("80.00"));
}

TEST_CASE("in the German window, 1.234,5 hours and 65.50 are read as a German clerk means them")
{
    UiFixture ui; // it sets the English locale: the German one comes after
    LocaleGuard german(QLocale(QLocale::German, QLocale::Germany));
    Editor editor = openDraft(ui);

    typeInCell(editor.lines, 0, DocumentLinesModel::Quantity, QStringLiteral("1.234,5"));
    INFO(editor.message->text().toStdString());
    CHECK(stored(ui, editor.draft).lines.at(0).quantity == Quantity::fromScaled(1234500));
    typeInCell(editor.lines, 0, DocumentLinesModel::Quantity, QStringLiteral("2"));
    typeInCell(editor.lines, 0, DocumentLinesModel::UnitPrice, QStringLiteral("65.50"));
    CHECK(stored(ui, editor.draft).lines.at(0).unitPrice == UnitPrice::fromScaled(655000));
    CHECK(editor.lines->model()->index(0, DocumentLinesModel::UnitPrice).data().toString() == QStringLiteral("65,50"));
    CHECK(stored(ui, editor.draft).totalNet == 13100);
}

TEST_CASE("in the English window, a payment of 65,50 records 65.50")
{
    UiFixture ui;
    LocaleGuard english(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString number = ui.ledger().postNew(QStringLiteral("100")); // 120.00 due
    const qint64 invoice = ui.ledger()->context().documents.idByNumber(number).value();
    ui.session().changed();
    ui.window().navigator().openDocument(invoice);

    ui.click("registerPaymentButton");
    auto *payment = ui.dialog<QDialog>("paymentDialog");
    const QString before = ui.ledger().dump();
    ui.setText("paymentAmount", QStringLiteral("1,200"), payment);
    ui.click(ui.find<QPushButton>("paymentOk", payment));
    CHECK(payment->isVisible());
    CHECK(ui.find<QLabel>("paymentMessage", payment)->text().contains(QStringLiteral("could be")));
    CHECK(ui.ledger().dump() == before);

    auto *amount = ui.find<QLineEdit>("paymentAmount", payment);
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("65,50"));
    ui.click(ui.find<QPushButton>("paymentOk", payment));
    REQUIRE(UiFixture::closed(payment));
    const Document paid = stored(ui, invoice);
    CHECK(paid.amountPaid == 6550);
    CHECK(paid.amountDue() == 5450);
}
