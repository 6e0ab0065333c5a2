#include "CatalogPage.h"
#include "InvoiceListModel.h"
#include "InvoiceListWidget.h"
#include "InvoicesPage.h"
#include "RowTableModel.h"
#include "Transaction.h"
#include "UiTestSupport.h"
#include "collections/ReminderDueModel.h"
#include "collections/RemindersPage.h"
#include "collections/ReportsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

namespace {
// The lists remember their sort and widths in QSettings: here in a folder of the test program's
// own (removed when it ends), under an organisation name of its own, never in the user's
// configuration; each test starts with nothing remembered.
class IsolatedSettings
{
public:
    IsolatedSettings()
    {
        static QTemporaryDir dir;
        REQUIRE(dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("FacturoListTests"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        QSettings settings;
        settings.clear();
        REQUIRE(settings.fileName().startsWith(dir.path()));
    }
    ~IsolatedSettings()
    {
        QSettings settings;
        settings.clear(); // nothing this test sorted leaks into the next one
        settings.sync();
    }
};

void clickHeader(QTableView *view, int section)
{
    QHeaderView *header = view->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

// A draft with one line at 20 % tax: net `price`.
qint64 draftAt(UiFixture &ui, const QString &price, qint64 customer = 0)
{
    return ui.ledger().draftWith(
        {{QStringLiteral("Work"), QStringLiteral("1"), price, QStringLiteral("20")}}, customer);
}

InvoiceListModel *showInvoices(UiFixture &ui)
{
    ui.session().changed();
    ui.window().showPage(PageId::Invoices);
    auto *page = static_cast<InvoicesPage *>(ui.window().page(PageId::Invoices));
    page->list()->applyPreset(InvoicePreset::All);
    ui.waitForReads();
    return page->list()->model();
}

QList<qint64> totalsShown(InvoiceListModel *model)
{
    QList<qint64> totals;
    for (int row = 0; row < model->rowCount(); ++row)
        totals << model->summaryAt(row)->totalGross;
    return totals;
}
} // namespace

TEST_CASE("a click on a header sorts the invoice list by value in the database, and the order is remembered")
{
    IsolatedSettings settings;
    UiFixture ui;
    const qint64 zed = ui.ledger().addCustomer(QStringLiteral("Zed Élec"));
    draftAt(ui, QStringLiteral("832.50")); // €999.00
    draftAt(ui, QStringLiteral("1000"), zed); // €1,200.00
    draftAt(ui, QStringLiteral("100")); // €120.00
    InvoiceListModel *model = showInvoices(ui);
    REQUIRE(model->rowCount() == 3);
    CHECK(model->filter().order == DocumentOrder::Newest);
    CHECK(totalsShown(model) == QList<qint64> {12000, 120000, 99900});

    auto *table = ui.find<QTableView>("invoiceTable");
    clickHeader(table, InvoiceListModel::Total);
    ui.waitForReads();
    REQUIRE(model->filter().order == DocumentOrder::Total);
    const bool descending = table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder;
    CHECK(model->filter().descending == descending);
    CHECK(totalsShown(model)
        == (descending ? QList<qint64> {120000, 99900, 12000} : QList<qint64> {12000, 99900, 120000}));
    clickHeader(table, InvoiceListModel::Total); // the other way
    ui.waitForReads();
    CHECK(model->filter().descending == !descending);
    CHECK(totalsShown(model)
        == (!descending ? QList<qint64> {120000, 99900, 12000} : QList<qint64> {12000, 99900, 120000}));
    CHECK(model->rowCount() == 3);
    // A filter keeps the order.
    ui.setText("invoiceSearch", QStringLiteral("work"));
    REQUIRE(QTest::qWaitFor([&] {
        ui.waitForReads();
        return model->filter().search == QStringLiteral("work");
    }));
    CHECK(model->filter().order == DocumentOrder::Total);
    CHECK(totalsShown(model).size() == 3);
    ui.setText("invoiceSearch", QString());
    clickHeader(table, InvoiceListModel::Customer);
    ui.waitForReads();
    REQUIRE(model->filter().order == DocumentOrder::Customer);
    table->horizontalHeader()->resizeSection(InvoiceListModel::Number, 211);

    // The next list made (the next run) starts in the same order, with the same widths.
    QSettings stored;
    CHECK(stored.value(QStringLiteral("lists/invoiceTable/sortColumn")).toInt() == InvoiceListModel::Customer);
    InvoiceListWidget again(ui.session());
    CHECK(again.model()->filter().order == DocumentOrder::Customer);
    CHECK(again.view()->horizontalHeader()->sortIndicatorSection() == InvoiceListModel::Customer);
    CHECK(again.view()->horizontalHeader()->sectionSize(InvoiceListModel::Number) == 211);
    CHECK(UiFixture::modelProblems().isEmpty());
}

TEST_CASE("a small list sorts by the value of a column, not its text, and remembers it")
{
    IsolatedSettings settings;
    UiFixture ui;
    CatalogRepository &catalog = ui.ledger()->context().catalog;
    const qint64 rate = catalog.defaultTaxRate().value().id;
    for (const auto &[sku, price] :
        {std::pair {"PUMP", 9990000}, std::pair {"BOILER", 10000000}, std::pair {"SEAL", 500000}}) {
        CatalogItem item;
        item.sku = QString::fromLatin1(sku);
        item.description = item.sku.toLower();
        item.unit = QStringLiteral("pc");
        item.unitPrice = UnitPrice::fromScaled(price); // €999.00, €1,000.00, €50.00
        item.taxRateId = rate;
        REQUIRE(catalog.insertItem(item).ok());
    }
    ui.session().changed();
    ui.window().showPage(PageId::Catalog);
    auto *table = ui.find<QTableView>("catalogTable");
    auto *model = static_cast<RowTableModel<CatalogItem> *>(table->model());
    REQUIRE(model->rowCount() == 3);
    constexpr int Price = 4;
    clickHeader(table, Price);
    const bool descending = table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder;
    QStringList skus;
    for (int row = 0; row < model->rowCount(); ++row)
        skus << model->rowAt(row)->sku;
    const QStringList ascending {QStringLiteral("SEAL"), QStringLiteral("PUMP"), QStringLiteral("BOILER")};
    CHECK(skus == (descending ? QStringList {ascending.rbegin(), ascending.rend()} : ascending));
    // The current row follows its item when the order changes.
    table->setCurrentIndex(model->index(0, 0));
    const QString current = model->rowAt(0)->sku;
    clickHeader(table, 0); // by code
    CHECK(model->rowAt(table->currentIndex().row())->sku == current);
    CHECK(QSettings().value(QStringLiteral("lists/catalogTable/sortColumn")).toInt() == 0);
    // A search that finds nothing says so.
    auto *empty = table->findChild<QLabel *>(QStringLiteral("emptyListLabel"));
    REQUIRE(empty != nullptr);
    CHECK_FALSE(empty->isVisible());
    ui.setText("catalogSearch", QStringLiteral("no such item"));
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == 0; }));
    CHECK(empty->isVisible());
    CHECK(empty->text() == QStringLiteral("Nothing found"));
    ui.setText("catalogSearch", QString());
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == 3; }));
    CHECK_FALSE(empty->isVisible());
    CHECK(UiFixture::modelProblems().isEmpty());
}

TEST_CASE("an empty invoice list says whether nothing exists yet or nothing was found")
{
    IsolatedSettings settings;
    UiFixture ui;
    InvoiceListModel *model = showInvoices(ui);
    auto *table = ui.find<QTableView>("invoiceTable");
    auto *empty = table->findChild<QLabel *>(QStringLiteral("emptyListLabel"));
    REQUIRE(empty != nullptr);
    REQUIRE(model->rowCount() == 0);
    CHECK(empty->isVisible());
    CHECK(empty->text().startsWith(QStringLiteral("No invoices yet")));
    draftAt(ui, QStringLiteral("10"));
    showInvoices(ui);
    CHECK(model->rowCount() == 1);
    CHECK_FALSE(empty->isVisible());
    ui.setText("invoiceSearch", QStringLiteral("nothing-like-this"));
    REQUIRE(QTest::qWaitFor([&] {
        ui.waitForReads();
        return model->rowCount() == 0;
    }));
    CHECK(empty->isVisible());
    CHECK(empty->text() == QStringLiteral("Nothing found"));
}

TEST_CASE("the totals row says what it counts: drafts are not due, credit notes are deducted")
{
    IsolatedSettings settings;
    UiFixture ui;
    draftAt(ui, QStringLiteral("1000")); // €1,200.00, a draft
    const QString posted = ui.ledger().postNew(QStringLiteral("100")); // €120.00 due
    InvoiceListModel *model = showInvoices(ui);
    REQUIRE(model->rowCount() == 2);
    auto *totals = ui.find<QLabel>("invoiceTotals");
    CHECK(totals->text().contains(QStringLiteral("2 document")));
    CHECK(totals->text().contains(QStringLiteral("amount due <b>%1</b>").arg(money(12000))));
    CHECK(totals->text().contains(QStringLiteral("1 draft")));
    CHECK(totals->text().contains(QStringLiteral("%1, not due").arg(money(120000))));
    CHECK(model->totals().due == 12000);
    auto *page = static_cast<InvoicesPage *>(ui.window().page(PageId::Invoices));
    page->list()->applyPreset(InvoicePreset::Drafts);
    ui.waitForReads();
    CHECK(model->rowCount() == 1);
    CHECK_FALSE(totals->text().contains(QStringLiteral("amount due")));
    CHECK(totals->text().contains(QStringLiteral("not due")));
    page->list()->applyPreset(InvoicePreset::Outstanding);
    ui.waitForReads();
    CHECK(model->rowCount() == 1);
    CHECK(model->summaryAt(0)->number == posted);
    CHECK(totals->text().contains(QStringLiteral("amount due <b>%1</b>").arg(money(12000))));
    CHECK_FALSE(totals->text().contains(QStringLiteral("draft")));
}

TEST_CASE("the invoice search finds an amount as the clerk types it, and a part of a number")
{
    IsolatedSettings settings;
    UiFixture ui;
    QStringList numbers;
    {
        Transaction bulk(ui.ledger()->database());
        REQUIRE(bulk.began().ok());
        for (int i = 0; i < 12; ++i)
            numbers << ui.ledger().postNew(QStringLiteral("%1").arg(100 + i)); // €120.00, €121.20, ...
        REQUIRE(bulk.commit().ok());
    }
    const qint64 big = draftAt(ui, QStringLiteral("1045.4166")); // 1,254.50 with its tax
    REQUIRE(ui.ledger()->context().documents.find(big).value().totalGross == 125450);
    InvoiceListModel *model = showInvoices(ui);
    auto shown = [&](const QString &typed) {
        ui.find<QLineEdit>("invoiceSearch")->setText(typed); // "€" cannot be typed with QTest
        QTest::qWait(200); // the search waits for the typing to pause
        ui.waitForReads();
        QList<qint64> ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids << model->summaryAt(row)->id;
        return ids;
    };
    for (const QString &typed : {QStringLiteral("1254.50"), QStringLiteral("1,254.50"), QStringLiteral("€1,254.50"),
             QStringLiteral("1254.5 EUR")}) {
        INFO("typed " << typed.toStdString());
        CHECK(shown(typed) == QList<qint64> {big});
    }
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        CHECK(shown(QStringLiteral("1 254,50")) == QList<qint64> {big});
        QLocale::setDefault(before);
    }
    CHECK(shown(QStringLiteral("1254.51")).isEmpty());
    // The amount due of a posted invoice.
    const qint64 fifth = ui.ledger()->context().documents.idByNumber(numbers.at(4)).value();
    CHECK(shown(QStringLiteral("124.80")) == QList<qint64> {fifth});
    // A part of a number: the sequence, or the year and the start of the sequence.
    const QString sequence = numbers.at(10).section(QLatin1Char('-'), -1); // "00011"
    CHECK(shown(sequence).size() == 1);
    CHECK(model->summaryAt(0)->number == numbers.at(10));
    const QString yearAndStart = numbers.at(10).section(QLatin1Char('-'), 1).chopped(1); // "2026-0001"
    CHECK(shown(yearAndStart).size() == 3); // 00010 to 00012
}

TEST_CASE("a report sorts by the value of a column and keeps its totals row last")
{
    IsolatedSettings settings;
    UiFixture ui;
    const QList<std::pair<const char *, const char *>> customers {
        {"Alpha Plomberie", "832.50"}, {"Beta Chauffage", "1000"}, {"Gamma Élec", "100"}}; // €999, €1,200, €120
    for (const auto &[name, price] : customers) {
        const qint64 customer = ui.ledger().addCustomer(QString::fromUtf8(name));
        const qint64 draft = ui.ledger().draftWith(
            {{QStringLiteral("Work"), QStringLiteral("1"), QString::fromLatin1(price), QStringLiteral("20")}},
            customer);
        REQUIRE(ui.ledger()->posting().post(draft).ok());
    }
    ReportsPage page(ui.ledger().ledger());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.selectReport(QStringLiteral("aged_receivables"));
    ui.click(page.findChild<QWidget *>(QStringLiteral("runReportButton")));
    auto *table = page.findChild<QTableView *>(QStringLiteral("reportTable"));
    REQUIRE(table != nullptr);
    QAbstractItemModel *model = table->model();
    REQUIRE(model->rowCount() == 4); // three customers and the totals
    const int total = model->columnCount() - 1;
    auto totals = [&] {
        QList<qint64> values;
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, total).data(Qt::UserRole).toLongLong();
        return values;
    };
    clickHeader(table, total);
    const bool descending = table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder;
    const QList<qint64> ascending {12000, 99900, 120000, 231900};
    CHECK(totals() == (descending ? QList<qint64> {120000, 99900, 12000, 231900} : ascending));
    clickHeader(table, total);
    CHECK(totals().last() == 231900); // the totals row stays last either way
    CHECK(totals().first() == (descending ? 12000 : 120000));
    CHECK(QSettings().value(QStringLiteral("lists/reportTable/sortColumn")).toInt() == total);
    const QList<qint64> shown = totals();

    // The next time the page is made, its first report comes in the same order.
    ReportsPage again(ui.ledger().ledger());
    again.show();
    again.selectReport(QStringLiteral("aged_receivables"));
    ui.click(again.findChild<QWidget *>(QStringLiteral("runReportButton")));
    QAbstractItemModel *reread = again.findChild<QTableView *>(QStringLiteral("reportTable"))->model();
    QList<qint64> rereadTotals;
    for (int row = 0; row < reread->rowCount(); ++row)
        rereadTotals << reread->index(row, total).data(Qt::UserRole).toLongLong();
    CHECK(rereadTotals == shown);
}

TEST_CASE("the reminders list sorts by amount through its proxy, and the preview follows the row shown")
{
    IsolatedSettings settings;
    UiFixture ui;
    const QList<std::pair<const char *, const char *>> customers {
        {"Alpha Plomberie", "832.50"}, {"Beta Chauffage", "1000"}, {"Gamma Elec", "100"}}; // €999, €1,200, €120
    for (const auto &[name, price] : customers) {
        const qint64 customer = ui.ledger().addCustomer(QString::fromLatin1(name));
        const qint64 draft = ui.ledger().draftWith(
            {{QStringLiteral("Work"), QStringLiteral("1"), QString::fromLatin1(price), QStringLiteral("20")}},
            customer);
        REQUIRE(ui.ledger()->posting().post(draft).ok());
    }
    ui.ledger().clock().advanceDays(60); // due after 30 days: all three are late
    RemindersPage page(ui.ledger().ledger());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.refresh();
    auto *table = page.findChild<QTableView *>(QStringLiteral("remindersTable"));
    REQUIRE(table != nullptr);
    REQUIRE(table->model()->rowCount() == 3);
    clickHeader(table, ReminderDueModel::AmountDue);
    const bool descending = table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder;
    QList<qint64> amounts;
    for (int row = 0; row < 3; ++row)
        amounts
            << table->model()->index(row, ReminderDueModel::AmountDue).data(ReminderDueModel::SortRole).toLongLong();
    CHECK(amounts == (descending ? QList<qint64> {120000, 99900, 12000} : QList<qint64> {12000, 99900, 120000}));
    // The preview is the reminder of the row shown, not of the model's row with that number.
    table->setCurrentIndex(table->model()->index(0, 0));
    const QString customer = table->model()->index(0, ReminderDueModel::Customer).data().toString();
    auto *preview = page.findChild<QTextBrowser *>(QStringLiteral("reminderPreview"));
    REQUIRE(preview != nullptr);
    CHECK(preview->toPlainText().contains(customer));
}
