#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Where a message of the outbox stands (resources/migrations/sqlite/0003_outbox.sql).
enum class OutboxStatus { Queued, Sending, Sent, Failed, Check, Cancelled };

// How far the last attempt got, stored before the message data may leave the computer.
enum class OutboxStage { NotTried, Connecting, Data };

// What a message is about; picks the audit entity and the mail template.
enum class MailKind { Invoice, CreditNote, Reminder, Other };

namespace OutboxStatuses {
QString key(OutboxStatus status);
OutboxStatus fromKey(const QString &key);
QString displayName(OutboxStatus status);
QList<OutboxStatus> all();
} // namespace OutboxStatuses

namespace OutboxStages {
QString key(OutboxStage stage);
OutboxStage fromKey(const QString &key);
} // namespace OutboxStages

namespace MailKinds {
QString key(MailKind kind);
MailKind fromKey(const QString &key);
} // namespace MailKinds

// One attachment as the outbox remembers it; its bytes are inside the stored MIME message.
struct OutboxAttachment
{
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256; // hex
};

// One message of the outbox, whole (the MIME bytes included).
struct OutboxMessage
{
    qint64 id = 0;
    qint64 documentId = 0; // 0: not about a document
    MailKind kind = MailKind::Invoice;
    QString sender; // "Name <address>", for people
    QStringList recipients; // "Name <address>", for people
    QStringList cc;
    QString subject;
    QString body;
    QString htmlBody;
    QByteArray mime; // the bytes sent, as MimeBuilder made them
    QString messageId; // without angle brackets
    QString envelopeFrom;
    QStringList envelopeRecipients;
    OutboxStatus status = OutboxStatus::Queued;
    OutboxStage stage = OutboxStage::NotTried;
    int attempts = 0;
    int maxAttempts = 3;
    QString lastError;
    QString serverReply;
    QDateTime nextAttemptAt; // UTC; set while queued
    QDateTime attemptStartedAt;
    QDateTime sentAt;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QList<OutboxAttachment> attachments;
};

// What the outbox list shows: a narrow row without the MIME bytes.
struct OutboxSummary
{
    qint64 id = 0;
    qint64 documentId = 0;
    QString documentNumber; // empty when not about a document
    MailKind kind = MailKind::Invoice;
    QStringList recipients;
    QString subject;
    OutboxStatus status = OutboxStatus::Queued;
    int attempts = 0;
    int maxAttempts = 3;
    QString lastError;
    QDateTime nextAttemptAt;
    QDateTime sentAt;
    QDateTime createdAt;
    QString createdBy;
    qint64 size = 0; // bytes of the MIME message
};

// One delivery of a document (the document_sends table).
struct DocumentSend
{
    qint64 id = 0;
    qint64 documentId = 0;
    qint64 outboxId = 0;
    QDateTime sentAt;
    QStringList recipients;
    QString subject;
    QString sentBy;
};
