#include "SmtpDialogue.h"

#include "SmtpDataEncoder.h"

#include <QLocale>

using Delivery = SmtpOutcome::Status;
using Reason = SmtpOutcome::Reason;
using Stage = SmtpOutcome::Stage;

SmtpDialogue::SmtpDialogue(SmtpSettings settings, QString envelopeFrom, QStringList recipients, QByteArray message)
    : m_settings(std::move(settings))
    , m_envelopeFrom(std::move(envelopeFrom))
    , m_recipients(std::move(recipients))
    , m_message(std::move(message))
{ }

SmtpOutcome::Stage SmtpDialogue::stage() const
{
    switch (m_state) {
    case State::Greeting:
        return Stage::Greeting;
    case State::Ehlo:
    case State::Helo:
        return Stage::Hello;
    case State::StartTls:
        return Stage::StartTls;
    case State::AuthPlain:
    case State::AuthLoginStart:
    case State::AuthLoginUser:
    case State::AuthFinal:
    case State::AuthOAuth:
    case State::AuthOAuthError:
        return Stage::Authentication;
    case State::MailFrom:
    case State::RcptTo:
        return Stage::Envelope;
    case State::Data:
        return Stage::DataCommand;
    case State::MessageData:
        return Stage::MessageTransfer;
    case State::Done:
        return Stage::Done;
    }
    return Stage::Greeting;
}

SmtpOutcome SmtpDialogue::failure(SmtpOutcome::Status status, SmtpOutcome::Reason reason, const QString &message) const
{
    SmtpOutcome outcome;
    outcome.status = status;
    outcome.reason = reason;
    outcome.stage = stage();
    outcome.message = message;
    return outcome;
}

SmtpDialogue::Action SmtpDialogue::tlsStarted()
{
    // Everything learnt before TLS is forgotten (RFC 3207 section 4.2).
    m_capabilities = SmtpCapabilities();
    return send(State::Ehlo, "EHLO " + m_heloName);
}

SmtpDialogue::Action SmtpDialogue::handleReply(const SmtpReply &reply, bool encrypted)
{
    const QString host = m_settings.host;
    switch (m_state) {
    case State::Greeting:
        if (reply.code() == 220)
            return send(State::Ehlo, "EHLO " + m_heloName);
        return refuse(reply, Reason::ServerRefused, tr("The mail server %1 refused the connection").arg(host));
    case State::Ehlo:
        if (reply.isPositive()) {
            m_capabilities = SmtpCapabilities::fromEhloReply(reply);
            return afterHello(encrypted);
        }
        if (reply.isPermanentFailure())
            return send(State::Helo, "HELO " + m_heloName);
        return refuse(reply, Reason::ServerRefused, tr("The mail server %1 refused EHLO").arg(host));
    case State::Helo:
        if (!reply.isPositive())
            return refuse(reply, Reason::ServerRefused, tr("The mail server %1 refused HELO").arg(host));
        m_capabilities = SmtpCapabilities();
        return afterHello(encrypted);
    case State::StartTls:
        if (reply.code() != 220)
            return refuse(reply, Reason::ServerRefused, tr("The mail server %1 refused to start TLS").arg(host));
        return {Action::Kind::StartTls, {}, {}, false};
    case State::AuthPlain:
        if (reply.code() == 334) { // the server ignored the initial response and asks for it
            const QByteArray response = '\0' + m_settings.username.toUtf8() + '\0' + m_settings.password.toUtf8();
            return send(State::AuthFinal, response.toBase64());
        }
        [[fallthrough]];
    case State::AuthFinal:
        if (reply.code() == 235)
            return nextEnvelopeCommand();
        return refuse(
            reply, Reason::AuthenticationFailed, tr("The mail server %1 refused the user name or password").arg(host));
    case State::AuthOAuth:
        if (reply.code() == 235)
            return nextEnvelopeCommand();
        if (reply.code() == 334) { // the token was refused; the challenge says why
            m_oauthProblem = SaslOAuth::describeChallenge(reply.text());
            return send(State::AuthOAuthError, SaslOAuth::errorAcknowledgement(m_oauthMechanism));
        }
        return refuseOAuth(reply);
    case State::AuthOAuthError:
        return refuseOAuth(reply);
    case State::AuthLoginStart:
        if (reply.code() == 334)
            return send(State::AuthLoginUser, m_settings.username.toUtf8().toBase64());
        return refuse(
            reply, Reason::AuthenticationFailed, tr("The mail server %1 refused the user name or password").arg(host));
    case State::AuthLoginUser:
        if (reply.code() == 334)
            return send(State::AuthFinal, m_settings.password.toUtf8().toBase64());
        return refuse(
            reply, Reason::AuthenticationFailed, tr("The mail server %1 refused the user name or password").arg(host));
    case State::MailFrom:
        if (reply.isPositive())
            return nextEnvelopeCommand();
        return refuse(
            reply, Reason::ServerRefused, tr("The mail server %1 refused the sender %2").arg(host, m_envelopeFrom));
    case State::RcptTo:
        if (reply.isPositive())
            return nextEnvelopeCommand();
        return refuse(reply, Reason::ServerRefused,
            tr("The mail server %1 refused the recipient %2").arg(host, m_recipients.at(m_nextRecipient - 1)));
    case State::Data:
        if (reply.code() == 354) {
            m_state = State::MessageData;
            return {Action::Kind::Send, SmtpDataEncoder::encode(m_message), {}, false};
        }
        return refuse(reply, Reason::ServerRefused, tr("The mail server %1 refused the DATA command").arg(host));
    case State::MessageData:
        if (reply.isPositive()) {
            m_state = State::Done;
            SmtpOutcome sent
                = failure(Delivery::Sent, Reason::None, tr("The mail server %1 accepted the message.").arg(host));
            sent.replyCode = reply.code();
            sent.serverText = reply.text();
            return finish(sent, true);
        }
        return refuse(reply, Reason::ServerRefused, tr("The mail server %1 refused the message").arg(host));
    case State::Done:
        break;
    }
    return finish(failure(Delivery::TemporaryFailure, Reason::ProtocolError,
                      tr("The mail server %1 sent a reply nobody asked for.").arg(host)),
        false);
}

SmtpDialogue::Action SmtpDialogue::afterHello(bool encrypted)
{
    const QString host = m_settings.host;
    if (m_settings.security == SmtpSettings::Security::StartTls && !encrypted) {
        if (!m_capabilities.supportsStartTls())
            return finish(failure(Delivery::PermanentFailure, Reason::StartTlsUnavailable,
                              tr("The mail server %1 does not offer STARTTLS, which the mail settings require. "
                                 "Nothing was sent. Check the port and the security setting.")
                                  .arg(host)),
                true);
        return send(State::StartTls, "STARTTLS");
    }
    const qint64 limit = m_capabilities.sizeLimit();
    if (limit > 0 && m_message.size() > limit) {
        const QLocale locale;
        return finish(failure(Delivery::PermanentFailure, Reason::MessageTooLarge,
                          tr("The message (%1) is larger than the %2 the mail server %3 accepts. Nothing was sent.")
                              .arg(locale.formattedDataSize(m_message.size()), locale.formattedDataSize(limit), host)),
            true);
    }
    if (!m_settings.username.isEmpty())
        return startAuthentication(encrypted);
    return nextEnvelopeCommand();
}

SmtpDialogue::Action SmtpDialogue::startAuthentication(bool encrypted)
{
    const QString host = m_settings.host;
    if (!encrypted)
        return finish(failure(Delivery::PermanentFailure, Reason::AuthenticationUnavailable,
                          m_settings.accessToken.isEmpty()
                              ? tr("The password was not sent to %1 because the connection is not encrypted.").arg(host)
                              : tr("The access token was not sent to %1 because the connection is not encrypted.")
                                    .arg(host)),
            true);
    if (!m_settings.accessToken.isEmpty())
        return startOAuth();
    const QStringList mechanisms = m_capabilities.authMechanisms();
    if (mechanisms.contains(QStringLiteral("PLAIN"))) {
        const QByteArray response = '\0' + m_settings.username.toUtf8() + '\0' + m_settings.password.toUtf8();
        return send(State::AuthPlain, "AUTH PLAIN " + response.toBase64());
    }
    if (mechanisms.contains(QStringLiteral("LOGIN")))
        return send(State::AuthLoginStart, "AUTH LOGIN");
    const QString text = mechanisms.isEmpty()
        ? tr("The mail server %1 does not offer authentication; leave the user name empty if it needs none.").arg(host)
        : tr("The mail server %1 offers only the authentication methods %2, which are not supported.")
              .arg(host, mechanisms.join(QStringLiteral(", ")));
    return finish(failure(Delivery::PermanentFailure, Reason::AuthenticationUnavailable, text), true);
}

// XOAUTH2 where offered (Microsoft offers only it), else OAUTHBEARER (RFC 7628).
SmtpDialogue::Action SmtpDialogue::startOAuth()
{
    const QStringList mechanisms = m_capabilities.authMechanisms();
    if (mechanisms.contains(QStringLiteral("XOAUTH2")))
        m_oauthMechanism = SaslOAuth::Mechanism::XOAuth2;
    else if (mechanisms.contains(QStringLiteral("OAUTHBEARER")))
        m_oauthMechanism = SaslOAuth::Mechanism::OAuthBearer;
    else
        return finish(failure(Delivery::PermanentFailure, Reason::AuthenticationUnavailable,
                          tr("The mail server %1 does not offer sign-in with an access token (XOAUTH2 or "
                             "OAUTHBEARER); it offers %2.")
                              .arg(m_settings.host,
                                  mechanisms.isEmpty() ? tr("no authentication") : mechanisms.join(QStringLiteral(", ")))),
            true);
    m_oauthProblem.clear();
    const QByteArray response = SaslOAuth::initialResponse(
        m_oauthMechanism, m_settings.username, m_settings.host, m_settings.port, m_settings.accessToken);
    return send(State::AuthOAuth, "AUTH " + SaslOAuth::mechanismName(m_oauthMechanism) + ' ' + response.toBase64());
}

SmtpDialogue::Action SmtpDialogue::refuseOAuth(const SmtpReply &reply)
{
    QString context = tr("The mail server %1 refused the sign-in of %2").arg(m_settings.host, m_settings.username);
    if (!m_oauthProblem.isEmpty())
        context += QStringLiteral(" (") + m_oauthProblem + QLatin1Char(')');
    if (reply.isPositive()) // a success after an error challenge makes no sense
        return finish(failure(Delivery::PermanentFailure, Reason::ProtocolError, context + QLatin1Char('.')), false);
    return refuse(reply, Reason::AuthenticationFailed, context);
}

SmtpDialogue::Action SmtpDialogue::nextEnvelopeCommand()
{
    if (m_state != State::MailFrom && m_state != State::RcptTo) {
        QByteArray command = "MAIL FROM:<" + m_envelopeFrom.toLatin1() + '>';
        if (m_capabilities.has(QStringLiteral("SIZE")))
            command += " SIZE=" + QByteArray::number(m_message.size());
        return send(State::MailFrom, command);
    }
    if (m_nextRecipient < m_recipients.size())
        return send(State::RcptTo, "RCPT TO:<" + m_recipients.at(m_nextRecipient++).toLatin1() + '>');
    return send(State::Data, "DATA");
}

SmtpDialogue::Action SmtpDialogue::send(State next, const QByteArray &line)
{
    m_state = next;
    return {Action::Kind::Send, line + "\r\n", {}, false};
}

SmtpDialogue::Action SmtpDialogue::finish(SmtpOutcome outcome, bool sayGoodbye)
{
    return {Action::Kind::Finish, {}, std::move(outcome), sayGoodbye};
}

// A 4xx or 5xx reply where a positive one was needed: temporary or permanent failure,
// with the server's own words kept.
SmtpDialogue::Action SmtpDialogue::refuse(const SmtpReply &reply, SmtpOutcome::Reason reason, const QString &context)
{
    Delivery status = Delivery::TemporaryFailure;
    if (reply.isPermanentFailure())
        status = Delivery::PermanentFailure;
    else if (!reply.isTransientFailure())
        reason = Reason::ProtocolError; // a positive or intermediate reply where it makes no sense
    if (reason == Reason::ProtocolError && m_state == State::MessageData)
        status = Delivery::UnknownAfterData; // the message was sent, what the server did is unclear
    QString text = tr("%1: %2.").arg(context, reply.summary());
    if (status == Delivery::TemporaryFailure)
        text += QLatin1Char(' ') + tr("The message was not delivered; it can be sent again later.");
    else if (status == Delivery::UnknownAfterData)
        text += QLatin1Char(' ') + tr("The server may have delivered it: check before sending it again.");
    SmtpOutcome outcome = failure(status, reason, text);
    outcome.replyCode = reply.code();
    outcome.serverText = reply.text();
    if (m_state == State::RcptTo)
        outcome.recipient = m_recipients.at(m_nextRecipient - 1);
    return finish(outcome, reason != Reason::ProtocolError);
}
