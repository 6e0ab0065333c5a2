-- Facturo company file, schema 2: the PDF archive.
-- The first time a posted invoice or credit note leaves the program (printed, exported or
-- sent) its PDF is stored here with its SHA-256; every later print, export or send uses these
-- bytes, so the copy the customer received can always be reproduced exactly. One PDF per
-- document, never changed or removed.
-- render_state: what the PDF was painted with besides the frozen document (the template as
-- JSON, the amounts paid and credited at that moment), so that a printer can be given the
-- same pages again.

CREATE TABLE document_archive (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL UNIQUE REFERENCES documents (id),
    pdf BLOB NOT NULL CHECK (length(pdf) > 0),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    file_name TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
    render_state TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE TRIGGER document_archive_posted_only BEFORE INSERT ON document_archive
WHEN coalesce((SELECT status FROM documents WHERE id = NEW.document_id), 'draft') = 'draft'
BEGIN
    SELECT RAISE(ABORT, 'only posted documents are archived');
END;

CREATE TRIGGER document_archive_immutable_update BEFORE UPDATE ON document_archive
BEGIN
    SELECT RAISE(ABORT, 'archived PDFs are immutable');
END;

CREATE TRIGGER document_archive_immutable_delete BEFORE DELETE ON document_archive
BEGIN
    SELECT RAISE(ABORT, 'archived PDFs are immutable');
END;
