#include "UiTestSupport.h"

#include "CreditLinesModel.h"
#include "DocumentLinesModel.h"
#include "DraftEditorWidget.h"
#include "InvoicesPage.h"
#include "PostedDocumentWidget.h"
#include "ServiceOrderDetailWidget.h"
#include "ServiceOrdersPage.h"
#include "SignaturePadWidget.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

namespace {
Document stored(UiFixture &ui, qint64 id)
{
    auto document = ui.ledger()->context().documents.find(id);
    REQUIRE(document.ok());
    return document.value();
}

} // namespace

TEST_CASE("a job goes from import to a posted, paid and partly credited invoice through the window")
{
    UiFixture ui;
    MainWindow &window = ui.window();

    // Import a completed job: it lands as a Done service order.
    window.showPage(PageId::ServiceOrders);
    auto *orders = static_cast<ServiceOrdersPage *>(window.page(PageId::ServiceOrders));
    REQUIRE(orders->importJson(sampleJobJson()).ok());
    auto *orderTable = ui.find<QTableView>("orderTable");
    REQUIRE(orderTable->model()->rowCount() == 1);
    CHECK(orderTable->model()->index(0, 2).data().toString() == QStringLiteral("Done"));
    CHECK(ui.find<QLabel>("orderTitle")->text() == QStringLiteral("Job J-77 · Done"));
    const qint64 orderId = orders->detail()->order().id;

    // The customer signs on the pad.
    ui.find<QTabWidget>("orderTabs")->setCurrentIndex(2);
    auto *pad = ui.find<SignaturePadWidget>("signaturePad");
    QTest::mousePress(pad, Qt::LeftButton, {}, QPoint(30, 90));
    for (int x = 40; x < 200; x += 10)
        QTest::mouseMove(pad, QPoint(x, 90 + (x % 40) - 20));
    QTest::mouseRelease(pad, Qt::LeftButton, {}, QPoint(200, 80));
    ui.setText("signoffName", QStringLiteral("Mme Girard"));
    ui.click("saveSignoffButton");
    auto signedOrder = ui.ledger()->context().orders.find(orderId);
    REQUIRE(signedOrder.ok());
    CHECK(signedOrder->signoffName == QStringLiteral("Mme Girard"));
    CHECK(signedOrder->signaturePng.startsWith("\x89PNG"));

    // Create the invoice from the Done order: the draft opens in the editor.
    ui.click("createInvoiceButton");
    REQUIRE(window.currentPageId() == PageId::Invoices);
    auto *invoices = static_cast<InvoicesPage *>(window.page(PageId::Invoices));
    DraftEditorWidget *editor = invoices->editor();
    REQUIRE(editor->isVisible());
    ui.watchModels(editor);
    const qint64 draftId = editor->documentId();
    CHECK(ui.ledger()->context().orders.find(orderId)->status == OrderStatus::Invoiced);
    auto *lines = ui.find<QTableView>("linesTable");
    REQUIRE(lines->model()->rowCount() == 3); // two lines and the new-line row
    CHECK(stored(ui, draftId).totalGross == 20976);
    CHECK(ui.find<QLabel>("totalsGross", editor)->text() == money(20976));

    // Edit a line in place: 3 hours instead of 2.5.
    typeInCell(lines, 0, DocumentLinesModel::Quantity, QStringLiteral("3"));
    INFO(ui.find<QLabel>("editorMessage")->text().toStdString());
    CHECK(stored(ui, draftId).lines.at(0).quantity == Quantity::fromInteger(3));
    CHECK(stored(ui, draftId).totalGross == 24576);
    CHECK(ui.find<QLabel>("totalsGross", editor)->text() == money(24576));
    CHECK(lines->model()->index(0, DocumentLinesModel::Net).data().toString() == money(18000));

    // Undo puts the database back, and the window follows.
    QAction *undo = ui.find<QAction>("actionUndo");
    REQUIRE(undo->isEnabled());
    undo->trigger();
    CHECK(stored(ui, draftId).lines.at(0).quantity == Quantity::fromScaled(2500));
    CHECK(stored(ui, draftId).totalGross == 20976);
    CHECK(ui.find<QLabel>("totalsGross", editor)->text() == money(20976));
    QAction *redo = ui.find<QAction>("actionRedo");
    redo->trigger();
    CHECK(stored(ui, draftId).totalGross == 24576);
    undo->trigger();
    CHECK(stored(ui, draftId).totalGross == 20976);

    // Post, after confirming.
    ui.click("postButton");
    auto *confirm = ui.dialog<QMessageBox>("confirmPost");
    ui.click(ui.find<QPushButton>("confirmPostButton", confirm));
    Document posted = stored(ui, draftId);
    REQUIRE(posted.status == DocumentStatus::Posted);
    CHECK(posted.number == QStringLiteral("INV-2026-00001"));
    PostedDocumentWidget *view = invoices->postedView();
    REQUIRE(view->isVisible());
    CHECK(ui.find<QLabel>("postedTitle")->text() == QStringLiteral("Invoice INV-2026-00001"));

    // A partial payment...
    ui.click("registerPaymentButton");
    auto *payment = ui.dialog<QDialog>("paymentDialog");
    CHECK(ui.find<QLineEdit>("paymentAmount", payment)->text() == QStringLiteral("209.76"));
    ui.setText("paymentAmount", QStringLiteral("100"), payment);
    ui.setText("paymentReference", QStringLiteral("Transfer 4411"), payment);
    ui.click(ui.find<QPushButton>("paymentOk", payment));
    REQUIRE(UiFixture::closed(payment));
    posted = stored(ui, draftId);
    CHECK(posted.amountPaid == 10000);
    CHECK(posted.status == DocumentStatus::PartiallyPaid);
    CHECK(ui.find<QLabel>("postedAmountDue")->text().contains(money(10976)));

    // ...then the rest: the amount proposed is what is still due.
    ui.click("registerPaymentButton");
    payment = ui.dialog<QDialog>("paymentDialog");
    CHECK(ui.find<QLineEdit>("paymentAmount", payment)->text() == QStringLiteral("109.76"));
    ui.click(ui.find<QPushButton>("paymentOk", payment));
    REQUIRE(UiFixture::closed(payment));
    posted = stored(ui, draftId);
    CHECK(posted.status == DocumentStatus::Paid);
    CHECK(posted.amountDue() == 0);
    CHECK_FALSE(ui.find<QPushButton>("registerPaymentButton")->isEnabled());
    CHECK(ui.find<QTableView>("paymentsTable")->model()->rowCount() == 2);

    // A partial credit note: one of the two valves came back.
    ui.click("creditNoteButton");
    auto *credit = ui.dialog<QDialog>("creditNoteDialog");
    ui.watchModels(credit);
    auto *creditLines = ui.find<QTableView>("creditLinesTable", credit);
    REQUIRE(creditLines->model()->rowCount() == 2);
    typeInCell(creditLines, 0, CreditLinesModel::ToCredit, QStringLiteral("0"));
    typeInCell(creditLines, 1, CreditLinesModel::ToCredit, QStringLiteral("1"));
    CHECK(ui.find<QLabel>("creditTotal", credit)->text().contains(money(1488)));
    ui.setText("creditReason", QStringLiteral("One valve returned unused"), credit);
    const QString beforeConfirm = ui.ledger().dump();
    ui.click(ui.find<QPushButton>("creditOk", credit));
    // Asked first, like an invoice: cancelling posts nothing.
    auto *confirmCredit = ui.dialog<QMessageBox>("confirmCreditPost");
    CHECK(confirmCredit->text().contains(money(1488)));
    confirmCredit->reject();
    REQUIRE(UiFixture::closed(confirmCredit));
    CHECK(credit->isVisible());
    CHECK(ui.ledger().dump() == beforeConfirm);
    ui.click(ui.find<QPushButton>("creditOk", credit));
    confirmCredit = ui.dialog<QMessageBox>("confirmCreditPost");
    ui.click(ui.find<QPushButton>("confirmCreditPostButton", confirmCredit));
    REQUIRE(UiFixture::closed(credit));
    auto notes = ui.ledger()->context().documents.creditNotesOf(draftId);
    REQUIRE(notes.ok());
    REQUIRE(notes->size() == 1);
    CHECK(notes->first().number == QStringLiteral("CN-2026-00001"));
    CHECK(notes->first().totalGross == 1488);
    CHECK(ui.find<QTableView>("creditNotesTable")->model()->rowCount() == 1);

    // The history tab tells the story.
    QAbstractItemModel *history = ui.find<QTableView>("historyTable")->model();
    QStringList actions;
    for (int row = 0; row < history->rowCount(); ++row)
        actions << history->index(row, 2).data().toString();
    CHECK(actions.contains(QStringLiteral("Created")));
    CHECK(actions.contains(QStringLiteral("Posted")));
    CHECK(actions.count(QStringLiteral("Payment recorded")) == 2);

    CHECK(UiFixture::modelProblems().isEmpty());
}
