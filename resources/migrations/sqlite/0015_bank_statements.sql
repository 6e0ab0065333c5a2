-- Schema 15: bank statements in (issue 15). Constraints are written with OR, not IN (...), so
-- SQLite checks them without a temporary table (see migration 0008).
--   bank_statements   one imported file's statement (camt.053 statement, camt.054 notification, or
--                     a CSV export): the bank's statement id, the account, the file's SHA-256
--   bank_entries      one credit or debit the bank booked (a batch's transactions each have their
--                     own row). entry_key identifies it across imports: the account with the bank's
--                     reference (AcctSvcrRef), else statement id and entry reference, else a hash
--                     of its content: a second import of the same entry finds its key and adds
--                     nothing. applied_amount is what payments took from it (never more than it).
--   bank_entry_payments  the payments an entry became (one transaction per entry)
--   customer_bank_accounts  the IBANs a customer paid from, learned when an entry is applied
CREATE TABLE bank_statements (
    id INTEGER PRIMARY KEY,
    format TEXT NOT NULL CHECK (format = 'camt.053' OR format = 'camt.054' OR format = 'csv'),
    statement_ref TEXT NOT NULL,
    account_iban TEXT NOT NULL,
    currency TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    UNIQUE (account_iban, format, statement_ref)
);

CREATE TABLE bank_entries (
    id INTEGER PRIMARY KEY,
    statement_id INTEGER NOT NULL REFERENCES bank_statements (id),
    entry_key TEXT NOT NULL UNIQUE,
    direction TEXT NOT NULL CHECK (direction = 'credit' OR direction = 'debit'),
    reversal INTEGER NOT NULL DEFAULT 0 CHECK (reversal = 0 OR reversal = 1),
    return_reason TEXT NOT NULL DEFAULT '',
    amount INTEGER NOT NULL CHECK (amount > 0),
    charges INTEGER NOT NULL DEFAULT 0 CHECK (charges >= 0),
    currency TEXT NOT NULL,
    booking_date TEXT NOT NULL,
    value_date TEXT,
    entry_ref TEXT NOT NULL DEFAULT '',
    servicer_ref TEXT NOT NULL DEFAULT '',
    end_to_end_id TEXT NOT NULL DEFAULT '',
    debtor_name TEXT NOT NULL DEFAULT '',
    debtor_iban TEXT NOT NULL DEFAULT '',
    remittance TEXT NOT NULL DEFAULT '',
    structured_reference TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status = 'open' OR status = 'applied' OR status = 'left' OR status = 'not-a-payment'),
    applied_amount INTEGER NOT NULL DEFAULT 0,
    CHECK (applied_amount >= 0 AND applied_amount <= amount),
    CHECK (direction = 'credit' OR applied_amount = 0)
);
CREATE INDEX bank_entries_open ON bank_entries (id) WHERE status = 'open';

CREATE TABLE bank_entry_payments (
    entry_id INTEGER NOT NULL REFERENCES bank_entries (id),
    payment_id INTEGER NOT NULL UNIQUE REFERENCES payments (id),
    document_id INTEGER NOT NULL REFERENCES documents (id),
    amount INTEGER NOT NULL CHECK (amount > 0)
);
CREATE INDEX bank_entry_payments_entry ON bank_entry_payments (entry_id);

CREATE TABLE customer_bank_accounts (
    iban TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    learned_at TEXT NOT NULL,
    learned_from_entry INTEGER REFERENCES bank_entries (id),
    PRIMARY KEY (iban, customer_id)
);
CREATE INDEX customer_bank_accounts_customer ON customer_bank_accounts (customer_id);

-- What was paid from an entry stays paid: its payment links are never changed or removed.
CREATE TRIGGER bank_entry_payments_immutable BEFORE UPDATE ON bank_entry_payments
BEGIN
    SELECT RAISE(ABORT, 'a bank entry''s payments are immutable');
END;

CREATE TRIGGER bank_entry_payments_kept BEFORE DELETE ON bank_entry_payments
BEGIN
    SELECT RAISE(ABORT, 'a bank entry''s payments are immutable');
END;
