#include "CountryComboBox.h"
#include "CustomersPage.h"
#include "GuiApplication.h"
#include "UiTestSupport.h"

#include <QApplication>
#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace {
QDialog *openNewCustomer(UiFixture &ui)
{
    ui.window().showPage(PageId::Customers);
    ui.click("newCustomerButton");
    return ui.dialog<QDialog>("customerDialog");
}

void choose(UiFixture &ui, QDialog *dialog, const char *combo, const QString &key)
{
    auto *box = ui.find<QComboBox>(combo, dialog);
    const int index = box->findData(key);
    INFO("combo " << combo << " has " << key.toStdString());
    REQUIRE(index >= 0);
    box->setFocus();
    box->setCurrentIndex(index);
}

// Types in the country list the way a clerk does: clear, type, leave the field.
void typeCountry(UiFixture &ui, QDialog *dialog, const QString &text)
{
    auto *country = ui.find<CountryComboBox>("customerCountry", dialog);
    country->setFocus();
    country->lineEdit()->selectAll();
    QTest::keyClick(country->lineEdit(), Qt::Key_Backspace);
    QTest::keyClicks(country->lineEdit(), text);
    QTest::keyClick(country->lineEdit(), Qt::Key_Tab);
}

struct Shown
{
    QStringList fields;
    QStringList messages;
};
Shown fieldErrors(QWidget *dialog)
{
    Shown shown;
    for (QLabel *label : dialog->findChildren<QLabel *>(QStringLiteral("fieldError"))) {
        if (!label->isVisible())
            continue;
        shown.fields << label->property("field").toString();
        shown.messages << label->text();
    }
    return shown;
}

// Types any text, also what has no key of its own on a Latin-1 keyboard (œ, ’, –): those come
// as the text of a key press, as an input method sends them.
void typeIn(UiFixture &ui, const char *name, const QString &text, QWidget *dialog)
{
    auto *edit = ui.find<QLineEdit>(name, dialog);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(edit, c.toLatin1());
        } else {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
            QApplication::sendEvent(edit, &press);
            QApplication::sendEvent(edit, &release);
        }
    }
}

qint64 customerNamed(UiFixture &ui, const QString &name)
{
    auto list = ui.ledger()->context().customers.list(name, 10);
    REQUIRE(list.ok());
    for (const CustomerSummary &c : list.value())
        if (c.name == name)
            return c.id;
    return 0;
}
} // namespace

TEST_CASE("a French customer typed in the dialog is stored with its structured address, SIRET and Factur-X")
{
    UiFixture ui;
    QDialog *dialog = openNewCustomer(ui);
    // The company is in France: a new customer starts there.
    CHECK(ui.find<CountryComboBox>("customerCountry", dialog)->countryCode() == QStringLiteral("FR"));
    typeIn(ui, "customerName", QStringLiteral("Œuvres d’Électricité Générale"), dialog);
    typeIn(ui, "customerStreet", QStringLiteral("12 rue de l'Église"), dialog);
    typeIn(ui, "customerStreet2", QStringLiteral("Bâtiment B, 2ᵉ étage"), dialog);
    ui.setText("customerPostcode", QStringLiteral("42000"), dialog);
    typeIn(ui, "customerCity", QStringLiteral("Saint-Étienne"), dialog);
    ui.setText("customerVat", QStringLiteral("FR40303265045"), dialog);
    choose(ui, dialog, "customerRegistrationScheme", QStringLiteral("0009"));
    ui.setText("customerRegistrationId", QStringLiteral("123 456 782 00010"), dialog);
    choose(ui, dialog, "customerEndpointScheme", QStringLiteral("0009"));
    ui.setText("customerEndpointId", QStringLiteral("12345678200010"), dialog);
    choose(ui, dialog, "customerEInvoiceFormat", QStringLiteral("facturx"));
    ui.click(ui.find<QPushButton>("customerOk", dialog));
    REQUIRE(UiFixture::closed(dialog));

    const qint64 id = customerNamed(ui, QStringLiteral("Œuvres d’Électricité Générale"));
    REQUIRE(id > 0);
    const Customer c = ui.ledger()->context().customers.find(id).value();
    CHECK(c.postalAddress.line1 == QStringLiteral("12 rue de l'Église"));
    CHECK(c.postalAddress.line2 == QStringLiteral("Bâtiment B, 2ᵉ étage"));
    CHECK(c.postalAddress.postcode == QStringLiteral("42000"));
    CHECK(c.postalAddress.city == QStringLiteral("Saint-Étienne"));
    CHECK(c.postalAddress.countryCode == QStringLiteral("FR"));
    CHECK_FALSE(c.postalAddress.toReview);
    // A French customer of a French company: no country line on the printed address.
    CHECK(c.billingAddress == QStringLiteral("12 rue de l'Église\nBâtiment B, 2ᵉ étage\n42000 Saint-Étienne"));
    CHECK(c.registration.toString() == QStringLiteral("0009:12345678200010"));
    CHECK(c.endpoint.toString() == QStringLiteral("0009:12345678200010"));
    CHECK(c.einvoiceFormat == EInvoiceFormat::FacturX);
}

TEST_CASE("a German public customer: the country found from its German name, a Leitweg-ID and XRechnung")
{
    UiFixture ui;
    QDialog *dialog = openNewCustomer(ui);
    typeIn(ui, "customerName", QStringLiteral("Stadt Müllheim – Bauamt für Straßen"), dialog);
    typeIn(ui, "customerStreet", QStringLiteral("Königstraße 5"), dialog);
    ui.setText("customerPostcode", QStringLiteral("79379"), dialog);
    typeIn(ui, "customerCity", QStringLiteral("Müllheim"), dialog);
    typeCountry(ui, dialog, QStringLiteral("Deutschland"));
    CHECK(ui.find<CountryComboBox>("customerCountry", dialog)->currentText() == QStringLiteral("Germany (DE)"));
    choose(ui, dialog, "customerLanguage", QStringLiteral("de"));
    choose(ui, dialog, "customerEndpointScheme", QStringLiteral("0204"));
    ui.setText("customerEndpointId", QStringLiteral("08311000-gm2026-64"), dialog);
    ui.setText("customerBuyerReference", QStringLiteral("08311000-GM2026-64"), dialog);
    choose(ui, dialog, "customerEInvoiceFormat", QStringLiteral("xrechnung-ubl"));
    ui.click(ui.find<QPushButton>("customerOk", dialog));
    REQUIRE(UiFixture::closed(dialog));

    const Customer c = ui.ledger()
                           ->context()
                           .customers.find(customerNamed(ui, QStringLiteral("Stadt Müllheim – Bauamt für Straßen")))
                           .value();
    CHECK(c.postalAddress.countryCode == QStringLiteral("DE"));
    // Abroad, the country is printed in the customer's language.
    CHECK(c.billingAddress == QStringLiteral("Königstraße 5\n79379 Müllheim\nDeutschland"));
    CHECK(c.endpoint.toString() == QStringLiteral("0204:08311000-GM2026-64"));
    CHECK(c.buyerReference == QStringLiteral("08311000-GM2026-64"));
    CHECK(c.einvoiceFormat == EInvoiceFormat::XRechnungUbl);
    CHECK(c.language == QStringLiteral("de"));
}

TEST_CASE("the country list names the countries in the interface language and finds them by name or code")
{
    const struct
    {
        QLocale locale;
        const char *germany;
        const char *belgium;
    } languages[] = {{QLocale(QLocale::English, QLocale::UnitedStates), "Germany (DE)", "Belgium (BE)"},
        {QLocale(QLocale::French, QLocale::France), "Allemagne (DE)", "Belgique (BE)"},
        {QLocale(QLocale::German, QLocale::Germany), "Deutschland (DE)", "Belgien (BE)"}};
    for (const auto &language : languages) {
        LocaleGuard guard(language.locale);
        CountryComboBox box;
        INFO(language.locale.name().toStdString());
        CHECK(box.itemText(box.findData(QStringLiteral("DE"))) == QString::fromUtf8(language.germany));
        CHECK(box.itemText(box.findData(QStringLiteral("BE"))) == QString::fromUtf8(language.belgium));
        CHECK(box.count() == CountryComboBox::allCodes().size() + 1); // and the empty entry
        CHECK(CountryComboBox::allCodes().size() == 249);
        box.setEditText(QStringLiteral("be"));
        CHECK(box.countryCode() == QStringLiteral("BE"));
        box.setEditText(QStringLiteral("Atlantis"));
        CHECK(box.countryCode() == QStringLiteral("ATLANTIS")); // the core refuses it by name
        box.setCountryCode(QStringLiteral("FR"));
        CHECK(box.countryCode() == QStringLiteral("FR"));
    }
    LocaleGuard french(QLocale(QLocale::French, QLocale::France));
    CountryComboBox box;
    // Sorted as French sorts: accents do not send a name to the end.
    CHECK(box.findData(QStringLiteral("EG")) < box.findData(QStringLiteral("ES"))); // Égypte, Espagne
    CHECK(box.findData(QStringLiteral("ES")) < box.findData(QStringLiteral("FR")));
}

TEST_CASE("a wrong SIRET check digit and a missing country are told under their fields; nothing is stored")
{
    UiFixture ui;
    QDialog *dialog = openNewCustomer(ui);
    const QString before = ui.ledger().dump();
    typeIn(ui, "customerName", QStringLiteral("Boucherie Lefèvre"), dialog);
    typeIn(ui, "customerStreet", QStringLiteral("4 place du Marché"), dialog);
    ui.setText("customerPostcode", QStringLiteral("59000"), dialog);
    typeIn(ui, "customerCity", QStringLiteral("Lille"), dialog);
    typeCountry(ui, dialog, QString());
    choose(ui, dialog, "customerEndpointScheme", QStringLiteral("0009"));
    ui.setText("customerEndpointId", QStringLiteral("12345678200011"), dialog); // check digit off by one
    ui.click(ui.find<QPushButton>("customerOk", dialog));
    CHECK(dialog->isVisible());
    Shown shown = fieldErrors(dialog);
    INFO(shown.messages.join(QLatin1Char('\n')).toStdString());
    CHECK(shown.fields == QStringList {QStringLiteral("customerCountry"), QStringLiteral("customerEndpointId")});
    CHECK(shown.messages.value(0).contains(QStringLiteral("country")));
    CHECK(shown.messages.value(1).contains(QStringLiteral("SIRET")));
    auto *country = ui.find<QWidget>("customerCountry", dialog);
    CHECK((dialog->focusWidget() == country || dialog->focusWidget()->parentWidget() == country));
    CHECK(ui.ledger().dump() == before);

    // An identifier without its scheme.
    choose(ui, dialog, "customerEndpointScheme", QString());
    ui.click(ui.find<QPushButton>("customerOk", dialog));
    shown = fieldErrors(dialog);
    CHECK(shown.fields.contains(QStringLiteral("customerEndpointScheme")));
    CHECK(ui.ledger().dump() == before);

    // Corrected: the old lines go, the customer is stored.
    typeCountry(ui, dialog, QStringLiteral("France"));
    choose(ui, dialog, "customerEndpointScheme", QStringLiteral("0009"));
    ui.setText("customerEndpointId", QStringLiteral("12345678200010"), dialog);
    ui.click(ui.find<QPushButton>("customerOk", dialog));
    REQUIRE(UiFixture::closed(dialog));
    const Customer c
        = ui.ledger()->context().customers.find(customerNamed(ui, QStringLiteral("Boucherie Lefèvre"))).value();
    CHECK(c.endpoint.id == QStringLiteral("12345678200010"));
    CHECK(c.postalAddress.countryCode == QStringLiteral("FR"));
}

TEST_CASE("a bad postcode for the chosen country is told under the postcode of an existing customer, unchanged")
{
    UiFixture ui;
    auto *page = static_cast<CustomersPage *>(ui.window().page(PageId::Customers));
    ui.window().showPage(PageId::Customers);
    page->editCustomer(ui.ledger().customerId());
    QDialog *dialog = ui.dialog<QDialog>("customerDialog");
    // The sample customer's address was split from its text: the fields show it.
    CHECK(ui.find<QLineEdit>("customerStreet", dialog)->text() == QStringLiteral("3 place Bellecour"));
    CHECK(ui.find<QLineEdit>("customerPostcode", dialog)->text() == QStringLiteral("69002"));
    const QString before = ui.ledger().dump();
    typeCountry(ui, dialog, QStringLiteral("BE"));
    ui.click(ui.find<QPushButton>("customerOk", dialog));
    CHECK(dialog->isVisible());
    const Shown shown = fieldErrors(dialog);
    INFO(shown.messages.join(QLatin1Char('\n')).toStdString());
    CHECK(shown.fields == QStringList {QStringLiteral("customerPostcode")});
    CHECK(shown.messages.value(0).contains(QStringLiteral("Belgium")));
    CHECK(ui.ledger().dump() == before);
    // Cancelled: still as it was.
    QTest::keyClick(dialog, Qt::Key_Escape);
    REQUIRE(UiFixture::closed(dialog));
    CHECK(ui.ledger().dump() == before);
}

TEST_CASE("an address to review: the list filter finds it, the dialog says what to check, saving completes it")
{
    UiFixture ui;
    Customer typed;
    typed.name = QStringLiteral("Ferme du Vieux Moulin");
    typed.billingAddress = QStringLiteral("Lieu-dit Le Moulin\nprès de l'église\nSaint-Rémy"); // no postcode
    auto added = ui.ledger()->customers().add(typed);
    REQUIRE(added.ok());
    REQUIRE(ui.ledger()->context().customers.find(added.value())->postalAddress.toReview);
    ui.session().changed();
    // The dashboard tells how many, and leads to them.
    ui.window().showPage(PageId::Dashboard);
    ui.waitForReads();
    auto *toReview = ui.find<QPushButton>("dashboardAddressesToReview");
    REQUIRE(toReview->isVisible());
    CHECK(toReview->text() == QStringLiteral("Customer addresses to review: 1"));
    ui.click(toReview);
    auto *table = ui.find<QTableView>("customerTable");
    CHECK(ui.find<QCheckBox>("customerReviewFilter")->isChecked());
    REQUIRE(table->model()->rowCount() == 1);
    ui.click("customerReviewFilter");
    const int all = table->model()->rowCount();
    REQUIRE(all >= 2);
    ui.click("customerReviewFilter");
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 0).data().toString() == typed.name);
    CHECK(table->model()->index(0, 4).data().toString() == QStringLiteral("to review"));

    // Saved untouched, it stays to review with its text.
    auto *page = static_cast<CustomersPage *>(ui.window().page(PageId::Customers));
    page->editCustomer(added.value());
    QDialog *dialog = ui.dialog<QDialog>("customerDialog");
    auto *banner = ui.find<QLabel>("customerReviewBanner", dialog);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("Please check this address")));
    CHECK(banner->text().contains(QStringLiteral("près de l'église")));
    CHECK(ui.find<CountryComboBox>("customerCountry", dialog)->countryCode().isEmpty());
    ui.click(ui.find<QPushButton>("customerOk", dialog));
    REQUIRE(UiFixture::closed(dialog));
    Customer stored = ui.ledger()->context().customers.find(added.value()).value();
    CHECK(stored.postalAddress.toReview);
    CHECK(stored.billingAddress == typed.billingAddress);

    // Completed: no longer to review, the filter's list is empty.
    page->editCustomer(added.value());
    dialog = ui.dialog<QDialog>("customerDialog");
    typeIn(ui, "customerStreet", QStringLiteral("Lieu-dit Le Moulin"), dialog);
    ui.setText("customerPostcode", QStringLiteral("13210"), dialog);
    typeIn(ui, "customerCity", QStringLiteral("Saint-Rémy-de-Provence"), dialog);
    ui.click(ui.find<QPushButton>("customerOk", dialog));
    CHECK(dialog->isVisible()); // the country is still missing
    CHECK(fieldErrors(dialog).fields == QStringList {QStringLiteral("customerCountry")});
    typeCountry(ui, dialog, QStringLiteral("Fra"));
    ui.click(ui.find<QPushButton>("customerOk", dialog));
    REQUIRE(UiFixture::closed(dialog));
    stored = ui.ledger()->context().customers.find(added.value()).value();
    CHECK_FALSE(stored.postalAddress.toReview);
    CHECK(stored.postalAddress.countryCode == QStringLiteral("FR"));
    CHECK(stored.billingAddress == QStringLiteral("Lieu-dit Le Moulin\n13210 Saint-Rémy-de-Provence"));
    ui.waitForReads();
    CHECK(table->model()->rowCount() == 0);
    ui.click("customerReviewFilter");
    CHECK(table->model()->rowCount() == all);
    ui.window().showPage(PageId::Dashboard);
    ui.waitForReads();
    CHECK_FALSE(toReview->isVisible());
}

TEST_CASE("opening and saving a customer without a change leaves the file as it was")
{
    UiFixture ui;
    Customer c;
    c.name = QStringLiteral("Brasserie Van den Berghe");
    c.billingAddress = QStringLiteral("Grote Markt 1\nB-1000 Brussel\nBELGIQUE");
    c.vatId = QStringLiteral("BE0477472701");
    c.endpoint = {QStringLiteral("0208"), QStringLiteral("0477472701")};
    c.registration = {QStringLiteral("0208"), QStringLiteral("0477472701")};
    c.einvoiceFormat = EInvoiceFormat::Peppol;
    c.language = QStringLiteral("fr");
    auto id = ui.ledger()->customers().add(c);
    REQUIRE(id.ok());
    ui.session().changed();
    const QString before = ui.ledger().dump();
    auto *page = static_cast<CustomersPage *>(ui.window().page(PageId::Customers));
    ui.window().showPage(PageId::Customers);
    page->editCustomer(id.value());
    QDialog *dialog = ui.dialog<QDialog>("customerDialog");
    CHECK(ui.find<QComboBox>("customerEInvoiceFormat", dialog)->currentData().toString() == QStringLiteral("peppol"));
    CHECK(ui.find<QComboBox>("customerEndpointScheme", dialog)->currentData().toString() == QStringLiteral("0208"));
    ui.click(ui.find<QPushButton>("customerOk", dialog));
    REQUIRE(UiFixture::closed(dialog));
    const Customer stored = ui.ledger()->context().customers.find(id.value()).value();
    CHECK(stored.billingAddress == QStringLiteral("Grote Markt 1\nB-1000 Brussel\nBELGIQUE"));
    CHECK(stored.postalAddress.postcodePrefix == QStringLiteral("B-"));
    CHECK(stored.endpoint.toString() == QStringLiteral("0208:0477472701"));
    Q_UNUSED(before);
}

TEST_CASE("the customer dialog: Tab goes down each column; a bad contact email is told right under the contacts")
{
    UiFixture ui;
    QDialog *dialog = openNewCustomer(ui);
    auto *country = ui.find<CountryComboBox>("customerCountry", dialog);
    country->setFocus();
    QTest::keyClick(country->lineEdit(), Qt::Key_Tab);
    CHECK(dialog->focusWidget() == ui.find<QWidget>("customerLanguage", dialog));
    auto *noReminders = ui.find<QWidget>("customerNoReminders", dialog);
    noReminders->setFocus();
    QTest::keyClick(noReminders, Qt::Key_Tab);
    CHECK(dialog->focusWidget() == ui.find<QWidget>("customerVat", dialog));

    typeIn(ui, "customerName", QStringLiteral("Bäckerei Groß"), dialog);
    ui.click(ui.find<QPushButton>("addContactButton", dialog));
    auto *contacts = ui.find<QTableView>("contactsTable", dialog);
    typeInCell(contacts, 0, 1, QStringLiteral("einkauf(at)baeckerei"));
    const QString before = ui.ledger().dump();
    ui.click(ui.find<QPushButton>("customerOk", dialog));
    CHECK(dialog->isVisible());
    const Shown shown = fieldErrors(dialog);
    CHECK(shown.fields == QStringList {QStringLiteral("contactsTable")});
    CHECK(shown.messages.value(0).contains(QStringLiteral("einkauf(at)baeckerei")));
    auto *layout = qobject_cast<QBoxLayout *>(dialog->layout());
    REQUIRE(layout != nullptr);
    const int table = layout->indexOf(contacts);
    REQUIRE(table >= 0);
    REQUIRE(layout->itemAt(table + 1)->widget() != nullptr);
    CHECK(layout->itemAt(table + 1)->widget()->objectName() == QStringLiteral("fieldError"));
    CHECK(ui.ledger().dump() == before);

    typeInCell(contacts, 0, 1, QStringLiteral("einkauf@baeckerei.example"));
    ui.click(ui.find<QPushButton>("customerOk", dialog));
    REQUIRE(UiFixture::closed(dialog));
    const Customer c
        = ui.ledger()->context().customers.find(customerNamed(ui, QStringLiteral("Bäckerei Groß"))).value();
    CHECK(c.primaryEmail() == QStringLiteral("einkauf@baeckerei.example"));
}
