// A company file whose users have passwords asks who works when the window opens it.
#include "GuiApplication.h"
#include "SignInDialog.h"
#include "TestResults.h"
#include "UiTestSupport.h"
#include "UserPasswordDialog.h"
#include "UserPasswordRepository.h"
#include "UserPasswordService.h"
#include "UserSignIn.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>

#include <functional>

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// marie (manager) and paul (clerk) with their passwords.
void protect(TestLedger &company)
{
    User paul;
    paul.name = s("paul");
    need(company->settings().addUser(paul));
    UserPasswordService passwords(company->context(), company->audit(), 1000);
    need(passwords.setPassword(s("marie"), s("marie-password")));
    need(passwords.setPassword(s("paul"), s("paul-password")));
}

// Runs `step` on the sign-in dialog each time it is the active modal window, until it returns
// false (or the dialog is gone).
void driveSignIn(const std::function<bool(SignInDialog *)> &step)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, step] {
        auto *dialog = qobject_cast<SignInDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (!step(dialog))
            poll->deleteLater();
    });
    poll->start();
}

void type(SignInDialog *dialog, const QString &user, const QString &password)
{
    auto *users = dialog->findChild<QComboBox *>(s("signInUser"));
    users->setCurrentIndex(users->findData(user));
    auto *field = dialog->findChild<QLineEdit *>(s("signInPassword"));
    field->clear();
    QTest::keyClicks(field, password);
    dialog->findChild<QPushButton *>(s("signInButton"))->click();
}
} // namespace

TEST_CASE("the window asks for the user and password of a protected file, and the wrong one is said at the field")
{
    QStandardPaths::setTestModeEnabled(true);
    TestLedger company;
    protect(company);

    int step = 0;
    QString problem;
    bool stayedOpen = false;
    QString userKept;
    driveSignIn([&](SignInDialog *dialog) {
        if (step == 0) {
            type(dialog, s("paul"), s("marie-password")); // marie's is not paul's
            ++step;
            return true;
        }
        auto *label = dialog->findChild<QLabel *>(s("signInProblem"));
        problem = label->isVisible() ? label->text() : QString();
        stayedOpen = dialog->isVisible();
        userKept = dialog->findChild<QComboBox *>(s("signInUser"))->currentData().toString();
        type(dialog, s("paul"), s("paul-password"));
        return false;
    });
    GuiApplication gui(*qApp);
    REQUIRE(gui.start({s("facturo"), company.path()}) == -1);
    CHECK(step == 1);
    CHECK(stayedOpen);
    CHECK(problem.contains(s("Wrong password for paul")));
    CHECK(userKept == s("paul"));
    REQUIRE(gui.window() != nullptr);
    CHECK(gui.window()->findChild<QLabel *>(s("companyLabel"))->text().contains(s("Signed in as paul")));

    // paul is a clerk there: adding a user is a manager's.
    gui.window()->showPage(PageId::Settings);
    auto *name = gui.window()->findChild<QLineEdit *>(s("userName"));
    REQUIRE(name != nullptr);
    name->setText(s("lea"));
    gui.window()->findChild<QPushButton *>(s("addUserButton"))->click();
    auto *banner = gui.window()->findChild<QLabel *>(s("settingsMessage"));
    REQUIRE(banner != nullptr);
    CHECK(banner->text().contains(s("Only a manager")));

    // His own password he may change, in the dialog of Settings › Users.
    gui.window()->findChild<QPushButton *>(s("userPasswordButton"))->click();
    auto *dialog = gui.window()->findChild<UserPasswordDialog *>(s("userPasswordDialog"));
    REQUIRE(dialog != nullptr);
    dialog->findChild<QLineEdit *>(s("newPassword"))->setText(s("paul-new-password"));
    dialog->findChild<QLineEdit *>(s("repeatPassword"))->setText(s("paul-new-passwort"));
    dialog->findChild<QPushButton *>(s("savePasswordButton"))->click();
    CHECK(dialog->isVisible());
    CHECK(dialog->findChild<QLabel *>(s("passwordProblem"))->text().contains(s("differ")));
    dialog->findChild<QLineEdit *>(s("repeatPassword"))->setText(s("paul-new-password"));
    dialog->findChild<QPushButton *>(s("savePasswordButton"))->click();
    REQUIRE(QTest::qWaitFor([&] { return gui.window()->findChild<UserPasswordDialog *>() == nullptr; }));
    need(UserSignIn::signIn(company.ledger(), s("paul"), UserSignIn::given(s("paul-new-password"))));
    CHECK(UserSignIn::signIn(company.ledger(), s("paul"), UserSignIn::given(s("paul-password"))).error().kind()
        == ErrorKind::Permission);
}

TEST_CASE("the right password opens the file as that user, and cancelling closes it")
{
    QStandardPaths::setTestModeEnabled(true);
    TestLedger company;
    protect(company);
    {
        driveSignIn([](SignInDialog *dialog) {
            type(dialog, s("marie"), s("marie-password"));
            return false;
        });
        GuiApplication gui(*qApp);
        REQUIRE(gui.start({s("facturo"), company.path()}) == -1);
        REQUIRE(gui.window() != nullptr);
        CHECK(gui.window()->findChild<QLabel *>(s("companyLabel"))->text().contains(s("Signed in as marie")));
        // marie manages: she adds a user.
        gui.window()->showPage(PageId::Settings);
        gui.window()->findChild<QLineEdit *>(s("userName"))->setText(s("lea"));
        gui.window()->findChild<QPushButton *>(s("addUserButton"))->click();
        CHECK(need(company->context().users.findByName(s("lea"))).name == s("lea"));
    }
    {
        driveSignIn([](SignInDialog *dialog) {
            dialog->findChild<QPushButton *>(s("signInCancelButton"))->click();
            return false;
        });
        GuiApplication gui(*qApp);
        CHECK(gui.start({s("facturo"), company.path()}) == 0); // nothing to show: the program ends
        CHECK(gui.window() == nullptr);
    }
}
