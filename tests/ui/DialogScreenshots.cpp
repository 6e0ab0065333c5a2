#include "CompanySetupWizard.h"
#include "CustomersPage.h"
#include "GuiApplication.h"
#include "mail/SendDocumentDialog.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QPushButton>
#include <QTabWidget>

// Pictures of the party dialogs in English and French, to look at (not run by the test line):
//   xvfb-run -s "-screen 0 1024x768x24" tests/ui/ui_tests "[screenshots]"
// writes PNG files into $FACTURO_SCREENSHOT_DIR (default /tmp/facturo-screenshots).
TEST_CASE("pictures of the customer dialog, the company settings and the setup wizard", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("FACTURO_SCREENSHOT_DIR", QStringLiteral("/tmp/facturo-screenshots"));
    QDir().mkpath(dir);
    for (const char *code : {"en", "fr", "de"}) {
        const QString language = QString::fromLatin1(code);
        GuiApplication::installTranslations(*qApp, language);
        UiFixture ui;
        QLocale::setDefault(QLocale(language));
        ui.window().resize(1024, 768);
        Customer typed;
        typed.name = QStringLiteral("Ferme du Vieux Moulin");
        typed.billingAddress = QStringLiteral("Lieu-dit Le Moulin\nprès de l'église\nSaint-Rémy");
        auto added = ui.ledger()->customers().add(typed);
        REQUIRE(added.ok());
        ui.session().changed();
        ui.window().showPage(PageId::Customers);
        auto *page = static_cast<CustomersPage *>(ui.window().page(PageId::Customers));
        page->editCustomer(ui.ledger().customerId());
        auto *dialog = ui.dialog<QDialog>("customerDialog");
        dialog->grab().save(dir + QStringLiteral("/customer-%1.png").arg(language));
        ui.find<QComboBox>("customerEndpointScheme", dialog)->setCurrentIndex(1);
        ui.find<QComboBox>("customerCountry", dialog)->setEditText(QString());
        ui.setText("customerEndpointId", QStringLiteral("12345678200011"), dialog);
        ui.click(ui.find<QPushButton>("customerOk", dialog));
        dialog->grab().save(dir + QStringLiteral("/customer-refused-%1.png").arg(language));
        dialog->reject();
        REQUIRE(UiFixture::closed(dialog));
        page->editCustomer(added.value());
        dialog = ui.dialog<QDialog>("customerDialog");
        dialog->grab().save(dir + QStringLiteral("/customer-review-%1.png").arg(language));
        dialog->reject();
        REQUIRE(UiFixture::closed(dialog));
        ui.window().grab().save(dir + QStringLiteral("/customers-%1.png").arg(language));
        ui.window().showPage(PageId::Settings);
        ui.find<QTabWidget>("settingsTabs")->setCurrentIndex(0);
        QCoreApplication::processEvents();
        ui.window().grab().save(dir + QStringLiteral("/settings-company-%1.png").arg(language));
        ui.find<QComboBox>("companyCountry")->setEditText(QString());
        ui.find<QComboBox>("companyEndpointScheme")->setCurrentIndex(1);
        ui.setText("companyEndpointId", QStringLiteral("12345678200011"));
        ui.click("saveCompanyButton");
        ui.window().grab().save(dir + QStringLiteral("/settings-company-refused-%1.png").arg(language));
        // The draft editor with its e-invoice fields, the export and the send dialogs.
        const qint64 draft = ui.ledger().draftWith({{QStringLiteral("Entretien annuel chaudière gaz"),
            QStringLiteral("1"), QStringLiteral("95"), QStringLiteral("20")}});
        ui.session().changed();
        ui.window().navigator().openDocument(draft);
        QCoreApplication::processEvents();
        ui.window().grab().save(dir + QStringLiteral("/draft-editor-%1.png").arg(language));
        auto number = ui.ledger()->posting().post(draft);
        REQUIRE(number.ok());
        ui.session().changed();
        ui.window().navigator().openDocument(draft);
        ui.find<QAction>("exportEInvoiceAction")->trigger();
        auto *exportDialog = ui.dialog<QDialog>("einvoiceExportDialog");
        auto *format = ui.find<QComboBox>("einvoiceExportFormat", exportDialog);
        format->setCurrentIndex(format->findData(QStringLiteral("peppol")));
        exportDialog->grab().save(dir + QStringLiteral("/export-einvoice-%1.png").arg(language));
        exportDialog->reject();
        Customer customer = ui.ledger()->context().customers.find(ui.ledger().customerId()).value();
        customer.einvoiceFormat = EInvoiceFormat::XRechnungUbl;
        REQUIRE(ui.ledger()->customers().update(customer).ok());
        SendDocumentDialog send(ui.ledger().ledger(), draft);
        send.show();
        REQUIRE(QTest::qWaitForWindowExposed(&send));
        send.grab().save(dir + QStringLiteral("/send-%1.png").arg(language));
        send.reject();
        CompanySetupWizard wizard;
        wizard.show();
        REQUIRE(QTest::qWaitForWindowExposed(&wizard));
        wizard.grab().save(dir + QStringLiteral("/wizard-%1.png").arg(language));
    }
    GuiApplication::installTranslations(*qApp, QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}
