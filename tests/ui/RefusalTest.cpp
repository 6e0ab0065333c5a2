#include "UiTestSupport.h"

#include "DraftEditorWidget.h"
#include "InvoicesPage.h"
#include "PostedDocumentWidget.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

TEST_CASE("posting without a required field shows what is missing and changes nothing")
{
    UiFixture ui;
    Customer bare;
    bare.name = QStringLiteral("No Address Ltd");
    auto bareId = ui.ledger()->customers().add(bare);
    REQUIRE(bareId.ok());
    const qint64 draft = ui.ledger().draftWith(
        {{QStringLiteral("Inspection"), QStringLiteral("1"), QStringLiteral("80"), QStringLiteral("20")}},
        bareId.value());
    ui.session().changed();
    ui.window().navigator().openDocument(draft);
    auto *invoices = static_cast<InvoicesPage *>(ui.window().page(PageId::Invoices));
    REQUIRE(invoices->editor()->isVisible());

    // The field that is missing is named next to the customer before anyone tries.
    auto *customerIssue = ui.find<QLabel>("customerIssue");
    CHECK(customerIssue->isVisible());
    CHECK(customerIssue->text().contains(QStringLiteral("billing address")));

    const QString before = ui.ledger().dump();
    ui.click("postButton");
    auto *message = ui.find<QLabel>("editorMessage");
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("cannot be posted")));
    CHECK(message->text().contains(QStringLiteral("billing address")));
    CHECK(ui.window().findChild<QMessageBox *>(QStringLiteral("confirmPost")) == nullptr);
    CHECK(ui.ledger().dump() == before);
    CHECK(ui.ledger()->context().documents.find(draft)->isDraft());
}

TEST_CASE("an over-payment is refused in the dialog with the service's message and nothing is recorded")
{
    UiFixture ui;
    ui.ledger().postNew(QStringLiteral("100")); // 120.00 due
    ui.session().changed();
    auto id = ui.ledger()->context().documents.idByNumber(QStringLiteral("INV-2026-00001"));
    REQUIRE(id.ok());
    ui.window().navigator().openDocument(id.value());
    const QString before = ui.ledger().dump();

    ui.click("registerPaymentButton");
    auto *payment = ui.dialog<QDialog>("paymentDialog");
    ui.setText("paymentAmount", QStringLiteral("150"), payment);
    ui.click(ui.find<QPushButton>("paymentOk", payment));
    CHECK(payment->isVisible());
    auto *message = ui.find<QLabel>("paymentMessage", payment);
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("Over-payment refused")));
    CHECK(ui.ledger().dump() == before);

    // Text that is not an amount is refused before the ledger sees it.
    ui.setText("paymentAmount", QStringLiteral("12.345"), payment);
    ui.click(ui.find<QPushButton>("paymentOk", payment));
    CHECK(payment->isVisible());
    CHECK(message->text().contains(QStringLiteral("Amount")));
    CHECK(ui.ledger().dump() == before);
    payment->reject();
}

TEST_CASE("a refused line edit leaves the draft and the undo history as they were")
{
    UiFixture ui;
    const qint64 draft = ui.ledger().draftWith(
        {{QStringLiteral("Inspection"), QStringLiteral("1"), QStringLiteral("80"), QStringLiteral("20")}});
    ui.session().changed();
    ui.window().navigator().openDocument(draft);
    auto *invoices = static_cast<InvoicesPage *>(ui.window().page(PageId::Invoices));
    QAbstractItemModel *lines = invoices->editor()->undoStack() ? ui.find<QTableView>("linesTable")->model() : nullptr;
    REQUIRE(lines != nullptr);
    const QString before = ui.ledger().dump();
    CHECK_FALSE(lines->setData(lines->index(0, 1), QStringLiteral("0"))); // a zero quantity
    CHECK(ui.find<QLabel>("editorMessage")->text().contains(QStringLiteral("must not be zero")));
    CHECK_FALSE(lines->setData(lines->index(0, 3), QStringLiteral("abc")));
    CHECK(ui.ledger().dump() == before);
    CHECK(invoices->editor()->undoStack()->count() == 0);
}
