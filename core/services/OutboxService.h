#pragma once

#include "AuditLog.h"
#include "LedgerContext.h"
#include "MailMessage.h"
#include "MailSettings.h"
#include "OutboxRepository.h"
#include "SmtpOutcome.h"

#include <optional>

// A message to queue: what MimeBuilder needs, and what it is about.
struct OutboxRequest
{
    MailMessage message;
    qint64 documentId = 0; // 0: not about an invoice or credit note
    MailKind kind = MailKind::Invoice;
    int maxAttempts = 3;
};

// The outbox of a company, on a file or on a server (DESIGN.md "Mail"): queue first, then send.
//
// queue() builds the MIME bytes once and writes the message row in the same transaction as
// its "send" audit event; a refused message (no recipient, invalid address, a line break in a
// header) is reported and nothing is written. The sender's steps (claim, stage, outcome)
// are here too, so that each state change is one transaction: OutboxSender drives them.
//
// Audit events, on the document (or on entity "outbox" for a message without one):
//   send (queued), sent, send_failed, send_unknown (outcome unknown: to check),
//   send_retry (resend), send_cancel, send_confirmed (the user confirmed a delivery).
class OutboxService
{
    Q_DECLARE_TR_FUNCTIONS(OutboxService)
public:
    OutboxService(LedgerContext &context, AuditLog &audit);

    OutboxRepository &repository() { return m_outbox; }
    LedgerContext &context() { return m_ctx; }

    Result<qint64> queue(const OutboxRequest &request);
    // failed, check or cancelled (or queued for later): queued now with a fresh set of attempts.
    Status resend(qint64 id);
    Status cancel(qint64 id);
    // A message to check that the user knows was delivered: recorded as sent.
    Status confirmSent(qint64 id);

    // The sender's steps. claimNextDue() moves the message due first to "sending" (one more
    // attempt) and returns it with its bytes, in one transaction; none when nothing is due (also
    // when the due message was taken or cancelled meanwhile: that is no error).
    Result<std::optional<OutboxMessage>> claimNextDue();
    // Written before the message data may leave the computer (from the DATA command on).
    Status markDataStage(qint64 id);
    // Records how the attempt ended; returns the message's new status.
    Result<OutboxStatus> recordOutcome(qint64 id, const SmtpOutcome &outcome, const MailSettings &policy);
    // After a crash or a kill: messages left in "sending" go back to the queue when no data can
    // have reached the server, else to "check". Call only while holding the sender lock
    // (OutboxSendLock). Returns how many went to "check".
    Result<int> recoverInterrupted();

    // When and to whom a document was sent, oldest first.
    Result<QList<DocumentSend>> history(qint64 documentId) const;
    Result<QDateTime> lastSentAt(qint64 documentId) const; // invalid: never sent

private:
    Status audit(const OutboxMessage &message, const QString &action, QJsonObject details);
    Status recordSent(const OutboxMessage &message, const QString &serverReply, const QString &action);

    LedgerContext &m_ctx;
    AuditLog &m_audit;
    OutboxRepository m_outbox;
};
