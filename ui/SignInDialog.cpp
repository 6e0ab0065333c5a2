#include "SignInDialog.h"

#include "CompanyFiles.h"
#include "Ledger.h"
#include "UserSignIn.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(Ledger &ledger, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_user(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to %1").arg(CompanyFiles::shortName(ledger.database().path())));
    m_user->setObjectName(QStringLiteral("signInUser"));
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_problem->setObjectName(QStringLiteral("signInProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_buttons->setObjectName(QStringLiteral("signInButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signInButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("signInCancelButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close the file"));

    auto users = ledger.context().users.list();
    if (users) {
        for (const User &u : users.value())
            if (u.active)
                m_user->addItem(u.fullName.isEmpty() ? u.name : tr("%1 (%2)").arg(u.name, u.fullName), u.name);
    }
    auto fallback = UserSignIn::userNameOrDefault(ledger, QString());
    if (fallback)
        m_user->setCurrentIndex(std::max(0, m_user->findData(fallback.value())));
    connect(m_password, &QLineEdit::textEdited, m_problem, &QLabel::hide);
    connect(m_user, &QComboBox::currentIndexChanged, m_problem, &QLabel::hide);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto *intro = new QLabel(tr("The users of this company file sign in with their password."), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_problem);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_password->setFocus();
}

void SignInDialog::accept()
{
    const Status signedIn
        = UserSignIn::signIn(m_ledger, m_user->currentData().toString(), UserSignIn::given(m_password->text()));
    if (!signedIn) {
        m_problem->setText(signedIn.message());
        m_problem->show();
        m_password->setFocus();
        m_password->selectAll();
        return;
    }
    QDialog::accept();
}
