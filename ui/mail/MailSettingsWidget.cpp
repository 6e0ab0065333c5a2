#include "MailSettingsWidget.h"

#include "MailCredentials.h"
#include "MailSession.h"
#include "MailSettingsService.h"
#include "MailSignInWidget.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>

MailSettingsWidget::MailSettingsWidget(MailSession &mail, QWidget *parent)
    : QWidget(parent)
    , m_mail(mail)
{
    setObjectName(QStringLiteral("mailSettingsWidget"));
    auto named = [](QWidget *w, const char *name) {
        w->setObjectName(QString::fromLatin1(name));
        return w;
    };
    m_host = new QLineEdit(this);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_security = new QComboBox(this);
    m_security->addItem(tr("STARTTLS (port 587)"), static_cast<int>(SmtpSettings::Security::StartTls));
    m_security->addItem(tr("TLS (port 465)"), static_cast<int>(SmtpSettings::Security::ImplicitTls));
    m_security->addItem(tr("None (local relay only)"), static_cast<int>(SmtpSettings::Security::None));
    m_user = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Unchanged"));
    m_fingerprint = new QLineEdit(this);
    m_fingerprint->setPlaceholderText(tr("Only for a self-signed certificate: its SHA-256 fingerprint"));
    m_fromAddress = new QLineEdit(this);
    m_fromName = new QLineEdit(this);
    m_save = new QPushButton(tr("Save"), this);
    m_testTo = new QLineEdit(this);
    m_test = new QPushButton(tr("Send a test message"), this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_signIn = new MailSignInWidget(
        m_mail,
        [this]() -> std::optional<MailSettings> {
            if (!save())
                return std::nullopt;
            MailSettingsService service(m_mail.ledger().context(), m_mail.ledger().audit());
            auto settings = service.load();
            if (!settings)
                return std::nullopt;
            return settings.value();
        },
        this);
    named(m_host, "mailHost");
    named(m_port, "mailPort");
    named(m_security, "mailSecurity");
    named(m_user, "mailUser");
    named(m_password, "mailPassword");
    named(m_fingerprint, "mailFingerprint");
    named(m_fromAddress, "mailFromAddress");
    named(m_fromName, "mailFromName");
    named(m_save, "mailSave");
    named(m_testTo, "mailTestTo");
    named(m_test, "mailTest");
    named(m_message, "mailSettingsMessage");

    auto *form = new QFormLayout(this);
    m_form = form;
    form->addRow(m_signIn);
    form->addRow(tr("Mail server:"), m_host);
    form->addRow(tr("Security:"), m_security);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Trusted certificate:"), m_fingerprint);
    form->addRow(tr("Sender address:"), m_fromAddress);
    form->addRow(tr("Sender name:"), m_fromName);
    form->addRow(m_message);
    form->addRow(m_save);
    // A test message goes with the saved settings: save first, then send it.
    auto *test = new QHBoxLayout;
    test->addWidget(m_testTo, 1);
    test->addWidget(m_test);
    form->addRow(tr("Test:"), test);

    connect(m_security, &QComboBox::activated, this, [this]() {
        m_port->setValue(
            SmtpSettings::defaultPort(static_cast<SmtpSettings::Security>(m_security->currentData().toInt())));
    });
    connect(m_signIn, &MailSignInWidget::providerChosen, this, [this](OAuthProvider::Kind kind) {
        QString host = m_host->text();
        quint16 port = static_cast<quint16>(m_port->value());
        auto security = static_cast<SmtpSettings::Security>(m_security->currentData().toInt());
        OAuthProvider::applySmtpDefaults(kind, host, port, security);
        m_host->setText(host);
        m_port->setValue(port);
        m_security->setCurrentIndex(m_security->findData(static_cast<int>(security)));
    });
    connect(m_signIn, &MailSignInWidget::modeChanged, this,
        [this](bool oauth) { m_form->setRowVisible(m_password, !oauth); });
    connect(m_save, &QPushButton::clicked, this, &MailSettingsWidget::save);
    connect(m_test, &QPushButton::clicked, this, &MailSettingsWidget::sendTest);
    load();
}

void MailSettingsWidget::say(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b02a1e;") : QString());
}

QString MailSettingsWidget::message() const
{
    return m_message->text();
}

void MailSettingsWidget::load()
{
    MailSettingsService service(m_mail.ledger().context(), m_mail.ledger().audit());
    auto settings = service.load();
    if (!settings) {
        say(settings.message(), true);
        return;
    }
    m_host->setText(settings->host);
    m_port->setValue(settings->port);
    m_security->setCurrentIndex(m_security->findData(static_cast<int>(settings->security)));
    m_user->setText(settings->user);
    m_fingerprint->setText(settings->trustedFingerprint);
    m_fromAddress->setText(settings->fromAddress);
    m_fromName->setText(settings->fromName);
    m_signIn->setFrom(settings.value());
    m_form->setRowVisible(m_password, !settings->oauth);
    auto company = service.sender(MailSettings());
    m_fromAddress->setPlaceholderText(company ? company->address() : QString());
    m_fromName->setPlaceholderText(company ? company->displayName() : QString());
    auto sender = service.sender(settings.value());
    m_testTo->setPlaceholderText(sender ? tr("To %1, or another address").arg(sender->address())
                                        : tr("Address to send the test message to"));
}

void MailSettingsWidget::sendTest()
{
    m_test->setEnabled(false);
    say(tr("Sending a test message…"), false);
    m_mail.sendTest(m_testTo->text(), [self = QPointer<MailSettingsWidget>(this)](bool sent, const QString &message) {
        if (!self)
            return;
        MailSettingsWidget *widget = self.data();
        widget->m_test->setEnabled(true);
        widget->say(message, !sent);
        emit widget->testFinished(sent);
    });
}

bool MailSettingsWidget::save()
{
    MailSettingsService service(m_mail.ledger().context(), m_mail.ledger().audit());
    auto loaded = service.load();
    if (!loaded) {
        say(loaded.message(), true);
        return false;
    }
    MailSettings s = loaded.value();
    s.host = m_host->text();
    s.port = static_cast<quint16>(m_port->value());
    s.security = static_cast<SmtpSettings::Security>(m_security->currentData().toInt());
    s.user = m_user->text();
    s.trustedFingerprint = m_fingerprint->text();
    s.fromAddress = m_fromAddress->text();
    s.fromName = m_fromName->text();
    m_signIn->applyTo(s);
    const Status done = service.save(s);
    if (!done) {
        say(done.message(), true);
        return false;
    }
    QString text = tr("The mail settings are saved.");
    const QString password = m_password->text();
    m_password->clear();
    if (!password.isEmpty() && !s.user.trimmed().isEmpty()) {
        auto saved = service.load();
        const MailSettings &stored = saved ? saved.value() : s;
        m_mail.setPassword(stored, password);
        SecretStore::Failure failure = SecretStore::Failure::None;
        const Status kept = MailCredentials::store(stored, password, &failure);
        if (!kept)
            text += QLatin1Char(' ')
                + (failure == SecretStore::Failure::Unavailable
                        ? tr("No keychain service runs on this computer: the password is kept in memory until Facturo "
                             "closes and will be asked for again next time. It was not written anywhere.")
                        : kept.message());
    }
    say(text, false);
    emit saved();
    m_mail.wake();
    return true;
}
