-- Schema 5: full-text search for the document lists (SQLite FTS5): document numbers, customer
-- names and line descriptions, accent-insensitive, kept current by triggers.

CREATE VIRTUAL TABLE document_search USING fts5(number, customer_name, tokenize = 'unicode61 remove_diacritics 2');

CREATE VIRTUAL TABLE line_search USING fts5(description, document_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO document_search (rowid, number, customer_name) SELECT id, coalesce(number, ''), customer_name FROM documents;

INSERT INTO line_search (rowid, description, document_id) SELECT id, description, document_id FROM document_lines;

CREATE INDEX journal_entries_payment ON journal_entries (payment_id) WHERE payment_id IS NOT NULL;

CREATE TRIGGER document_search_insert AFTER INSERT ON documents
BEGIN
    INSERT INTO document_search (rowid, number, customer_name) VALUES (NEW.id, coalesce(NEW.number, ''), NEW.customer_name);
END;

CREATE TRIGGER document_search_update AFTER UPDATE OF number, customer_name ON documents
BEGIN
    UPDATE document_search SET number = coalesce(NEW.number, ''), customer_name = NEW.customer_name WHERE rowid = NEW.id;
END;

CREATE TRIGGER document_search_delete AFTER DELETE ON documents
BEGIN
    DELETE FROM document_search WHERE rowid = OLD.id;
END;

CREATE TRIGGER line_search_insert AFTER INSERT ON document_lines
BEGIN
    INSERT INTO line_search (rowid, description, document_id) VALUES (NEW.id, NEW.description, NEW.document_id);
END;

CREATE TRIGGER line_search_update AFTER UPDATE OF description ON document_lines
BEGIN
    UPDATE line_search SET description = NEW.description WHERE rowid = NEW.id;
END;

CREATE TRIGGER line_search_delete AFTER DELETE ON document_lines
BEGIN
    DELETE FROM line_search WHERE rowid = OLD.id;
END;
