#include "CompanySetupWizard.h"
#include "CountryComboBox.h"
#include "SettingsPage.h"
#include "UiTestSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>

namespace {
void choose(QWidget *root, const char *combo, const QString &key)
{
    auto *box = root->findChild<QComboBox *>(QString::fromLatin1(combo));
    REQUIRE(box != nullptr);
    const int index = box->findData(key);
    INFO("combo " << combo << " has " << key.toStdString());
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

// Types like a clerk (characters with no key of their own come as a key press's text).
void type(QWidget *root, const char *name, const QString &text)
{
    auto *edit = root->findChild<QLineEdit *>(QString::fromLatin1(name));
    INFO("field " << name);
    REQUIRE(edit != nullptr);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(edit, c.toLatin1());
        } else {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QApplication::sendEvent(edit, &press);
        }
    }
}

QStringList errorFields(QWidget *root)
{
    QStringList fields;
    for (QLabel *label : root->findChildren<QLabel *>(QStringLiteral("fieldError")))
        fields << label->property("field").toString();
    return fields;
}
} // namespace

TEST_CASE("the company tab edits the seller's structured address, identifiers and contact")
{
    UiFixture ui;
    ui.window().showPage(PageId::Settings);
    QWidget *page = ui.window().page(PageId::Settings);
    // The sample company's address was split from its text.
    CHECK(ui.find<QLineEdit>("companyStreet")->text() == QStringLiteral("12 rue des Artisans"));
    CHECK(ui.find<CountryComboBox>("companyCountry")->countryCode() == QStringLiteral("FR"));
    type(page, "companyStreet", QStringLiteral("5 quai Saint-Antoine"));
    type(page, "companyStreet2", QStringLiteral("Bâtiment « Les Célestins »"));
    type(page, "companyPostcode", QStringLiteral("69002"));
    choose(page, "companyLegalRegistrationScheme", QStringLiteral("0002"));
    type(page, "companyLegalRegistrationId", QStringLiteral("123 456 782"));
    choose(page, "companyEndpointScheme", QStringLiteral("0009"));
    type(page, "companyEndpointId", QStringLiteral("12345678200010"));
    type(page, "companyContactName", QStringLiteral("Hélène Lefèvre"));
    type(page, "companyContactPhone", QStringLiteral("+33 4 78 00 00 00"));
    type(page, "companyContactEmail", QStringLiteral("helene@climatec.example"));
    ui.click("saveCompanyButton");
    CHECK(errorFields(page).isEmpty());
    const CompanySettings s = ui.ledger()->context().company.load().value();
    CHECK(s.postalAddress.line1 == QStringLiteral("5 quai Saint-Antoine"));
    CHECK(s.postalAddress.line2 == QStringLiteral("Bâtiment « Les Célestins »"));
    CHECK(s.postalAddress.postcode == QStringLiteral("69002"));
    CHECK(s.postalAddress.city == QStringLiteral("Lyon"));
    CHECK(s.postalAddress.countryCode == QStringLiteral("FR"));
    // The country line as it was typed stays.
    CHECK(s.address == QStringLiteral("5 quai Saint-Antoine\nBâtiment « Les Célestins »\n69002 Lyon\nFrance"));
    CHECK(s.legalRegistration.toString() == QStringLiteral("0002:123456782"));
    CHECK(s.endpoint.toString() == QStringLiteral("0009:12345678200010"));
    CHECK(s.contactName == QStringLiteral("Hélène Lefèvre"));
    CHECK(s.contactPhone == QStringLiteral("+33 4 78 00 00 00"));
    CHECK(s.contactEmail == QStringLiteral("helene@climatec.example"));
    CHECK(ui.session().company().endpoint.id == QStringLiteral("12345678200010"));
}

TEST_CASE("company settings refused field by field: a bad SIREN, a missing country, a bad contact email")
{
    UiFixture ui;
    ui.window().showPage(PageId::Settings);
    QWidget *page = ui.window().page(PageId::Settings);
    auto *tabs = ui.find<QTabWidget>("settingsTabs");
    tabs->setCurrentIndex(1); // the problems are on the other tab
    const QString before = ui.ledger().dump();
    auto *country = ui.find<CountryComboBox>("companyCountry");
    country->setEditText(QString());
    choose(page, "companyLegalRegistrationScheme", QStringLiteral("0002"));
    type(page, "companyLegalRegistrationId", QStringLiteral("123456783")); // Luhn fails
    type(page, "companyContactEmail", QStringLiteral("helene(at)climatec"));
    ui.click("saveInvoicingButton");
    CHECK(errorFields(page)
        == QStringList {QStringLiteral("companyCountry"), QStringLiteral("companyLegalRegistrationId"),
            QStringLiteral("companyContactEmail")});
    CHECK(tabs->currentIndex() == 0);
    CHECK(ui.ledger().dump() == before);
    const auto labels = page->findChildren<QLabel *>(QStringLiteral("fieldError"));
    CHECK(labels.value(1)->text().contains(QStringLiteral("SIREN")));
    CHECK(labels.value(0)->isVisible());

    // Fixed: saved, and the red lines are gone.
    country->setCountryCode(QStringLiteral("FR"));
    type(page, "companyLegalRegistrationId", QStringLiteral("123456782"));
    type(page, "companyContactEmail", QStringLiteral("helene@climatec.example"));
    ui.click("saveCompanyButton");
    CHECK(errorFields(page).isEmpty());
    CHECK(ui.ledger()->context().company.load()->legalRegistration.id == QStringLiteral("123456782"));
}

TEST_CASE("the setup wizard takes the seller's e-invoicing data and tells a bad electronic address at its field")
{
    QStandardPaths::setTestModeEnabled(true);
    LocaleGuard german(QLocale(QLocale::German, QLocale::Germany));
    TestLedger blank(false);
    CompanySetupWizard wizard;
    // A German interface: a new company starts in Germany.
    CHECK(wizard.findChild<CountryComboBox *>(QStringLiteral("companyCountry"))->countryCode() == QStringLiteral("DE"));
    CHECK(wizard.findChild<CountryComboBox *>(QStringLiteral("companyCountry"))->currentText()
        == QStringLiteral("Deutschland (DE)"));
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    type(&wizard, "companyName", QStringLiteral("Kälte Süd GmbH"));
    type(&wizard, "companyStreet", QStringLiteral("Weißenburgstraße 12"));
    type(&wizard, "companyPostcode", QStringLiteral("70180"));
    type(&wizard, "companyCity", QStringLiteral("Stuttgart"));
    type(&wizard, "companyVatId", QStringLiteral("DE123456788"));
    choose(&wizard, "companyLegalRegistrationScheme", QStringLiteral("HRB"));
    type(&wizard, "companyLegalRegistrationId", QStringLiteral("12345"));
    choose(&wizard, "companyEndpointScheme", QStringLiteral("9930"));
    type(&wizard, "companyEndpointId", QStringLiteral("FR123456789"));
    type(&wizard, "companyContactName", QStringLiteral("Jürgen Weiß"));
    CHECK_FALSE(wizard.validateCurrentPage());
    CHECK(errorFields(&wizard) == QStringList {QStringLiteral("companyEndpointId")});
    CHECK(wizard.focusWidget() == wizard.findChild<QWidget *>(QStringLiteral("companyEndpointId")));
    type(&wizard, "companyEndpointId", QStringLiteral("DE123456788"));
    REQUIRE(wizard.validateCurrentPage());
    type(&wizard, "setupManager", QStringLiteral("juergen"));
    // The country line is printed in the documents' language.
    choose(&wizard, "companyLanguage", QStringLiteral("en"));
    CHECK(wizard.company().address.endsWith(QStringLiteral("\nGermany")));
    choose(&wizard, "companyLanguage", QStringLiteral("de"));
    REQUIRE(blank->setUp(wizard.company(), QStringLiteral("juergen"), wizard.standardRate()).ok());
    const CompanySettings s = blank->context().company.load().value();
    CHECK(s.address == QStringLiteral("Weißenburgstraße 12\n70180 Stuttgart\nDeutschland"));
    CHECK(s.postalAddress.countryCode == QStringLiteral("DE"));
    CHECK(s.legalRegistration.toString() == QStringLiteral("HRB:12345"));
    CHECK(s.endpoint.toString() == QStringLiteral("9930:DE123456788"));
    CHECK(s.contactName == QStringLiteral("Jürgen Weiß"));
}

TEST_CASE("a company address to review: the company tab says what to check, and keeps the text until completed")
{
    UiFixture ui;
    CompanySettings company = ui.ledger()->context().company.load().value();
    company.address = QStringLiteral("Zone artisanale des Prés\nLyon"); // no postcode: cannot be split
    company.postalAddress = PostalAddress();
    REQUIRE(ui.ledger()->settings().saveCompany(company).ok());
    REQUIRE(ui.ledger()->context().company.load()->postalAddress.toReview);
    ui.session().changed();
    ui.window().showPage(PageId::Settings);
    QWidget *page = ui.window().page(PageId::Settings);
    auto *banner = ui.find<QLabel>("companyReviewBanner");
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("Zone artisanale des Prés")));
    CHECK(ui.find<CountryComboBox>("companyCountry")->countryCode().isEmpty());

    // Saved untouched: still the text, still to review.
    ui.click("saveCompanyButton");
    CHECK(errorFields(page).isEmpty());
    CHECK(ui.ledger()->context().company.load()->address == company.address);
    CHECK(ui.ledger()->context().company.load()->postalAddress.toReview);

    type(page, "companyStreet", QStringLiteral("Zone artisanale des Prés"));
    type(page, "companyPostcode", QStringLiteral("69007"));
    type(page, "companyCity", QStringLiteral("Lyon"));
    ui.click("saveCompanyButton");
    CHECK(errorFields(page) == QStringList {QStringLiteral("companyCountry")});
    ui.find<CountryComboBox>("companyCountry")->setCountryCode(QStringLiteral("FR"));
    ui.click("saveCompanyButton");
    CHECK(errorFields(page).isEmpty());
    const CompanySettings saved = ui.ledger()->context().company.load().value();
    CHECK_FALSE(saved.postalAddress.toReview);
    CHECK(saved.address == QStringLiteral("Zone artisanale des Prés\n69007 Lyon\nFrance"));
    ui.session().changed();
    CHECK_FALSE(banner->isVisible());
}
