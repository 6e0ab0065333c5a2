#include "UiTestSupport.h"

#include "InvoicesPage.h"
#include "PostedDocumentWidget.h"

#include <QDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

TEST_CASE("a mistaken payment is reversed, and a credit note on a paid invoice is refunded")
{
    UiFixture ui;
    const QString number = ui.ledger().postNew(QStringLiteral("100")); // 120.00
    const qint64 invoice = ui.ledger()->context().documents.idByNumber(number).value();
    REQUIRE(ui.ledger()->payments().registerPayment({invoice, 12000, {}, PaymentMethod::BankTransfer, {}}).ok());
    ui.session().changed();
    ui.window().navigator().openDocument(invoice);
    auto *invoices = static_cast<InvoicesPage *>(ui.window().page(PageId::Invoices));
    REQUIRE(invoices->postedView()->isVisible());
    CHECK_FALSE(ui.find<QPushButton>("registerPaymentButton")->isEnabled());

    // Reverse the payment: a reversal entry, the invoice is due again.
    ui.find<QTabWidget>("postedTabs")->setCurrentIndex(1);
    auto *payments = ui.find<QTableView>("paymentsTable");
    payments->setCurrentIndex(payments->model()->index(0, 0));
    ui.click("reversePaymentButton");
    auto *ask = ui.dialog<QInputDialog>("reverseReasonDialog");
    ask->setTextValue(QStringLiteral("Paid twice by the bank"));
    ask->accept();
    auto reloaded = ui.ledger()->context().documents.find(invoice, false).value();
    CHECK(reloaded.amountDue() == 12000);
    CHECK(reloaded.status == DocumentStatus::Posted);
    REQUIRE(payments->model()->rowCount() == 2);
    CHECK(ui.find<QPushButton>("registerPaymentButton")->isEnabled());

    // Paid again, then credited in full: the credit note owes the customer; refund it.
    REQUIRE(ui.ledger()->payments().registerPayment({invoice, 12000, {}, PaymentMethod::BankTransfer, {}}).ok());
    auto note = ui.ledger()->creditNotes().createDraft(invoice, QStringLiteral("Cancelled"));
    REQUIRE(note.ok());
    REQUIRE(ui.ledger()->posting().post(note.value()).ok());
    ui.session().changed();
    invoices->openDocument(note.value());
    auto *refund = ui.find<QPushButton>("registerPaymentButton");
    CHECK(refund->text().contains(QStringLiteral("refund")));
    ui.click(refund);
    auto *dialog = ui.dialog<QDialog>("paymentDialog");
    CHECK(ui.find<QLineEdit>("paymentAmount", dialog)->text() == QStringLiteral("120.00"));
    ui.click(ui.find<QPushButton>("paymentOk", dialog));
    REQUIRE(UiFixture::closed(dialog));
    auto credit = ui.ledger()->context().documents.find(note.value(), false).value();
    CHECK(credit.amountDue() == 0);
    CHECK(credit.status == DocumentStatus::Refunded);
}
