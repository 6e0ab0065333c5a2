-- Schema 14: the structured payment reference each posted invoice gets (core/bank/PaymentReference.h).
--   document_payment_references.reference   the electronic form, frozen at posting, in the posting
--       transaction: an ISO 11649 creditor reference ("RF18INV202600042") or the twelve digits of
--       a Belgian structured communication, as the company setting asks (settings key
--       payment_reference_kind: rf or be). Drafts, credit notes and every document posted before
--       this schema have none; the row digest of a document (BookRowsRepository) names the field
--       only when it has one, so the digests recorded before stay byte for byte what they were.
-- Read as Document::paymentReference. Unique in the file (a bank statement's reference finds one
-- invoice), read through its index. Written once for a posted invoice, never changed or removed:
-- like the posted document it belongs to.
--
-- A table of its own rather than a column of documents (like company_terms, schema 11): created
-- again without harm, so a file brought back to an older schema number by hand upgrades through
-- it cleanly and keeps its references; and the posted-document trigger, which other schemas
-- rewrite, stays as it is.
CREATE TABLE IF NOT EXISTS document_payment_references (
    document_id INTEGER PRIMARY KEY REFERENCES documents (id),
    reference TEXT NOT NULL UNIQUE CHECK (length(reference) BETWEEN 5 AND 25 AND reference NOT GLOB '*[^0-9A-Z]*')
);

CREATE TRIGGER IF NOT EXISTS document_payment_references_posted_invoice BEFORE INSERT ON document_payment_references
WHEN coalesce((SELECT status <> 'draft' AND doc_type = 'invoice' FROM documents WHERE id = NEW.document_id), 0) = 0
BEGIN
    SELECT RAISE(ABORT, 'only posted invoices have a payment reference');
END;

CREATE TRIGGER IF NOT EXISTS document_payment_references_immutable_update BEFORE UPDATE ON document_payment_references
BEGIN
    SELECT RAISE(ABORT, 'posted documents are immutable');
END;

CREATE TRIGGER IF NOT EXISTS document_payment_references_immutable_delete BEFORE DELETE ON document_payment_references
BEGIN
    SELECT RAISE(ABORT, 'posted documents are immutable');
END;
