#pragma once

#include "SaslOAuth.h"
#include "SmtpCapabilities.h"
#include "SmtpOutcome.h"
#include "SmtpReply.h"
#include "SmtpSettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

// The SMTP conversation itself, without a socket: given each reply of the server, it says
// what to do next (send a command, start TLS, or stop with an outcome). SmtpClient owns the
// connection, the TLS layer and the timeouts and carries out these actions.
//   greeting 220 -> EHLO (HELO when EHLO gets 5xx) -> STARTTLS -> EHLO again -> SIZE check
//   -> AUTH PLAIN / LOGIN (or XOAUTH2 / OAUTHBEARER with an access token) -> MAIL FROM -> RCPT TO (each) -> DATA -> message -> 250.
class SmtpDialogue
{
    Q_DECLARE_TR_FUNCTIONS(SmtpDialogue)

public:
    struct Action
    {
        enum class Kind { Send, StartTls, Finish };
        Kind kind = Kind::Send;
        QByteArray data; // Send: the bytes to write
        SmtpOutcome outcome; // Finish: how it ended
        bool sayGoodbye = false; // Finish: the connection is still usable, say QUIT
    };

    SmtpDialogue() = default;
    // Addresses must be valid already (SmtpClient checks them); message is not dot-stuffed.
    SmtpDialogue(SmtpSettings settings, QString envelopeFrom, QStringList recipients, QByteArray message);

    // The name for EHLO / HELO; set once the local address is known.
    void setHeloName(const QByteArray &name) { m_heloName = name; }
    Action handleReply(const SmtpReply &reply, bool encrypted);
    // The STARTTLS handshake succeeded: start again with EHLO.
    Action tlsStarted();

    SmtpOutcome::Stage stage() const;
    // DATA was accepted and the message written: only the final reply is missing.
    bool isTransferringMessage() const { return m_state == State::MessageData; }
    // A failure that was not a reply (timeout, connection lost, bad reply, cancel).
    SmtpOutcome failure(SmtpOutcome::Status status, SmtpOutcome::Reason reason, const QString &message) const;

private:
    enum class State {
        Greeting,
        Ehlo,
        Helo,
        StartTls,
        AuthPlain,
        AuthLoginStart,
        AuthLoginUser,
        AuthFinal,
        AuthOAuth, // AUTH XOAUTH2 / OAUTHBEARER with the initial response sent
        AuthOAuthError, // the server's error challenge was acknowledged; its final reply is due
        MailFrom,
        RcptTo,
        Data,
        MessageData,
        Done,
    };

    Action afterHello(bool encrypted);
    Action startAuthentication(bool encrypted);
    Action startOAuth();
    Action refuseOAuth(const SmtpReply &reply);
    Action nextEnvelopeCommand();
    Action send(State next, const QByteArray &line);
    Action finish(SmtpOutcome outcome, bool sayGoodbye);
    Action refuse(const SmtpReply &reply, SmtpOutcome::Reason reason, const QString &context);

    SmtpSettings m_settings;
    QString m_envelopeFrom;
    QStringList m_recipients;
    QByteArray m_message;
    QByteArray m_heloName;
    SmtpCapabilities m_capabilities;
    State m_state = State::Greeting;
    qsizetype m_nextRecipient = 0;
    SaslOAuth::Mechanism m_oauthMechanism = SaslOAuth::Mechanism::XOAuth2;
    QString m_oauthProblem; // the decoded error challenge
};
