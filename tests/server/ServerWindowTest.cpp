#include "InvoiceListModel.h"
#include "InvoiceListWidget.h"
#include "InvoicesPage.h"
#include "OpenCompanyDialog.h"
#include "PgConnection.h"
#include "UiTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTcpServer>
#include <QUrl>

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
}
