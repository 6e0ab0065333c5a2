// The company settings form: the payment reference kind and the payment link, saved; a template
// with an unknown placeholder refused at its field, nothing saved.
#include "SettingsPage.h"
#include "UiTestSupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>

#include <catch2/catch.hpp>

namespace {
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}
} // namespace

TEST_CASE("the invoicing settings set the payment reference and the payment link", "[payref]")
{
    UiFixture ui;
    ui.window().showPage(PageId::Settings);
    QWidget *page = ui.window().page(PageId::Settings);
    ui.find<QTabWidget>("settingsTabs")->setCurrentIndex(1);
    auto *kind = ui.find<QComboBox>("paymentReference");
    auto *link = ui.find<QLineEdit>("paymentLink");
    CHECK(kind->currentData().toString() == QStringLiteral("rf"));
    CHECK(link->text().isEmpty());

    const QString before = ui.ledger().dump();
    typeInto(link, QStringLiteral("https://pay.example.com/i/{invoice}"));
    ui.click("saveInvoicingButton");
    QStringList fields;
    QString message;
    for (QLabel *label : page->findChildren<QLabel *>(QStringLiteral("fieldError"))) {
        fields << label->property("field").toString();
        message += label->text();
    }
    CHECK(fields == QStringList {QStringLiteral("paymentLink")});
    CHECK(message.contains(QStringLiteral("{invoice}")));
    CHECK(ui.ledger().dump() == before);

    kind->setCurrentIndex(kind->findData(QStringLiteral("be")));
    typeInto(link, QStringLiteral("https://pay.example.com/i/{number}?amount={due}"));
    ui.click("saveInvoicingButton");
    const CompanySettings s = ui.ledger()->context().company.load().value();
    CHECK(s.paymentReferenceKind == QStringLiteral("be"));
    CHECK(s.paymentLinkTemplate == QStringLiteral("https://pay.example.com/i/{number}?amount={due}"));
}
