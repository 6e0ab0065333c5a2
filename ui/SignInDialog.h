#pragma once

#include <QDialog>

class Ledger;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asked when a company file whose users have passwords opens: who works, with their password.
// A wrong password is said under the field and the dialog stays, with the user chosen and the
// password selected to be typed again; accepted only once Ledger::signIn() took it (the ledger
// then acts as that user). Cancel leaves the ledger signed in as nobody: the file is closed.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(Ledger &ledger, QWidget *parent = nullptr);

    void accept() override;

private:
    Ledger &m_ledger;
    QComboBox *m_user;
    QLineEdit *m_password;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
