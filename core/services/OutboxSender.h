#pragma once

#include "MailSettings.h"
#include "OutboxService.h"
#include "SmtpOutcome.h"
#include "SmtpSettings.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QLockFile;
class SmtpClient;

// Works through the outbox of one company file without ever blocking the event loop: one
// message at a time with the asynchronous SmtpClient, a timer for messages that become due
// later (back-off) or that another program queued.
//
// Each attempt: the message is claimed ("sending", one more attempt) and committed before the
// connection is opened; the stage "data" is committed when the DATA command has gone out,
// before any of the message can; the outcome is committed when the server has answered. So
// after a crash the state says whether the server can have the message (DESIGN.md "Mail").
//
// Only one sender works on a company file at a time: start() takes a lock file next to it
// ("<file>.outbox-lock"; a lock left by a crashed program is taken over), and with it recovers
// the messages that a crash left in "sending".
//
//   OutboxSender sender(outbox);
//   sender.setSmtpSettings(smtp, mailSettings); // password included
//   connect(&sender, &OutboxSender::messageFinished, ...);
//   sender.start();
//   ... after queueing: sender.wake();
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

    // Takes the lock, recovers interrupted messages and starts sending what is due.
    Status start();
    // Stops; a message being sent is cancelled (queued again when nothing was sent, "check"
    // when the whole message had gone out) and the lock is released.
    void stop();
    // Looks for due messages now (after queueing one, after changing the settings).
    void wake();

    bool isRunning() const { return m_running; }
    bool isBusy() const { return m_currentId != 0; }
    qint64 currentMessage() const { return m_currentId; }

signals:
    void messageStarted(qint64 id);
    void messageFinished(qint64 id, OutboxStatus status, const QString &message);
    // A pass found nothing more due right now.
    void idle();
    // Sending cannot go on (database error, no settings): the message says why.
    void problem(const QString &message);

private:
    void sendNext();
    void onStage(SmtpOutcome::Stage stage);
    void onFinished(const SmtpOutcome &outcome);
    bool flushPendingOutcome();
    void scheduleNextPass();
    void reportProblem(const QString &message);

    OutboxService &m_outbox;
    SmtpClient *m_client = nullptr;
    QTimer m_timer;
    std::unique_ptr<QLockFile> m_lock;
    SmtpSettings m_smtp;
    MailSettings m_policy;
    bool m_hasSettings = false;
    bool m_running = false;
    bool m_dataMarked = false;
    bool m_passQueued = false;
    int m_pollInterval = 60000;
    qint64 m_currentId = 0;
    // An outcome that could not be written yet (database busy): written before anything else.
    qint64 m_pendingId = 0;
    SmtpOutcome m_pendingOutcome;
};
