#pragma once

#include "MailSettings.h"
#include "OutboxService.h"
#include "SmtpOutcome.h"
#include "SmtpSettings.h"

#include <QObject>
#include <QTimer>

#include <memory>

class OAuthAuthorizer;
struct OAuthAccess;
class OutboxSendLock;
class SmtpClient;

// Works through the outbox of one company (a file or a database on a server) without ever blocking the event loop: one
// message at a time with the asynchronous SmtpClient, a timer for messages that become due
// later (back-off) or that another program queued.
//
// Each attempt: the message is claimed ("sending", one more attempt) and committed before the
// connection is opened; the stage "data" is committed when the DATA command has gone out,
// before any of the message can; the outcome is committed when the server has answered. So
// after a crash the state says whether the server can have the message (DESIGN.md "Mail").
//
// Only one sender works on a company at a time, whatever program or computer it runs in: start()
// takes the OutboxSendLock (a lock file "<file>.outbox-lock" next to a company file, an advisory
// lock held by a session of its own on a server; a lock left by a crashed or killed program is
// taken over) and with it recovers the messages that a crash left in "sending". A second sender
// is refused (Conflict, naming the holder when it can) and changes nothing. Before each claim
// and before the DATA stage the lock is checked again: a server session lost meanwhile stops
// the sender (problem()), since another sender may have taken over.
//
//   OutboxSender sender(outbox);
//   sender.setSmtpSettings(smtp, mailSettings); // password included
//   connect(&sender, &OutboxSender::messageFinished, ...);
//   sender.start();
//   ... after queueing: sender.wake();
//
// With OAuth (setAuthorizer) each connection gets a fresh access token first; when the mail
// server refuses it, the token is refreshed once and the same attempt goes on. When only a new
// sign-in helps (consent revoked, refresh token expired) the message goes back to the queue
// untouched (the attempt does not count), signInRequired() says so, and the sender waits for
// resumeAfterSignIn() instead of trying again: nothing is lost, nothing is sent twice. A refresh
// refused for good is also recorded in the company file (MailSignInState), so that a sender
// started later (after a restart, or facturo-cli) waits for the sign-in without trying either.
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    explicit OutboxSender(OutboxService &outbox, QObject *parent = nullptr);
    ~OutboxSender() override;

    void setSmtpSettings(const SmtpSettings &smtp, const MailSettings &policy);
    bool hasSmtpSettings() const { return m_hasSettings; }
    // How often to look for messages queued by another program (default 60 s).
    void setPollInterval(int milliseconds);
    // Sign-in for the mail server (not owned; nullptr: password or no authentication).
    void setAuthorizer(OAuthAuthorizer *authorizer);
    // After a new sign-in: the waiting messages are sent.
    void resumeAfterSignIn();
    bool isWaitingForSignIn() const { return m_waitingForSignIn; }

    // Takes the lock, recovers interrupted messages and starts sending what is due.
    Status start();
    // Stops; a message being sent is cancelled (queued again when nothing was sent, "check"
    // when the whole message had gone out) and the lock is released.
    void stop();
    // Looks for due messages now (after queueing one, after changing the settings).
    void wake();

    bool isRunning() const { return m_running; }
    // How many messages the last start() found interrupted after their content may have reached
    // the mail server (now "check").
    int recoveredToCheck() const { return m_recoveredToCheck; }
    bool isBusy() const { return m_currentId != 0; }
    qint64 currentMessage() const { return m_currentId; }

signals:
    void messageStarted(qint64 id);
    void messageFinished(qint64 id, OutboxStatus status, const QString &message);
    // A pass found nothing more due right now.
    void idle();
    // Sending cannot go on (database error, no settings): the message says why.
    void problem(const QString &message);
    // The mail waits until the user signs in again (OAuth): the message says so.
    void signInRequired(const QString &message);

private:
    void sendNext();
    void onStage(SmtpOutcome::Stage stage);
    void onFinished(const SmtpOutcome &outcome);
    void requestToken(bool forceRefresh);
    void onAccess(const OAuthAccess &access);
    void sendCurrent();
    void abandonCurrent(SmtpOutcome::Reason reason, const QString &message);
    bool flushPendingOutcome();
    void scheduleNextPass();
    void reportProblem(const QString &message);
    // OAuth and the company file says a new sign-in is needed: waits for it (true).
    bool waitForRecordedSignIn();
    // Whether the sender lock is still held; if not, stops and says why (false).
    bool lockStillHeld();

    OutboxService &m_outbox;
    SmtpClient *m_client = nullptr;
    QTimer m_timer;
    std::unique_ptr<OutboxSendLock> m_lock;
    SmtpSettings m_smtp;
    MailSettings m_policy;
    bool m_hasSettings = false;
    bool m_running = false;
    bool m_dataMarked = false;
    bool m_passQueued = false;
    int m_pollInterval = 60000;
    int m_recoveredToCheck = 0;
    qint64 m_currentId = 0;
    // An outcome that could not be written yet (database busy): written before anything else.
    qint64 m_pendingId = 0;
    SmtpOutcome m_pendingOutcome;
    // OAuth: the message being sent (to send it again after a refresh) and where the token stands.
    OAuthAuthorizer *m_authorizer = nullptr;
    OutboxMessage m_current;
    SmtpSettings m_currentSmtp;
    quint64 m_tokenRequest = 0; // tells an answer for an abandoned request from the current one
    bool m_waitingForToken = false;
    bool m_refreshedForAuth = false;
    bool m_waitingForSignIn = false;
};
