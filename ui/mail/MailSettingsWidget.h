#pragma once

#include <QWidget>

class MailSession;
class MailSignInWidget;
class QFormLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// The mail server settings of the company file: host, port, security, login, trusted
// certificate fingerprint, sender. The password goes to the desktop keychain, or, where none
// runs, stays in memory for this run of the program (the form says so); never in the file.
// objectNames: mailHost, mailPort, mailSecurity, mailUser, mailPassword, mailFingerprint,
// mailFromAddress, mailFromName, mailSave, mailSettingsMessage, mailTestTo, mailTest.
// The sign-in (password, or OAuth 2.0 with Microsoft 365, Google Workspace or another provider)
// is MailSignInWidget's, inside this form.
// "Send a test message" sends with the saved settings and says what the server answered.
class MailSettingsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit MailSettingsWidget(MailSession &mail, QWidget *parent = nullptr);

    void load();
    bool save();
    QString message() const;
    void sendTest();
    MailSignInWidget *signIn() const { return m_signIn; }

signals:
    void saved();
    void testFinished(bool sent);

private:
    void say(const QString &text, bool problem);

    MailSession &m_mail;
    QFormLayout *m_form = nullptr;
    MailSignInWidget *m_signIn = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_fingerprint = nullptr;
    QLineEdit *m_fromAddress = nullptr;
    QLineEdit *m_fromName = nullptr;
    QPushButton *m_save = nullptr;
    QLineEdit *m_testTo = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_message = nullptr;
};
