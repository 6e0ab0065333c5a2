#pragma once

#include "Database.h"
#include "OutboxMessage.h"

#include <optional>

struct OutboxFilter
{
    QList<OutboxStatus> statuses; // empty: all
    qint64 documentId = 0; // 0: any
    qint64 limit = 500;
    qint64 offset = 0;
};

// Every statement about the outbox: messages, their attachments and the send history of
// documents. Status changes are guarded by the status they start from, so that two senders
// (or a sender and the user) can never both move one message: a transition that finds the
// message elsewhere changes nothing and reports a Conflict.
class OutboxRepository
{
    Q_DECLARE_TR_FUNCTIONS(OutboxRepository)
public:
    explicit OutboxRepository(Database &db)
        : m_db(db)
    { }

    Result<qint64> insert(const OutboxMessage &message);
    Result<OutboxMessage> find(qint64 id, bool withMime = true) const;
    Result<QList<OutboxSummary>> list(const OutboxFilter &filter = {}) const;
    Result<qint64> count(const QList<OutboxStatus> &statuses) const;
    Result<QList<qint64>> idsWithStatus(OutboxStatus status) const;

    // The queued message due first (next attempt at or before now), if any.
    Result<std::optional<qint64>> nextDue(const QDateTime &nowUtc) const;
    // When the next queued message becomes due (invalid: nothing queued).
    Result<QDateTime> nextAttemptTime() const;

    // queued -> sending: one more attempt, stage "connecting". Conflict when not queued.
    Status claim(qint64 id, const QDateTime &nowUtc);
    // While sending: how far the attempt got (written before the message data leaves).
    Status setStage(qint64 id, OutboxStage stage, const QDateTime &nowUtc);
    // sending|check -> sent.
    Status markSent(qint64 id, const QDateTime &nowUtc, const QString &serverReply);
    // sending -> queued, due again at nextAttemptUtc. countAttempt = false: the attempt was
    // interrupted before anything was sent (program closed) and does not count.
    Status requeue(qint64 id, const QDateTime &nextAttemptUtc, const QString &error, const QString &serverReply,
        const QDateTime &nowUtc, bool countAttempt = true);
    // sending -> failed or check.
    Status markFinished(
        qint64 id, OutboxStatus status, const QString &error, const QString &serverReply, const QDateTime &nowUtc);
    // failed|check|cancelled|queued -> queued now, with a fresh set of attempts.
    Status resetForResend(qint64 id, const QDateTime &nowUtc);
    // queued|failed|check -> cancelled.
    Status cancel(qint64 id, const QDateTime &nowUtc);

    Result<qint64> insertSend(const DocumentSend &send);
    Result<QList<DocumentSend>> sendsOf(qint64 documentId) const;

private:
    Status transition(
        const char *sql, qint64 id, const QList<std::pair<const char *, QVariant>> &values, const QString &refusedAs);
    Result<QList<OutboxAttachment>> attachments(qint64 messageId) const;

    Database &m_db;
};
