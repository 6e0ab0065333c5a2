#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// How one SmtpClient::send() ended. What an outbox needs to decide:
//   Sent              the server accepted the message (250 after the data): record it, done.
//   TemporaryFailure  nothing was delivered and trying later may work (4xx, offline, timeout
//                     before the end of the data, connection lost before the data): retry.
//   PermanentFailure  nothing was delivered and retrying will not help (5xx, bad address,
//                     untrusted certificate, message too large, no STARTTLS): show the user.
//   UnknownAfterData  the whole message was sent but the final reply never came (connection
//                     lost or timeout): the server may have delivered it. Never resend silently.
// "stage" says how far the session got; before Stage::MessageTransfer no message data left
// this computer.
struct SmtpOutcome
{
    Q_DECLARE_TR_FUNCTIONS(SmtpOutcome)

public:
    enum class Status { Sent, TemporaryFailure, PermanentFailure, UnknownAfterData };

    enum class Stage {
        Connecting, // TCP connection (and, for implicit TLS, up to the handshake)
        TlsHandshake, // implicit TLS or after STARTTLS
        Greeting, // waiting for the server's 220
        Hello, // EHLO / HELO
        StartTls, // the STARTTLS command
        Authentication, // AUTH PLAIN / LOGIN
        Envelope, // MAIL FROM and RCPT TO
        DataCommand, // DATA sent, waiting for 354
        MessageTransfer, // DATA accepted: the message was sent, waiting for the final reply
        Done, // the server answered the message data
    };

    // Why it ended, finer than the status, for the user interface (e.g. offer to trust a
    // certificate on CertificateUntrusted, ask for the password on AuthenticationFailed).
    enum class Reason {
        None, // sent
        InvalidInput, // settings or addresses refused before connecting
        ConnectionFailed, // host not found, connection refused, network down
        ConnectionLost, // the server closed the connection
        Timeout, // no answer within SmtpSettings::timeoutMs
        CertificateUntrusted, // see peerCertificateSha256
        TlsFailed, // the TLS handshake failed for another reason
        StartTlsUnavailable, // StartTls required, the server does not offer it
        AuthenticationUnavailable, // credentials given but no usable AUTH (or no TLS)
        AuthenticationFailed, // the server refused the user name or password
        MessageTooLarge, // larger than the server's announced SIZE
        ServerRefused, // a 4xx / 5xx reply, see replyCode and serverText
        ProtocolError, // the server's replies made no sense
        Cancelled, // SmtpClient::cancel()
        SignInRequired, // OAuth: no usable sign-in (revoked, expired, never made); nothing was sent
    };

    Status status = Status::TemporaryFailure;
    Reason reason = Reason::None;
    Stage stage = Stage::Connecting;
    int replyCode = 0; // the last reply's code, 0 when there was none
    QString serverText; // that reply's text, as the server wrote it
    QString message; // for people: what happened, translated
    QString peerCertificateSha256; // "AB:CD:..." whenever a TLS peer presented a certificate
    QString recipient; // the address a RCPT TO failure was about

    bool isSent() const { return status == Status::Sent; }
    bool mayRetry() const { return status == Status::TemporaryFailure; }
    // True once DATA was accepted (354): the message data may have reached the server.
    bool dataAccepted() const { return stage == Stage::MessageTransfer || stage == Stage::Done; }

    static QString stageName(Stage stage);
};

Q_DECLARE_METATYPE(SmtpOutcome)
