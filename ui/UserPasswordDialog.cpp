#include "UserPasswordDialog.h"

#include "CompanySession.h"
#include "UserPasswordRepository.h"
#include "UserPasswordService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

UserPasswordDialog::UserPasswordDialog(CompanySession &session, const User &user, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_user(user)
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_clear(new QPushButton(tr("Clear the password"), this))
{
    setObjectName(QStringLiteral("userPasswordDialog"));
    setWindowTitle(tr("Password of %1").arg(user.name));
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_problem->setObjectName(QStringLiteral("passwordProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_clear->setObjectName(QStringLiteral("clearPasswordButton"));
    auto withPassword = UserPasswordRepository(session.ledger().database()).usersWithPassword();
    m_clear->setEnabled(withPassword && withPassword->contains(user.id));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePasswordButton"));
    buttons->addButton(m_clear, QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserPasswordDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_clear, &QPushButton::clicked, this, &UserPasswordDialog::clearPassword);

    auto *intro = new QLabel(
        tr("Once a user has a password, everyone signs in with their own when the company file opens. A password "
           "has at least %1 characters.")
            .arg(UserPasswordService::MinimumLength),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("New password:"), m_password);
    form->addRow(tr("Again:"), m_repeat);
    form->addRow(QString(), m_problem);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void UserPasswordDialog::refuse(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
}

void UserPasswordDialog::save()
{
    if (m_password->text() != m_repeat->text()) {
        refuse(tr("The two passwords differ."));
        m_repeat->setFocus();
        m_repeat->selectAll();
        return;
    }
    UserPasswordService passwords(m_session.context(), m_session.ledger().audit());
    const Status done = passwords.setPassword(m_user.name, m_password->text());
    if (!done) {
        refuse(done.message());
        return;
    }
    m_session.changed(tr("The password of %1 is set.").arg(m_user.name));
    accept();
}

void UserPasswordDialog::clearPassword()
{
    UserPasswordService passwords(m_session.context(), m_session.ledger().audit());
    const Status done = passwords.clearPassword(m_user.name);
    if (!done) {
        refuse(done.message());
        return;
    }
    m_session.changed(tr("The password of %1 is cleared.").arg(m_user.name));
    accept();
}
