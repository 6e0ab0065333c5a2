// The payment window offers "keep the excess as credit" and "write off the difference" where they
// apply and the customer's credit as a method; the customer's window shows the credit and the
// mandates (added and revoked there). Driven by objectName with QTest, offscreen.

#include "CustomerDialog.h"
#include "MandateService.h"
#include "RegisterPaymentDialog.h"
#include "UiTestSupport.h"
#include "WriteOffService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

namespace {
Document invoiceOf(UiFixture &ui, const QString &price)
{
    const QString number = ui.ledger().postNew(price);
    const qint64 id = ui.ledger()->context().documents.idByNumber(number).value();
    return ui.ledger()->context().documents.find(id, false).value();
}

RegisterPaymentDialog *openPayment(UiFixture &ui, const Document &invoice)
{
    auto *dialog = new RegisterPaymentDialog(ui.session(), invoice, &ui.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    return dialog;
}

void type(UiFixture &ui, QWidget *dialog, const char *name, const QString &text)
{
    auto *edit = ui.find<QLineEdit>(name, dialog);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

qint64 creditOf(UiFixture &ui)
{
    return ui.ledger()->payments().credits().balance(ui.ledger().customerId()).value();
}
} // namespace

TEST_CASE("the payment window keeps an excess as credit, applies credit and writes off a difference")
{
    UiFixture ui;
    const Document first = invoiceOf(ui, QStringLiteral("100")); // 120.00
    auto *dialog = openPayment(ui, first);
    auto *keep = ui.find<QCheckBox>("paymentKeepCredit", dialog);
    auto *writeOff = ui.find<QCheckBox>("paymentWriteOff", dialog);
    CHECK_FALSE(keep->isEnabled()); // the amount due is proposed: nothing in excess
    CHECK_FALSE(writeOff->isEnabled());
    type(ui, dialog, "paymentAmount", QStringLiteral("150"));
    CHECK(keep->isEnabled());
    CHECK(keep->text().contains(QStringLiteral("30.00")));
    CHECK_FALSE(writeOff->isEnabled());

    // Without the box the over-payment is refused in the window and nothing is recorded.
    const QString before = ui.ledger().dump();
    ui.click(ui.find<QPushButton>("paymentOk", dialog));
    CHECK(dialog->isVisible());
    CHECK(ui.ledger().dump() == before);
    keep->setChecked(true);
    ui.click(ui.find<QPushButton>("paymentOk", dialog));
    REQUIRE(UiFixture::closed(dialog));
    CHECK(creditOf(ui) == 3000);

    // The next invoice: the customer's credit is offered as a method.
    const Document second = invoiceOf(ui, QStringLiteral("50")); // 60.00
    dialog = openPayment(ui, second);
    auto *method = ui.find<QComboBox>("paymentMethod", dialog);
    const int credit = method->findData(static_cast<int>(PaymentMethod::CustomerCredit));
    REQUIRE(credit >= 0);
    CHECK(method->itemText(credit).contains(QStringLiteral("30.00")));
    method->setCurrentIndex(credit);
    type(ui, dialog, "paymentAmount", QStringLiteral("30"));
    ui.click(ui.find<QPushButton>("paymentOk", dialog));
    REQUIRE(UiFixture::closed(dialog));
    CHECK(creditOf(ui) == 0);

    // A few cents short: written off in the same step; the invoice is paid.
    dialog = openPayment(ui, ui.ledger()->context().documents.find(second.id, false).value());
    writeOff = ui.find<QCheckBox>("paymentWriteOff", dialog);
    type(ui, dialog, "paymentAmount", QStringLiteral("29.97"));
    CHECK(writeOff->isEnabled()); // a manager
    CHECK(writeOff->text().contains(QStringLiteral("0.03")));
    writeOff->setChecked(true);
    ui.click(ui.find<QPushButton>("paymentOk", dialog));
    REQUIRE(UiFixture::closed(dialog));
    const Document paid = ui.ledger()->context().documents.find(second.id, false).value();
    CHECK(paid.status == DocumentStatus::Paid);
    CHECK(paid.amountPaid == 6000);
}

TEST_CASE("a clerk is offered the write-off only up to the limit")
{
    UiFixture ui;
    WriteOffService writeOffs(ui.ledger()->context(), ui.ledger()->audit(), ui.ledger()->journal());
    REQUIRE(writeOffs.setLimit(5).ok());
    User clerk;
    clerk.name = QStringLiteral("paul");
    REQUIRE(ui.ledger()->settings().addUser(clerk).ok());
    const Document invoice = invoiceOf(ui, QStringLiteral("100"));
    REQUIRE(ui.ledger()->signIn(QStringLiteral("paul")).ok());
    auto *dialog = openPayment(ui, invoice);
    auto *writeOff = ui.find<QCheckBox>("paymentWriteOff", dialog);
    type(ui, dialog, "paymentAmount", QStringLiteral("119.90"));
    CHECK_FALSE(writeOff->isEnabled());
    CHECK(writeOff->text().contains(QStringLiteral("manager")));
    type(ui, dialog, "paymentAmount", QStringLiteral("119.95"));
    CHECK(writeOff->isEnabled());
    dialog->reject();
}

TEST_CASE("the customer's window shows the credit and adds and revokes mandates")
{
    UiFixture ui;
    const Document invoice = invoiceOf(ui, QStringLiteral("100"));
    PaymentRequest r;
    r.documentId = invoice.id;
    r.amount = 13000;
    r.keepExcessAsCredit = true;
    REQUIRE(ui.ledger()->payments().registerPayment(r).ok());
    const Customer customer = ui.ledger()->context().customers.find(ui.ledger().customerId()).value();
    auto *dialog = new CustomerDialog(ui.session(), customer, &ui.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(ui.find<QLabel>("customerCredit", dialog)->text().contains(QStringLiteral("10.00")));
    auto *table = ui.find<QTableWidget>("mandatesTable", dialog);
    CHECK(table->rowCount() == 0);

    ui.click(ui.find<QPushButton>("addMandateButton", dialog));
    auto *mandate = ui.dialog<QDialog>("mandateDialog");
    type(ui, mandate, "mandateReference", QStringLiteral("UMR-HOTEL-1"));
    type(ui, mandate, "mandateIban", QStringLiteral("DE89 3704 0044 0532 0130 01")); // wrong check digits
    const QString before = ui.ledger().dump();
    ui.click(ui.find<QPushButton>("mandateOk", mandate));
    CHECK(mandate->isVisible());
    CHECK(ui.ledger().dump() == before);
    type(ui, mandate, "mandateIban", QStringLiteral("DE89 3704 0044 0532 0130 00"));
    ui.click(ui.find<QPushButton>("mandateOk", mandate));
    REQUIRE(UiFixture::closed(mandate));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("UMR-HOTEL-1"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("DE89 **** **** **** **30 00"));

    auto *revoke = ui.find<QPushButton>("revokeMandateButton", dialog);
    CHECK_FALSE(revoke->isEnabled());
    table->selectRow(0);
    REQUIRE(revoke->isEnabled());
    ui.click(revoke);
    CHECK(table->item(0, 4)->text().contains(QStringLiteral("Revoked")));
    const auto mandates = MandateService(ui.ledger()->context(), ui.ledger()->audit()).forCustomer(customer.id).value();
    REQUIRE(mandates.size() == 1);
    CHECK_FALSE(mandates.first().isActive());
    dialog->reject();
}

TEST_CASE("Settings › Payments sets the write-off limit and a checked creditor identifier")
{
    UiFixture ui;
    ui.window().showPage(PageId::Settings);
    auto *page = ui.find<QWidget>("paymentSettings");
    ui.find<QTabWidget>("settingsTabs")->setCurrentWidget(page);
    type(ui, page, "writeOffLimit", QStringLiteral("2.50"));
    type(ui, page, "creditorId", QStringLiteral("DE97ZZZ09999999999"));
    const QString before = ui.ledger().dump();
    ui.click(ui.find<QPushButton>("savePaymentSettings", page));
    CHECK(ui.ledger().dump() == before);
    CHECK(ui.find<QWidget>("paymentSettingsMessage", page)->isVisible());
    type(ui, page, "creditorId", QStringLiteral("DE98ZZZ09999999999"));
    ui.click(ui.find<QPushButton>("savePaymentSettings", page));
    WriteOffService writeOffs(ui.ledger()->context(), ui.ledger()->audit(), ui.ledger()->journal());
    CHECK(writeOffs.limit().value() == 250);
    CHECK(MandateService(ui.ledger()->context(), ui.ledger()->audit()).creditorId().value()
        == QStringLiteral("DE98ZZZ09999999999"));
}
