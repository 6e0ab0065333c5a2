#include "UiTestSupport.h"

#include "DashboardService.h"
#include "DemoCompany.h"
#include "FigureCard.h"
#include "GuiApplication.h"
#include "InvoiceListModel.h"
#include "InvoiceListWidget.h"
#include "InvoicesPage.h"
#include "ServiceOrdersPage.h"
#include "CompanyFiles.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

TEST_CASE("the dashboard shows what is owed and leads to the filtered list")
{
    UiFixture ui;
    ui.ledger().postNew(QStringLiteral("100")); // 120.00, due in 30 days
    ui.ledger().postNew(QStringLiteral("50"));  // 60.00
    ui.ledger().draftWith({{QStringLiteral("Draft work"), QStringLiteral("1"), QStringLiteral("10"),
                            QStringLiteral("20")}});
    ui.ledger().clock().advanceDays(40); // both overdue now
    auto id = ui.ledger()->context().documents.idByNumber(QStringLiteral("INV-2026-00002"));
    REQUIRE(id.ok());
    PaymentRequest paid{id.value(), 6000, {}, PaymentMethod::Cash, QString()};
    REQUIRE(ui.ledger()->payments().registerPayment(paid).ok());
    ui.session().changed();
    ui.window().showPage(PageId::Dashboard);
    ui.waitForReads();

    auto *outstanding = ui.find<FigureCard>("cardOutstanding");
    CHECK(outstanding->value() == money(12000));
    CHECK(ui.find<FigureCard>("cardOverdue")->value() == money(12000));
    CHECK(ui.find<FigureCard>("cardCollected")->value() == money(6000));
    CHECK(ui.find<FigureCard>("cardDrafts")->value() == QStringLiteral("1"));

    ui.click(ui.find<FigureCard>("cardOverdue"));
    REQUIRE(ui.window().currentPageId() == PageId::Invoices);
    ui.waitForReads();
    auto *invoices = static_cast<InvoicesPage *>(ui.window().page(PageId::Invoices));
    CHECK(invoices->list()->model()->rowCount() == 1);
    CHECK(invoices->list()->model()->summaryAt(0)->number == QStringLiteral("INV-2026-00001"));

    ui.window().showPage(PageId::Dashboard);
    ui.click(ui.find<FigureCard>("cardDrafts"));
    ui.waitForReads();
    CHECK(invoices->list()->model()->rowCount() == 1);

    const DashboardService dashboard(ui.ledger()->database());
    auto aging = dashboard.receivablesByAge(ui.ledger().clock().today());
    REQUIRE(aging.ok());
    REQUIRE(aging->size() == 5);
    CHECK(aging->at(1).amount == 12000); // 10 days overdue
    auto months = dashboard.monthly(ui.ledger().clock().today());
    REQUIRE(months.ok());
    REQUIRE(months->size() == 12);
    CHECK(months->at(10).invoiced == 18000); // March 2026
    CHECK(months->last().collected == 6000); // April 2026
}

TEST_CASE("the demo company is a consistent year of business")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.facturo"));
    REQUIRE(DemoCompany::create(path, QDate(2026, 3, 10)).ok());
    CHECK_FALSE(DemoCompany::create(path, QDate(2026, 3, 10)).ok()); // never over an existing file

    FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
    auto ledger = Ledger::open(path, Database::OpenMode::MustExist, clock);
    REQUIRE(ledger.ok());
    REQUIRE(ledger.value()->isSetUp().value());
    auto verified = ledger.value()->audit().verify();
    REQUIRE(verified.ok());
    CHECK(verified->intact);
    CHECK(ledger.value()->context().journal.unbalancedEntries()->isEmpty());
    const DashboardService dashboard(ledger.value()->database());
    auto figures = dashboard.figures(clock.today());
    REQUIRE(figures.ok());
    CHECK(figures->outstanding > 0);
    CHECK(figures->overdueCount > 0);
    CHECK(figures->draftsWaiting > 0);
    CHECK(figures->ordersToInvoice > 0);
    DocumentFilter all;
    auto totals = ledger.value()->context().documents.totals(all);
    REQUIRE(totals.ok());
    CHECK(totals->count > 50);
}
