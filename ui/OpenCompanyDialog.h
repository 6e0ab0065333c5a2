#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

// File › Open: a company file, or a company on a PostgreSQL server ("Connect to a server": host,
// port, database, user, password, TLS as sslmode says). The server location never carries the
// password; it is given apart (and kept in the desktop keychain when asked), else libpq finds it
// in ~/.pgpass. Problems are said under the fields, in order, with focus on the first.
class OpenCompanyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenCompanyDialog(QWidget *parent = nullptr);

    // What to open: a file path or postgresql://user@host:port/database?sslmode=...
    QString location() const { return m_location; }
    QString password() const;
    bool rememberPassword() const;
    // Starts on the server tab with these values (a location from the recent list).
    void setServerLocation(const QString &location);

    // A server location from its parts (percent-encoded; no password).
    static QString serverLocation(const QString &host, int port, const QString &database, const QString &user,
                                  const QString &sslMode);

    void accept() override;

private:
    QTabWidget *m_tabs;
    QLineEdit *m_file;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QComboBox *m_sslMode;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QString m_location;
};
