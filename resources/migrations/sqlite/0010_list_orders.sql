-- The invoice list sorted by a column header: an index for each column commonly sorted, so that
-- the first page and the last page of a million documents read a few hundred index entries in
-- that order (DocumentRepository's paged reads, with the id as the tie-breaker: every index ends
-- with the row id). Number, issue date and type (with the date) have theirs already. The expressions are written
-- exactly as DocumentRepository orders and searches by them (SQLite matches them as text).
-- Totals and amounts due are signed as the list shows them: a credit note negative, a draft has
-- nothing due. The amount typed in the search box is looked up through the same two indexes.
-- IF NOT EXISTS: a file stamped back to an older schema (tests do) upgrades again.
CREATE INDEX IF NOT EXISTS documents_customer_name ON documents (customer_name COLLATE NOCASE);

CREATE INDEX IF NOT EXISTS documents_due_date ON documents (due_date);

CREATE INDEX IF NOT EXISTS documents_signed_total ON documents ((CASE WHEN doc_type = 'credit_note' THEN -total_gross ELSE total_gross END));

CREATE INDEX IF NOT EXISTS documents_signed_due ON documents ((CASE WHEN status = 'draft' THEN NULL WHEN doc_type = 'credit_note' THEN amount_paid + amount_credited - total_gross ELSE total_gross - amount_paid - amount_credited END));

CREATE INDEX IF NOT EXISTS documents_status_rank ON documents ((CASE status WHEN 'draft' THEN 0 WHEN 'posted' THEN 1 WHEN 'partially_paid' THEN 2 WHEN 'paid' THEN 3 WHEN 'credited' THEN 4 ELSE 5 END));
