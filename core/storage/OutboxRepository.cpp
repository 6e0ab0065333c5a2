#include "OutboxRepository.h"

#include "SqlStatement.h"

#include <QCryptographicHash>

namespace {
const QChar Separator = QLatin1Char('\n');

QString joined(const QStringList &list)
{
    return list.join(Separator);
}

QStringList split(const QString &text)
{
    return text.split(Separator, Qt::SkipEmptyParts);
}

QVariant timestampOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(SqlValue::timestamp(utc)) : QVariant(QMetaType(QMetaType::QString));
}

const char *const SummaryColumns
    = "SELECT m.id, coalesce(m.document_id, 0), coalesce(d.number, ''), m.kind, m.recipients, m.subject, m.status, "
      "m.attempts, m.max_attempts, m.last_error, m.next_attempt_at, m.sent_at, m.created_at, m.created_by, "
      "length(m.mime) FROM outbox_messages m LEFT JOIN documents d ON d.id = m.document_id";
} // namespace

Result<qint64> OutboxRepository::insert(const OutboxMessage &m)
{
    SqlStatement q(m_db,
        "INSERT INTO outbox_messages (document_id, kind, sender, recipients, cc, subject, body, "
        "html_body, mime, message_id, envelope_from, envelope_recipients, status, stage, attempts, "
        "max_attempts, next_attempt_at, created_at, created_by, updated_at) VALUES (:document, "
        ":kind, :sender, :recipients, :cc, :subject, :body, :html, :mime, :message_id, :from, :rcpt, "
        ":status, '', 0, :max_attempts, :next, :created_at, :created_by, :created_at)");
    q.bind(":document", SqlValue::nullableId(m.documentId))
        .bind(":kind", MailKinds::key(m.kind))
        .bind(":sender", m.sender)
        .bind(":recipients", joined(m.recipients))
        .bind(":cc", joined(m.cc))
        .bind(":subject", m.subject)
        .bind(":body", m.body)
        .bind(":html", m.htmlBody)
        .bind(":mime", m.mime)
        .bind(":message_id", m.messageId)
        .bind(":from", m.envelopeFrom)
        .bind(":rcpt", joined(m.envelopeRecipients))
        .bind(":status", OutboxStatuses::key(m.status))
        .bind(":max_attempts", m.maxAttempts)
        .bind(":next", timestampOrNull(m.nextAttemptAt))
        .bind(":created_at", SqlValue::timestamp(m.createdAt))
        .bind(":created_by", m.createdBy);
    FACTURO_TRY(q.exec(tr("queue the message")));
    const qint64 id = q.lastInsertId();
    int position = 0;
    for (const OutboxAttachment &a : m.attachments) {
        SqlStatement att(m_db,
            "INSERT INTO outbox_attachments (message_id, position, file_name, mime_type, size, "
            "sha256) VALUES (:message, :position, :name, :type, :size, :sha)");
        att.bind(":message", id)
            .bind(":position", ++position)
            .bind(":name", a.fileName)
            .bind(":type", a.mimeType)
            .bind(":size", a.size)
            .bind(":sha", a.sha256);
        FACTURO_TRY(att.exec(tr("record the attachment %1").arg(a.fileName)));
    }
    return id;
}

Result<OutboxMessage> OutboxRepository::find(qint64 id, bool withMime) const
{
    SqlStatement q(m_db,
        "SELECT id, coalesce(document_id, 0), kind, sender, recipients, cc, subject, body, html_body, "
        "CASE WHEN :with_mime THEN mime ELSE NULL END, message_id, envelope_from, "
        "envelope_recipients, status, stage, attempts, max_attempts, last_error, server_reply, "
        "next_attempt_at, attempt_started_at, sent_at, created_at, created_by, updated_at "
        "FROM outbox_messages WHERE id = :id");
    q.bind(":with_mime", withMime ? 1 : 0).bind(":id", id);
    FACTURO_TRY(q.exec(tr("read the outbox message")));
    if (!q.next())
        return Error::notFound(tr("There is no message %1 in the outbox.").arg(id));
    OutboxMessage m;
    m.id = q.integer(0);
    m.documentId = q.integer(1);
    m.kind = MailKinds::fromKey(q.text(2));
    m.sender = q.text(3);
    m.recipients = split(q.text(4));
    m.cc = split(q.text(5));
    m.subject = q.text(6);
    m.body = q.text(7);
    m.htmlBody = q.text(8);
    m.mime = q.value(9).toByteArray();
    m.messageId = q.text(10);
    m.envelopeFrom = q.text(11);
    m.envelopeRecipients = split(q.text(12));
    m.status = OutboxStatuses::fromKey(q.text(13));
    m.stage = OutboxStages::fromKey(q.text(14));
    m.attempts = static_cast<int>(q.integer(15));
    m.maxAttempts = static_cast<int>(q.integer(16));
    m.lastError = q.text(17);
    m.serverReply = q.text(18);
    m.nextAttemptAt = SqlValue::toTimestamp(q.value(19));
    m.attemptStartedAt = SqlValue::toTimestamp(q.value(20));
    m.sentAt = SqlValue::toTimestamp(q.value(21));
    m.createdAt = SqlValue::toTimestamp(q.value(22));
    m.createdBy = q.text(23);
    m.updatedAt = SqlValue::toTimestamp(q.value(24));
    q.finish();
    auto files = attachments(id);
    if (!files)
        return files.error();
    m.attachments = files.value();
    return m;
}

Result<QList<OutboxAttachment>> OutboxRepository::attachments(qint64 messageId) const
{
    SqlStatement q(m_db,
        "SELECT file_name, mime_type, size, sha256 FROM outbox_attachments WHERE message_id = :id "
        "ORDER BY position");
    q.bind(":id", messageId);
    FACTURO_TRY(q.exec(tr("read the attachments of the message")));
    QList<OutboxAttachment> list;
    while (q.next())
        list.append({q.text(0), q.text(1), q.integer(2), q.text(3)});
    return list;
}

Result<QList<OutboxSummary>> OutboxRepository::list(const OutboxFilter &filter) const
{
    QStringList where;
    if (!filter.statuses.isEmpty()) {
        QStringList keys;
        for (OutboxStatus s : filter.statuses)
            keys << QLatin1Char('\'') + OutboxStatuses::key(s) + QLatin1Char('\'');
        where << QStringLiteral("m.status IN (%1)").arg(keys.join(QLatin1Char(',')));
    }
    if (filter.documentId > 0)
        where << QStringLiteral("m.document_id = :document");
    const QString sql = QString::fromUtf8(SummaryColumns)
        + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")))
        + QStringLiteral(" ORDER BY m.id DESC LIMIT :limit OFFSET :offset");
    SqlStatement q(m_db, sql);
    if (filter.documentId > 0)
        q.bind(":document", filter.documentId);
    q.bind(":limit", filter.limit).bind(":offset", filter.offset);
    FACTURO_TRY(q.exec(tr("list the outbox")));
    QList<OutboxSummary> rows;
    while (q.next()) {
        OutboxSummary s;
        s.id = q.integer(0);
        s.documentId = q.integer(1);
        s.documentNumber = q.text(2);
        s.kind = MailKinds::fromKey(q.text(3));
        s.recipients = split(q.text(4));
        s.subject = q.text(5);
        s.status = OutboxStatuses::fromKey(q.text(6));
        s.attempts = static_cast<int>(q.integer(7));
        s.maxAttempts = static_cast<int>(q.integer(8));
        s.lastError = q.text(9);
        s.nextAttemptAt = SqlValue::toTimestamp(q.value(10));
        s.sentAt = SqlValue::toTimestamp(q.value(11));
        s.createdAt = SqlValue::toTimestamp(q.value(12));
        s.createdBy = q.text(13);
        s.size = q.integer(14);
        rows.append(s);
    }
    return rows;
}

Result<qint64> OutboxRepository::count(const QList<OutboxStatus> &statuses) const
{
    QStringList keys;
    for (OutboxStatus s : statuses)
        keys << QLatin1Char('\'') + OutboxStatuses::key(s) + QLatin1Char('\'');
    const QString sql = QStringLiteral("SELECT count(*) FROM outbox_messages")
        + (keys.isEmpty() ? QString() : QStringLiteral(" WHERE status IN (%1)").arg(keys.join(QLatin1Char(','))));
    SqlStatement q(m_db, sql);
    FACTURO_TRY(q.exec(tr("count the outbox messages")));
    return q.next() ? q.integer(0) : 0;
}

Result<QList<qint64>> OutboxRepository::idsWithStatus(OutboxStatus status) const
{
    SqlStatement q(m_db, "SELECT id FROM outbox_messages WHERE status = :status ORDER BY id");
    q.bind(":status", OutboxStatuses::key(status));
    FACTURO_TRY(q.exec(tr("list the outbox")));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.integer(0));
    return ids;
}

Result<std::optional<qint64>> OutboxRepository::nextDue(const QDateTime &nowUtc) const
{
    SqlStatement q(m_db,
        "SELECT id FROM outbox_messages WHERE status = 'queued' AND next_attempt_at <= :now "
        "ORDER BY next_attempt_at, id LIMIT 1");
    q.bind(":now", SqlValue::timestamp(nowUtc));
    FACTURO_TRY(q.exec(tr("look for mail to send")));
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.integer(0));
}

Result<QDateTime> OutboxRepository::nextAttemptTime() const
{
    SqlStatement q(m_db, "SELECT min(next_attempt_at) FROM outbox_messages WHERE status = 'queued'");
    FACTURO_TRY(q.exec(tr("look for mail to send")));
    if (!q.next())
        return QDateTime();
    return SqlValue::toTimestamp(q.value(0));
}

Status OutboxRepository::transition(
    const char *sql, qint64 id, const QList<std::pair<const char *, QVariant>> &values, const QString &refusedAs)
{
    SqlStatement q(m_db, sql);
    q.bind(":id", id);
    for (const auto &[name, value] : values)
        q.bind(name, value);
    FACTURO_TRY(q.exec(tr("update message %1 of the outbox").arg(id)));
    if (q.rowsAffected() != 1) {
        q.finish();
        auto current = find(id, false);
        if (!current)
            return current.error();
        return Error::conflict(tr("Message %1 is %2: it cannot be %3.")
                                   .arg(id)
                                   .arg(OutboxStatuses::displayName(current->status).toLower(), refusedAs));
    }
    return {};
}

Status OutboxRepository::claim(qint64 id, const QDateTime &nowUtc)
{
    return transition("UPDATE outbox_messages SET status = 'sending', stage = 'connecting', attempts = attempts + 1, "
                      "attempt_started_at = :now, next_attempt_at = NULL, updated_at = :now "
                      "WHERE id = :id AND status = 'queued'",
        id, {{":now", SqlValue::timestamp(nowUtc)}}, tr("sent"));
}

Status OutboxRepository::setStage(qint64 id, OutboxStage stage, const QDateTime &nowUtc)
{
    return transition("UPDATE outbox_messages SET stage = :stage, updated_at = :now "
                      "WHERE id = :id AND status = 'sending'",
        id, {{":stage", OutboxStages::key(stage)}, {":now", SqlValue::timestamp(nowUtc)}}, tr("updated"));
}

Status OutboxRepository::markSent(qint64 id, const QDateTime &nowUtc, const QString &serverReply)
{
    return transition("UPDATE outbox_messages SET status = 'sent', sent_at = :now, server_reply = :reply, "
                      "next_attempt_at = NULL, updated_at = :now WHERE id = :id AND status IN ('sending', 'check')",
        id, {{":now", SqlValue::timestamp(nowUtc)}, {":reply", serverReply}}, tr("marked as sent"));
}

Status OutboxRepository::requeue(qint64 id, const QDateTime &nextAttemptUtc, const QString &error,
    const QString &serverReply, const QDateTime &nowUtc, bool countAttempt)
{
    return transition("UPDATE outbox_messages SET status = 'queued', next_attempt_at = :next, last_error = :error, "
                      "server_reply = :reply, attempts = attempts - :uncounted, updated_at = :now "
                      "WHERE id = :id AND status = 'sending'",
        id,
        {{":next", SqlValue::timestamp(nextAttemptUtc)}, {":uncounted", countAttempt ? 0 : 1}, {":error", error},
            {":reply", serverReply}, {":now", SqlValue::timestamp(nowUtc)}},
        tr("queued again"));
}

Status OutboxRepository::markFinished(
    qint64 id, OutboxStatus status, const QString &error, const QString &serverReply, const QDateTime &nowUtc)
{
    Q_ASSERT(status == OutboxStatus::Failed || status == OutboxStatus::Check);
    return transition("UPDATE outbox_messages SET status = :status, next_attempt_at = NULL, last_error = :error, "
                      "server_reply = :reply, updated_at = :now WHERE id = :id AND status = 'sending'",
        id,
        {{":status", OutboxStatuses::key(status)}, {":error", error}, {":reply", serverReply},
            {":now", SqlValue::timestamp(nowUtc)}},
        tr("closed"));
}

Status OutboxRepository::resetForResend(qint64 id, const QDateTime &nowUtc)
{
    return transition("UPDATE outbox_messages SET status = 'queued', stage = '', attempts = 0, next_attempt_at = :now, "
                      "updated_at = :now WHERE id = :id AND status IN ('queued', 'failed', 'check', 'cancelled')",
        id, {{":now", SqlValue::timestamp(nowUtc)}}, tr("sent again"));
}

Status OutboxRepository::cancel(qint64 id, const QDateTime &nowUtc)
{
    return transition("UPDATE outbox_messages SET status = 'cancelled', next_attempt_at = NULL, updated_at = :now "
                      "WHERE id = :id AND status IN ('queued', 'failed', 'check')",
        id, {{":now", SqlValue::timestamp(nowUtc)}}, tr("cancelled"));
}

Result<qint64> OutboxRepository::insertSend(const DocumentSend &send)
{
    SqlStatement q(m_db,
        "INSERT INTO document_sends (document_id, outbox_id, sent_at, recipients, subject, sent_by) "
        "VALUES (:document, :outbox, :sent_at, :recipients, :subject, :sent_by)");
    q.bind(":document", send.documentId)
        .bind(":outbox", send.outboxId)
        .bind(":sent_at", SqlValue::timestamp(send.sentAt))
        .bind(":recipients", joined(send.recipients))
        .bind(":subject", send.subject)
        .bind(":sent_by", send.sentBy);
    FACTURO_TRY(q.exec(tr("record the delivery in the document's history")));
    return q.lastInsertId();
}

Result<QList<DocumentSend>> OutboxRepository::sendsOf(qint64 documentId) const
{
    SqlStatement q(m_db,
        "SELECT id, document_id, outbox_id, sent_at, recipients, subject, sent_by FROM document_sends "
        "WHERE document_id = :document ORDER BY sent_at, id");
    q.bind(":document", documentId);
    FACTURO_TRY(q.exec(tr("read the document's send history")));
    QList<DocumentSend> list;
    while (q.next())
        list.append({q.integer(0), q.integer(1), q.integer(2), SqlValue::toTimestamp(q.value(3)), split(q.text(4)),
            q.text(5), q.text(6)});
    return list;
}
