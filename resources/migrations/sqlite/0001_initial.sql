-- Facturo company file, schema 1.
-- Statements end with ';' at the end of a line; a trigger body ends with a line 'END;'.
-- Money is INTEGER minor units; quantities are INTEGER thousandths; unit prices INTEGER
-- ten-thousandths of the major unit; percentages (tax rates, discounts) INTEGER hundredths.
-- Dates are ISO text (YYYY-MM-DD), timestamps ISO UTC text.

CREATE TABLE company (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    vat_id TEXT NOT NULL DEFAULT '',
    registration TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    iban TEXT NOT NULL DEFAULT '',
    bic TEXT NOT NULL DEFAULT '',
    bank_name TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
    payment_terms_days INTEGER NOT NULL DEFAULT 30 CHECK (payment_terms_days BETWEEN 0 AND 365),
    invoice_pattern TEXT NOT NULL DEFAULT 'INV-{YYYY}-{SEQ:5}',
    credit_note_pattern TEXT NOT NULL DEFAULT 'CN-{YYYY}-{SEQ:5}',
    quotation_pattern TEXT NOT NULL DEFAULT 'Q-{YYYY}-{SEQ:5}',
    reset_yearly INTEGER NOT NULL DEFAULT 1 CHECK (reset_yearly IN (0, 1)),
    approval_threshold INTEGER NOT NULL DEFAULT 0 CHECK (approval_threshold >= 0),
    default_language TEXT NOT NULL DEFAULT 'en',
    paper_size TEXT NOT NULL DEFAULT 'A4' CHECK (paper_size IN ('A4', 'Letter')),
    reminder_levels TEXT NOT NULL DEFAULT '7,14,30',
    updated_at TEXT
);
INSERT INTO company (id) VALUES (1);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('clerk', 'manager')),
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('asset', 'liability', 'equity', 'revenue', 'expense')),
    role TEXT UNIQUE
);
INSERT INTO accounts (code, name, kind, role) VALUES
    ('411', 'Accounts receivable', 'asset', 'receivable'),
    ('512', 'Bank', 'asset', 'bank_transfer'),
    ('5121', 'Card settlements', 'asset', 'card'),
    ('5112', 'Cheques to deposit', 'asset', 'cheque'),
    ('530', 'Cash', 'asset', 'cash'),
    ('5180', 'Other receipts', 'asset', 'other'),
    ('44571', 'VAT payable', 'liability', 'vat_payable'),
    ('706', 'Revenue: labor', 'revenue', 'revenue_labor'),
    ('707', 'Revenue: parts', 'revenue', 'revenue_part'),
    ('708', 'Revenue: other', 'revenue', 'revenue_other');

CREATE TABLE tax_rates (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    category TEXT NOT NULL CHECK (category IN ('standard', 'reduced', 'zero', 'exempt', 'reverse-charge')),
    rate INTEGER NOT NULL CHECK (rate BETWEEN 0 AND 10000),
    exemption_reason TEXT NOT NULL DEFAULT '',
    is_default INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    billing_address TEXT NOT NULL DEFAULT '',
    vat_id TEXT NOT NULL DEFAULT '',
    payment_terms_days INTEGER CHECK (payment_terms_days BETWEEN 0 AND 365),
    language TEXT NOT NULL DEFAULT 'en',
    no_reminders INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX customers_name ON customers (name COLLATE NOCASE);
CREATE INDEX customers_vat_id ON customers (vat_id) WHERE vat_id <> '';

CREATE TABLE customer_contacts (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    is_primary INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX customer_contacts_customer ON customer_contacts (customer_id);
CREATE INDEX customer_contacts_email ON customer_contacts (email COLLATE NOCASE);

CREATE TABLE catalog_items (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('labor', 'part', 'other')),
    description TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    unit_price INTEGER NOT NULL,
    tax_rate_id INTEGER NOT NULL REFERENCES tax_rates (id),
    revenue_account_id INTEGER REFERENCES accounts (id),
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE service_orders (
    id INTEGER PRIMARY KEY,
    job_ref TEXT UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    site_address TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    report TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('new', 'scheduled', 'in_progress', 'done', 'invoiced', 'cancelled')),
    scheduled_for TEXT,
    completed_at TEXT,
    signoff_name TEXT NOT NULL DEFAULT '',
    signoff_at TEXT,
    signature BLOB,
    quotation_id INTEGER,
    invoice_id INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX service_orders_status ON service_orders (status);
CREATE INDEX service_orders_customer ON service_orders (customer_id);

CREATE TABLE time_entries (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES service_orders (id) ON DELETE CASCADE,
    technician TEXT NOT NULL,
    work_date TEXT NOT NULL,
    hours INTEGER NOT NULL CHECK (hours > 0),
    hourly_rate INTEGER NOT NULL CHECK (hourly_rate >= 0),
    description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX time_entries_order ON time_entries (order_id);

CREATE TABLE parts_used (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES service_orders (id) ON DELETE CASCADE,
    sku TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity <> 0),
    unit TEXT NOT NULL DEFAULT '',
    unit_price INTEGER NOT NULL,
    tax_category TEXT NOT NULL,
    tax_rate INTEGER NOT NULL CHECK (tax_rate BETWEEN 0 AND 10000),
    exemption_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX parts_used_order ON parts_used (order_id);

CREATE TABLE quotations (
    id INTEGER PRIMARY KEY,
    number TEXT UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    status TEXT NOT NULL CHECK (status IN ('draft', 'sent', 'accepted', 'declined', 'expired')),
    issue_date TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    printed_notes TEXT NOT NULL DEFAULT '',
    service_order_id INTEGER REFERENCES service_orders (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE quotation_lines (
    id INTEGER PRIMARY KEY,
    quotation_id INTEGER NOT NULL REFERENCES quotations (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('labor', 'part', 'other')),
    description TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    unit_price INTEGER NOT NULL,
    discount INTEGER NOT NULL DEFAULT 0 CHECK (discount BETWEEN 0 AND 10000),
    tax_category TEXT NOT NULL,
    tax_rate INTEGER NOT NULL CHECK (tax_rate BETWEEN 0 AND 10000),
    exemption_reason TEXT NOT NULL DEFAULT '',
    line_net INTEGER NOT NULL
);
CREATE INDEX quotation_lines_quotation ON quotation_lines (quotation_id, position);

-- Invoices and credit notes.
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    doc_type TEXT NOT NULL CHECK (doc_type IN ('invoice', 'credit_note')),
    status TEXT NOT NULL CHECK (status IN ('draft', 'posted', 'partially_paid', 'paid', 'credited', 'refunded')),
    number TEXT UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    customer_name TEXT NOT NULL DEFAULT '',
    issue_date TEXT,
    service_date TEXT,
    due_date TEXT,
    payment_terms_days INTEGER NOT NULL DEFAULT 30,
    customer_reference TEXT NOT NULL DEFAULT '',
    printed_notes TEXT NOT NULL DEFAULT '',
    internal_notes TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    currency TEXT NOT NULL,
    total_net INTEGER NOT NULL DEFAULT 0,
    total_tax INTEGER NOT NULL DEFAULT 0,
    total_gross INTEGER NOT NULL DEFAULT 0,
    amount_paid INTEGER NOT NULL DEFAULT 0,
    amount_credited INTEGER NOT NULL DEFAULT 0,
    credited_document_id INTEGER REFERENCES documents (id),
    credit_reason TEXT NOT NULL DEFAULT '',
    service_order_id INTEGER REFERENCES service_orders (id),
    quotation_id INTEGER REFERENCES quotations (id),
    snapshot TEXT,
    approved_by TEXT,
    approved_at TEXT,
    posted_at TEXT,
    posted_by TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    deleted_by TEXT,
    CHECK ((status = 'draft') = (number IS NULL)),
    CHECK (status = 'draft' OR deleted_at IS NULL),
    CHECK ((doc_type = 'credit_note') = (credited_document_id IS NOT NULL)),
    CHECK (status = 'draft' OR total_gross >= 0),
    CHECK (amount_paid >= 0 AND amount_credited >= 0),
    CHECK (status = 'draft' OR amount_paid + amount_credited <= total_gross)
);
CREATE INDEX documents_status_due ON documents (status, due_date);
CREATE INDEX documents_customer ON documents (customer_id, issue_date);
CREATE INDEX documents_issue_date ON documents (issue_date);
CREATE INDEX documents_credited ON documents (credited_document_id) WHERE credited_document_id IS NOT NULL;
CREATE INDEX documents_service_order ON documents (service_order_id) WHERE service_order_id IS NOT NULL;

CREATE TABLE document_lines (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('labor', 'part', 'other')),
    description TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    unit_price INTEGER NOT NULL,
    discount INTEGER NOT NULL DEFAULT 0 CHECK (discount BETWEEN 0 AND 10000),
    tax_category TEXT NOT NULL CHECK (tax_category IN ('standard', 'reduced', 'zero', 'exempt', 'reverse-charge')),
    tax_rate INTEGER NOT NULL CHECK (tax_rate BETWEEN 0 AND 10000),
    exemption_reason TEXT NOT NULL DEFAULT '',
    line_net INTEGER NOT NULL,
    catalog_item_id INTEGER REFERENCES catalog_items (id),
    source_line_id INTEGER REFERENCES document_lines (id)
);
CREATE INDEX document_lines_document ON document_lines (document_id, position);
CREATE INDEX document_lines_source ON document_lines (source_line_id) WHERE source_line_id IS NOT NULL;

CREATE TABLE document_tax_lines (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id),
    tax_category TEXT NOT NULL,
    tax_rate INTEGER NOT NULL,
    exemption_reason TEXT NOT NULL DEFAULT '',
    base INTEGER NOT NULL,
    tax INTEGER NOT NULL
);
CREATE INDEX document_tax_lines_document ON document_tax_lines (document_id);

CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id),
    kind TEXT NOT NULL CHECK (kind IN ('payment', 'reversal', 'refund')),
    amount INTEGER NOT NULL CHECK (amount <> 0),
    payment_date TEXT NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('bank_transfer', 'card', 'cash', 'cheque', 'other')),
    reference TEXT NOT NULL DEFAULT '',
    reverses_payment_id INTEGER UNIQUE REFERENCES payments (id),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX payments_document ON payments (document_id);
CREATE INDEX payments_date ON payments (payment_date);

CREATE TABLE journal_entries (
    id INTEGER PRIMARY KEY,
    entry_date TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note', 'payment', 'reversal', 'refund')),
    document_id INTEGER REFERENCES documents (id),
    payment_id INTEGER REFERENCES payments (id),
    reference TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX journal_entries_date ON journal_entries (entry_date);
CREATE INDEX journal_entries_document ON journal_entries (document_id);

CREATE TABLE journal_lines (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    debit INTEGER NOT NULL DEFAULT 0 CHECK (debit >= 0),
    credit INTEGER NOT NULL DEFAULT 0 CHECK (credit >= 0),
    CHECK (debit = 0 OR credit = 0)
);
CREATE INDEX journal_lines_entry ON journal_lines (entry_id);
CREATE INDEX journal_lines_account ON journal_lines (account_id);

CREATE TABLE audit_events (
    id INTEGER PRIMARY KEY,
    occurred_at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    action TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_events_entity ON audit_events (entity, entity_id);

CREATE TABLE number_sequences (
    doc_type TEXT NOT NULL,
    period INTEGER NOT NULL,
    last_value INTEGER NOT NULL CHECK (last_value >= 0),
    PRIMARY KEY (doc_type, period)
) WITHOUT ROWID;

-- Immutability lives in the database itself.
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
    OR NEW.created_by IS NOT OLD.created_by OR NEW.deleted_at IS NOT NULL OR NEW.id IS NOT OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'posted documents are immutable');
END;

CREATE TRIGGER documents_posted_undeletable BEFORE DELETE ON documents
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'posted documents cannot be deleted');
END;

CREATE TRIGGER document_lines_frozen_insert BEFORE INSERT ON document_lines
WHEN (SELECT status FROM documents WHERE id = NEW.document_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'lines of a posted document are immutable');
END;

CREATE TRIGGER document_lines_frozen_update BEFORE UPDATE ON document_lines
WHEN (SELECT status FROM documents WHERE id = OLD.document_id) <> 'draft'
    OR (SELECT status FROM documents WHERE id = NEW.document_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'lines of a posted document are immutable');
END;

CREATE TRIGGER document_lines_frozen_delete BEFORE DELETE ON document_lines
WHEN (SELECT status FROM documents WHERE id = OLD.document_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'lines of a posted document are immutable');
END;

CREATE TRIGGER document_tax_lines_frozen_insert BEFORE INSERT ON document_tax_lines
WHEN (SELECT status FROM documents WHERE id = NEW.document_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'tax lines of a posted document are immutable');
END;

CREATE TRIGGER document_tax_lines_frozen_update BEFORE UPDATE ON document_tax_lines
BEGIN
    SELECT RAISE(ABORT, 'tax lines of a posted document are immutable');
END;

CREATE TRIGGER document_tax_lines_frozen_delete BEFORE DELETE ON document_tax_lines
BEGIN
    SELECT RAISE(ABORT, 'tax lines of a posted document are immutable');
END;

CREATE TRIGGER payments_immutable_update BEFORE UPDATE ON payments
BEGIN
    SELECT RAISE(ABORT, 'payments are immutable: record a reversal instead');
END;

CREATE TRIGGER payments_immutable_delete BEFORE DELETE ON payments
BEGIN
    SELECT RAISE(ABORT, 'payments are immutable: record a reversal instead');
END;

CREATE TRIGGER journal_entries_immutable_update BEFORE UPDATE ON journal_entries
BEGIN
    SELECT RAISE(ABORT, 'journal entries are immutable');
END;

CREATE TRIGGER journal_entries_immutable_delete BEFORE DELETE ON journal_entries
BEGIN
    SELECT RAISE(ABORT, 'journal entries are immutable');
END;

CREATE TRIGGER journal_lines_immutable_update BEFORE UPDATE ON journal_lines
BEGIN
    SELECT RAISE(ABORT, 'journal entries are immutable');
END;

CREATE TRIGGER journal_lines_immutable_delete BEFORE DELETE ON journal_lines
BEGIN
    SELECT RAISE(ABORT, 'journal entries are immutable');
END;

CREATE TRIGGER audit_events_immutable_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events are immutable');
END;

CREATE TRIGGER audit_events_immutable_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events are immutable');
END;

CREATE TRIGGER service_orders_invoiced_frozen BEFORE UPDATE ON service_orders
WHEN OLD.status = 'invoiced'
BEGIN
    SELECT RAISE(ABORT, 'an invoiced service order is immutable');
END;

CREATE TRIGGER service_orders_invoiced_undeletable BEFORE DELETE ON service_orders
WHEN OLD.status IN ('done', 'invoiced')
BEGIN
    SELECT RAISE(ABORT, 'a completed service order cannot be deleted');
END;

CREATE TRIGGER time_entries_frozen_insert BEFORE INSERT ON time_entries
WHEN (SELECT status FROM service_orders WHERE id = NEW.order_id) IN ('done', 'invoiced', 'cancelled')
BEGIN
    SELECT RAISE(ABORT, 'time entries of a completed service order are immutable');
END;

CREATE TRIGGER time_entries_frozen_change BEFORE UPDATE ON time_entries
WHEN (SELECT status FROM service_orders WHERE id = OLD.order_id) IN ('done', 'invoiced', 'cancelled')
BEGIN
    SELECT RAISE(ABORT, 'time entries of a completed service order are immutable');
END;

CREATE TRIGGER time_entries_frozen_delete BEFORE DELETE ON time_entries
WHEN (SELECT status FROM service_orders WHERE id = OLD.order_id) IN ('done', 'invoiced', 'cancelled')
BEGIN
    SELECT RAISE(ABORT, 'time entries of a completed service order are immutable');
END;

CREATE TRIGGER parts_used_frozen_insert BEFORE INSERT ON parts_used
WHEN (SELECT status FROM service_orders WHERE id = NEW.order_id) IN ('done', 'invoiced', 'cancelled')
BEGIN
    SELECT RAISE(ABORT, 'parts of a completed service order are immutable');
END;

CREATE TRIGGER parts_used_frozen_change BEFORE UPDATE ON parts_used
WHEN (SELECT status FROM service_orders WHERE id = OLD.order_id) IN ('done', 'invoiced', 'cancelled')
BEGIN
    SELECT RAISE(ABORT, 'parts of a completed service order are immutable');
END;

CREATE TRIGGER parts_used_frozen_delete BEFORE DELETE ON parts_used
WHEN (SELECT status FROM service_orders WHERE id = OLD.order_id) IN ('done', 'invoiced', 'cancelled')
BEGIN
    SELECT RAISE(ABORT, 'parts of a completed service order are immutable');
END;
