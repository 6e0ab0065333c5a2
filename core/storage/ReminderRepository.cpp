#include "ReminderRepository.h"

#include "SqlStatement.h"

#include <QCoreApplication>

QString ReminderChannels::key(ReminderChannel channel)
{
    switch (channel) {
    case ReminderChannel::Email:
        return QStringLiteral("email");
    case ReminderChannel::Letter:
        return QStringLiteral("letter");
    case ReminderChannel::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

bool ReminderChannels::fromKey(const QString &key, ReminderChannel *channel)
{
    const QString k = key.trimmed().toLower();
    for (ReminderChannel c : {ReminderChannel::Email, ReminderChannel::Letter, ReminderChannel::Manual}) {
        if (ReminderChannels::key(c) == k) {
            *channel = c;
            return true;
        }
    }
    return false;
}

QString ReminderChannels::displayName(ReminderChannel channel)
{
    switch (channel) {
    case ReminderChannel::Email:
        return QCoreApplication::translate("ReminderChannel", "Email");
    case ReminderChannel::Letter:
        return QCoreApplication::translate("ReminderChannel", "Letter");
    case ReminderChannel::Manual:
        return QCoreApplication::translate("ReminderChannel", "Recorded by hand");
    }
    return {};
}

namespace {
// Columns read into a ReminderCandidate, in order; the FROM clause follows.
const char *const CandidateColumns
    = "SELECT d.id, d.number, d.customer_id, d.customer_name, "
      "coalesce((SELECT k.email FROM customer_contacts k WHERE k.customer_id = d.customer_id AND k.email <> '' "
      "ORDER BY k.is_primary DESC, k.id LIMIT 1), ''), d.language, d.issue_date, d.due_date, d.total_gross, "
      "d.total_gross - d.amount_paid - d.amount_credited, "
      "coalesce((SELECT max(r.level) FROM reminders r WHERE r.document_id = d.id), 0), "
      "(SELECT max(r.sent_on) FROM reminders r WHERE r.document_id = d.id) ";

ReminderCandidate readCandidate(const SqlStatement &q)
{
    ReminderCandidate c;
    c.documentId = q.integer(0);
    c.number = q.text(1);
    c.customerId = q.integer(2);
    c.customerName = q.text(3);
    c.customerEmail = q.text(4);
    c.language = q.text(5);
    c.issueDate = SqlValue::toDate(q.value(6));
    c.dueDate = SqlValue::toDate(q.value(7));
    c.totalGross = q.integer(8);
    c.amountDue = q.integer(9);
    c.lastLevelSent = static_cast<int>(q.integer(10));
    c.lastSentOn = SqlValue::toDate(q.value(11));
    return c;
}

const char *const RecordColumns
    = "SELECT r.id, r.document_id, coalesce(d.number, ''), r.level, r.sent_on, r.days_overdue, r.amount_due, "
      "r.channel, r.user_name, coalesce(r.fee_invoice_id, 0), coalesce(r.outbox_message_id, 0), r.created_at "
      "FROM reminders r JOIN documents d ON d.id = r.document_id ";

ReminderRecord readRecord(const SqlStatement &q)
{
    ReminderRecord r;
    r.id = q.integer(0);
    r.documentId = q.integer(1);
    r.documentNumber = q.text(2);
    r.level = static_cast<int>(q.integer(3));
    r.sentOn = SqlValue::toDate(q.value(4));
    r.daysOverdue = static_cast<int>(q.integer(5));
    r.amountDue = q.integer(6);
    ReminderChannels::fromKey(q.text(7), &r.channel);
    r.userName = q.text(8);
    r.feeInvoiceId = q.integer(9);
    r.outboxMessageId = q.integer(10);
    r.createdAt = SqlValue::toTimestamp(q.value(11));
    return r;
}
} // namespace

Result<QList<ReminderCandidate>> ReminderRepository::candidates(const QDate &dueOnOrBefore, qint64 customerId) const
{
    SqlStatement q(m_db,
        QString::fromLatin1(CandidateColumns)
            + QStringLiteral("FROM documents d JOIN customers c ON c.id = d.customer_id "
                             "WHERE d.status IN ('posted', 'partially_paid') AND d.due_date <= :due "
                             "AND d.doc_type = 'invoice' AND d.total_gross - d.amount_paid - d.amount_credited > 0 "
                             "AND c.no_reminders = 0 AND (:customer = 0 OR d.customer_id = :customer) "
                             "AND NOT EXISTS (SELECT 1 FROM document_disputes x WHERE x.document_id = d.id) "
                             "ORDER BY d.customer_name, d.customer_id, d.due_date, d.id"));
    q.bind(":due", dueOnOrBefore.toString(Qt::ISODate)).bind(":customer", customerId);
    FACTURO_TRY(q.exec(tr("list the invoices to remind")));
    QList<ReminderCandidate> rows;
    while (q.next())
        rows.append(readCandidate(q));
    return rows;
}

Result<int> ReminderRepository::countDue(const QDate &asOf, const QList<int> &levels) const
{
    if (levels.isEmpty())
        return 0;
    // The level an invoice has reached (levels increase): how many thresholds its days overdue
    // pass; it is due when that is above the last level sent (ReminderPolicy::levelDue).
    QStringList reached;
    for (qsizetype i = 0; i < levels.size(); ++i)
        reached << QStringLiteral("CASE WHEN days >= %1 THEN 1 ELSE 0 END").arg(levels.at(i));
    SqlStatement q(m_db,
        QStringLiteral("SELECT count(*) FROM (SELECT CAST(julianday(:asof) - julianday(d.due_date) AS INTEGER) AS days, "
                       "coalesce((SELECT max(r.level) FROM reminders r WHERE r.document_id = d.id), 0) AS last "
                       "FROM documents d JOIN customers c ON c.id = d.customer_id "
                       "WHERE d.status IN ('posted', 'partially_paid') AND d.due_date <= :due "
                       "AND d.doc_type = 'invoice' AND d.total_gross - d.amount_paid - d.amount_credited > 0 "
                       "AND c.no_reminders = 0 "
                       "AND NOT EXISTS (SELECT 1 FROM document_disputes x WHERE x.document_id = d.id)) due "
                       "WHERE %1 > last")
            .arg(reached.join(QStringLiteral(" + "))));
    q.bind(":asof", asOf.toString(Qt::ISODate)).bind(":due", asOf.addDays(-levels.constFirst()).toString(Qt::ISODate));
    FACTURO_TRY(q.exec(tr("count the invoices to remind")));
    return q.next() ? static_cast<int>(q.integer(0)) : 0;
}

Result<ReminderCandidate> ReminderRepository::candidate(qint64 documentId) const
{
    SqlStatement q(m_db,
        QString::fromLatin1(CandidateColumns)
            + QStringLiteral("FROM documents d WHERE d.id = :id AND d.doc_type = 'invoice'"));
    q.bind(":id", documentId);
    FACTURO_TRY(q.exec(tr("read invoice %1").arg(documentId)));
    if (!q.next())
        return Error::notFound(tr("Document %1 is not an invoice.").arg(documentId));
    return readCandidate(q);
}

Result<qint64> ReminderRepository::insert(const ReminderRecord &r)
{
    SqlStatement q(m_db,
        "INSERT INTO reminders (document_id, level, sent_on, days_overdue, amount_due, channel, "
        "user_name, fee_invoice_id, outbox_message_id, created_at) VALUES (:document, :level, "
        ":sent_on, :days, :due, :channel, :user, :fee, :message, :now)");
    q.bind(":document", r.documentId).bind(":level", r.level).bind(":sent_on", SqlValue::date(r.sentOn));
    q.bind(":days", r.daysOverdue).bind(":due", r.amountDue).bind(":channel", ReminderChannels::key(r.channel));
    q.bind(":user", r.userName).bind(":fee", SqlValue::nullableId(r.feeInvoiceId));
    q.bind(":message", SqlValue::nullableId(r.outboxMessageId)).bind(":now", SqlValue::timestamp(r.createdAt));
    FACTURO_TRY(q.exec(tr("record the reminder")));
    return q.lastInsertId();
}

Status ReminderRepository::attachFee(qint64 reminderId, qint64 feeInvoiceId)
{
    SqlStatement q(m_db, "UPDATE reminders SET fee_invoice_id = :fee WHERE id = :id AND fee_invoice_id IS NULL");
    q.bind(":fee", feeInvoiceId).bind(":id", reminderId);
    FACTURO_TRY(q.exec(tr("link the late fee to the reminder")));
    if (q.rowsAffected() != 1)
        return Error::conflict(tr("Reminder %1 already has a late fee.").arg(reminderId));
    return {};
}

Status ReminderRepository::attachOutboxMessage(qint64 reminderId, qint64 messageId)
{
    SqlStatement q(m_db,
        "UPDATE reminders SET outbox_message_id = :message WHERE id = :id "
        "AND outbox_message_id IS NULL");
    q.bind(":message", messageId).bind(":id", reminderId);
    FACTURO_TRY(q.exec(tr("link the email to the reminder")));
    if (q.rowsAffected() != 1)
        return Error::conflict(tr("Reminder %1 was already queued for sending.").arg(reminderId));
    return {};
}

Result<ReminderRecord> ReminderRepository::find(qint64 id) const
{
    SqlStatement q(m_db, QString::fromLatin1(RecordColumns) + QStringLiteral("WHERE r.id = :id"));
    q.bind(":id", id);
    FACTURO_TRY(q.exec(tr("read reminder %1").arg(id)));
    if (!q.next())
        return Error::notFound(tr("Reminder %1 does not exist.").arg(id));
    return readRecord(q);
}

Result<QList<ReminderRecord>> ReminderRepository::forDocument(qint64 documentId) const
{
    SqlStatement q(
        m_db, QString::fromLatin1(RecordColumns) + QStringLiteral("WHERE r.document_id = :document ORDER BY r.level"));
    q.bind(":document", documentId);
    FACTURO_TRY(q.exec(tr("read the reminders of document %1").arg(documentId)));
    QList<ReminderRecord> rows;
    while (q.next())
        rows.append(readRecord(q));
    return rows;
}

Result<QList<ReminderRecord>> ReminderRepository::sentBetween(const QDate &from, const QDate &to, int limit) const
{
    SqlStatement q(m_db,
        QString::fromLatin1(RecordColumns)
            + QStringLiteral("WHERE r.sent_on BETWEEN :from AND :to ORDER BY r.sent_on DESC, "
                             "r.id DESC LIMIT :limit"));
    q.bind(":from", from.toString(Qt::ISODate)).bind(":to", to.toString(Qt::ISODate)).bind(":limit", limit);
    FACTURO_TRY(q.exec(tr("list the reminders sent")));
    QList<ReminderRecord> rows;
    while (q.next())
        rows.append(readRecord(q));
    return rows;
}
