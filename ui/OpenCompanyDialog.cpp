#include "OpenCompanyDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

OpenCompanyDialog::OpenCompanyDialog(QWidget *parent)
    : QDialog(parent), m_tabs(new QTabWidget), m_file(new QLineEdit), m_host(new QLineEdit), m_port(new QSpinBox),
      m_database(new QLineEdit), m_user(new QLineEdit), m_password(new QLineEdit), m_remember(new QCheckBox),
      m_sslMode(new QComboBox), m_problem(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("openCompanyDialog"));
    setWindowTitle(tr("Open a company"));
    m_tabs->setObjectName(QStringLiteral("openCompanyTabs"));
    m_file->setObjectName(QStringLiteral("openFile"));
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_remember->setObjectName(QStringLiteral("serverRememberPassword"));
    m_sslMode->setObjectName(QStringLiteral("serverSslMode"));
    m_problem->setObjectName(QStringLiteral("openProblem"));
    m_buttons->setObjectName(QStringLiteral("openButtons"));

    auto *fileTab = new QWidget;
    auto *fileRow = new QHBoxLayout;
    auto *browse = new QPushButton(tr("Browse…"));
    browse->setObjectName(QStringLiteral("openBrowse"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *fileForm = new QFormLayout(fileTab);
    fileForm->addRow(tr("Company &file:"), fileRow);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(this, tr("Open a company file"),
                                                            m_file->text().isEmpty() ? QDir::homePath() : m_file->text(),
                                                            tr("Facturo company files (*.facturo);;All files (*)"));
        if (!chosen.isEmpty())
            m_file->setText(QDir::toNativeSeparators(chosen));
    });

    auto *serverTab = new QWidget;
    m_host->setText(QStringLiteral("localhost"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_user->setText(qEnvironmentVariable("USER"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass or the keychain"));
    m_remember->setText(tr("&Remember the password in the desktop keychain"));
    // PostgreSQL's sslmode values, as libpq reads them.
    m_sslMode->addItem(tr("Encrypted if the server offers it"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("Always encrypted"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Encrypted, server certificate and name checked"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("Never encrypted"), QStringLiteral("disable"));
    auto *serverForm = new QFormLayout(serverTab);
    serverForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    serverForm->addRow(tr("&Server:"), m_host);
    serverForm->addRow(tr("P&ort:"), m_port);
    serverForm->addRow(tr("&Database:"), m_database);
    serverForm->addRow(tr("&User:"), m_user);
    serverForm->addRow(tr("&Password:"), m_password);
    serverForm->addRow(QString(), m_remember);
    serverForm->addRow(tr("&Encryption:"), m_sslMode);

    m_tabs->addTab(fileTab, tr("Company file"));
    m_tabs->addTab(serverTab, tr("Connect to a server"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString OpenCompanyDialog::password() const
{
    return m_tabs->currentIndex() == 1 ? m_password->text() : QString();
}

bool OpenCompanyDialog::rememberPassword() const
{
    return m_tabs->currentIndex() == 1 && m_remember->isChecked() && !m_password->text().isEmpty();
}

QString OpenCompanyDialog::serverLocation(const QString &host, int port, const QString &database, const QString &user,
                                          const QString &sslMode)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    if (!sslMode.isEmpty() && sslMode != QLatin1String("prefer")) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}

void OpenCompanyDialog::setServerLocation(const QString &location)
{
    const QUrl url(location);
    m_tabs->setCurrentIndex(1);
    m_host->setText(url.host());
    m_port->setValue(url.port(5432));
    m_database->setText(url.path().mid(1));
    m_user->setText(url.userName());
    const QString mode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
    const int index = m_sslMode->findData(mode.isEmpty() ? QStringLiteral("prefer") : mode);
    if (index >= 0)
        m_sslMode->setCurrentIndex(index);
    m_password->setFocus();
}

void OpenCompanyDialog::accept()
{
    QStringList problems;
    QWidget *first = nullptr;
    const auto problem = [&](QWidget *field, const QString &text) {
        problems << text;
        if (!first)
            first = field;
    };
    if (m_tabs->currentIndex() == 0) {
        const QString path = m_file->text().trimmed();
        if (path.isEmpty())
            problem(m_file, tr("Choose the company file."));
        else if (!QFileInfo(QDir::fromNativeSeparators(path)).isFile())
            problem(m_file, tr("%1 does not exist or is not a file.").arg(path));
        m_location = QDir::fromNativeSeparators(path);
    } else {
        static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9._:-]+$"));
        static const QRegularExpression plainName(QStringLiteral("^[^\\s/?#@]+$"));
        if (!hostName.match(m_host->text().trimmed()).hasMatch())
            problem(m_host, tr("Write the server's name or address (e.g. billing-server or 192.168.1.20)."));
        if (!plainName.match(m_database->text().trimmed()).hasMatch())
            problem(m_database, tr("Write the name of the company's database on the server."));
        if (!plainName.match(m_user->text().trimmed()).hasMatch())
            problem(m_user, tr("Write your user name on the server."));
        m_location = serverLocation(m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(),
                                    m_user->text().trimmed(), m_sslMode->currentData().toString());
    }
    if (!problems.isEmpty()) {
        m_location.clear();
        m_problem->setText(problems.join(QLatin1Char('\n')));
        m_problem->show();
        first->setFocus();
        return;
    }
    QDialog::accept();
}
