#include "UiTestSupport.h"

#include "CompanySettingsForm.h"
#include "CountryComboBox.h"
#include "CompanySetupWizard.h"
#include "CustomersPage.h"
#include "DraftEditorWidget.h"
#include "InvoicesPage.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>

TEST_CASE("a clerk posting above the approval threshold is told to ask a manager, and nothing changes")
{
    UiFixture ui;
    CompanySettings company = ui.ledger()->context().company.load().value();
    company.approvalThreshold = 100000; // 1,000.00
    REQUIRE(ui.ledger()->settings().saveCompany(company).ok());
    User clerk;
    clerk.name = QStringLiteral("paul");
    REQUIRE(ui.ledger()->settings().addUser(clerk).ok());
    const qint64 draft = ui.ledger().draftWith(
        {{QStringLiteral("New boiler"), QStringLiteral("1"), QStringLiteral("2500"), QStringLiteral("20")}});
    REQUIRE(ui.ledger()->signIn(QStringLiteral("paul")).ok());
    ui.session().changed();
    ui.window().navigator().openDocument(draft);
    CHECK_FALSE(ui.find<QPushButton>("approveButton")->isVisible());

    const QString before = ui.ledger().dump();
    ui.click("postButton");
    auto *message = ui.find<QLabel>("editorMessage");
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("approval")));
    CHECK(message->text().contains(QStringLiteral("Ask a manager")));
    CHECK(ui.ledger().dump() == before);

    // A manager sees Approve; once approved, the clerk can post.
    REQUIRE(ui.ledger()->signIn(QStringLiteral("marie")).ok());
    auto *invoices = static_cast<InvoicesPage *>(ui.window().page(PageId::Invoices));
    invoices->openDocument(draft);
    ui.click("approveButton");
    CHECK(ui.ledger()->context().documents.find(draft)->approvedBy == QStringLiteral("marie"));
    REQUIRE(ui.ledger()->signIn(QStringLiteral("paul")).ok());
    invoices->openDocument(draft);
    ui.click("postButton");
    auto *confirm = ui.dialog<QMessageBox>("confirmPost");
    ui.click(ui.find<QPushButton>("confirmPostButton", confirm));
    CHECK(ui.ledger()->context().documents.find(draft)->number == QStringLiteral("INV-2026-00001"));
}

TEST_CASE("the setup wizard's answers set up a new company file")
{
    QStandardPaths::setTestModeEnabled(true);
    TestLedger blank(false);
    CompanySetupWizard wizard;
    auto set = [&wizard](const char *name, const QString &text) {
        auto *edit = wizard.findChild<QLineEdit *>(QString::fromLatin1(name));
        REQUIRE(edit != nullptr);
        edit->setText(text);
    };
    set("companyName", QStringLiteral("Atelier Nord"));
    set("companyStreet", QStringLiteral("1 rue Haute"));
    set("companyPostcode", QStringLiteral("59000"));
    set("companyCity", QStringLiteral("Lille"));
    wizard.findChild<CountryComboBox *>(QStringLiteral("companyCountry"))->setCountryCode(QStringLiteral("FR"));
    set("companyVatId", QStringLiteral("FR40303265045"));
    set("companyIban", QStringLiteral("FR76 3000 6000 0112 3456 7890 189"));
    set("companyBic", QStringLiteral("AGRIFRPP"));
    set("setupStandardRate", QStringLiteral("20"));
    set("setupManager", QStringLiteral("claire"));
    wizard.show();
    REQUIRE(wizard.validateCurrentPage());
    REQUIRE(blank->setUp(wizard.company(), wizard.managerName(), wizard.standardRate()).ok());
    CHECK(blank->context().company.load()->name == QStringLiteral("Atelier Nord"));
    CHECK(blank->context().company.load()->address == QStringLiteral("1 rue Haute\n59000 Lille\nFrance"));
    CHECK(blank->context().company.load()->postalAddress.countryCode == QStringLiteral("FR"));
    CHECK(blank->context().catalog.defaultTaxRate()->rate == Percentage::fromInteger(20));
    CHECK(blank->user().name == QStringLiteral("claire"));
}

TEST_CASE("the setup wizard shows each problem under its field, in order, with the focus on the first")
{
    QStandardPaths::setTestModeEnabled(true);
    CompanySetupWizard wizard;
    auto set = [&wizard](const char *name, const QString &text) {
        auto *edit = wizard.findChild<QLineEdit *>(QString::fromLatin1(name));
        REQUIRE(edit != nullptr);
        edit->setText(text);
    };
    set("companyName", QString());
    set("companyStreet", QStringLiteral("1 rue Haute"));
    set("companyPostcode", QStringLiteral("59000"));
    set("companyCity", QStringLiteral("Lille"));
    wizard.findChild<CountryComboBox *>(QStringLiteral("companyCountry"))->setCountryCode(QStringLiteral("FR"));
    set("companyVatId", QStringLiteral("FR41303265045")); // wrong key
    set("companyIban", QStringLiteral("FR76 3000 6000 0112 3456 7890 188")); // wrong check digits
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    CHECK_FALSE(wizard.validateCurrentPage());
    QStringList fields;
    QStringList messages;
    for (QLabel *label : wizard.findChildren<QLabel *>(QStringLiteral("fieldError"))) {
        fields << label->property("field").toString();
        messages << label->text();
    }
    INFO(messages.join(QLatin1Char('\n')).toStdString());
    CHECK(fields == QStringList {QStringLiteral("companyName"), QStringLiteral("companyVatId"), QStringLiteral("companyIban")});
    CHECK(wizard.focusWidget() == wizard.findChild<QWidget *>(QStringLiteral("companyName")));
    CHECK(messages.value(2).contains(QStringLiteral("IBAN")));

    // Fixed: no message is left, and the page is accepted.
    set("companyName", QStringLiteral("Atelier Nord"));
    set("companyVatId", QStringLiteral("FR40303265045"));
    set("companyIban", QStringLiteral("FR76 3000 6000 0112 3456 7890 189"));
    CHECK(wizard.validateCurrentPage());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(wizard.findChildren<QLabel *>(QStringLiteral("fieldError")).isEmpty());
}

TEST_CASE("a customer added in the dialog appears in the list with their balance")
{
    UiFixture ui;
    ui.window().showPage(PageId::Customers);
    ui.click("newCustomerButton");
    auto *dialog = ui.dialog<QDialog>("customerDialog");
    ui.setText("customerName", QStringLiteral("Garage Dupont"), dialog);
    ui.setText("customerStreet", QStringLiteral("5 avenue Foch"), dialog);
    ui.setText("customerPostcode", QStringLiteral("69006"), dialog);
    ui.setText("customerCity", QStringLiteral("Lyon"), dialog);
    ui.setText("customerVat", QStringLiteral("bad vat id that is far too long for any country"), dialog);
    ui.click(ui.find<QPushButton>("customerOk", dialog));
    CHECK(dialog->isVisible()); // refused: the message says why
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("fieldError"));
    REQUIRE(error != nullptr);
    CHECK(error->property("field").toString() == QStringLiteral("customerVat"));
    ui.setText("customerVat", QStringLiteral("FR15345678901"), dialog);
    ui.click(ui.find<QPushButton>("customerOk", dialog));
    REQUIRE(UiFixture::closed(dialog));
    auto *table = ui.find<QTableView>("customerTable");
    QStringList names;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        names << table->model()->index(row, 0).data().toString();
    CHECK(names.contains(QStringLiteral("Garage Dupont")));
    CHECK(UiFixture::modelProblems().isEmpty());
}
