#include "ContractTestSupport.h"
#include "CustomerDialog.h"
#include "MessageBanner.h"
#include "UiFormat.h"
#include "UiTestSupport.h"
#include "contracts/ContractDialog.h"
#include "contracts/ContractsDueCard.h"
#include "contracts/ContractsPage.h"
#include "contracts/CustomerContractsWidget.h"
#include "contracts/SinceLastRunDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace ContractTests;

namespace {
int made(TestLedger &t)
{
    return static_cast<int>(occurrenceCounts(t.ledger()).size());
}
} // namespace

TEST_CASE("the since-last-run dialog is offered when the file opens: create, postpone, skip, create all")
{
    qint64 contractId = 0;
    UiFixture ui([&contractId](TestLedger &t) {
        // January to March are due on 10 March 2026 (the test clock).
        contractId = addMonthly(
            t.ledger(), t.customerId(), QDate(2026, 1, 1), QStringLiteral("Care {month}"), QStringLiteral("80"));
    });
    QTest::qWait(50);
    auto *dialog = ui.dialog<SinceLastRunDialog>("sinceLastRunDialog");
    auto *table = ui.find<QTableWidget>("sinceLastRunTable", dialog);
    REQUIRE(table->rowCount() == 3);
    CHECK(dialog->dueCount() == 3);
    ui.find<QComboBox>("occurrenceChoice1", dialog)->setCurrentIndex(SinceLastRunDialog::Postpone);
    ui.find<QComboBox>("occurrenceChoice2", dialog)->setCurrentIndex(SinceLastRunDialog::Skip);
    ui.click(ui.find<QPushButton>("applyButton", dialog));
    REQUIRE(UiFixture::closed(dialog));
    CHECK(made(ui.ledger()) == 2); // January made, March skipped, February postponed
    auto history = ContractRepository(ui.ledger()->database()).occurrencesOf(contractId);
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).occurrence.outcome == OccurrenceOutcome::Skipped);
    CHECK(history->at(1).occurrence.outcome == OccurrenceOutcome::Draft);

    // The dashboard card counts what is still due; it leads to the Contracts page.
    ui.window().showPage(PageId::Dashboard);
    auto *card = ui.find<ContractsDueCard>("cardContractsDue");
    CHECK(card->value() == QStringLiteral("1"));
    ui.click(card);
    REQUIRE(ui.window().currentPageId() == PageId::Contracts);
    auto *page = static_cast<ContractsPage *>(ui.window().page(PageId::Contracts));
    auto *contracts = ui.find<QTableView>("contractsTable");
    REQUIRE(contracts->model()->rowCount() == 1);
    CHECK(contracts->model()->index(0, 4).data().toString() == UiFormat::date(QDate(2026, 2, 1)));
    CHECK(contracts->model()->index(0, 5).data().toString().startsWith(QStringLiteral("Draft #")));
    CHECK(contracts->model()->index(0, 6).data().toString() == money(8000));
    CHECK(ui.find<QLabel>("contractsMonthlyTotal")->text().contains(money(8000)));

    // From the page: the postponed February, created with Create all.
    ui.click(ui.find<QPushButton>("sinceLastRunButton"));
    auto *again = ui.dialog<SinceLastRunDialog>("sinceLastRunDialog");
    REQUIRE(ui.find<QTableWidget>("sinceLastRunTable", again)->rowCount() == 1);
    ui.click(ui.find<QPushButton>("createAllButton", again));
    REQUIRE(UiFixture::closed(again));
    CHECK(made(ui.ledger()) == 3);
    CHECK(card->value() == QStringLiteral("0"));
    (void)page;
}

TEST_CASE("the contract dialog adds a contract, its lines and prices, refuses what is wrong, pauses it")
{
    UiFixture ui;
    ui.window().showPage(PageId::Contracts);
    auto *page = static_cast<ContractsPage *>(ui.window().page(PageId::Contracts));
    page->openContract(0);
    auto *dialog = ui.dialog<ContractDialog>("contractDialog");
    auto *banner = ui.find<MessageBanner>("contractMessage", dialog);
    // No customer chosen: refused, nothing written.
    CHECK_FALSE(dialog->save().ok());
    CHECK(banner->isVisible());
    CHECK(dialog->contractId() == 0);
    ui.setText("contractCustomer", QStringLiteral("Boulangerie Martin SARL"), dialog);
    ui.find<QDateEdit>("contractStart", dialog)->setDate(QDate(2026, 4, 1));
    REQUIRE(dialog->save().ok());
    const qint64 id = dialog->contractId();
    REQUIRE(id > 0);

    ui.setText("lineDescription", QStringLiteral("Visit of {day}"), dialog);
    ui.setText("linePrice", QStringLiteral("45"), dialog);
    CHECK_FALSE(dialog->addLine().ok());
    CHECK(banner->isVisible());
    ui.setText("lineDescription", QStringLiteral("Maintenance {period}"), dialog);
    ui.setText("linePrice", QStringLiteral("-5"), dialog);
    CHECK_FALSE(dialog->addLine().ok());
    ui.setText("linePrice", QStringLiteral("45"), dialog);
    REQUIRE(dialog->addLine().ok());
    auto *lines = ui.find<QTableWidget>("contractLines", dialog);
    REQUIRE(lines->rowCount() == 1);
    lines->selectRow(0);
    ui.setText("newPrice", QStringLiteral("50"), dialog);
    ui.find<QDateEdit>("priceFrom", dialog)->setDate(QDate(2026, 7, 1));
    REQUIRE(dialog->newPrice().ok());
    CHECK(lines->item(0, 4)->text().contains(QStringLiteral("marie"))); // who made each version
    auto contract = ContractRepository(ui.ledger()->database()).find(id);
    REQUIRE(contract->lines.size() == 1);
    REQUIRE(contract->lines.first().versions.size() == 2);
    CHECK(contract->lines.first().versions.last().unitPrice == UnitPrice::parse(QStringLiteral("50")).value());

    REQUIRE(dialog->pause().ok());
    CHECK(ContractRepository(ui.ledger()->database()).find(id)->status == ContractStatus::Paused);
    CHECK_FALSE(dialog->pause().ok());
    REQUIRE(dialog->resume(ContractService::Missed::CatchUp).ok());
    ui.click(ui.find<QPushButton>("closeButton", dialog));
    REQUIRE(UiFixture::closed(dialog));
    auto *table = ui.find<QTableView>("contractsTable");
    CHECK(table->model()->rowCount() == 1);

    // The customer view lists the customer's contracts.
    auto customer = ui.ledger()->context().customers.find(ui.ledger().customerId());
    CustomerDialog view(ui.session(), customer.value(), &ui.window());
    auto *theirs = ui.find<CustomerContractsWidget>("customerContracts", &view);
    CHECK(theirs->contractCount() == 1);
}

TEST_CASE("the contract dialog starts a line from a catalog item: its text, price and tax, and the item kept")
{
    UiFixture ui;
    auto &catalog = ui.ledger()->context().catalog;
    TaxRate tenPercent; // a rate other than the default, so that the item's own rate shows
    tenPercent.name = QStringLiteral("TVA 10 %");
    tenPercent.category = TaxCategory::Standard;
    tenPercent.rate = Percentage::parse(QStringLiteral("10")).value();
    const auto rateId = catalog.insertTaxRate(tenPercent);
    REQUIRE(rateId.ok());
    tenPercent.id = rateId.value();
    const TaxRate *reduced = &tenPercent;
    CatalogItem item;
    item.sku = QStringLiteral("BOIL-SVC");
    item.kind = LineKind::Labor;
    item.description = QStringLiteral("Boiler service");
    item.unit = QStringLiteral("h");
    item.unitPrice = UnitPrice::parse(QStringLiteral("85.50")).value();
    item.taxRateId = reduced->id;
    const auto itemId = catalog.insertItem(item);
    REQUIRE(itemId.ok());

    ui.window().showPage(PageId::Contracts);
    auto *page = static_cast<ContractsPage *>(ui.window().page(PageId::Contracts));
    page->openContract(0);
    auto *dialog = ui.dialog<ContractDialog>("contractDialog");
    ui.setText("contractCustomer", QStringLiteral("Boulangerie Martin SARL"), dialog);
    ui.find<QDateEdit>("contractStart", dialog)->setDate(QDate(2026, 4, 1));
    REQUIRE(dialog->save().ok());
    auto *items = ui.find<QComboBox>("lineCatalogItem", dialog);
    const int index = items->findData(itemId.value());
    REQUIRE(index > 0);
    items->setCurrentIndex(index);
    CHECK(ui.find<QLineEdit>("lineDescription", dialog)->text() == QLatin1String("Boiler service"));
    CHECK(ui.find<QLineEdit>("linePrice", dialog)->text() == UiFormat::price(item.unitPrice));
    CHECK(ui.find<QLineEdit>("lineTaxRate", dialog)->text()
        == UiFormat::decimal(reduced->rate.scaled(), Percentage::scale));
    ui.setText("lineQuantity", QStringLiteral("2"), dialog);
    REQUIRE(dialog->addLine().ok());
    CHECK(items->currentIndex() == 0); // back to free text for the next line

    auto contract = ContractRepository(ui.ledger()->database()).find(dialog->contractId());
    REQUIRE(contract.ok());
    REQUIRE(contract->lines.size() == 1);
    const ContractLine &line = contract->lines.first();
    CHECK(line.catalogItemId == itemId.value());
    CHECK(line.kind == LineKind::Labor);
    CHECK(line.unit == QLatin1String("h"));
    CHECK(line.description == QLatin1String("Boiler service"));
    REQUIRE(line.versions.size() == 1);
    CHECK(line.versions.first().unitPrice == item.unitPrice);
    CHECK(line.versions.first().taxRate == reduced->rate);
}
