#include "UiTestSupport.h"

#include "InvoiceListModel.h"
#include "InvoiceListWidget.h"
#include "InvoicesPage.h"
#include "Transaction.h"
#include "DraftEditorWidget.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialog>
#include <QPushButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

TEST_CASE("the invoice list reads one page at a time, jumps to the last row and totals the filtered set")
{
    UiFixture ui;
    const int drafts = 2 * InvoiceListModel::PageSize + 50;
    {
        Transaction bulk(ui.ledger()->database());
        REQUIRE(bulk.began().ok());
        for (int i = 0; i < drafts; ++i)
            ui.ledger().draftWith({{QStringLiteral("Visit %1").arg(i), QStringLiteral("1"), QStringLiteral("10"),
                                    QStringLiteral("20")}});
        REQUIRE(bulk.commit().ok());
    }
    const QString number = ui.ledger().postNew(QStringLiteral("50"));
    ui.session().changed();
    ui.window().showPage(PageId::Invoices);
    auto *invoices = static_cast<InvoicesPage *>(ui.window().page(PageId::Invoices));
    InvoiceListModel *model = invoices->list()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model->setFilter({}).ok());
    CHECK(model->rowCount() == InvoiceListModel::PageSize); // the first page at once...
    ui.waitForReads();                                      // ...and the rest once counted

    REQUIRE(model->rowCount() == drafts + 1);
    CHECK(model->index(0, InvoiceListModel::Number).data().toString() == number);
    auto *table = ui.find<QTableView>("invoiceTable");
    const int before = model->pagesRead();
    table->scrollToBottom();
    table->setCurrentIndex(model->index(model->rowCount() - 1, 0));
    QCoreApplication::processEvents();
    CHECK(model->pagesRead() - before <= 2);
    CHECK(model->summaryAt(model->rowCount() - 1)->number.isEmpty());
    CHECK(ui.find<QLabel>("invoiceTotals")->text().contains(QStringLiteral("%1 document").arg(drafts + 1)));

    // Filters: drafts only, then the instant search on the number.
    auto *status = ui.find<QComboBox>("statusFilter");
    status->setCurrentIndex(1);
    ui.waitForReads();
    CHECK(model->rowCount() == drafts);
    status->setCurrentIndex(0);
    auto *sent = ui.find<QComboBox>("sentFilter");
    sent->setCurrentIndex(sent->findData(1));
    ui.waitForReads();
    CHECK(model->rowCount() == 0); // nothing was mailed
    sent->setCurrentIndex(sent->findData(0));
    ui.waitForReads();
    CHECK(model->rowCount() == drafts + 1);
    sent->setCurrentIndex(0);
    ui.setText("invoiceSearch", number);
    REQUIRE(QTest::qWaitFor([&] { ui.waitForReads(); return model->rowCount() == 1 && model->totalsKnown(); }));
    CHECK(ui.find<QLabel>("invoiceTotals")->text().contains(money(6000)));
    ui.find<QCheckBox>("overdueFilter")->setChecked(true);
    ui.waitForReads();
    CHECK(model->rowCount() == 0);
    ui.find<QCheckBox>("overdueFilter")->setChecked(false);
    ui.ledger().clock().advanceDays(45); // due after 30 days: now overdue
    invoices->list()->applyPreset(InvoicePreset::Overdue);
    ui.waitForReads();
    CHECK(model->rowCount() == 1);
    CHECK(model->index(0, InvoiceListModel::Status).data().toString().startsWith(QStringLiteral("Overdue")));
    CHECK(UiFixture::modelProblems().isEmpty());
}

TEST_CASE("a draft can be created from the keyboard, moved to the trash and restored")
{
    UiFixture ui;
    ui.window().showPage(PageId::Invoices);
    ui.find<QAction>("actionNew")->trigger();
    auto *dialog = ui.dialog<QDialog>("newInvoiceDialog");
    ui.setText("newInvoiceCustomer", QStringLiteral("Boulangerie Martin SARL"), dialog);
    ui.click(ui.find<QPushButton>("newInvoiceOk", dialog));
    auto *invoices = static_cast<InvoicesPage *>(ui.window().page(PageId::Invoices));
    REQUIRE(invoices->editor()->isVisible());
    const qint64 id = invoices->editor()->documentId();
    CHECK(ui.ledger()->context().documents.find(id)->customerId == ui.ledger().customerId());

    // Type a line into the new-line row.
    auto *lines = ui.find<QTableView>("linesTable");
    const QModelIndex fresh = lines->model()->index(0, 0);
    REQUIRE(lines->model()->setData(fresh, QStringLiteral("Emergency call-out")));
    REQUIRE(lines->model()->setData(lines->model()->index(0, 3), QStringLiteral("95")));
    CHECK(ui.ledger()->context().documents.find(id)->totalGross == 11400);

    ui.click("trashButton");
    CHECK(ui.ledger()->context().documents.find(id)->isDeleted());
    CHECK(invoices->list()->isVisible());
    invoices->list()->applyPreset(InvoicePreset::Trash);
    ui.waitForReads();
    REQUIRE(invoices->list()->model()->rowCount() == 1);
    invoices->openDocument(id);
    ui.click("restoreButton");
    CHECK_FALSE(ui.ledger()->context().documents.find(id)->isDeleted());
}
