#include "UiTestSupport.h"

#include "BackupSettingsWidget.h"
#include "DashboardPage.h"
#include "FigureCard.h"
#include "HostedPage.h"
#include "InvoiceListModel.h"
#include "InvoiceListWidget.h"
#include "InvoicesPage.h"
#include "OutboxPage.h"
#include "PostedDocumentWidget.h"
#include "ReminderFeeService.h"
#include "ReminderOutboxDispatcher.h"
#include "ReminderService.h"
#include "SettingsPage.h"
#include "collections/AccountantExportDialog.h"
#include "collections/LateFeesWidget.h"
#include "collections/ReminderDueModel.h"
#include "collections/RemindersPage.h"
#include "collections/ReportsPage.h"
#include "mail/MailSession.h"
#include "mail/MailSettingsWidget.h"
#include "mail/MailTextsWidget.h"
#include "mail/OutboxModel.h"
#include "mail/OutboxWidget.h"
#include "print/BulkExportDialog.h"
#include "print/TemplateSettingsWidget.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

namespace {
qint64 overdueInvoice(UiFixture &ui, const QString &price = QStringLiteral("100"))
{
    const QString number = ui.ledger().postNew(price);
    return ui.ledger()->context().documents.idByNumber(number).value();
}

ReminderService reminders(UiFixture &ui)
{
    return ReminderService(ui.ledger()->context(), ui.ledger()->audit(), ui.ledger()->drafts());
}
} // namespace

TEST_CASE("the window opens with only the page it shows made; the others are made when first needed")
{
    UiFixture ui;
    MainWindow &window = ui.window();
    // Every page is listed, in its own words, before it is made.
    auto *navigation = ui.find<QListWidget>("navigation");
    REQUIRE(navigation->count() == static_cast<int>(PageId::Settings) + 1);
    CHECK(navigation->item(static_cast<int>(PageId::Invoices))->text() == QStringLiteral("Invoices"));
    CHECK(navigation->item(static_cast<int>(PageId::Settings))->text() == QStringLiteral("Settings"));
    CHECK(window.findChild<DashboardPage *>() != nullptr);
    CHECK(window.findChild<InvoicesPage *>() == nullptr);
    CHECK(window.findChild<SettingsPage *>() == nullptr);

    QList<PageId> made;
    QObject::connect(&window, &MainWindow::pageMade, &window, [&made](PageId id) { made << id; });
    // Made by the navigation, once, shown in its place, and its title is the list's.
    navigation->setCurrentRow(static_cast<int>(PageId::Invoices));
    auto *invoices = window.findChild<InvoicesPage *>();
    REQUIRE(invoices != nullptr);
    CHECK(invoices->isVisible());
    CHECK(invoices->title() == navigation->item(static_cast<int>(PageId::Invoices))->text());
    CHECK(window.page(PageId::Invoices) == invoices);
    CHECK(window.currentPageId() == PageId::Invoices);
    window.showPage(PageId::Dashboard);
    window.showPage(PageId::Invoices);
    CHECK(made == QList<PageId>{PageId::Invoices});
    CHECK(window.findChildren<InvoicesPage *>().size() == 1);

    // Asked for by another part of the window: made without being shown.
    auto *settings = static_cast<SettingsPage *>(window.page(PageId::Settings));
    CHECK(made == QList<PageId>{PageId::Invoices, PageId::Settings});
    CHECK_FALSE(settings->isVisible());
    CHECK(window.currentPageId() == PageId::Invoices);
    window.showPage(PageId::Settings);
    CHECK(settings->isVisible());
    CHECK(window.currentPageId() == PageId::Settings);
    CHECK(UiFixture::modelProblems().isEmpty());
}

TEST_CASE("the window reaches the reminders, reports and outbox pages, made when first shown")
{
    UiFixture ui;
    auto *remindersHost = static_cast<HostedPage *>(ui.window().page(PageId::Reminders));
    CHECK(remindersHost->title() == QStringLiteral("Reminders"));
    CHECK(ui.window().findChild<RemindersPage *>() == nullptr); // not made before it is shown
    ui.window().showPage(PageId::Reminders);
    auto *reminderDesk = ui.find<RemindersPage>("remindersPage");
    CHECK(reminderDesk->isVisible());
    ui.watchModels(reminderDesk);
    CHECK(reminderDesk->model()->rowCount() == 0);

    ui.window().showPage(PageId::Reports);
    auto *reports = ui.window().findChild<ReportsPage *>();
    REQUIRE(reports != nullptr);
    CHECK(reports->isVisible());
    ui.watchModels(reports);
    reports->selectReport(QStringLiteral("aged_receivables"));
    reports->runReport();
    CHECK(reports->report().name == QStringLiteral("aged_receivables"));

    ui.window().showPage(PageId::Outbox);
    auto *outbox = static_cast<OutboxPage *>(ui.window().page(PageId::Outbox))->outbox();
    CHECK(outbox->isVisible());
    CHECK(outbox->model()->rowCount() == 0);
    CHECK(UiFixture::modelProblems().isEmpty());
}

TEST_CASE("an overdue invoice is reminded from its view, then disputed and the dispute closed")
{
    UiFixture ui;
    const qint64 invoice = overdueInvoice(ui); // due in 30 days
    ui.session().changed();
    ui.window().navigator().openDocument(invoice);
    auto *view = static_cast<InvoicesPage *>(ui.window().page(PageId::Invoices))->postedView();
    REQUIRE(view->isVisible());

    // Not overdue yet: refused, and nothing written.
    const QString before = ui.ledger().dump();
    CHECK_FALSE(ui.find<QAction>("remindNowAction")->isEnabled());
    CHECK_FALSE(view->sendReminderNow(false).ok());
    CHECK(ui.ledger().dump() == before);

    ui.ledger().clock().advanceDays(40); // ten days overdue: level 1 is due
    ui.session().changed();
    ui.window().showPage(PageId::Dashboard);
    ui.waitForReads();
    auto *card = ui.find<FigureCard>("cardReminders");
    CHECK(card->value() == QStringLiteral("1"));
    ui.click(card);
    CHECK(ui.window().currentPageId() == PageId::Reminders);
    CHECK(ui.find<RemindersPage>("remindersPage")->model()->rowCount() == 1);

    ui.window().navigator().openDocument(invoice);
    REQUIRE(ui.find<QAction>("remindNowAction")->isEnabled());
    REQUIRE(view->sendReminderNow(false).ok());
    auto history = reminders(ui).history(invoice);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->constFirst().level == 1);
    // The reminder waits in the outbox (no mail server yet), with the letter attached.
    auto messages = ui.session().mail().outbox().repository().count({OutboxStatus::Queued});
    REQUIRE(messages.ok());
    CHECK(messages.value() == 1);
    // Level 1 was sent: the invoice is no longer due for a reminder today.
    CHECK(reminders(ui).due(ui.ledger().clock().today()).value().isEmpty());

    // Disputed: no reminder is due for it any more; closed: due again at the next level.
    REQUIRE(view->setDisputed(true, QStringLiteral("Hours contested")).ok());
    CHECK(view->isDisputed());
    CHECK(ui.find<QAction>("disputeAction")->text().contains(QStringLiteral("Close")));
    ui.ledger().clock().advanceDays(10); // level 2 would be due
    CHECK(reminders(ui).due(ui.ledger().clock().today()).value().isEmpty());
    REQUIRE(view->setDisputed(false, QStringLiteral("Agreed with the customer")).ok());
    CHECK_FALSE(view->isDisputed());
    auto due = reminders(ui).due(ui.ledger().clock().today());
    REQUIRE(due->size() == 1);
    CHECK(due->constFirst().level == 2);
    // Each step is in the invoice's history, by name.
    ui.find<QTabWidget>("postedTabs")->setCurrentIndex(3);
    QStringList actions;
    auto *historyView = ui.find<QTableView>("historyTable");
    for (int row = 0; row < historyView->model()->rowCount(); ++row)
        actions << historyView->model()->index(row, 2).data().toString();
    CHECK(actions.contains(QStringLiteral("Reminder")));
    CHECK(actions.contains(QStringLiteral("Disputed")));
    CHECK(actions.contains(QStringLiteral("Dispute closed")));
    CHECK(actions.contains(QStringLiteral("Queued for sending")));
}

TEST_CASE("settings: mail texts per level and language, late fees, refusals change nothing")
{
    UiFixture ui;
    ui.window().showPage(PageId::Settings);
    auto *settings = static_cast<SettingsPage *>(ui.window().page(PageId::Settings));

    QWidget *textsTab = settings->showTab("mailTextsTab");
    REQUIRE(textsTab != nullptr);
    auto *texts = ui.find<MailTextsWidget>("mailTexts", textsTab);
    CHECK(texts->isVisible());
    texts->select(QStringLiteral("reminder-2"), QStringLiteral("fr"));
    const MailTemplate builtIn = ReminderOutboxDispatcher::builtInLevel(2, QStringLiteral("fr"));
    CHECK(ui.find<QLineEdit>("textSubject", texts)->text() == builtIn.subject);

    // An unknown placeholder is refused and nothing is stored.
    const QString before = ui.ledger().dump();
    ui.find<QLineEdit>("textSubject", texts)->setText(QStringLiteral("Relance {nope}"));
    CHECK_FALSE(texts->save().ok());
    CHECK(ui.ledger().dump() == before);

    ui.find<QLineEdit>("textSubject", texts)->setText(QStringLiteral("Deuxième relance {number}"));
    ui.find<QPlainTextEdit>("textBody", texts)->setPlainText(QStringLiteral("Bonjour {customer}, {amount_due}."));
    REQUIRE(texts->save().ok());
    ReminderOutboxDispatcher dispatcher(ui.ledger()->context(), ui.ledger()->audit());
    CHECK(dispatcher.levelTemplate(2, QStringLiteral("fr")).value().subject == QStringLiteral("Deuxième relance {number}"));
    texts->select(QStringLiteral("invoice"), QStringLiteral("en"));
    texts->select(QStringLiteral("reminder-2"), QStringLiteral("fr"));
    CHECK(ui.find<QLineEdit>("textSubject", texts)->text() == QStringLiteral("Deuxième relance {number}"));
    REQUIRE(texts->restoreBuiltIn().ok());
    CHECK(dispatcher.levelTemplate(2, QStringLiteral("fr")).value() == builtIn);

    QWidget *feesTab = settings->showTab("lateFeesTab");
    auto *fees = ui.find<LateFeesWidget>("lateFees", feesTab);
    ui.watchModels(fees);
    const QString noFees = ui.ledger().dump();
    ui.find<QSpinBox>("feeLevel", fees)->setValue(2);
    ui.find<QLineEdit>("feeAmount", fees)->setText(QStringLiteral("5.001")); // too many decimals
    CHECK_FALSE(fees->saveRule().ok());
    CHECK(ui.ledger().dump() == noFees);
    ui.find<QLineEdit>("feeAmount", fees)->setText(QStringLiteral("12.50"));
    REQUIRE(fees->saveRule().ok());
    auto rules = ReminderFeeService(ui.ledger()->context(), ui.ledger()->audit(), ui.ledger()->drafts()).rules();
    REQUIRE(rules->size() == 1);
    CHECK(rules->constFirst().level == 2);
    CHECK(rules->constFirst().kind == LateFeeRule::Kind::Flat);
    CHECK(rules->constFirst().amount == 1250);
    auto *kind = ui.find<QComboBox>("feeKind", fees);
    kind->setCurrentIndex(kind->findData(static_cast<int>(LateFeeRule::Kind::Percent)));
    ui.find<QSpinBox>("feeLevel", fees)->setValue(3);
    ui.find<QLineEdit>("feeAmount", fees)->setText(QStringLiteral("1.5"));
    REQUIRE(fees->saveRule().ok());
    REQUIRE(fees->rules().size() == 2);
    auto *table = ui.find<QTableView>("lateFeesTable", fees);
    table->setCurrentIndex(table->model()->index(0, 0));
    REQUIRE(fees->removeSelected().ok());
    REQUIRE(fees->rules().size() == 1);
    CHECK(fees->rules().constFirst().level == 3);
    CHECK(fees->rules().constFirst().amount == 150); // 1.5 % in hundredths

    // The document template and the mail server have their tabs.
    CHECK(ui.find<TemplateSettingsWidget>("templateSettings", settings->showTab("documentsTab"))->isVisible());
    CHECK(ui.find<MailSettingsWidget>("mailSettings", settings->showTab("mailTab"))->isVisible());
    CHECK(UiFixture::modelProblems().isEmpty());
}

TEST_CASE("the invoice list exports the selected invoices as PDF; Help checks the file")
{
    UiFixture ui;
    ui.ledger().postNew(QStringLiteral("100"));
    ui.ledger().postNew(QStringLiteral("200"));
    ui.session().changed();
    ui.window().showPage(PageId::Invoices);
    ui.waitForReads();
    auto *list = static_cast<InvoicesPage *>(ui.window().page(PageId::Invoices))->list();
    REQUIRE(list->model()->rowCount() == 2);
    list->view()->selectAll();
    REQUIRE(list->selectedPostedIds().size() == 2);

    BulkExportDialog *dialog = list->exportSelection();
    REQUIRE(dialog != nullptr);
    const QString folder = ui.ledger().dir() + QStringLiteral("/pdf");
    dialog->setFolder(folder);
    dialog->setFolderExport(true);
    dialog->setCombinedFile({});
    REQUIRE(dialog->documents().value().size() == 2);
    dialog->startExport();
    REQUIRE(dialog->summary().exported == 2);
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    CHECK(files == QStringList{QStringLiteral("INV-2026-00001.pdf"), QStringLiteral("INV-2026-00002.pdf")});
    dialog->close();

    CHECK(ui.window().checkFile(false).contains(QStringLiteral("every check passed")));
}

TEST_CASE("the accountant's export writes the journal as CSV or FEC for the period chosen")
{
    UiFixture ui;
    ui.ledger().postNew(QStringLiteral("100"));
    ui.ledger().postNew(QStringLiteral("250"));
    AccountantExportDialog dialog(ui.ledger().ledger(), &ui.window());
    const QDate today = ui.ledger().clock().today();
    ui.find<QDateEdit>("exportFrom", &dialog)->setDate(today.addDays(-1));
    ui.find<QDateEdit>("exportTo", &dialog)->setDate(today);

    // No file chosen: refused, nothing recorded.
    const QString before = ui.ledger().dump();
    CHECK_FALSE(dialog.run().ok());
    CHECK(ui.ledger().dump() == before);

    auto *format = ui.find<QComboBox>("exportFormat", &dialog);
    format->setCurrentIndex(format->findData(static_cast<int>(ExportFormat::Fec)));
    const QString fec = ui.ledger().dir() + QStringLiteral("/journal.txt");
    dialog.setFile(fec);
    auto rows = dialog.run();
    REQUIRE(rows.ok());
    CHECK(rows.value() >= 6); // two invoices: receivable, revenue and VAT lines each
    QFile written(fec);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = written.readAll().split('\n');
    CHECK(QString::fromUtf8(lines.constFirst()).trimmed().split(QLatin1Char('\t')) == ExportService::fecColumns());

    // The same request through the service gives the same file: the dialog passes it unchanged.
    const QString again = ui.ledger().dir() + QStringLiteral("/again.txt");
    ExportService service(ui.ledger()->context(), ui.ledger()->audit());
    REQUIRE(service.writeFile(again, dialog.request()).ok());
    QFile second(again);
    REQUIRE(second.open(QIODevice::ReadOnly));
    written.seek(0);
    CHECK(second.readAll() == written.readAll());

    // Invoices offer CSV only.
    auto *kind = ui.find<QComboBox>("exportKind", &dialog);
    kind->setCurrentIndex(kind->findData(static_cast<int>(ExportKind::Invoices)));
    CHECK(format->count() == 1);
    CHECK(format->currentData().toInt() == static_cast<int>(ExportFormat::Csv));
}

// [file]: copies of the company file in a folder (on a server: "a company on a server in the window").
TEST_CASE("Settings › Backups: a folder saved makes the first copy in the background, Back up now another", "[file]")
{
    UiFixture ui;
    ui.window().showPage(PageId::Settings);
    auto *settings = static_cast<SettingsPage *>(ui.window().page(PageId::Settings));
    auto *backups = ui.find<BackupSettingsWidget>("backupSettings", settings->showTab("backupsTab"));
    CHECK(backups->listedBackups().isEmpty());

    // A folder that does not exist is refused, nothing saved.
    const QString before = ui.ledger().dump();
    ui.find<QLineEdit>("backupFolder", backups)->setText(ui.ledger().dir() + QStringLiteral("/missing"));
    CHECK_FALSE(backups->save().ok());
    CHECK(ui.ledger().dump() == before);

    const QString folder = ui.ledger().dir() + QStringLiteral("/copies");
    REQUIRE(QDir().mkpath(folder));
    ui.find<QLineEdit>("backupFolder", backups)->setText(folder);
    ui.find<QSpinBox>("backupKeep", backups)->setValue(3);
    REQUIRE(backups->save().ok());
    REQUIRE(QTest::qWaitFor([&] { return backups->listedBackups().size() == 1; }, 20000));
    QTest::qWait(1100); // backups are named by the second
    ui.click(ui.find<QPushButton>("backupNow", backups));
    REQUIRE(QTest::qWaitFor([&] { return backups->listedBackups().size() == 2; }, 20000));
    const QStringList copies = QDir(folder).entryList({QStringLiteral("*.facturo")}, QDir::Files);
    CHECK(copies.size() == 2);
    CHECK(backups->listedBackups().constFirst().startsWith(folder));
}
