-- Schema 16: what really arrived can be recorded, and SEPA direct debit (issue 15).
--
-- * payments.kind gains 'write_off' (a small difference given up: debit the write-off account,
--   credit receivable; it settles the invoice like a payment but is not money collected);
--   payments.method gains 'customer_credit' (the customer's credit applied to an invoice) and
--   'direct_debit' (an invoice collected by a SEPA direct debit file).
-- * journal_entries.kind gains 'write_off', 'credit_kept' (an over-payment kept as the customer's
--   credit: debit bank/cash, credit customer credits) and 'credit_refund' (that credit paid back:
--   debit customer credits, credit bank/cash).
-- * Three accounts: customer credits (liability), write-offs (expense), direct debits in
--   collection (asset). A chart that already uses one of these codes keeps its own account;
--   posting then names the role that has no account.
-- * customer_credits: the movements of each customer's credit; its balance is their sum, never
--   negative. kept (> 0, with its journal entry), applied (< 0, the customer_credit payment that
--   used it), refunded (< 0, with its journal entry).
-- * mandates: SEPA direct debit mandates; only their revocation is ever written later.
-- * direct_debit_collections: each invoice put in a pain.008 file, with the payment recorded for
--   it; direct_debit_returns: a collection that came back (at most once), with the reversal of
--   that payment and the fee charged. Both are records of what happened: never changed.
-- Every statement may run again on a file stamped back to an older schema (tests do): the rules
-- are rewritten only where they lack the new values, tables and triggers created if missing.
PRAGMA writable_schema = ON;
UPDATE sqlite_master SET sql = replace(sql, 'CHECK (kind = ''payment'' OR kind = ''reversal'' OR kind = ''refund'')',
    'CHECK (kind = ''payment'' OR kind = ''reversal'' OR kind = ''refund'' OR kind = ''write_off'')')
WHERE type = 'table' AND name = 'payments' AND sql NOT LIKE '%write_off%';
UPDATE sqlite_master SET sql = replace(sql, 'OR method = ''cheque'' OR method = ''other'')',
    'OR method = ''cheque'' OR method = ''other'' OR method = ''customer_credit'' OR method = ''direct_debit'')')
WHERE type = 'table' AND name = 'payments' AND sql NOT LIKE '%customer_credit%';
UPDATE sqlite_master SET sql = replace(sql, 'OR kind = ''reversal'' OR kind = ''refund'')',
    'OR kind = ''reversal'' OR kind = ''refund'' OR kind = ''write_off'' OR kind = ''credit_kept'' OR kind = ''credit_refund'')')
WHERE type = 'table' AND name = 'journal_entries' AND sql NOT LIKE '%credit_kept%';
PRAGMA writable_schema = RESET;

INSERT OR IGNORE INTO accounts (code, name, kind, role) VALUES
    ('4191', 'Customer credits', 'liability', 'customer_credit'),
    ('654', 'Write-offs of small differences', 'expense', 'write_off'),
    ('5113', 'Direct debits in collection', 'asset', 'direct_debit');

CREATE TABLE IF NOT EXISTS customer_credits (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    kind TEXT NOT NULL CHECK (kind = 'kept' OR kind = 'applied' OR kind = 'refunded'),
    amount INTEGER NOT NULL CHECK ((kind = 'kept' AND amount > 0) OR (kind <> 'kept' AND amount < 0)),
    credit_date TEXT NOT NULL,
    document_id INTEGER REFERENCES documents (id),
    payment_id INTEGER REFERENCES payments (id),
    journal_entry_id INTEGER UNIQUE REFERENCES journal_entries (id),
    method TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    CHECK ((kind = 'applied') = (journal_entry_id IS NULL)),
    CHECK (kind <> 'applied' OR payment_id IS NOT NULL)
);
CREATE INDEX IF NOT EXISTS customer_credits_customer ON customer_credits (customer_id);

CREATE TRIGGER IF NOT EXISTS customer_credits_immutable_update BEFORE UPDATE ON customer_credits
BEGIN
    SELECT RAISE(ABORT, 'customer credit movements are immutable');
END;

CREATE TRIGGER IF NOT EXISTS customer_credits_immutable_delete BEFORE DELETE ON customer_credits
BEGIN
    SELECT RAISE(ABORT, 'customer credit movements are immutable');
END;

CREATE TRIGGER IF NOT EXISTS customer_credits_never_negative BEFORE INSERT ON customer_credits
WHEN NEW.amount < 0 AND (SELECT coalesce(sum(amount), 0) FROM customer_credits WHERE customer_id = NEW.customer_id) + NEW.amount < 0
BEGIN
    SELECT RAISE(ABORT, 'a customer credit cannot become negative');
END;

CREATE TABLE IF NOT EXISTS mandates (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    reference TEXT NOT NULL UNIQUE CHECK (length(reference) BETWEEN 1 AND 35),
    signed_on TEXT NOT NULL,
    iban TEXT NOT NULL CHECK (length(iban) BETWEEN 15 AND 34),
    bic TEXT NOT NULL DEFAULT '',
    scheme TEXT NOT NULL CHECK (scheme = 'core' OR scheme = 'b2b'),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    revoked_on TEXT,
    revoked_by TEXT
);
CREATE INDEX IF NOT EXISTS mandates_customer ON mandates (customer_id);

CREATE TRIGGER IF NOT EXISTS mandates_recorded_update BEFORE UPDATE ON mandates
WHEN OLD.revoked_on IS NOT NULL OR NEW.revoked_on IS NULL OR NEW.id IS NOT OLD.id
    OR NEW.customer_id IS NOT OLD.customer_id OR NEW.reference IS NOT OLD.reference
    OR NEW.signed_on IS NOT OLD.signed_on OR NEW.iban IS NOT OLD.iban OR NEW.bic IS NOT OLD.bic
    OR NEW.scheme IS NOT OLD.scheme OR NEW.created_at IS NOT OLD.created_at OR NEW.created_by IS NOT OLD.created_by
BEGIN
    SELECT RAISE(ABORT, 'a mandate is only ever revoked, once');
END;

CREATE TRIGGER IF NOT EXISTS mandates_undeletable BEFORE DELETE ON mandates
BEGIN
    SELECT RAISE(ABORT, 'mandates are kept: revoke one instead');
END;

CREATE TABLE IF NOT EXISTS direct_debit_collections (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id),
    mandate_id INTEGER NOT NULL REFERENCES mandates (id),
    payment_id INTEGER NOT NULL UNIQUE REFERENCES payments (id),
    amount INTEGER NOT NULL CHECK (amount > 0),
    collect_on TEXT NOT NULL,
    sequence TEXT NOT NULL CHECK (sequence = 'FRST' OR sequence = 'RCUR'),
    message_id TEXT NOT NULL,
    end_to_end_id TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS direct_debit_collections_document ON direct_debit_collections (document_id);
CREATE INDEX IF NOT EXISTS direct_debit_collections_mandate ON direct_debit_collections (mandate_id);

CREATE TRIGGER IF NOT EXISTS direct_debit_collections_immutable_update BEFORE UPDATE ON direct_debit_collections
BEGIN
    SELECT RAISE(ABORT, 'direct debit collections are immutable');
END;

CREATE TRIGGER IF NOT EXISTS direct_debit_collections_immutable_delete BEFORE DELETE ON direct_debit_collections
BEGIN
    SELECT RAISE(ABORT, 'direct debit collections are immutable');
END;

CREATE TABLE IF NOT EXISTS direct_debit_returns (
    id INTEGER PRIMARY KEY,
    collection_id INTEGER NOT NULL UNIQUE REFERENCES direct_debit_collections (id),
    returned_on TEXT NOT NULL,
    fee INTEGER NOT NULL CHECK (fee >= 0),
    reason TEXT NOT NULL DEFAULT '',
    reversal_payment_id INTEGER NOT NULL UNIQUE REFERENCES payments (id),
    fee_document_id INTEGER REFERENCES documents (id),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE TRIGGER IF NOT EXISTS direct_debit_returns_immutable_update BEFORE UPDATE ON direct_debit_returns
BEGIN
    SELECT RAISE(ABORT, 'returned direct debits are immutable');
END;

CREATE TRIGGER IF NOT EXISTS direct_debit_returns_immutable_delete BEFORE DELETE ON direct_debit_returns
BEGIN
    SELECT RAISE(ABORT, 'returned direct debits are immutable');
END;
