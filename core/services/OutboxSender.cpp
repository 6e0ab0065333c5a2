#include "OutboxSender.h"

#include "MailSignInState.h"
#include "OAuthAuthorizer.h"
#include "OutboxSendLock.h"
#include "SmtpClient.h"

#include <algorithm>

OutboxSender::OutboxSender(OutboxService &outbox, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
{
    m_client = new SmtpClient(this);
    connect(m_client, &SmtpClient::stageChanged, this, &OutboxSender::onStage);
    connect(m_client, &SmtpClient::finished, this, &OutboxSender::onFinished);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OutboxSender::sendNext);
}

OutboxSender::~OutboxSender()
{
    stop();
}

void OutboxSender::setSmtpSettings(const SmtpSettings &smtp, const MailSettings &policy)
{
    m_smtp = smtp;
    m_policy = policy;
    m_hasSettings = true;
}

void OutboxSender::setPollInterval(int milliseconds)
{
    m_pollInterval = qMax(100, milliseconds);
}

void OutboxSender::setAuthorizer(OAuthAuthorizer *authorizer)
{
    const bool changed = authorizer != m_authorizer;
    m_authorizer = authorizer;
    // A token asked of the previous sign-in will never come: the message goes back to the queue.
    if (changed && m_waitingForToken && m_currentId != 0)
        abandonCurrent(SmtpOutcome::Reason::Cancelled, tr("The sign-in changed before the message was sent; it "
                                                          "waits in the queue."));
}

void OutboxSender::resumeAfterSignIn()
{
    m_waitingForSignIn = false;
    wake();
}

Status OutboxSender::start()
{
    if (m_running)
        return {};
    auto lock = OutboxSendLock::acquire(m_outbox.context().db);
    if (!lock)
        return lock.error();
    m_lock = std::move(lock.value());
    // Holding the lock, no other sender is at work: what is left in "sending" was interrupted.
    auto recovered = m_outbox.recoverInterrupted();
    if (!recovered) {
        m_lock.reset();
        return recovered.error();
    }
    m_recoveredToCheck = recovered.value();
    m_running = true;
    waitForRecordedSignIn(); // said at once, before the first pass
    wake();
    return {};
}

void OutboxSender::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    if (m_client->isBusy())
        m_client->cancel(); // finished() follows at once: the outcome is recorded
    else if (m_currentId != 0 && m_waitingForToken)
        abandonCurrent(SmtpOutcome::Reason::Cancelled, tr("Sending was cancelled; the message was not delivered."));
    if (m_pendingId != 0 && !flushPendingOutcome())
        m_pendingId = 0; // left in "sending": the recovery at the next start judges it
    m_lock.reset();
}

void OutboxSender::wake()
{
    if (m_running && !isBusy())
        m_timer.start(0);
}

bool OutboxSender::lockStillHeld()
{
    const Status held = m_lock ? m_lock->check() : Status(Error::storage(tr("The outbox lock is not held.")));
    if (held)
        return true;
    // Another sender may have it now: this one stops; start() takes the lock again later.
    stop();
    reportProblem(held.message());
    emit idle();
    return false;
}

void OutboxSender::reportProblem(const QString &message)
{
    emit problem(message);
}

bool OutboxSender::waitForRecordedSignIn()
{
    if (!m_authorizer || m_waitingForSignIn)
        return m_waitingForSignIn;
    auto needed = MailSignInState(m_outbox.context()).neededFor();
    if (!needed || needed->isEmpty())
        return false; // an unreadable flag: the attempt itself will tell
    m_waitingForSignIn = true;
    emit signInRequired(MailSignInState::message(needed.value()));
    return true;
}

bool OutboxSender::flushPendingOutcome()
{
    auto status = m_outbox.recordOutcome(m_pendingId, m_pendingOutcome, m_policy);
    if (!status)
        return false;
    const qint64 id = m_pendingId;
    m_pendingId = 0;
    emit messageFinished(id, status.value(), m_pendingOutcome.isSent() ? QString() : m_pendingOutcome.message);
    return true;
}

void OutboxSender::scheduleNextPass()
{
    auto next = m_outbox.repository().nextAttemptTime();
    qint64 wait = m_pollInterval;
    if (next && next->isValid())
        wait = std::clamp<qint64>(m_outbox.context().clock.nowUtc().msecsTo(next.value()) + 50, 0, m_pollInterval);
    m_timer.start(static_cast<int>(wait));
}

void OutboxSender::sendNext()
{
    if (!m_running || isBusy())
        return;
    if (!lockStillHeld())
        return;
    if (m_pendingId != 0 && !flushPendingOutcome()) {
        m_timer.start(2000);
        return;
    }
    if (m_waitingForSignIn || waitForRecordedSignIn()) {
        emit idle(); // until resumeAfterSignIn()
        return;
    }
    if (!m_hasSettings) {
        auto due = m_outbox.repository().nextDue(m_outbox.context().clock.nowUtc());
        if (!due || due->has_value())
            reportProblem(due ? tr("Mail is waiting in the outbox, but no mail server is set up.") : due.message());
        m_timer.start(m_pollInterval);
        emit idle();
        return;
    }
    auto claimed = m_outbox.claimNextDue();
    if (!claimed) {
        reportProblem(claimed.message());
        m_timer.start(m_pollInterval);
        emit idle();
        return;
    }
    if (!claimed->has_value()) {
        scheduleNextPass();
        emit idle();
        return;
    }
    m_current = **claimed;
    m_currentId = m_current.id;
    m_currentSmtp = m_smtp;
    m_dataMarked = false;
    m_refreshedForAuth = false;
    emit messageStarted(m_current.id);
    if (m_authorizer) {
        requestToken(false);
        return;
    }
    sendCurrent();
}

void OutboxSender::requestToken(bool forceRefresh)
{
    m_waitingForToken = true;
    const quint64 request = ++m_tokenRequest;
    m_authorizer->requestAccess(forceRefresh, [this, request](const OAuthAccess &access) {
        if (request == m_tokenRequest && m_waitingForToken)
            onAccess(access);
    });
}

void OutboxSender::onAccess(const OAuthAccess &access)
{
    m_waitingForToken = false;
    if (m_currentId == 0)
        return;
    if (!access.ok) {
        if (access.grantRefused) {
            const Status recorded = MailSignInState(m_outbox.context()).markNeeded(m_authorizer ? m_authorizer->account() : QString());
            if (!recorded)
                reportProblem(recorded.message());
        }
        // The authorization server could not be reached: an ordinary failed attempt, retried later.
        abandonCurrent(access.signInRequired ? SmtpOutcome::Reason::SignInRequired
                                             : SmtpOutcome::Reason::ConnectionFailed,
            access.message);
        return;
    }
    m_currentSmtp.accessToken = access.accessToken;
    m_currentSmtp.password.clear();
    if (m_currentSmtp.username.isEmpty())
        m_currentSmtp.username = access.account;
    sendCurrent();
}

// The attempt ends before any connection to the mail server: nothing was sent.
void OutboxSender::abandonCurrent(SmtpOutcome::Reason reason, const QString &message)
{
    ++m_tokenRequest;
    m_waitingForToken = false;
    SmtpOutcome outcome;
    outcome.status = SmtpOutcome::Status::TemporaryFailure;
    outcome.reason = reason;
    outcome.stage = SmtpOutcome::Stage::Connecting;
    outcome.message = message;
    onFinished(outcome);
}

void OutboxSender::sendCurrent()
{
    const OutboxMessage &message = m_current;
    if (!m_client->send(m_currentSmtp, message.envelopeFrom, message.envelopeRecipients, message.mime)) {
        // Cannot happen (one send at a time); the message goes back to the queue untouched.
        SmtpOutcome busy;
        busy.reason = SmtpOutcome::Reason::Cancelled;
        busy.message = tr("The mail client was busy.");
        onFinished(busy);
    }
}

void OutboxSender::onStage(SmtpOutcome::Stage stage)
{
    if (m_currentId == 0 || m_dataMarked)
        return;
    if (stage != SmtpOutcome::Stage::DataCommand && stage != SmtpOutcome::Stage::MessageTransfer
        && stage != SmtpOutcome::Stage::Done)
        return;
    // Before the server can have a byte of the message, the file says that it may have it; and
    // only while this sender still holds the lock (on a server, its session can be lost).
    Status marked = m_lock ? m_lock->check() : Status(Error::storage(tr("The outbox lock is not held.")));
    if (marked)
        marked = m_outbox.markDataStage(m_currentId);
    if (!marked) {
        reportProblem(marked.message());
        m_client->cancel();
        return;
    }
    m_dataMarked = true;
}

void OutboxSender::onFinished(const SmtpOutcome &result)
{
    SmtpOutcome outcome = result;
    if (m_authorizer && m_currentId != 0 && outcome.reason == SmtpOutcome::Reason::AuthenticationFailed) {
        if (!m_refreshedForAuth && m_running) {
            // The server refused the token (expired early, revoked at the server): refresh once,
            // then the same attempt goes on. Nothing of the message has left yet.
            m_refreshedForAuth = true;
            requestToken(true);
            return;
        }
        // A fresh token refused too: only the user can fix it. The message stays queued.
        outcome.status = SmtpOutcome::Status::TemporaryFailure;
        outcome.reason = SmtpOutcome::Reason::SignInRequired;
        outcome.message = tr("Sign in again (Settings > Mail server, or facturo-cli mail sign-in): %1 Queued mail "
                             "waits until then.")
                              .arg(result.message);
    }
    const qint64 id = m_currentId;
    m_currentId = 0;
    if (id == 0)
        return;
    auto status = m_outbox.recordOutcome(id, outcome, m_policy);
    if (!status) {
        // Left in "sending": written on the next pass, or judged by the recovery at the next start.
        m_pendingId = id;
        m_pendingOutcome = outcome;
        reportProblem(status.message());
        if (m_running)
            m_timer.start(2000);
        return;
    }
    emit messageFinished(id, status.value(), outcome.isSent() ? QString() : outcome.message);
    if (outcome.reason == SmtpOutcome::Reason::SignInRequired) {
        m_waitingForSignIn = true;
        emit signInRequired(outcome.message);
    }
    if (m_running)
        m_timer.start(0);
}
