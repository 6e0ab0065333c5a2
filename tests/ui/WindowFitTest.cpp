#include "CompanySetupWizard.h"
#include "ContractService.h"
#include "CustomersPage.h"
#include "ElidedLabel.h"
#include "GuiApplication.h"
#include "InvoicesPage.h"
#include "MessageBanner.h"
#include "UiTestSupport.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QDialog>
#include <QHelpEvent>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QToolTip>

namespace {
// The part of the window a widget really takes: inside a scroll area, what the area shows.
bool clippedByScrollArea(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *w = widget->parentWidget(); w && w != window; w = w->parentWidget()) {
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(w->parentWidget()))
            if (w == area->viewport())
                return true;
    }
    return false;
}

// Every visible widget of the window lies inside it; returns the ones that do not.
QStringList outside(QWidget *window)
{
    QStringList problems;
    const QRect inside = window->rect();
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window) || widget->isWindow() || clippedByScrollArea(widget, window))
            continue;
        const QRect area(widget->mapTo(window, QPoint(0, 0)), widget->size());
        if (!inside.contains(area))
            problems << QStringLiteral("%1 (%2) at %3,%4 %5x%6")
                            .arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()))
                            .arg(area.x())
                            .arg(area.y())
                            .arg(area.width())
                            .arg(area.height());
    }
    return problems;
}

struct Language
{
    const char *code;
    QLocale locale;
};

// What makes the pages busy: a long customer name and description on the quotation the page
// selects, a contract invoice due (offered when the window opens), an address to review.
void fillCompany(TestLedger &ledger)
{
    const qint64 customer
        = ledger.addCustomer(QStringLiteral("Syndicat des copropriétaires de la Résidence des Tilleuls, bâtiment B"));
    Quotation quotation;
    quotation.customerId = customer;
    quotation.description
        = QStringLiteral("Remplacement complet de la chaudière collective et désembouage du réseau de chauffage");
    quotation.lines = {makeLine(QStringLiteral("Chaudière à condensation 120 kW"), QStringLiteral("1"),
        QStringLiteral("14500"), QStringLiteral("20"))};
    auto quoted = ledger->quotations().create(quotation);
    INFO(quoted.message().toStdString());
    REQUIRE(quoted.ok());
    ContractService contracts(ledger->context(), ledger->audit());
    Contract contract;
    contract.customerId = customer;
    contract.startDate = ledger.clock().today().addMonths(-2);
    contract.reference = QStringLiteral("MAINT-TILLEULS");
    auto added = contracts.add(contract);
    INFO(added.message().toStdString());
    REQUIRE(added.ok());
    ContractLine line;
    line.description = QStringLiteral("Contrat d'entretien de la chaufferie collective");
    ContractVersion price;
    price.unitPrice = UnitPrice::parse(QStringLiteral("180")).value();
    price.taxRate = Percentage::parse(QStringLiteral("20")).value();
    REQUIRE(contracts.addLine(added.value(), line, price).ok());
    Customer toReview;
    toReview.name = QStringLiteral("Ferme du Vieux Moulin");
    toReview.billingAddress = QStringLiteral("Lieu-dit Le Moulin\nprès de l'église\nSaint-Rémy"); // no postcode
    REQUIRE(ledger->customers().add(toReview).ok());
}

// Lets what the window does later (timers, background reads, queued layouts) happen.
void settle(UiFixture &ui)
{
    ui.waitForReads();
    QTest::qWait(150);
    ui.waitForReads();
    QCoreApplication::processEvents();
}

// Why the window is wider than asked: the widgets asking for most of the width.
QString widest(MainWindow &window)
{
    QStringList found;
    for (QWidget *w : window.findChildren<QWidget *>()) {
        if (w->isWindow() || !w->isVisibleTo(&window) || w->minimumSizeHint().width() <= 300)
            continue;
        const auto *label = qobject_cast<QLabel *>(w);
        found << QStringLiteral("%1 %2 in %3 (%4)%5")
                     .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                         w->parentWidget() ? w->parentWidget()->objectName() : QString())
                     .arg(w->minimumSizeHint().width())
                     .arg(label ? QStringLiteral(" \"%1\"").arg(label->text().left(60)) : QString());
    }
    return QStringLiteral("window %1x%2, minimum %3: ")
               .arg(window.width())
               .arg(window.height())
               .arg(window.minimumSizeHint().width())
        + found.join(QStringLiteral(", "));
}

void checkFits(UiFixture &ui, const std::string &where)
{
    settle(ui);
    MainWindow &window = ui.window();
    INFO(where << ": " << widest(window).toStdString());
    CHECK(window.width() == 1024);
    CHECK(window.height() == 768);
    const QStringList problems = outside(&window);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}
// The dashboard's card titles and lines of context are read whole at 1024 px, on two lines if need be.
void checkCardTitles(MainWindow &window)
{
    const QList<ElidedLabel *> titles = window.findChildren<ElidedLabel *>(QStringLiteral("figureTitle"));
    CHECK(titles.size() >= 8);
    const QList<ElidedLabel *> details = window.findChildren<ElidedLabel *>(QStringLiteral("figureDetail"));
    for (ElidedLabel *title : titles + details) {
        INFO("card title " << title->text().toStdString() << " shown as "
                           << title->shownLines().join(QLatin1Char('|')).toStdString() << " in " << title->width()
                           << "x" << title->height());
        CHECK_FALSE(title->isElided());
        CHECK(title->shownLines().join(QLatin1Char(' ')) == title->text());
        CHECK(title->height() >= title->heightForWidth(title->width()));
    }
}
} // namespace

TEST_CASE(
    "a label too narrow for its text ends in an ellipsis, on its last line, and shows the whole text as a tooltip")
{
    QWidget window;
    auto *label = new ElidedLabel(
        QStringLiteral("Syndicat des copropriétaires de la Résidence des Tilleuls · Remplacement de la chaudière"),
        &window);
    label->setMaximumLines(2);
    CHECK(label->minimumSizeHint().width() < 100);
    label->setGeometry(0, 0, 180, label->heightForWidth(180));
    window.resize(200, 100);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QStringList lines = label->shownLines();
    REQUIRE(lines.size() == 2);
    CHECK(label->text().startsWith(lines.at(0)));
    CHECK(lines.at(1).endsWith(QChar(0x2026)));
    CHECK(label->isElided());
    QHelpEvent help(QEvent::ToolTip, QPoint(5, 5), label->mapToGlobal(QPoint(5, 5)));
    QCoreApplication::sendEvent(label, &help);
    CHECK(QToolTip::isVisible());
    CHECK(QToolTip::text() == label->text());
    QToolTip::hideText();
    REQUIRE(QTest::qWaitFor([] { return !QToolTip::isVisible(); }));

    label->setGeometry(0, 0, 1200, label->heightForWidth(1200)); // room enough: one line, whole, no tooltip
    CHECK(label->shownLines() == QStringList {label->text()});
    CHECK_FALSE(label->isElided());
    QCoreApplication::sendEvent(label, &help);
    QTest::qWait(50);
    CHECK_FALSE(QToolTip::isVisible());
}

TEST_CASE("the window fits 1024x768 in English, French and German: every page's widgets lie inside it")
{
    const Language languages[] = {{"en", QLocale(QLocale::English, QLocale::UnitedStates)},
        {"fr", QLocale(QLocale::French, QLocale::France)}, {"de", QLocale(QLocale::German, QLocale::Germany)}};
    for (const Language &language : languages) {
        GuiApplication::installTranslations(*qApp, QString::fromLatin1(language.code));
        UiFixture ui(fillCompany);
        QLocale::setDefault(language.locale);
        MainWindow &window = ui.window();
        window.resize(1024, 768);
        settle(ui);
        INFO("language " << language.code);
        // A draft open in the editor and a posted invoice: the busiest screens.
        const qint64 draft = ui.ledger().draftWith({{QStringLiteral("Entretien annuel chaudière gaz à condensation"),
            QStringLiteral("1"), QStringLiteral("95"), QStringLiteral("20")}});
        ui.ledger().postNew(QStringLiteral("480"));
        ui.session().changed(); // every page reads again, the dashboard in the background
        checkFits(ui, "after the window opened");
        // The contract invoice due was offered as the window opened (a dialog of its own).
        const auto offers = window.findChildren<QDialog *>(QStringLiteral("sinceLastRunDialog"));
        CHECK((offers.size() == 1 && offers.constFirst()->isVisible()));
        // A long notice above the pages wraps.
        ui.find<MessageBanner>("handoffBanner")
            ->showMessage(QStringLiteral("Job hand-off: 12 job file(s) imported; 3 invoice(s) need attention; "
                                         "1 file(s) failed (moved to failed/). Settings › Job hand-off lists them."),
                MessageBanner::Kind::Warning);
        for (PageId id : {PageId::Dashboard, PageId::ServiceOrders, PageId::Quotations, PageId::Invoices,
                 PageId::Payments, PageId::Reconciliation, PageId::Reminders, PageId::Reports, PageId::Customers,
                 PageId::Catalog, PageId::Outbox, PageId::Contracts, PageId::Settings}) {
            window.showPage(id);
            checkFits(ui, "page " + window.page(id)->title().toStdString());
            if (id == PageId::Dashboard)
                checkCardTitles(window);
        }
        // Every tab of Settings, and the draft editor.
        window.showPage(PageId::Settings);
        auto *tabs = ui.find<QTabWidget>("settingsTabs");
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            checkFits(ui, "settings tab " + tabs->tabText(i).toStdString());
        }
        window.navigator().openDocument(draft);
        checkFits(ui, "draft editor");
        ui.find<MessageBanner>("handoffBanner")->clearMessage();
        for (QDialog *offer : window.findChildren<QDialog *>(QStringLiteral("sinceLastRunDialog")))
            offer->reject();
    }
    GuiApplication::installTranslations(*qApp, QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

TEST_CASE("the customer dialog and the setup wizard fit 1024x768 in English, French and German, with their messages")
{
    for (const char *code : {"en", "fr", "de"}) {
        GuiApplication::installTranslations(*qApp, QString::fromLatin1(code));
        UiFixture ui;
        QLocale::setDefault(QLocale(QString::fromLatin1(code)));
        INFO("language " << code);
        Customer typed;
        typed.name = QStringLiteral("Ferme du Vieux Moulin");
        typed.billingAddress = QStringLiteral("Lieu-dit Le Moulin\nprès de l'église\nSaint-Rémy");
        auto added = ui.ledger()->customers().add(typed);
        REQUIRE(added.ok());
        ui.window().showPage(PageId::Customers);
        auto *customers = static_cast<CustomersPage *>(ui.window().page(PageId::Customers));
        customers->editCustomer(added.value());
        auto *dialog = ui.dialog<QDialog>("customerDialog");
        // The banner of an address to review and a problem under three fields.
        ui.setText("customerStreet", QStringLiteral("Lieu-dit Le Moulin"), dialog);
        ui.setText("customerPostcode", QStringLiteral("1321"), dialog);
        ui.setText("customerEndpointId", QStringLiteral("12345678200011"), dialog);
        ui.click(ui.find<QPushButton>("customerOk", dialog));
        CHECK(dialog->findChildren<QLabel *>(QStringLiteral("fieldError")).size() >= 2);
        QCoreApplication::processEvents();
        CHECK(dialog->minimumSizeHint().width() <= 1024);
        CHECK(dialog->minimumSizeHint().height() <= 740);
        CHECK(dialog->width() <= 1024);
        CHECK(dialog->height() <= 740);
        dialog->reject();
        CompanySetupWizard wizard;
        wizard.show();
        REQUIRE(QTest::qWaitForWindowExposed(&wizard));
        CHECK(wizard.minimumSizeHint().width() <= 1024);
        CHECK(wizard.minimumSizeHint().height() <= 740);
        CHECK(wizard.width() <= 1024);
        CHECK(wizard.height() <= 740);
    }
    GuiApplication::installTranslations(*qApp, QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}
