#include "CompanySession.h"
#include "FigureCard.h"
#include "GuiApplication.h"
#include "InvoiceListModel.h"
#include "InvoiceListWidget.h"
#include "InvoicesPage.h"
#include "OpenCompanyDialog.h"
#include "Page.h"
#include "PgConnection.h"
#include "UiTestSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTcpServer>
#include <QUrl>
#include <QVBoxLayout>

// The window on a company on a PostgreSQL server: File › Open's server tab, and the pages
// reading through the server (their background reads open their own connection).

namespace {
void onServer()
{
    qputenv("FACTURO_TEST_ENGINE", "postgresql");
}
} // namespace

TEST_CASE("File › Open connects to a server from its parts and says what is missing at the fields")
{
    OpenCompanyDialog dialog;
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("openCompanyTabs"));
    REQUIRE(tabs);
    tabs->setCurrentIndex(1);
    dialog.findChild<QLineEdit *>(QStringLiteral("serverHost"))->setText(QStringLiteral("billing-server"));
    dialog.findChild<QSpinBox *>(QStringLiteral("serverPort"))->setValue(5433);
    auto *database = dialog.findChild<QLineEdit *>(QStringLiteral("serverDatabase"));
    database->clear();
    dialog.findChild<QLineEdit *>(QStringLiteral("serverUser"))->setText(QStringLiteral("marie"));
    dialog.findChild<QLineEdit *>(QStringLiteral("serverPassword"))->setText(QStringLiteral("s3cr:t@"));
    auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("serverSslMode"));
    mode->setCurrentIndex(mode->findData(QStringLiteral("require")));
    dialog.show();
    dialog.accept();
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("openProblem"));
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(problem->text().contains(QStringLiteral("database")));
    CHECK(dialog.location().isEmpty());

    database->setText(QStringLiteral("climatec"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.location() == QStringLiteral("postgresql://marie@billing-server:5433/climatec?sslmode=require"));
    CHECK(dialog.password() == QStringLiteral("s3cr:t@")); // never in the location
    CHECK(PgConnection::isServerLocation(dialog.location()));

    OpenCompanyDialog again;
    again.setServerLocation(dialog.location());
    CHECK(again.findChild<QLineEdit *>(QStringLiteral("serverDatabase"))->text() == QStringLiteral("climatec"));
    CHECK(again.findChild<QSpinBox *>(QStringLiteral("serverPort"))->value() == 5433);
    CHECK(again.findChild<QComboBox *>(QStringLiteral("serverSslMode"))->currentData().toString()
          == QStringLiteral("require"));
}

TEST_CASE("the window works on a company on a server: the invoice list reads it there")
{
    onServer();
    QString number;
    UiFixture ui([&](TestLedger &t) { number = t.postNew(QStringLiteral("250")); });
    REQUIRE(ui.ledger()->database().isServer());
    ui.window().showPage(PageId::Invoices);
    auto *invoices = static_cast<InvoicesPage *>(ui.window().page(PageId::Invoices));
    InvoiceListModel *model = invoices->list()->model();
    REQUIRE(model->setFilter({}).ok());
    ui.waitForReads();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->summaryAt(0)->number == number);
    // A second invoice posted by another clerk's session shows after a refresh.
    const QString other = ui.ledger().postNew(QStringLiteral("90"));
    ui.session().changed();
    REQUIRE(model->setFilter({}).ok());
    ui.waitForReads();
    CHECK(model->rowCount() == 2);
    CHECK(model->summaryAt(0)->number == other);
}

TEST_CASE("a wrong password and a server that is not there each get one clear message")
{
    onServer();
    TestLedger t;
    QUrl wrong(t.path());
    wrong.setPassword(QStringLiteral("not-the-password"));
    auto refused = Database::open(wrong.toString(), Database::OpenMode::MustExist);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == ErrorKind::Permission);
    CHECK(refused.message().contains(QStringLiteral("password")));
    CHECK_FALSE(refused.message().contains(QStringLiteral("not-the-password")));

    // A port where nothing listens.
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QUrl down(t.path());
    down.setPort(port);
    auto unreachable = Database::open(down.toString(), Database::OpenMode::MustExist);
    REQUIRE_FALSE(unreachable.ok());
    CHECK(unreachable.error().kind() == ErrorKind::Storage);
    CHECK(unreachable.message().contains(QStringLiteral("cannot be reached")));

    // Encryption asked of a server that offers none (the test cluster has no certificate).
    QUrl encrypted(t.path());
    encrypted.setQuery(QStringLiteral("sslmode=require"));
    auto plain = Database::open(encrypted.toString(), Database::OpenMode::MustExist);
    REQUIRE_FALSE(plain.ok());
    CHECK(plain.message().contains(QStringLiteral("encrypted connection")));
    CHECK(plain.message().contains(QStringLiteral("sslmode")));
    CHECK_FALSE(plain.message().contains(QStringLiteral("lost")));
}

namespace {
// Another clerk: a second session on the same company, signed in as the window's user.
std::unique_ptr<Ledger> otherClerk(UiFixture &ui)
{
    auto clerk = Ledger::open(ui.ledger().path(), Database::OpenMode::MustExist, ui.ledger().clock());
    REQUIRE(clerk.ok());
    REQUIRE(clerk.value()->signIn(ui.ledger()->user().name).ok());
    return std::move(clerk).value();
}

QString postAs(Ledger &clerk, qint64 customerId, const QString &price)
{
    auto draft = clerk.drafts().createInvoice(customerId);
    REQUIRE(draft.ok());
    REQUIRE(clerk.drafts().addLine(draft.value(), makeLine(QStringLiteral("Service"), QStringLiteral("1"), price)).ok());
    auto number = clerk.posting().post(draft.value());
    REQUIRE(number.ok());
    return number.value();
}

// A page that counts its reloads, with a field to type in and a search field.
class CountingPage : public Page
{
public:
    explicit CountingPage(CompanySession &session) : Page(session)
    {
        auto *layout = new QVBoxLayout(this);
        field = new QLineEdit(this);
        search = new QLineEdit(this);
        keepThroughReloads(search);
        button = new QPushButton(QStringLiteral("OK"), this);
        layout->addWidget(field);
        layout->addWidget(search);
        layout->addWidget(button);
    }
    QString title() const override { return QStringLiteral("Counting"); }
    void refresh() override { ++reloads; }
    int reloads = 0;
    QLineEdit *field = nullptr;
    QLineEdit *search = nullptr;
    QPushButton *button = nullptr;
};
} // namespace

TEST_CASE("another clerk's invoice shows in the open list and on the dashboard without a refresh")
{
    onServer();
    UiFixture ui([&](TestLedger &t) { t.postNew(QStringLiteral("250")); });
    auto clerk = otherClerk(ui);
    ui.window().showPage(PageId::Dashboard);
    ui.waitForReads();
    auto *outstanding = ui.window().findChild<FigureCard *>(QStringLiteral("cardOutstanding"));
    REQUIRE(outstanding);
    const QString before = outstanding->value();
    REQUIRE_FALSE(before.isEmpty());
    postAs(*clerk, ui.ledger().customerId(), QStringLiteral("1000"));
    QTRY_VERIFY_WITH_TIMEOUT(outstanding->value() != before, 10000);

    ui.window().showPage(PageId::Invoices);
    auto *invoices = static_cast<InvoicesPage *>(ui.window().page(PageId::Invoices));
    InvoiceListModel *model = invoices->list()->model();
    ui.waitForReads();
    REQUIRE(model->rowCount() == 2);
    const QString third = postAs(*clerk, ui.ledger().customerId(), QStringLiteral("90"));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 10000);
    ui.waitForReads();
    CHECK(model->summaryAt(0)->number == third);
}

TEST_CASE("another clerk's change never reloads a page under the clerk's fingers")
{
    onServer();
    UiFixture ui;
    auto clerk = otherClerk(ui);
    CountingPage page(ui.session());
    page.show();
    QApplication::setActiveWindow(&page);
    QSignalSpy others(&ui.session(), &CompanySession::othersChanged);
    const int shown = page.reloads;

    // Typing in a field: the reload waits for the focus to leave it.
    page.field->setFocus();
    QTest::keyClicks(page.field, QStringLiteral("Ref. 4711"));
    TestLedger::addCustomerTo(*clerk, QStringLiteral("Klima Nord GmbH"));
    QTRY_COMPARE_WITH_TIMEOUT(others.count(), 1, 10000);
    CHECK(page.reloads == shown);
    CHECK(page.field->text() == QStringLiteral("Ref. 4711"));
    page.button->setFocus();
    CHECK(page.reloads == shown + 1);

    // In a search field (kept through reloads) or on a button: at once.
    page.search->setFocus();
    TestLedger::addCustomerTo(*clerk, QStringLiteral("Froid Service SARL"));
    QTRY_COMPARE_WITH_TIMEOUT(others.count(), 2, 10000);
    CHECK(page.reloads == shown + 2);

    // The window's own changes are not reported as another clerk's.
    TestLedger::addCustomerTo(ui.ledger().ledger(), QStringLiteral("Own Customer BV"));
    QTest::qWait(800);
    CHECK(others.count() == 2);
}

// Pictures of File › Open's server tab and of the window on a server, to look at (not run by the
// test line): xvfb-run -s "-screen 0 1024x768x24" tests/server/server_window_tests "[screenshots]"
// writes PNG files into $FACTURO_SCREENSHOT_DIR (default /tmp/facturo-screenshots).
TEST_CASE("pictures of the server tab of File › Open and of the window on a server", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("FACTURO_SCREENSHOT_DIR", QStringLiteral("/tmp/facturo-screenshots"));
    QDir().mkpath(dir);
    for (const char *code : {"en", "fr", "de"}) {
        const QString language = QString::fromLatin1(code);
        GuiApplication::installTranslations(*qApp, language);
        QLocale::setDefault(QLocale(language));
        OpenCompanyDialog dialog;
        dialog.show();
        dialog.findChild<QTabWidget *>(QStringLiteral("openCompanyTabs"))->setCurrentIndex(1);
        auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("serverHost"));
        host->selectAll();
        QTest::keyClicks(host, QStringLiteral("billing-server.climatec-nord.example"));
        auto *database = dialog.findChild<QLineEdit *>(QStringLiteral("serverDatabase"));
        database->clear();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("serverUser")), QStringLiteral("marie.lefevre"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("serverPassword")), QStringLiteral("secret"));
        QCoreApplication::processEvents();
        dialog.grab().save(dir + QStringLiteral("/open-server-%1.png").arg(language));
        dialog.accept();
        QCoreApplication::processEvents();
        dialog.grab().save(dir + QStringLiteral("/open-server-missing-%1.png").arg(language));
        dialog.reject();
    }
    onServer();
    GuiApplication::installTranslations(*qApp, QStringLiteral("fr"));
    QLocale::setDefault(QLocale(QStringLiteral("fr")));
    UiFixture ui([&](TestLedger &t) { t.postNew(QStringLiteral("250")); });
    ui.window().resize(1024, 768);
    ui.window().showPage(PageId::Invoices);
    ui.waitForReads();
    ui.window().grab().save(dir + QStringLiteral("/window-on-server-fr.png"));
    GuiApplication::installTranslations(*qApp, QStringLiteral("en"));
    QLocale::setDefault(QLocale::c());
}
