#include "HandoffSettingsService.h"
#include "HandoffTestSupport.h"
#include "HandoffWatcher.h"
#include "MessageBanner.h"
#include "SettingsPage.h"
#include "UiTestSupport.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QTreeWidget>

TEST_CASE("window: a job file dropped while the window runs is imported, announced and listed")
{
    QString folder;
    UiFixture ui([&folder](TestLedger &t) {
        HandoffSettings s = handoffIn(t);
        folder = s.folder;
        REQUIRE(HandoffSettingsService(t->context(), t->audit()).save(s).ok());
    });
    TestLedger &t = ui.ledger();
    REQUIRE(ui.window().handoffWatcher().isWatching());
    ui.window().handoffWatcher().setInterval(100);
    auto *banner = ui.find<MessageBanner>("handoffBanner");
    CHECK_FALSE(banner->isVisible());

    dropFile(folder, QStringLiteral("evening.json"), jobJson(QStringLiteral("J-90")));
    QTRY_VERIFY_WITH_TIMEOUT(orderOf(t, QStringLiteral("J-90")) > 0, 5000);
    QTRY_VERIFY(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("1 job file(s) imported")));
    CHECK(banner->kind() == MessageBanner::Kind::Info);
    CHECK(filesIn(folder, QStringLiteral("processed")) == QStringList {QStringLiteral("evening.json")});

    // A bad file: the notice warns, the file goes to failed/.
    dropFile(folder, QStringLiteral("broken.json"), "{\"job_id\":\"J-91\"}");
    QTRY_VERIFY_WITH_TIMEOUT(filesIn(folder, QStringLiteral("failed")).size() == 2, 5000);
    QTRY_VERIFY(banner->text().contains(QStringLiteral("1 file(s) failed")));
    CHECK(banner->kind() == MessageBanner::Kind::Warning);

    // Settings › Job hand-off lists both; turning on the post rule there is saved and used.
    auto *settings = static_cast<SettingsPage *>(ui.window().page(PageId::Settings));
    ui.window().showPage(PageId::Settings);
    QWidget *tab = settings->showTab("handoffTab");
    REQUIRE(tab != nullptr);
    auto *log = ui.find<QTreeWidget>("handoffLog", tab);
    REQUIRE(log->topLevelItemCount() == 2);
    QStringList files;
    for (int i = 0; i < log->topLevelItemCount(); ++i)
        files << log->topLevelItem(i)->text(1);
    CHECK(files.contains(QStringLiteral("evening.json")));
    CHECK(files.contains(QStringLiteral("broken.json")));
    CHECK(ui.find<QLineEdit>("handoffFolder", tab)->text() == QDir::toNativeSeparators(folder));
    auto *send = ui.find<QCheckBox>("handoffRuleSend", tab);
    CHECK_FALSE(send->isEnabled()); // sending needs posting
    ui.find<QCheckBox>("handoffRulePost", tab)->setChecked(true);
    CHECK(send->isEnabled());
    ui.click(ui.find<QWidget>("handoffSave", tab));
    auto saved = HandoffSettingsService(t->context(), t->audit()).load();
    REQUIRE(saved.ok());
    CHECK(saved->post);
    CHECK(ui.window().handoffWatcher().settings().post);

    dropFile(folder, QStringLiteral("posted.json"), jobJson(QStringLiteral("J-92")));
    QTRY_VERIFY_WITH_TIMEOUT(orderOf(t, QStringLiteral("J-92")) > 0, 5000);
    QTRY_VERIFY(log->topLevelItemCount() == 3);
    const QList<QTreeWidgetItem *> posted = log->findItems(QStringLiteral("J-92"), Qt::MatchExactly, 3);
    REQUIRE(posted.size() == 1);
    CHECK(posted.first()->text(4).startsWith(QStringLiteral("INV-")));
    CHECK(posted.first()->text(2) == QStringLiteral("imported"));
}
