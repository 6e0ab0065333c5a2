#include "UiTestSupport.h"

#include "DocumentLinesModel.h"
#include "DraftEditorWidget.h"
#include "InvoicesPage.h"

#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

TEST_CASE("a quotation typed in the dialog is sent and accepted into a draft invoice")
{
    UiFixture ui;
    ui.window().showPage(PageId::Quotations);
    ui.click("newQuotationButton");
    auto *dialog = ui.dialog<QDialog>("quotationDialog");
    ui.watchModels(dialog);
    ui.setText("quotationCustomer", QStringLiteral("Boulangerie Martin SARL"), dialog);
    ui.setText("quotationDescription", QStringLiteral("Oven ventilation"), dialog);
    QAbstractItemModel *lines = ui.find<QTableView>("quotationLinesEditor", dialog)->model();
    REQUIRE(lines->setData(lines->index(0, DocumentLinesModel::Description), QStringLiteral("Extractor fan")));
    REQUIRE(lines->setData(lines->index(0, DocumentLinesModel::UnitPrice), QStringLiteral("450")));
    REQUIRE(lines->setData(lines->index(0, DocumentLinesModel::Quantity), QStringLiteral("2")));
    CHECK(lines->rowCount() == 2);
    CHECK(ui.find<QLabel>("quotationTotal", dialog)->text().contains(money(108000)));
    ui.click(ui.find<QPushButton>("quotationOk", dialog));
    REQUIRE(UiFixture::closed(dialog));

    auto *table = ui.find<QTableView>("quotationTable");
    REQUIRE(table->model()->rowCount() == 1);
    table->setCurrentIndex(table->model()->index(0, 0));
    ui.click("quotationSendButton");
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("Q-2026-00001"));
    ui.click("quotationToInvoiceButton");
    REQUIRE(ui.window().currentPageId() == PageId::Invoices);
    auto *invoices = static_cast<InvoicesPage *>(ui.window().page(PageId::Invoices));
    REQUIRE(invoices->editor()->isVisible());
    CHECK(invoices->editor()->document().totalGross == 108000);
    CHECK(UiFixture::modelProblems().isEmpty());
}
