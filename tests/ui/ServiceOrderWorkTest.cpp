#include "UiTestSupport.h"

#include "InvoicesPage.h"
#include "DraftEditorWidget.h"
#include "ServiceOrderDetailWidget.h"
#include "ServiceOrdersPage.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

TEST_CASE("a service order is created, worked on, marked done and invoiced from its page")
{
    UiFixture ui;
    ui.window().showPage(PageId::ServiceOrders);
    ui.find<QAction>("actionNew")->trigger();
    auto *dialog = ui.dialog<QDialog>("newOrderDialog");
    ui.setText("newOrderCustomer", QStringLiteral("Boulangerie Martin SARL"), dialog);
    ui.setText("newOrderDescription", QStringLiteral("Cold room check"), dialog);
    ui.click(ui.find<QPushButton>("newOrderOk", dialog));
    REQUIRE(UiFixture::closed(dialog));
    auto *orders = static_cast<ServiceOrdersPage *>(ui.window().page(PageId::ServiceOrders));
    const qint64 id = orders->detail()->order().id;
    REQUIRE(id > 0);
    CHECK(ui.find<QLabel>("orderTitle")->text().endsWith(QStringLiteral("New")));

    // Time and parts while the order is open.
    ui.setText("timeTechnician", QStringLiteral("Luc"));
    ui.setText("timeHours", QStringLiteral("1.5"));
    ui.setText("timeRate", QStringLiteral("62"));
    ui.click("addTimeButton");
    ui.find<QTabWidget>("orderTabs")->setCurrentIndex(1);
    ui.setText("partDescription", QStringLiteral("Door seal"));
    ui.setText("partQuantity", QStringLiteral("2"));
    ui.setText("partUnit", QStringLiteral("m"));
    ui.setText("partPrice", QStringLiteral("14.50"));
    ui.click("addPartButton");
    auto stored = ui.ledger()->context().orders.find(id).value();
    REQUIRE(stored.timeEntries.size() == 1);
    CHECK(stored.timeEntries.first().hours == Quantity::fromScaled(1500));
    REQUIRE(stored.parts.size() == 1);
    CHECK(ui.find<QTableView>("partsTable")->model()->rowCount() == 1);

    // A refused entry says why and adds nothing.
    ui.setText("partQuantity", QStringLiteral("abc"));
    ui.click("addPartButton");
    CHECK(ui.find<QLabel>("orderMessage")->isVisible());
    CHECK(ui.ledger()->context().orders.find(id)->parts.size() == 1);

    // Done: the work is frozen and the order can be invoiced.
    ui.click("status_done");
    CHECK(ui.ledger()->context().orders.find(id)->status == OrderStatus::Done);
    CHECK_FALSE(ui.find<QPushButton>("addPartButton")->isEnabled());
    ui.click("createInvoiceButton");
    auto *invoices = static_cast<InvoicesPage *>(ui.window().page(PageId::Invoices));
    REQUIRE(invoices->editor()->isVisible());
    CHECK(invoices->editor()->document().totalNet == 9300 + 2900);
}
