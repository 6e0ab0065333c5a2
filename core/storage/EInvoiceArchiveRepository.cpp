#include "EInvoiceArchiveRepository.h"

#include "SqlStatement.h"

Result<std::optional<EInvoiceArchiveEntry>> EInvoiceArchiveRepository::find(
    qint64 documentId, const QString &format) const
{
    SqlStatement q(m_db,
        "SELECT content, sha256, file_name, created_at, created_by FROM einvoice_archive "
        "WHERE document_id = :id AND format = :format");
    q.bind(":id", documentId).bind(":format", format);
    FACTURO_TRY(q.exec(tr("read the archived e-invoice of document %1").arg(documentId)));
    if (!q.next())
        return std::optional<EInvoiceArchiveEntry>();
    EInvoiceArchiveEntry entry;
    entry.documentId = documentId;
    entry.format = format;
    entry.content = q.value(0).toByteArray();
    entry.sha256 = q.text(1);
    entry.fileName = q.text(2);
    entry.createdAt = SqlValue::toTimestamp(q.value(3));
    entry.createdBy = q.text(4);
    return std::optional<EInvoiceArchiveEntry>(std::move(entry));
}

Result<QList<EInvoiceArchiveEntry>> EInvoiceArchiveRepository::list(qint64 documentId) const
{
    SqlStatement q(m_db,
        "SELECT format, sha256, file_name, created_at, created_by FROM einvoice_archive "
        "WHERE document_id = :id ORDER BY id");
    q.bind(":id", documentId);
    FACTURO_TRY(q.exec(tr("list the archived e-invoices of document %1").arg(documentId)));
    QList<EInvoiceArchiveEntry> entries;
    while (q.next()) {
        EInvoiceArchiveEntry e;
        e.documentId = documentId;
        e.format = q.text(0);
        e.sha256 = q.text(1);
        e.fileName = q.text(2);
        e.createdAt = SqlValue::toTimestamp(q.value(3));
        e.createdBy = q.text(4);
        entries.append(e);
    }
    return entries;
}

Status EInvoiceArchiveRepository::insert(const EInvoiceArchiveEntry &entry)
{
    SqlStatement q(m_db,
        "INSERT INTO einvoice_archive (document_id, format, content, sha256, file_name, created_at, created_by) "
        "VALUES (:document, :format, :content, :sha256, :file_name, :created_at, :created_by)");
    q.bind(":document", entry.documentId).bind(":format", entry.format).bind(":content", entry.content);
    q.bind(":sha256", entry.sha256).bind(":file_name", entry.fileName);
    q.bind(":created_at", SqlValue::timestamp(entry.createdAt)).bind(":created_by", entry.createdBy);
    return q.exec(tr("archive the e-invoice of document %1").arg(entry.documentId));
}
