-- The Overdue list: the open invoices in the list's order (newest first), with their due date
-- in the index, so that its first page reads a few hundred index entries instead of sorting
-- every open invoice of the file (DocumentRepository names it with INDEXED BY for that filter).
CREATE INDEX documents_open_invoices ON documents (id, due_date)
    WHERE doc_type = 'invoice' AND status IN ('posted', 'partially_paid') AND deleted_at IS NULL;
