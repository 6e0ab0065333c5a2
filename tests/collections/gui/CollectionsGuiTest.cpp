#include "BulkPostDialog.h"
#include "CollectionsFixture.h"
#include "CsvReader.h"
#include "ImportDialog.h"
#include "OutboxRepository.h"
#include "ReminderDueModel.h"
#include "ReminderLetterPrinter.h"
#include "RemindersPage.h"
#include "ReportChartWidget.h"
#include "ReportTableModel.h"
#include "ReportsPage.h"
#include "TaxCategory.h"
#include "UiFormat.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>

namespace {
template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(widget);
    return widget;
}

void click(QWidget &parent, const char *name)
{
    QTest::mouseClick(child<QPushButton>(parent, name), Qt::LeftButton);
}
} // namespace

TEST_CASE("the Reports page shows a report with its figures and chart, and exports CSV and PDF")
{
    CollectionsFixture f;
    const qint64 a = f.invoiceOn(QDate(2026, 1, 5), QStringLiteral("100"));
    f.invoiceOn(QDate(2026, 2, 5), QStringLiteral("300"));
    f.payOn(a, QDate(2026, 2, 10), QStringLiteral("50"));
    f.setToday(QDate(2026, 3, 20));
    ReportsPage page(f.ledger());
    page.show();
    page.selectReport(QStringLiteral("aged_receivables"));
    CHECK_FALSE(child<QDateEdit>(page, "reportAsOf")->isHidden());
    CHECK(child<QDateEdit>(page, "reportFrom")->isHidden());
    click(page, "runReportButton");
    auto *table = child<QTableView>(page, "reportTable");
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(table->model()->rowCount() == 2); // one customer and the totals
    CHECK(page.report().total(QStringLiteral("total")) == 12000 - 5000 + 36000);
    auto *chart = child<ReportChartWidget>(page, "reportChart");
    CHECK(chart->isVisible());
    CHECK(chart->bars().size() == 5);
    CHECK(child<QLabel>(page, "reportFigures")->text().contains(QStringLiteral("Overdue")));

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("aged.csv"));
    REQUIRE(page.exportCsv(csv).ok());
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    auto parsed = CsvReader::parse(csvFile.readAll());
    REQUIRE(parsed.ok());
    CHECK(parsed->rows.size() == 2);
    const QString pdf = dir.filePath(QStringLiteral("aged.pdf"));
    REQUIRE(page.exportPdf(pdf).ok());
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == "%PDF-");

    page.selectReport(QStringLiteral("sales_by_month"));
    child<QDateEdit>(page, "reportFrom")->setDate(QDate(2026, 1, 1));
    child<QDateEdit>(page, "reportTo")->setDate(QDate(2026, 3, 31));
    click(page, "runReportButton");
    CHECK(chart->paired());
    CHECK(chart->bars().size() == 3);
    CHECK(chart->bars().at(1).second == 5000); // collected in February
    chart->grab(); // paints without a crash

    // Another report: the rows of the one before are cleared until it is run.
    page.selectReport(QStringLiteral("tax_summary"));
    CHECK(child<QTableView>(page, "reportTable")->model()->rowCount() == 0);
    click(page, "runReportButton");
    CHECK(chart->isHidden());
    // Tax categories in words, not keys.
    QAbstractItemModel *taxRows = child<QTableView>(page, "reportTable")->model();
    REQUIRE(taxRows->rowCount() > 0);
    CHECK(taxRows->index(0, 0).data().toString() == TaxCategories::displayName(TaxCategory::Standard));
    CHECK(child<QDateEdit>(page, "reportFrom")->displayFormat() == UiFormat::dateFormat());
    child<QDateEdit>(page, "reportFrom")->setDate(QDate(2026, 4, 1));
    click(page, "runReportButton");
    CHECK(child<QLabel>(page, "reportMessage")->isVisible()); // the period starts after it ends
}

TEST_CASE("the Reminders page records checked reminders, asking before late fees are invoiced")
{
    CollectionsFixture f;
    f.invoiceOn(QDate(2026, 1, 5), QStringLiteral("100"));
    const qint64 second = f.invoiceOn(QDate(2026, 1, 6), QStringLiteral("200"));
    f.setToday(QDate(2026, 2, 20));
    ReminderService reminders(f.ledger().context(), f.ledger().audit(), f.ledger().drafts());
    LateFeeRule fee;
    fee.level = 2;
    fee.amount = 1500;
    REQUIRE(reminders.fees().saveRule(fee).ok());

    RemindersPage page(f.ledger());
    page.show();
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(page.model()->rowCount() == 2);
    CHECK(page.model()->rows().at(0).level == 2);
    CHECK(child<QTextBrowser>(page, "reminderPreview")->toPlainText().contains(QStringLiteral("Reminder level 2")));
    CHECK(child<QTextBrowser>(page, "reminderPreview")->toPlainText().contains(f.number(second)));
    // Not sent yet, and it says so; the customer's language is named.
    const QString preview = child<QTextBrowser>(page, "reminderPreview")->toPlainText();
    CHECK_FALSE(preview.contains(QStringLiteral("Sent ")));
    CHECK(preview.contains(QStringLiteral("To be sent on")));
    CHECK(child<QDateEdit>(page, "remindersAsOf")->displayFormat() == UiFormat::dateFormat());
    CHECK(preview.contains(QLocale::languageToString(QLocale(page.model()->rows().at(0).invoice.language).language())));

    // A day to come shows what will be due, but records nothing.
    const QString untouched = f.test().dump();
    child<QDateEdit>(page, "remindersAsOf")->setDate(QDate(2026, 3, 20));
    CHECK(page.model()->rows().at(0).level == 3);
    click(page, "checkAllRemindersButton");
    click(page, "recordReminderButton");
    CHECK(child<QLabel>(page, "remindersSummary")->text().contains(QStringLiteral("A day to come")));
    CHECK(f.test().dump() == untouched);
    child<QDateEdit>(page, "remindersAsOf")->setDate(QDate(2026, 2, 20));

    child<QCheckBox>(page, "lateFeeCheck")->setChecked(true);
    QStringList asked;
    page.setConfirm([&](const QString &question) {
        asked << question;
        return false;
    });
    click(page, "checkAllRemindersButton");
    const QString before = f.test().dump();
    click(page, "recordReminderButton");
    CHECK(asked.size() == 1);
    CHECK(asked.first().contains(QStringLiteral("2 late-fee")));
    CHECK(f.test().dump() == before); // declined: nothing recorded

    page.setConfirm([](const QString &) { return true; });
    QStringList changes;
    QObject::connect(&page, &RemindersPage::changed, [&](const QString &what) { changes << what; });
    click(page, "checkAllRemindersButton");
    click(page, "recordReminderButton");
    CHECK(changes.size() == 1);
    CHECK(page.model()->rowCount() == 0);
    auto history = reminders.history(second);
    REQUIRE(history->size() == 1);
    CHECK(history->first().channel == ReminderChannel::Manual);
    CHECK(history->first().feeInvoiceId > 0);
    CHECK(child<QLabel>(page, "remindersSummary")->text().contains(QStringLiteral("2 reminder")));
}

TEST_CASE("the Import dialog previews, refuses a file with a bad row, and imports the valid rows when asked")
{
    CollectionsFixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("customers.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("name;email;terms\nCafé de la Gare;compta@gare.fr;45\nGarage;bad-address;30\n");
    file.close();
    ImportDialog dialog(f.ledger());
    dialog.show();
    dialog.setKind(ImportKind::Customers);
    const QString before = f.test().dump();
    dialog.setFile(path);
    CHECK(child<QTableWidget>(dialog, "importPreviewTable")->rowCount() == 2);
    CHECK(child<QListWidget>(dialog, "importIssuesList")->count() == 1);
    CHECK(child<QListWidget>(dialog, "importIssuesList")
              ->item(0)
              ->text()
              .contains(QStringLiteral("Row 3, field \"email\"")));
    CHECK_FALSE(child<QPushButton>(dialog, "importButton")->isEnabled());
    CHECK(f.test().dump() == before);
    child<QCheckBox>(dialog, "importValidOnly")->setChecked(true);
    dialog.preview();
    REQUIRE(child<QPushButton>(dialog, "importButton")->isEnabled());
    click(dialog, "importButton");
    CHECK(dialog.report().imported);
    CHECK(dialog.report().created == 1);
    CHECK(child<QLabel>(dialog, "importSummary")->text().contains(QStringLiteral("Imported")));
    CHECK_FALSE(child<QPushButton>(dialog, "importButton")->isEnabled());
}

TEST_CASE("the bulk dialog creates drafts for Done orders and posts them, with a summary of refusals")
{
    CollectionsFixture f;
    f.setToday(QDate(2026, 3, 10));
    auto jobs = f.ledger().jobImport().importJson(
        R"([{"job_id":"G-1","customer":{"name":"Hôtel du Parc","address":"1 avenue du Parc\n75001 Paris"},
             "completed_at":"2026-03-09","labor":[{"technician":"Luc","date":"2026-03-09","hours":"2","rate":"60"}]},
            {"job_id":"G-2","customer":{"name":"Hôtel du Parc","address":"1 avenue du Parc\n75001 Paris"},
             "completed_at":"2026-03-09","labor":[{"technician":"Ana","date":"2026-03-09","hours":"1","rate":"60"}]}])");
    REQUIRE(jobs.ok());
    REQUIRE(f.ledger().drafts().createInvoice(f.customerId()).ok()); // empty: refused when posted
    BulkPostDialog dialog(f.ledger());
    dialog.show();
    auto *orders = child<QListWidget>(dialog, "bulkOrderList");
    auto *drafts = child<QListWidget>(dialog, "bulkDraftList");
    CHECK(orders->count() == 2);
    CHECK(drafts->count() == 1);
    click(dialog, "bulkCreateDraftsButton");
    CHECK(dialog.lastSummary().done.size() == 2);
    CHECK(orders->count() == 0);
    CHECK(drafts->count() == 3);
    click(dialog, "bulkPostButton");
    CHECK(dialog.lastSummary().done.size() == 2);
    CHECK(dialog.lastSummary().failed.size() == 1);
    CHECK(child<QLabel>(dialog, "bulkSummary")->text().contains(QStringLiteral("1 refused")));
    CHECK(drafts->count() == 1);

    // Cancelled after the first item: the rest stays a draft.
    auto more = f.ledger().jobImport().importJson(
        R"([{"job_id":"G-3","customer":{"name":"Hôtel du Parc"},"completed_at":"2026-03-09",
             "labor":[{"technician":"Luc","date":"2026-03-09","hours":"2","rate":"60"}]},
            {"job_id":"G-4","customer":{"name":"Hôtel du Parc"},"completed_at":"2026-03-09",
             "labor":[{"technician":"Luc","date":"2026-03-09","hours":"2","rate":"60"}]}])");
    REQUIRE(more.ok());
    dialog.reload();
    auto *progress = child<QProgressBar>(dialog, "bulkProgress");
    QObject::connect(progress, &QProgressBar::valueChanged, &dialog, [&](int value) {
        if (value == 1)
            dialog.cancel();
    });
    click(dialog, "bulkCreateDraftsButton");
    CHECK(dialog.lastSummary().cancelled);
    CHECK(dialog.lastSummary().done.size() == 1);
    CHECK(orders->count() == 1);
}

TEST_CASE("the Reminders page prints one letter per customer and emails reminders with the letter attached")
{
    CollectionsFixture f;
    const qint64 other = f.addCustomer(QStringLiteral("Garage Dupont")); // no email address
    const qint64 a = f.invoiceOn(QDate(2026, 1, 5), QStringLiteral("100"));
    const qint64 b = f.invoiceOn(QDate(2026, 1, 6), QStringLiteral("200"));
    const qint64 c = f.invoiceOn(QDate(2026, 1, 7), QStringLiteral("300"), other);
    f.setToday(QDate(2026, 2, 14));

    auto letter = ReminderLetterPrinter::pdf(f.ledger(), f.customerId(), {a, b}, 1);
    INFO(letter.message().toStdString());
    REQUIRE(letter.ok());
    CHECK(letter->startsWith("%PDF-"));

    RemindersPage page(f.ledger());
    page.show();
    REQUIRE(page.model()->rowCount() == 3);
    QList<std::pair<qint64, QList<qint64>>> printed;
    page.setLetterPrinter([&](qint64 customer, const QList<qint64> &invoices, int) -> Status {
        printed.append({customer, invoices});
        return {};
    });
    // The customer without an address: a letter.
    for (int row = 0; row < page.model()->rowCount(); ++row)
        if (page.model()->rows().at(row).invoice.documentId == c)
            page.model()->setData(page.model()->index(row, 0), Qt::Checked, Qt::CheckStateRole);
    click(page, "printReminderButton");
    REQUIRE(printed.size() == 1);
    CHECK(printed.first().first == other);
    CHECK(printed.first().second == QList<qint64> {c});

    // The two others by email: queued in the outbox, each with its letter as PDF.
    click(page, "checkAllRemindersButton");
    click(page, "sendReminderButton");
    ReminderService reminders(f.ledger().context(), f.ledger().audit(), f.ledger().drafts());
    OutboxRepository outbox(f.ledger().database());
    for (qint64 id : {a, b}) {
        auto history = reminders.history(id);
        REQUIRE(history->size() == 1);
        CHECK(history->first().channel == ReminderChannel::Email);
        REQUIRE(history->first().outboxMessageId > 0);
        auto message = outbox.find(history->first().outboxMessageId, false);
        REQUIRE(message.ok());
        REQUIRE(message->attachments.size() == 1);
        CHECK(message->attachments.first().fileName.endsWith(QStringLiteral(".pdf")));
    }
    CHECK(page.model()->rowCount() == 0);
}
