-- Schema 13: maintenance contracts (service agreements) that bill themselves.
--   contracts             customer, frequency (every N weeks, months or years), start date, end
--                         (a date, inclusive, or a number of invoices, or open), billed in advance
--                         or in arrears, lead days, what each occurrence becomes (a draft, posted,
--                         posted and sent), language, payment terms and the contract's reference
--   contract_lines        what each invoice bills: description (placeholders resolved against the
--                         period billed), quantity, unit, kind; a line ends with the periods
--                         starting before ends_on
--   contract_versions     the price and tax of a line, effective from a date: a price or tax change
--                         is a new version, never an edit; who made it and when is kept (and audited)
--   contract_occurrences  occurrence k of a contract (k = 0 for the start date) and what it became:
--                         the document made, in the same transaction, or a skip. UNIQUE
--                         (contract_id, occurrence) is what makes a period billed at most once,
--                         whatever runs at once or is killed.
-- The rules on keys are written with OR, not IN (...): SQLite checks IN lists of three or more
-- constants with a temporary table on every insert (migration 0008).
CREATE TABLE contracts (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    every_n INTEGER NOT NULL CHECK (every_n BETWEEN 1 AND 120),
    every_unit TEXT NOT NULL CHECK (every_unit = 'week' OR every_unit = 'month' OR every_unit = 'year'),
    start_date TEXT NOT NULL,
    end_date TEXT,
    max_count INTEGER CHECK (max_count IS NULL OR max_count BETWEEN 1 AND 10000),
    billing TEXT NOT NULL DEFAULT 'advance' CHECK (billing = 'advance' OR billing = 'arrears'),
    lead_days INTEGER NOT NULL DEFAULT 0 CHECK (lead_days BETWEEN 0 AND 366),
    action TEXT NOT NULL DEFAULT 'draft' CHECK (action = 'draft' OR action = 'post' OR action = 'send'),
    language TEXT NOT NULL DEFAULT '',
    payment_terms_days INTEGER CHECK (payment_terms_days IS NULL OR payment_terms_days BETWEEN 0 AND 365),
    reference TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'active' CHECK (status = 'active' OR status = 'paused' OR status = 'ended' OR status = 'cancelled'),
    paused_on TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX contracts_customer ON contracts (customer_id);

CREATE TABLE contract_lines (
    id INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contracts (id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL DEFAULT 'other' CHECK (kind = 'labor' OR kind = 'part' OR kind = 'other'),
    description TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity <> 0),
    unit TEXT NOT NULL DEFAULT '',
    catalog_item_id INTEGER REFERENCES catalog_items (id),
    ends_on TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX contract_lines_contract ON contract_lines (contract_id, position);

CREATE TABLE contract_versions (
    id INTEGER PRIMARY KEY,
    contract_line_id INTEGER NOT NULL REFERENCES contract_lines (id),
    effective_from TEXT NOT NULL,
    unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
    tax_category TEXT NOT NULL,
    tax_rate INTEGER NOT NULL CHECK (tax_rate BETWEEN 0 AND 10000),
    exemption_reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (contract_line_id, effective_from)
);

CREATE TABLE contract_occurrences (
    id INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contracts (id),
    occurrence INTEGER NOT NULL CHECK (occurrence >= 0),
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    bill_date TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome = 'draft' OR outcome = 'posted' OR outcome = 'sent' OR outcome = 'skipped'),
    document_id INTEGER REFERENCES documents (id),
    attention TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (contract_id, occurrence),
    UNIQUE (document_id),
    CHECK ((outcome = 'skipped') = (document_id IS NULL))
);

-- A version is history: a change is a new version. An occurrence is made once and stays.
CREATE TRIGGER contract_versions_immutable BEFORE UPDATE ON contract_versions
BEGIN
    SELECT RAISE(ABORT, 'contract versions are immutable');
END;
CREATE TRIGGER contract_versions_undeletable BEFORE DELETE ON contract_versions
BEGIN
    SELECT RAISE(ABORT, 'contract versions cannot be deleted');
END;
CREATE TRIGGER contract_occurrences_immutable BEFORE UPDATE ON contract_occurrences
BEGIN
    SELECT RAISE(ABORT, 'contract occurrences are immutable');
END;
CREATE TRIGGER contract_occurrences_undeletable BEFORE DELETE ON contract_occurrences
BEGIN
    SELECT RAISE(ABORT, 'contract occurrences cannot be deleted');
END;
