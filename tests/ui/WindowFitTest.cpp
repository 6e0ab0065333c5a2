#include "CompanySetupWizard.h"
#include "CustomersPage.h"
#include "GuiApplication.h"
#include "InvoicesPage.h"
#include "SettingsPage.h"
#include "UiTestSupport.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QToolBar>

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
} // namespace

TEST_CASE("the window fits 1024x768 in English, French and German: every page's widgets lie inside it")
{
    const Language languages[] = {{"en", QLocale(QLocale::English, QLocale::UnitedStates)},
        {"fr", QLocale(QLocale::French, QLocale::France)}, {"de", QLocale(QLocale::German, QLocale::Germany)}};
    for (const Language &language : languages) {
        GuiApplication::installTranslations(*qApp, QString::fromLatin1(language.code));
        UiFixture ui;
        QLocale::setDefault(language.locale);
        // A draft open in the editor and a posted invoice: the busiest screens.
        const qint64 draft = ui.ledger().draftWith({{QStringLiteral("Entretien annuel chaudière gaz à condensation"),
            QStringLiteral("1"), QStringLiteral("95"), QStringLiteral("20")}});
        ui.ledger().postNew(QStringLiteral("480"));
        ui.session().changed();
        MainWindow &window = ui.window();
        window.resize(1024, 768);
        QCoreApplication::processEvents();
        QStringList widest; // what asks for the width, when the window is too wide
        for (PageId id : {PageId::Dashboard, PageId::ServiceOrders, PageId::Quotations, PageId::Invoices,
                 PageId::Payments, PageId::Reminders, PageId::Reports, PageId::Customers, PageId::Catalog,
                 PageId::Outbox, PageId::Settings})
            widest << QStringLiteral("%1: %2")
                          .arg(window.page(id)->title())
                          .arg(window.page(id)->minimumSizeHint().width());
        // The widgets that ask for most of the width, to say where to look when it is too much.
        for (PageId id : {PageId::Invoices, PageId::Settings}) {
            for (QWidget *w : window.page(id)->findChildren<QWidget *>()) {
                if (w->minimumSizeHint().width() <= 400 || w->inherits("QStackedWidget") || w->inherits("QTabWidget"))
                    continue;
                const auto *label = qobject_cast<QLabel *>(w);
                widest << QStringLiteral("%1 %2 in %3 (%4)%5")
                              .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                  w->parentWidget() ? w->parentWidget()->objectName() : QString())
                              .arg(w->minimumSizeHint().width())
                              .arg(label ? QStringLiteral(" \"%1\"").arg(label->text().left(60)) : QString());
            }
        }
        for (QToolBar *bar : window.findChildren<QToolBar *>())
            widest << QStringLiteral("toolbar %1: %2").arg(bar->objectName()).arg(bar->minimumSizeHint().width());
        INFO("language " << language.code << ", window " << window.width() << "x" << window.height() << ", minimum "
                         << window.minimumSizeHint().width() << "x" << window.minimumSizeHint().height() << "; "
                         << widest.join(QStringLiteral(", ")).toStdString());
        CHECK(window.width() == 1024);
        CHECK(window.height() == 768);
        for (PageId id : {PageId::Dashboard, PageId::ServiceOrders, PageId::Quotations, PageId::Invoices,
                 PageId::Payments, PageId::Reminders, PageId::Reports, PageId::Customers, PageId::Catalog,
                 PageId::Outbox, PageId::Settings}) {
            window.showPage(id);
            ui.waitForReads();
            QCoreApplication::processEvents();
            INFO("page " << window.page(id)->title().toStdString());
            const QStringList problems = outside(&window);
            INFO(problems.join(QLatin1Char('\n')).toStdString());
            CHECK(problems.isEmpty());
        }
        // Every tab of Settings, and the draft editor.
        auto *settings = static_cast<SettingsPage *>(window.page(PageId::Settings));
        window.showPage(PageId::Settings);
        auto *tabs = ui.find<QTabWidget>("settingsTabs");
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            INFO("settings tab " << tabs->tabText(i).toStdString());
            const QStringList problems = outside(&window);
            INFO(problems.join(QLatin1Char('\n')).toStdString());
            CHECK(problems.isEmpty());
        }
        Q_UNUSED(settings);
        window.navigator().openDocument(draft);
        QCoreApplication::processEvents();
        {
            INFO("draft editor");
            const QStringList problems = outside(&window);
            INFO(problems.join(QLatin1Char('\n')).toStdString());
            CHECK(problems.isEmpty());
        }
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
