#include "ReminderDisputeRepository.h"

#include "SqlStatement.h"

Result<std::optional<InvoiceDispute>> ReminderDisputeRepository::find(qint64 documentId) const
{
    SqlStatement q(m_db,
        "SELECT document_id, reason, opened_on, opened_by FROM document_disputes "
        "WHERE document_id = :document");
    q.bind(":document", documentId);
    FACTURO_TRY(q.exec(tr("read the dispute of document %1").arg(documentId)));
    if (!q.next())
        return std::optional<InvoiceDispute>();
    return std::optional<InvoiceDispute>(
        InvoiceDispute {q.integer(0), q.text(1), SqlValue::toDate(q.value(2)), q.text(3)});
}

Status ReminderDisputeRepository::open(const InvoiceDispute &d)
{
    SqlStatement q(m_db,
        "INSERT OR IGNORE INTO document_disputes (document_id, reason, opened_on, opened_by) "
        "VALUES (:document, :reason, :on, :by)");
    q.bind(":document", d.documentId).bind(":reason", d.reason).bind(":on", SqlValue::date(d.openedOn));
    q.bind(":by", d.openedBy);
    FACTURO_TRY(q.exec(tr("mark the invoice as disputed")));
    if (q.rowsAffected() != 1)
        return Error::conflict(tr("The invoice is already marked as disputed."));
    return {};
}

Status ReminderDisputeRepository::close(qint64 documentId)
{
    SqlStatement q(m_db, "DELETE FROM document_disputes WHERE document_id = :document");
    q.bind(":document", documentId);
    FACTURO_TRY(q.exec(tr("close the dispute")));
    if (q.rowsAffected() != 1)
        return Error::notFound(tr("The invoice is not disputed."));
    return {};
}

Result<qint64> ReminderDisputeRepository::count() const
{
    SqlStatement q(m_db, "SELECT count(*) FROM document_disputes");
    FACTURO_TRY(q.exec(tr("count the disputed invoices")));
    q.next();
    return q.integer(0);
}
