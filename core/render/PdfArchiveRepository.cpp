#include "PdfArchiveRepository.h"

#include "SqlStatement.h"

Result<std::optional<PdfArchiveEntry>> PdfArchiveRepository::find(qint64 documentId) const
{
    SqlStatement q(m_db,
        "SELECT document_id, pdf, sha256, file_name, render_state, created_at, created_by "
        "FROM document_archive WHERE document_id = :id");
    q.bind(":id", documentId);
    FACTURO_TRY(q.exec(tr("read the archived PDF of document %1").arg(documentId)));
    if (!q.next())
        return std::optional<PdfArchiveEntry>();
    PdfArchiveEntry entry;
    entry.documentId = q.integer(0);
    entry.pdf = q.value(1).toByteArray();
    entry.sha256 = q.text(2);
    entry.fileName = q.text(3);
    entry.renderState = q.text(4);
    entry.createdAt = SqlValue::toTimestamp(q.value(5));
    entry.createdBy = q.text(6);
    return std::optional<PdfArchiveEntry>(std::move(entry));
}

Result<bool> PdfArchiveRepository::contains(qint64 documentId) const
{
    SqlStatement q(m_db, "SELECT count(*) FROM document_archive WHERE document_id = :id");
    q.bind(":id", documentId);
    FACTURO_TRY(q.exec(tr("look up the archived PDF of document %1").arg(documentId)));
    return q.next() && q.integer(0) > 0;
}

Status PdfArchiveRepository::insert(const PdfArchiveEntry &entry)
{
    SqlStatement q(m_db,
        "INSERT INTO document_archive (document_id, pdf, sha256, file_name, render_state, "
        "created_at, created_by) VALUES (:document, :pdf, :sha256, :file_name, :render_state, "
        ":created_at, :created_by)");
    q.bind(":document", entry.documentId).bind(":pdf", entry.pdf).bind(":sha256", entry.sha256);
    q.bind(":file_name", entry.fileName).bind(":render_state", entry.renderState);
    q.bind(":created_at", SqlValue::timestamp(entry.createdAt)).bind(":created_by", entry.createdBy);
    return q.exec(tr("archive the PDF of document %1").arg(entry.documentId));
}
