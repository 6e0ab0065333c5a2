#pragma once

#include "EncodedMessage.h"
#include "SmtpDialogue.h"
#include "SmtpOutcome.h"
#include "SmtpReplyReader.h"
#include "SmtpSettings.h"

#include <QAbstractSocket>
#include <QObject>
#include <QSslError>
#include <QTimer>

class QSslSocket;

// Sends one message at a time to an SMTP server (RFC 5321) over Qt Network, without ever
// blocking the event loop: plain, STARTTLS (RFC 3207, required when chosen) or implicit TLS;
// EHLO with HELO as fallback; AUTH PLAIN or LOGIN (RFC 4954), only over TLS; SIZE (RFC 1870)
// checked before anything is sent; a timeout on every step (SmtpSettings::timeoutMs).
// Certificates are verified as usual; a certificate whose SHA-256 matches
// SmtpSettings::trustedFingerprintSha256 is accepted too.
//
//   auto *client = new SmtpClient(this);
//   connect(client, &SmtpClient::finished, this, &Outbox::onSendFinished);
//   client->send(settings, encoded); // EncodedMessage from MimeBuilder::build()
//
// Exactly one finished() follows each accepted send(), never from inside send() itself.
// Destroying the client aborts a running send without emitting finished().
class SmtpClient : public QObject
{
    Q_OBJECT

public:
    explicit SmtpClient(QObject *parent = nullptr);
    ~SmtpClient() override;

    // Starts sending; false (and nothing else happens) when a send is already running.
    // message is the RFC 5322 text (7-bit, CRLF, as MimeBuilder makes it); the dot-stuffing
    // is done here. Invalid settings or addresses end in finished() with Reason::InvalidInput.
    bool send(const SmtpSettings &settings, const QString &envelopeFrom, const QStringList &recipients,
        const QByteArray &message);
    bool send(const SmtpSettings &settings, const EncodedMessage &message);

    // For the command-line tool only: runs a local event loop until the send has finished.
    SmtpOutcome sendBlocking(const SmtpSettings &settings, const QString &envelopeFrom, const QStringList &recipients,
        const QByteArray &message);
    SmtpOutcome sendBlocking(const SmtpSettings &settings, const EncodedMessage &message);

    bool isBusy() const { return m_state != State::Idle; }
    // Abandons the running send; finished() follows at once with Reason::Cancelled.
    void cancel();

signals:
    void finished(const SmtpOutcome &outcome);
    // Progress, e.g. for a status bar: each stage after Connecting, as the session reaches it.
    void stageChanged(SmtpOutcome::Stage stage);

private:
    enum class State { Idle, Connecting, TlsHandshake, Talking };

    Status validateInput(QString &envelopeFrom, QStringList &recipients) const;
    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onReadyRead();
    void onSocketError(QAbstractSocket::SocketError error);
    void perform(const SmtpDialogue::Action &action);
    void setState(State state);
    void reportStage();
    SmtpOutcome::Stage stage() const;
    QByteArray localHeloName() const;
    bool messageFullyWritten() const;

    SmtpOutcome failure(SmtpOutcome::Status status, SmtpOutcome::Reason reason, const QString &message) const;
    void failTls();
    void failConnection(SmtpOutcome::Reason reason, const QString &detail);
    void finish(SmtpOutcome outcome, bool sayGoodbye);
    void releaseSocket(bool sayGoodbye);

    SmtpSettings m_settings;
    SmtpDialogue m_dialogue;
    QSslSocket *m_socket = nullptr;
    QTimer m_timer;
    SmtpReplyReader m_reader;
    State m_state = State::Idle;
    SmtpOutcome::Stage m_reportedStage = SmtpOutcome::Stage::Connecting;
    QString m_peerFingerprint;
    QList<QSslError> m_sslErrors;
    quint64 m_session = 0; // tells a queued failure of an earlier send() from the current one
};
