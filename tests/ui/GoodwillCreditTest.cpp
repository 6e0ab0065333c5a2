#include "UiTestSupport.h"

#include "InvoicesPage.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>

TEST_CASE("a goodwill credit note of a free amount at the invoice's rate is typed, confirmed and posted")
{
    UiFixture ui;
    const QString number = ui.ledger().postNew(QStringLiteral("100")); // 100.00 net at 20 %, 120.00 due
    const qint64 invoice = ui.ledger()->context().documents.idByNumber(number).value();
    ui.session().changed();
    ui.window().navigator().openDocument(invoice);

    ui.click("creditNoteButton");
    auto *credit = ui.dialog<QDialog>("creditNoteDialog");
    ui.find<QTabWidget>("creditModes", credit)->setCurrentIndex(1);
    auto *amount = ui.find<QLineEdit>("creditAmount0", credit);
    CHECK(amount->placeholderText().contains(money(10000)));
    const QString before = ui.ledger().dump();

    // More than the rate charged: refused by the ledger, nothing posted.
    QTest::keyClicks(amount, QStringLiteral("100.01"));
    ui.setText("creditReason", QStringLiteral("Geste commercial"), credit);
    ui.click(ui.find<QPushButton>("creditOk", credit));
    auto *confirm = ui.dialog<QMessageBox>("confirmCreditPost");
    ui.click(ui.find<QPushButton>("confirmCreditPostButton", confirm));
    CHECK(credit->isVisible());
    CHECK(ui.find<QLabel>("creditMessage", credit)->text().contains(QStringLiteral("at most 100.00")));
    CHECK(ui.ledger().dump() == before);

    // 25,00 net: 30.00 with its tax.
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("25,00"));
    CHECK(ui.find<QLabel>("creditTotal", credit)->text().contains(money(3000)));
    ui.click(ui.find<QPushButton>("creditOk", credit));
    confirm = ui.dialog<QMessageBox>("confirmCreditPost");
    CHECK(confirm->text().contains(money(3000)));
    ui.click(ui.find<QPushButton>("confirmCreditPostButton", confirm));
    REQUIRE(UiFixture::closed(credit));
    auto notes = ui.ledger()->context().documents.creditNotesOf(invoice);
    REQUIRE(notes.ok());
    REQUIRE(notes->size() == 1);
    CHECK(notes->first().totalGross == 3000);
    CHECK(ui.ledger()->context().documents.find(invoice, false)->amountDue() == 9000);
}
