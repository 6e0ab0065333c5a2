#pragma once

#include "Database.h"

#include <QDate>
#include <QDateTime>
#include <QList>

enum class ReminderChannel { Email, Letter, Manual };

namespace ReminderChannels {
QString key(ReminderChannel channel); // email, letter, manual
bool fromKey(const QString &key, ReminderChannel *channel);
QString displayName(ReminderChannel channel);
} // namespace ReminderChannels

// One reminder sent for one invoice at one level (never twice: unique per invoice and level).
struct ReminderRecord
{
    qint64 id = 0;
    qint64 documentId = 0;
    QString documentNumber;
    int level = 0;
    QDate sentOn;
    int daysOverdue = 0;
    qint64 amountDue = 0; // what was due when it was sent, minor units
    ReminderChannel channel = ReminderChannel::Manual;
    QString userName;
    qint64 feeInvoiceId = 0; // the late-fee draft, when one was asked for
    qint64 outboxMessageId = 0; // the queued email, when sent through the outbox
    QDateTime createdAt;
};

// An open posted invoice that may be reminded: amount due above zero, customer accepting
// reminders, not disputed. Read in one narrow query (indexed on status and due date).
struct ReminderCandidate
{
    qint64 documentId = 0;
    QString number;
    qint64 customerId = 0;
    QString customerName;
    QString customerEmail; // the primary contact's address, else the first one; may be empty
    QString language; // the invoice's language
    QDate issueDate;
    QDate dueDate;
    qint64 totalGross = 0;
    qint64 amountDue = 0;
    int lastLevelSent = 0;
    QDate lastSentOn;
};

class ReminderRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReminderRepository)
public:
    explicit ReminderRepository(Database &db)
        : m_db(db)
    { }

    // Open invoices due on or before `dueOnOrBefore` (all customers, or one), oldest due first
    // within each customer. Disputed invoices and customers with "no reminders" are left out.
    Result<QList<ReminderCandidate>> candidates(const QDate &dueOnOrBefore, qint64 customerId = 0) const;
    // How many candidates a run on `asOf` reminds with these levels (ascending days), counted in SQL.
    Result<int> countDue(const QDate &asOf, const QList<int> &levels) const;
    // The same row for one invoice, whatever its state (NotFound when it is no invoice).
    Result<ReminderCandidate> candidate(qint64 documentId) const;

    Result<qint64> insert(const ReminderRecord &record);
    Status attachFee(qint64 reminderId, qint64 feeInvoiceId);
    Status attachOutboxMessage(qint64 reminderId, qint64 messageId);

    Result<ReminderRecord> find(qint64 id) const;
    Result<QList<ReminderRecord>> forDocument(qint64 documentId) const;
    // Reminders sent between two dates (inclusive), newest first.
    Result<QList<ReminderRecord>> sentBetween(const QDate &from, const QDate &to, int limit = 1000) const;

private:
    Database &m_db;
};
