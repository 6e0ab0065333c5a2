-- Schema 12: what an e-invoice (EN 16931) needs of a document and its lines.
--   documents.buyer_reference   BT-10, taken from the customer's at draft creation (the Leitweg-ID of
--                               German public buyers); drafts open now take their customer's
--   documents.order_reference   BT-13, the customer's purchase-order number
--   documents.payment_means     BT-81: credit-transfer (to the company's IBAN/BIC, the default), card,
--                               cash, cheque or direct-debit
--   document_lines.unit_code    UN/ECE Recommendation 20 unit (BT-130): HUR, C62, H87, KGM, ...
--   document_lines.vatex_code   VATEX exemption reason code (BT-121) beside the reason text
--   catalog_items.unit_code     the code a line made from the item takes
-- and three tax categories: intra-eu (K, intra-community supply), export (G) and out-of-scope (O),
-- 0 % like exempt, for lines and tax rates.
--
-- The unit codes of the lines and catalog items already written are set right after this script
-- by the program, from their unit texts (Database::migrate runs the step of schema 12 in the same
-- transaction: core/storage/UnitCodeMigration.cpp, with the table in core/domain/UnitCodes.cpp and
-- docs/cli.md). A text the table does not list becomes C62 (one unit).
--
-- Columns and constraints are added by one edit of each table's definition, as migrations 0008 and
-- 0009 do (ALTER TABLE ADD COLUMN appends the same text; one ALTER per column made SQLite parse the
-- whole schema each time, which every new company file paid for). writable_schema = RESET reloads
-- the schema; the triggers dropped and created below change the schema cookie, so every other open
-- connection reloads it too. The documents table ends with table constraints, after which SQLite
-- accepts no column: its columns go after deleted_by, where ALTER TABLE would put them. A
-- definition edited by hand that lacks the 0008 text of the tax category rule keeps its rule (and
-- refuses the new categories).
PRAGMA writable_schema = ON;
UPDATE sqlite_master SET sql = replace(sql, 'deleted_by TEXT,',
    'deleted_by TEXT, buyer_reference TEXT NOT NULL DEFAULT '''', order_reference TEXT NOT NULL DEFAULT '''', payment_means TEXT NOT NULL DEFAULT ''credit-transfer'' CHECK (payment_means = ''credit-transfer'' OR payment_means = ''card'' OR payment_means = ''cash'' OR payment_means = ''cheque'' OR payment_means = ''direct-debit''),')
WHERE type = 'table' AND name = 'documents';
UPDATE sqlite_master SET sql = substr(rtrim(sql), 1, length(rtrim(sql)) - 1)
    || ', unit_code TEXT NOT NULL DEFAULT '''', vatex_code TEXT NOT NULL DEFAULT '''')'
WHERE type = 'table' AND name = 'document_lines';
UPDATE sqlite_master SET sql = replace(sql, 'OR tax_category = ''exempt'' OR tax_category = ''reverse-charge'')',
    'OR tax_category = ''exempt'' OR tax_category = ''reverse-charge'' OR tax_category = ''intra-eu'' OR tax_category = ''export'' OR tax_category = ''out-of-scope'')')
WHERE type = 'table' AND name = 'document_lines';
UPDATE sqlite_master SET sql = replace(sql, 'OR category = ''exempt'' OR category = ''reverse-charge'')',
    'OR category = ''exempt'' OR category = ''reverse-charge'' OR category = ''intra-eu'' OR category = ''export'' OR category = ''out-of-scope'')')
WHERE type = 'table' AND name = 'tax_rates';
UPDATE sqlite_master SET sql = substr(rtrim(sql), 1, length(rtrim(sql)) - 1)
    || ', unit_code TEXT NOT NULL DEFAULT '''')'
WHERE type = 'table' AND name = 'catalog_items';
PRAGMA writable_schema = RESET;

-- A posted document's new columns are frozen with the rest.
DROP TRIGGER IF EXISTS documents_posted_frozen;

CREATE TRIGGER documents_posted_frozen BEFORE UPDATE ON documents
WHEN OLD.status <> 'draft' AND (
    NEW.status = 'draft' OR NEW.doc_type IS NOT OLD.doc_type OR NEW.number IS NOT OLD.number
    OR NEW.customer_id IS NOT OLD.customer_id OR NEW.customer_name IS NOT OLD.customer_name
    OR NEW.issue_date IS NOT OLD.issue_date OR NEW.service_date IS NOT OLD.service_date
    OR NEW.due_date IS NOT OLD.due_date OR NEW.payment_terms_days IS NOT OLD.payment_terms_days
    OR NEW.customer_reference IS NOT OLD.customer_reference OR NEW.printed_notes IS NOT OLD.printed_notes
    OR NEW.internal_notes IS NOT OLD.internal_notes OR NEW.language IS NOT OLD.language
    OR NEW.currency IS NOT OLD.currency OR NEW.total_net IS NOT OLD.total_net
    OR NEW.total_tax IS NOT OLD.total_tax OR NEW.total_gross IS NOT OLD.total_gross
    OR NEW.credited_document_id IS NOT OLD.credited_document_id OR NEW.credit_reason IS NOT OLD.credit_reason
    OR NEW.service_order_id IS NOT OLD.service_order_id OR NEW.quotation_id IS NOT OLD.quotation_id
    OR NEW.snapshot IS NOT OLD.snapshot OR NEW.approved_by IS NOT OLD.approved_by
    OR NEW.approved_at IS NOT OLD.approved_at OR NEW.posted_at IS NOT OLD.posted_at
    OR NEW.posted_by IS NOT OLD.posted_by OR NEW.created_at IS NOT OLD.created_at
    OR NEW.created_by IS NOT OLD.created_by OR NEW.deleted_at IS NOT NULL OR NEW.id IS NOT OLD.id
    OR NEW.buyer_reference IS NOT OLD.buyer_reference OR NEW.order_reference IS NOT OLD.order_reference
    OR NEW.payment_means IS NOT OLD.payment_means)
BEGIN
    SELECT RAISE(ABORT, 'posted documents are immutable');
END;

-- Open drafts take their customer's buyer reference, as a draft created from now on does.
UPDATE documents SET buyer_reference = (SELECT c.buyer_reference FROM customers c WHERE c.id = documents.customer_id)
WHERE status = 'draft' AND EXISTS (SELECT 1 FROM customers c WHERE c.id = documents.customer_id AND c.buyer_reference <> '');

-- The e-invoices that left the program, as document_archive keeps the PDF (migration 0002): the
-- first output of a posted document in a format is stored with its SHA-256, every later output
-- in that format is these bytes. One row per document and format key (en16931-ubl, en16931-cii,
-- peppol, xrechnung-ubl, xrechnung-cii, facturx: the Factur-X PDF, whose pages are those of the
-- document's archived PDF), never changed or removed.
CREATE TABLE einvoice_archive (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id),
    format TEXT NOT NULL CHECK (format = 'en16931-ubl' OR format = 'en16931-cii' OR format = 'peppol' OR format = 'xrechnung-ubl' OR format = 'xrechnung-cii' OR format = 'facturx'),
    content BLOB NOT NULL CHECK (length(content) > 0),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    file_name TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (document_id, format)
);

CREATE TRIGGER einvoice_archive_posted_only BEFORE INSERT ON einvoice_archive
WHEN coalesce((SELECT status FROM documents WHERE id = NEW.document_id), 'draft') = 'draft'
BEGIN
    SELECT RAISE(ABORT, 'only posted documents are archived');
END;

CREATE TRIGGER einvoice_archive_immutable_update BEFORE UPDATE ON einvoice_archive
BEGIN
    SELECT RAISE(ABORT, 'archived e-invoices are immutable');
END;

CREATE TRIGGER einvoice_archive_immutable_delete BEFORE DELETE ON einvoice_archive
BEGIN
    SELECT RAISE(ABORT, 'archived e-invoices are immutable');
END;
