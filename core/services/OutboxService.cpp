#include "OutboxService.h"

#include "MimeBuilder.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace {
QStringList displayList(const QList<MailAddress> &addresses)
{
    QStringList list;
    for (const MailAddress &a : addresses)
        list << a.toDisplayString();
    return list;
}

QString replyText(const SmtpOutcome &outcome)
{
    if (outcome.replyCode <= 0)
        return {};
    return QString::number(outcome.replyCode) + QLatin1Char(' ') + outcome.serverText.simplified();
}
} // namespace

OutboxService::OutboxService(LedgerContext &context, AuditLog &audit)
    : m_ctx(context)
    , m_audit(audit)
    , m_outbox(context.db)
{ }

Status OutboxService::audit(const OutboxMessage &m, const QString &action, QJsonObject details)
{
    QString entity = QStringLiteral("outbox");
    qint64 entityId = m.id;
    if (m.documentId > 0) {
        auto doc = m_ctx.documents.find(m.documentId, false);
        if (!doc)
            return doc.error();
        entity = DocumentTypes::key(doc->type);
        entityId = m.documentId;
    }
    details.insert(QStringLiteral("outbox"), m.id);
    return m_audit.record(entity, entityId, action, details);
}

Result<qint64> OutboxService::queue(const OutboxRequest &r)
{
    return m_ctx.db.retrying([&]() -> Result<qint64> {
        const QDateTime now = m_ctx.clock.nowUtc();
        auto encoded = MimeBuilder::build(r.message, now.toLocalTime());
        if (!encoded)
            return encoded.error();

        OutboxMessage m;
        m.documentId = r.documentId;
        m.kind = r.kind;
        m.sender = r.message.from.toDisplayString();
        m.recipients = displayList(r.message.to);
        m.cc = displayList(r.message.cc);
        m.subject = r.message.subject;
        m.body = r.message.textBody;
        m.htmlBody = r.message.htmlBody;
        m.mime = encoded->data;
        m.messageId = encoded->messageId;
        m.envelopeFrom = encoded->envelopeFrom;
        m.envelopeRecipients = encoded->envelopeRecipients;
        m.status = OutboxStatus::Queued;
        m.maxAttempts = qMax(1, r.maxAttempts);
        m.nextAttemptAt = now;
        m.createdAt = now;
        m.createdBy = m_ctx.user.name.isEmpty() ? QStringLiteral("system") : m_ctx.user.name;
        QJsonArray files;
        for (const MailAttachment &a : r.message.attachments) {
            const QString sha
                = QString::fromLatin1(QCryptographicHash::hash(a.data, QCryptographicHash::Sha256).toHex());
            m.attachments.append({a.fileName, a.mimeType, a.data.size(), sha});
            files.append(QJsonObject {{QStringLiteral("name"), a.fileName}, {QStringLiteral("sha256"), sha}});
        }

        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto id = m_outbox.insert(m);
        if (!id)
            return id.error();
        m.id = id.value();
        FACTURO_TRY(audit(m, QStringLiteral("send"),
            {{QStringLiteral("to"), QJsonArray::fromStringList(m.recipients)},
                {QStringLiteral("cc"), QJsonArray::fromStringList(m.cc)}, {QStringLiteral("subject"), m.subject},
                {QStringLiteral("message_id"), m.messageId}, {QStringLiteral("attachments"), files}}));
        FACTURO_TRY(tx.commit());
        return m.id;
    });
}

Status OutboxService::resend(qint64 id)
{
    return m_ctx.db.retrying([&]() -> Status {
        auto found = m_outbox.find(id, false);
        if (!found)
            return found.error();
        if (found->status == OutboxStatus::Sent)
            return Error::refused(tr("Message %1 was sent on %2: send the document again to make a new message.")
                                      .arg(id)
                                      .arg(found->sentAt.toLocalTime().toString(Qt::ISODate)));
        if (found->status == OutboxStatus::Sending)
            return Error::conflict(tr("Message %1 is being sent right now.").arg(id));
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        FACTURO_TRY(m_outbox.resetForResend(id, m_ctx.clock.nowUtc()));
        FACTURO_TRY(audit(found.value(), QStringLiteral("send_retry"),
            {{QStringLiteral("previous_status"), OutboxStatuses::key(found->status)},
                {QStringLiteral("last_error"), found->lastError}}));
        return tx.commit();
    });
}

Status OutboxService::cancel(qint64 id)
{
    return m_ctx.db.retrying([&]() -> Status {
        auto found = m_outbox.find(id, false);
        if (!found)
            return found.error();
        if (found->status == OutboxStatus::Cancelled)
            return {};
        if (found->status == OutboxStatus::Sent)
            return Error::refused(tr("Message %1 was already sent: it cannot be cancelled.").arg(id));
        if (found->status == OutboxStatus::Sending)
            return Error::conflict(tr("Message %1 is being sent right now: it cannot be cancelled.").arg(id));
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        FACTURO_TRY(m_outbox.cancel(id, m_ctx.clock.nowUtc()));
        FACTURO_TRY(audit(found.value(), QStringLiteral("send_cancel"),
            {{QStringLiteral("previous_status"), OutboxStatuses::key(found->status)}}));
        return tx.commit();
    });
}

Status OutboxService::confirmSent(qint64 id)
{
    return m_ctx.db.retrying([&]() -> Status {
        auto found = m_outbox.find(id, false);
        if (!found)
            return found.error();
        if (found->status != OutboxStatus::Check)
            return Error::refused(tr("Only a message whose delivery is to be checked can be confirmed as sent; "
                                     "message %1 is %2.")
                                      .arg(id)
                                      .arg(OutboxStatuses::displayName(found->status).toLower()));
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        FACTURO_TRY(recordSent(found.value(), found->serverReply, QStringLiteral("send_confirmed")));
        return tx.commit();
    });
}

Status OutboxService::recordSent(const OutboxMessage &m, const QString &serverReply, const QString &action)
{
    const QDateTime now = m_ctx.clock.nowUtc();
    FACTURO_TRY(m_outbox.markSent(m.id, now, serverReply));
    if (m.documentId > 0) {
        DocumentSend send;
        send.documentId = m.documentId;
        send.outboxId = m.id;
        send.sentAt = now;
        send.recipients = m.recipients + m.cc;
        send.subject = m.subject;
        send.sentBy = m_ctx.user.name.isEmpty() ? QStringLiteral("system") : m_ctx.user.name;
        auto inserted = m_outbox.insertSend(send);
        if (!inserted)
            return inserted.error();
    }
    return audit(m, action,
        {{QStringLiteral("to"), QJsonArray::fromStringList(m.recipients)},
            {QStringLiteral("cc"), QJsonArray::fromStringList(m.cc)}, {QStringLiteral("subject"), m.subject},
            {QStringLiteral("message_id"), m.messageId}, {QStringLiteral("server_reply"), serverReply}});
}

Result<std::optional<OutboxMessage>> OutboxService::claimNextDue()
{
    return m_ctx.db.retrying([&]() -> Result<std::optional<OutboxMessage>> {
        const QDateTime now = m_ctx.clock.nowUtc();
        // One transaction: the due message read and claimed together. The claim is guarded by
        // status 'queued' as well: should another program have moved the message in between (the user
        // cancelling it, another sender), the next due one is tried, and nothing due is no error.
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        for (int tries = 0; tries < 5; ++tries) {
            auto next = m_outbox.nextDue(now);
            if (!next)
                return next.error();
            if (!next->has_value())
                break;
            const qint64 id = **next;
            const Status claimed = m_outbox.claim(id, now);
            if (!claimed) {
                if (claimed.error().kind() == ErrorKind::Conflict)
                    continue; // no longer queued: the guarded UPDATE changed nothing
                return claimed.error();
            }
            auto message = m_outbox.find(id, true);
            if (!message)
                return message.error();
            FACTURO_TRY(tx.commit());
            return std::optional<OutboxMessage>(message.value());
        }
        FACTURO_TRY(tx.commit());
        return std::optional<OutboxMessage>();
    });
}

Status OutboxService::markDataStage(qint64 id)
{
    return m_outbox.setStage(id, OutboxStage::Data, m_ctx.clock.nowUtc());
}

Result<OutboxStatus> OutboxService::recordOutcome(qint64 id, const SmtpOutcome &o, const MailSettings &policy)
{
    return m_ctx.db.retrying([&]() -> Result<OutboxStatus> {
        auto found = m_outbox.find(id, false);
        if (!found)
            return found.error();
        const OutboxMessage &m = found.value();
        const QDateTime now = m_ctx.clock.nowUtc();
        const QString reply = replyText(o);
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        OutboxStatus status = OutboxStatus::Queued;
        switch (o.status) {
        case SmtpOutcome::Status::Sent:
            FACTURO_TRY(recordSent(m, reply, QStringLiteral("sent")));
            status = OutboxStatus::Sent;
            break;
        case SmtpOutcome::Status::UnknownAfterData:
            FACTURO_TRY(m_outbox.markFinished(id, OutboxStatus::Check, o.message, reply, now));
            FACTURO_TRY(audit(m, QStringLiteral("send_unknown"), {{QStringLiteral("error"), o.message}}));
            status = OutboxStatus::Check;
            break;
        case SmtpOutcome::Status::PermanentFailure:
            FACTURO_TRY(m_outbox.markFinished(id, OutboxStatus::Failed, o.message, reply, now));
            FACTURO_TRY(audit(m, QStringLiteral("send_failed"),
                {{QStringLiteral("error"), o.message}, {QStringLiteral("server_reply"), reply}}));
            status = OutboxStatus::Failed;
            break;
        case SmtpOutcome::Status::TemporaryFailure:
            if (o.reason == SmtpOutcome::Reason::Cancelled || o.reason == SmtpOutcome::Reason::SignInRequired) {
                // Stopped by the program (closing), or waiting for the user to sign in again: nothing
                // was sent, the attempt does not count, the message stays queued.
                FACTURO_TRY(m_outbox.requeue(id, now, o.message, reply, now, false));
            } else if (m.attempts >= m.maxAttempts) {
                const QString error = tr("%1 Gave up after %n attempt(s).", nullptr, m.attempts).arg(o.message);
                FACTURO_TRY(m_outbox.markFinished(id, OutboxStatus::Failed, error, reply, now));
                FACTURO_TRY(audit(m, QStringLiteral("send_failed"),
                    {{QStringLiteral("error"), error}, {QStringLiteral("server_reply"), reply}}));
                status = OutboxStatus::Failed;
            } else {
                const QDateTime next = now.addSecs(policy.retryDelayAfter(m.attempts));
                FACTURO_TRY(m_outbox.requeue(id, next, o.message, reply, now));
            }
            break;
        }
        FACTURO_TRY(tx.commit());
        return status;
    });
}

Result<int> OutboxService::recoverInterrupted()
{
    auto ids = m_outbox.idsWithStatus(OutboxStatus::Sending);
    if (!ids)
        return ids.error();
    const QDateTime now = m_ctx.clock.nowUtc();
    int toCheck = 0;
    for (qint64 id : ids.value()) {
        auto found = m_outbox.find(id, false);
        if (!found)
            return found.error();
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        if (found->stage == OutboxStage::Data) {
            const QString error = tr("The program stopped while this message was being sent, after its content may "
                                     "have reached the mail server. It may have been delivered: check with the "
                                     "recipient, then send it again or confirm it as sent.");
            FACTURO_TRY(m_outbox.markFinished(id, OutboxStatus::Check, error, found->serverReply, now));
            FACTURO_TRY(audit(found.value(), QStringLiteral("send_unknown"), {{QStringLiteral("error"), error}}));
            ++toCheck;
        } else {
            const QString error = tr("The program stopped before this message was sent; it is queued again.");
            FACTURO_TRY(m_outbox.requeue(id, now, error, found->serverReply, now, false));
        }
        FACTURO_TRY(tx.commit());
    }
    return toCheck;
}

Result<QList<DocumentSend>> OutboxService::history(qint64 documentId) const
{
    return m_outbox.sendsOf(documentId);
}

Result<QDateTime> OutboxService::lastSentAt(qint64 documentId) const
{
    auto sends = m_outbox.sendsOf(documentId);
    if (!sends)
        return sends.error();
    return sends->isEmpty() ? QDateTime() : sends->constLast().sentAt;
}
