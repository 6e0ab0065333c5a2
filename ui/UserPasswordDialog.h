#pragma once

#include "User.h"

#include <QDialog>

class CompanySession;
class QLabel;
class QLineEdit;
class QPushButton;

// Settings › Users: sets, changes or clears the password of one user (UserPasswordService: a
// manager for anyone, every user for their own). The new password is typed twice; a refusal is
// said in the dialog, which stays open with what was typed.
class UserPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    UserPasswordDialog(CompanySession &session, const User &user, QWidget *parent = nullptr);

private:
    void save();
    void clearPassword();
    void refuse(const QString &message);

    CompanySession &m_session;
    User m_user;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_problem;
    QPushButton *m_clear;
};
