#include "SmtpClient.h"

#include "CertificateFingerprint.h"
#include "MailAddress.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslSocket>

#include <optional>

using Reason = SmtpOutcome::Reason;
using Stage = SmtpOutcome::Stage;

SmtpClient::SmtpClient(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this]() {
        const int seconds = (m_settings.timeoutMs + 999) / 1000;
        failConnection(Reason::Timeout, tr("no answer within %n second(s)", nullptr, seconds));
    });
}

SmtpClient::~SmtpClient()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

bool SmtpClient::send(const SmtpSettings &settings, const EncodedMessage &message)
{
    return send(settings, message.envelopeFrom, message.envelopeRecipients, message.data);
}

bool SmtpClient::send(
    const SmtpSettings &settings, const QString &envelopeFrom, const QStringList &recipients, const QByteArray &message)
{
    if (isBusy())
        return false;
    ++m_session;
    m_settings = settings;
    m_reader.clear();
    m_peerFingerprint.clear();
    m_sslErrors.clear();
    QString from = envelopeFrom;
    QStringList to = recipients;
    const Status valid = validateInput(from, to);
    m_dialogue = SmtpDialogue(settings, from, to, message);
    m_reportedStage = Stage::Connecting;
    setState(State::Connecting);

    if (!valid) {
        const quint64 session = m_session;
        const QString text = valid.message();
        QMetaObject::invokeMethod(
            this,
            [this, session, text]() {
                if (session == m_session && isBusy())
                    finish(failure(SmtpOutcome::Status::PermanentFailure, Reason::InvalidInput, text), false);
            },
            Qt::QueuedConnection);
        return true;
    }

    m_socket = new QSslSocket(this);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    m_socket->setSslConfiguration(configuration);
    connect(m_socket, &QSslSocket::connected, this, &SmtpClient::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpClient::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &SmtpClient::onSslErrors);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpClient::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpClient::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this,
        [this]() { failConnection(Reason::ConnectionLost, tr("the server closed the connection")); });
    // Progress while a large message is being written keeps the step's timeout from firing.
    connect(m_socket, &QSslSocket::bytesWritten, this, [this]() { m_timer.start(m_settings.timeoutMs); });
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, [this]() { m_timer.start(m_settings.timeoutMs); });

    m_timer.start(m_settings.timeoutMs);
    if (m_settings.security == SmtpSettings::Security::ImplicitTls)
        m_socket->connectToHostEncrypted(m_settings.host, m_settings.port);
    else
        m_socket->connectToHost(m_settings.host, m_settings.port);
    return true;
}

SmtpOutcome SmtpClient::sendBlocking(const SmtpSettings &settings, const EncodedMessage &message)
{
    return sendBlocking(settings, message.envelopeFrom, message.envelopeRecipients, message.data);
}

SmtpOutcome SmtpClient::sendBlocking(
    const SmtpSettings &settings, const QString &envelopeFrom, const QStringList &recipients, const QByteArray &message)
{
    QEventLoop loop;
    std::optional<SmtpOutcome> result;
    const QMetaObject::Connection connection
        = connect(this, &SmtpClient::finished, &loop, [&result, &loop](const SmtpOutcome &outcome) {
              result = outcome;
              loop.quit();
          });
    if (!send(settings, envelopeFrom, recipients, message)) {
        disconnect(connection);
        SmtpOutcome busy;
        busy.reason = Reason::InvalidInput;
        busy.message = tr("Another message is being sent.");
        return busy;
    }
    if (!result)
        loop.exec();
    disconnect(connection);
    return *result;
}

void SmtpClient::cancel()
{
    if (!isBusy())
        return;
    if (m_dialogue.isTransferringMessage() && messageFullyWritten()) {
        finish(failure(SmtpOutcome::Status::UnknownAfterData, Reason::Cancelled,
                   tr("Sending was cancelled after the whole message had been sent; the server may have delivered "
                      "it. Check before sending it again.")),
            false);
        return;
    }
    finish(failure(SmtpOutcome::Status::TemporaryFailure, Reason::Cancelled,
               tr("Sending was cancelled; the message was not delivered.")),
        false);
}

Status SmtpClient::validateInput(QString &envelopeFrom, QStringList &recipients) const
{
    FACTURO_TRY(m_settings.validate());
    if (m_settings.security == SmtpSettings::Security::None && !m_settings.username.isEmpty())
        return Error::invalid(tr("A user name and password are only sent over an encrypted connection: choose "
                                 "STARTTLS or TLS, or leave the user name empty."));
    if (m_settings.security != SmtpSettings::Security::None && !QSslSocket::supportsSsl())
        return Error::invalid(tr("TLS is not available on this computer (no TLS library was found)."));
    Result<QString> from = MailAddress::validateAddress(envelopeFrom);
    if (!from)
        return from.error().prefixed(tr("Sender"));
    envelopeFrom = from.value();
    if (recipients.isEmpty())
        return Error::invalid(tr("The message has no recipient."));
    for (QString &recipient : recipients) {
        Result<QString> checked = MailAddress::validateAddress(recipient);
        if (!checked)
            return checked.error().prefixed(tr("Recipient"));
        recipient = checked.value();
    }
    return {};
}

void SmtpClient::onConnected()
{
    m_dialogue.setHeloName(localHeloName());
    setState(m_settings.security == SmtpSettings::Security::ImplicitTls ? State::TlsHandshake : State::Talking);
    m_timer.start(m_settings.timeoutMs);
    reportStage();
}

void SmtpClient::onEncrypted()
{
    m_peerFingerprint = CertificateFingerprint::sha256(m_socket->peerCertificate());
    m_timer.start(m_settings.timeoutMs);
    const bool afterStartTls
        = m_state == State::TlsHandshake && m_settings.security == SmtpSettings::Security::StartTls;
    setState(State::Talking);
    if (afterStartTls)
        perform(m_dialogue.tlsStarted());
    reportStage();
}

void SmtpClient::onSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate certificate = m_socket->peerCertificate();
    m_peerFingerprint = CertificateFingerprint::sha256(certificate);
    if (CertificateFingerprint::matches(m_settings.trustedFingerprintSha256, certificate)) {
        m_socket->ignoreSslErrors();
        return;
    }
    m_sslErrors = errors;
}

void SmtpClient::onReadyRead()
{
    const quint64 session = m_session;
    m_reader.append(m_socket->readAll());
    while (session == m_session && m_state == State::Talking) {
        const std::optional<SmtpReply> reply = m_reader.takeReply();
        if (!reply)
            break;
        perform(m_dialogue.handleReply(*reply, m_socket->isEncrypted()));
    }
    if (session != m_session)
        return;
    if (isBusy() && m_reader.isMalformed())
        failConnection(Reason::ProtocolError, tr("the server's reply is not valid SMTP"));
    reportStage();
}

void SmtpClient::perform(const SmtpDialogue::Action &action)
{
    switch (action.kind) {
    case SmtpDialogue::Action::Kind::Send:
        m_socket->write(action.data);
        m_timer.start(m_settings.timeoutMs);
        break;
    case SmtpDialogue::Action::Kind::StartTls:
        // Bytes after the 220 would be taken as if they came over TLS (RFC 3207 section 5).
        if (m_reader.hasPendingBytes()) {
            failConnection(Reason::ProtocolError, tr("the server sent data before the TLS handshake"));
            return;
        }
        setState(State::TlsHandshake);
        m_timer.start(m_settings.timeoutMs);
        m_socket->startClientEncryption();
        break;
    case SmtpDialogue::Action::Kind::Finish:
        finish(action.outcome, action.sayGoodbye);
        break;
    }
}

void SmtpClient::onSocketError(QAbstractSocket::SocketError error)
{
    if (!isBusy())
        return;
    if (error == QAbstractSocket::SslHandshakeFailedError || m_state == State::TlsHandshake) {
        failTls();
        return;
    }
    if (m_state == State::Connecting) {
        finish(failure(SmtpOutcome::Status::TemporaryFailure, Reason::ConnectionFailed,
                   tr("Could not connect to the mail server %1 on port %2: %3. The message was not delivered; it "
                      "can be sent again later.")
                       .arg(m_settings.host, QString::number(m_settings.port), m_socket->errorString())),
            false);
        return;
    }
    failConnection(Reason::ConnectionLost, m_socket->errorString());
}

void SmtpClient::failTls()
{
    if (m_peerFingerprint.isEmpty())
        m_peerFingerprint = CertificateFingerprint::sha256(m_socket->peerCertificate());
    const QString host = m_settings.host;
    if (m_sslErrors.isEmpty()) {
        finish(failure(SmtpOutcome::Status::PermanentFailure, Reason::TlsFailed,
                   tr("The secure connection to the mail server %1 failed: %2. Check the port and the security "
                      "setting.")
                       .arg(host, m_socket->errorString())),
            false);
        return;
    }
    QStringList problems;
    for (const QSslError &sslError : std::as_const(m_sslErrors))
        problems.append(sslError.errorString());
    QString text = tr("The certificate of the mail server %1 is not trusted (%2). Nothing was sent.")
                       .arg(host, problems.join(QStringLiteral("; ")));
    if (!m_peerFingerprint.isEmpty())
        text += QLatin1Char(' ')
            + tr("Its SHA-256 fingerprint is %1. If the server's administrator confirms this "
                 "fingerprint, it can be trusted in the mail settings.")
                  .arg(m_peerFingerprint);
    finish(failure(SmtpOutcome::Status::PermanentFailure, Reason::CertificateUntrusted, text), false);
}

// The connection broke or went silent. Before the message's end was handed over nothing
// can have been delivered; after it, the server may have taken the message.
void SmtpClient::failConnection(SmtpOutcome::Reason reason, const QString &detail)
{
    if (!isBusy())
        return;
    const QString host = m_settings.host;
    if (m_state == State::Talking && m_dialogue.isTransferringMessage() && messageFullyWritten()) {
        finish(failure(SmtpOutcome::Status::UnknownAfterData, reason,
                   tr("The whole message was sent to %1 but the server's answer never came (%2). It may have been "
                      "delivered: check with the recipient before sending it again.")
                       .arg(host, detail)),
            false);
        return;
    }
    finish(failure(SmtpOutcome::Status::TemporaryFailure, reason,
               tr("Sending to the mail server %1 failed at the step \"%2\": %3. The message was not delivered; it "
                  "can be sent again later.")
                   .arg(host, SmtpOutcome::stageName(stage()), detail)),
        false);
}

SmtpOutcome SmtpClient::failure(SmtpOutcome::Status status, SmtpOutcome::Reason reason, const QString &message) const
{
    SmtpOutcome outcome = m_dialogue.failure(status, reason, message);
    outcome.stage = stage();
    return outcome;
}

void SmtpClient::finish(SmtpOutcome outcome, bool sayGoodbye)
{
    m_timer.stop();
    if (outcome.peerCertificateSha256.isEmpty())
        outcome.peerCertificateSha256 = m_peerFingerprint;
    setState(State::Idle);
    releaseSocket(sayGoodbye);
    emit finished(outcome);
}

void SmtpClient::releaseSocket(bool sayGoodbye)
{
    QSslSocket *socket = m_socket;
    m_socket = nullptr;
    if (!socket)
        return;
    socket->disconnect(this);
    if (sayGoodbye && socket->state() == QAbstractSocket::ConnectedState) {
        socket->write("QUIT\r\n");
        socket->disconnectFromHost();
    } else {
        socket->abort();
    }
    if (socket->state() == QAbstractSocket::UnconnectedState) {
        socket->deleteLater();
        return;
    }
    // Let QUIT go out, but do not wait for the server longer than for any other step.
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(m_settings.timeoutMs, socket, [socket]() {
        socket->abort();
        socket->deleteLater();
    });
}

void SmtpClient::setState(State state)
{
    m_state = state;
}

// Called last in each event handler: a slot connected to stageChanged may cancel() or even
// start another send().
void SmtpClient::reportStage()
{
    if (m_state != State::Idle && stage() != m_reportedStage) {
        m_reportedStage = stage();
        emit stageChanged(m_reportedStage);
    }
}

SmtpOutcome::Stage SmtpClient::stage() const
{
    switch (m_state) {
    case State::Idle:
    case State::Connecting:
        return Stage::Connecting;
    case State::TlsHandshake:
        return Stage::TlsHandshake;
    case State::Talking:
        break;
    }
    return m_dialogue.stage();
}

QByteArray SmtpClient::localHeloName() const
{
    if (!m_settings.heloName.isEmpty())
        return m_settings.heloName.toUtf8();
    QHostAddress local = m_socket->localAddress();
    bool isIpv4 = false;
    const quint32 ipv4 = local.toIPv4Address(&isIpv4);
    if (isIpv4)
        return '[' + QHostAddress(ipv4).toString().toLatin1() + ']';
    local.setScopeId(QString());
    return "[IPv6:" + local.toString().toLatin1() + ']';
}

// Whether every byte of the message, its final ".\r\n" included, has left Qt's buffers.
// While some are still queued the server cannot have taken the message as complete.
bool SmtpClient::messageFullyWritten() const
{
    return m_socket == nullptr || (m_socket->bytesToWrite() == 0 && m_socket->encryptedBytesToWrite() == 0);
}
