-- Facturo company file, schema 4: collections (issue 6).
-- Reminders sent, disputed invoices and late-fee rules. Posted documents stay untouched: what
-- collections needs to remember about an invoice lives in these tables, never in `documents`.

-- One row per reminder sent: never the same level twice for one invoice.
CREATE TABLE reminders (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id),
    level INTEGER NOT NULL CHECK (level >= 1),
    sent_on TEXT NOT NULL,
    days_overdue INTEGER NOT NULL,
    amount_due INTEGER NOT NULL CHECK (amount_due > 0),
    channel TEXT NOT NULL CHECK (channel IN ('email', 'letter', 'manual')),
    user_name TEXT NOT NULL,
    fee_invoice_id INTEGER REFERENCES documents (id),
    outbox_message_id INTEGER,
    created_at TEXT NOT NULL,
    UNIQUE (document_id, level)
);
CREATE INDEX reminders_sent_on ON reminders (sent_on);

-- A reminder is a record of something that happened: only the late-fee draft and the outbox
-- message may be attached later, once each.
CREATE TRIGGER reminders_recorded_update BEFORE UPDATE ON reminders
WHEN NEW.id IS NOT OLD.id OR NEW.document_id IS NOT OLD.document_id OR NEW.level IS NOT OLD.level
    OR NEW.sent_on IS NOT OLD.sent_on OR NEW.days_overdue IS NOT OLD.days_overdue
    OR NEW.amount_due IS NOT OLD.amount_due OR NEW.channel IS NOT OLD.channel
    OR NEW.user_name IS NOT OLD.user_name OR NEW.created_at IS NOT OLD.created_at
    OR (OLD.fee_invoice_id IS NOT NULL AND NEW.fee_invoice_id IS NOT OLD.fee_invoice_id)
    OR (OLD.outbox_message_id IS NOT NULL AND NEW.outbox_message_id IS NOT OLD.outbox_message_id)
BEGIN
    SELECT RAISE(ABORT, 'a recorded reminder cannot be changed');
END;

CREATE TRIGGER reminders_recorded_delete BEFORE DELETE ON reminders
BEGIN
    SELECT RAISE(ABORT, 'a recorded reminder cannot be deleted');
END;

CREATE TRIGGER reminders_posted_invoices_only BEFORE INSERT ON reminders
WHEN (SELECT doc_type || ':' || status FROM documents WHERE id = NEW.document_id)
    NOT IN ('invoice:posted', 'invoice:partially_paid')
BEGIN
    SELECT RAISE(ABORT, 'only an open posted invoice can be reminded');
END;

-- Invoices the customer disputes: no reminder goes out while the row exists. Opening and
-- closing a dispute are audit events on the invoice.
CREATE TABLE document_disputes (
    document_id INTEGER PRIMARY KEY REFERENCES documents (id),
    reason TEXT NOT NULL DEFAULT '',
    opened_on TEXT NOT NULL,
    opened_by TEXT NOT NULL
) WITHOUT ROWID;

-- Optional late fee per reminder level: a flat amount (minor units) or a percentage
-- (hundredths) of the amount due, invoiced as a new draft only when the user asks for it.
CREATE TABLE reminder_fees (
    level INTEGER PRIMARY KEY CHECK (level >= 1),
    kind TEXT NOT NULL CHECK (kind IN ('flat', 'percent')),
    amount INTEGER NOT NULL CHECK (amount > 0),
    description TEXT NOT NULL DEFAULT '',
    tax_category TEXT NOT NULL DEFAULT 'exempt'
        CHECK (tax_category IN ('standard', 'reduced', 'zero', 'exempt', 'reverse-charge')),
    tax_rate INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate BETWEEN 0 AND 10000),
    exemption_reason TEXT NOT NULL DEFAULT ''
);

-- Reports by period and customer read documents by issue date and type.
CREATE INDEX documents_type_issue_date ON documents (doc_type, issue_date);
