-- Schema 6: maintained summaries for the dashboard and the aged receivables, so that they read a
-- few hundred rows instead of every open invoice and every payment of the year. Triggers keep
-- them current in the same transaction as the posting, payment, credit, reversal or refund; a row
-- whose count falls to 0 is deleted. `facturo-cli check` recomputes them from the documents.
--
-- What each one sums (the same definitions as the queries they replace):
-- * receivables_by_due: open invoices (doc_type 'invoice', status 'posted' or 'partially_paid')
--   per due date ('' for none): how many, and total_gross - amount_paid - amount_credited.
-- * receivables_by_customer_due: per customer and due date, the documents owing something
--   (open invoices and posted credit notes with total_gross - amount_paid - amount_credited <> 0);
--   a credit note counts negative and under due date '' (it is never late), like an invoice
--   without a due date.
-- * figures_by_day: invoices issued that day (doc_type 'invoice', not a draft) and their gross;
--   payments and reversals dated that day and their (signed) amounts.

CREATE TABLE receivables_by_due (
    due_date TEXT NOT NULL PRIMARY KEY,
    open_count INTEGER NOT NULL,
    open_amount INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE receivables_by_customer_due (
    customer_id INTEGER NOT NULL,
    due_date TEXT NOT NULL,
    open_count INTEGER NOT NULL,
    open_amount INTEGER NOT NULL,
    PRIMARY KEY (customer_id, due_date)
) WITHOUT ROWID;

CREATE TABLE figures_by_day (
    day TEXT NOT NULL PRIMARY KEY,
    invoice_count INTEGER NOT NULL,
    invoiced INTEGER NOT NULL,
    payment_count INTEGER NOT NULL,
    collected INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO receivables_by_due (due_date, open_count, open_amount)
SELECT coalesce(due_date, ''), count(*), sum(total_gross - amount_paid - amount_credited) FROM documents
WHERE status IN ('posted', 'partially_paid') AND +doc_type = 'invoice' GROUP BY 1;

INSERT INTO receivables_by_customer_due (customer_id, due_date, open_count, open_amount)
SELECT customer_id, CASE WHEN doc_type = 'invoice' THEN coalesce(due_date, '') ELSE '' END, count(*),
    sum(CASE WHEN doc_type = 'invoice' THEN 1 ELSE -1 END * (total_gross - amount_paid - amount_credited))
FROM documents
WHERE status IN ('posted', 'partially_paid')
    AND ((doc_type = 'invoice' AND status IN ('posted', 'partially_paid')) OR (doc_type = 'credit_note' AND status = 'posted'))
    AND total_gross - amount_paid - amount_credited <> 0
GROUP BY 1, 2;

INSERT INTO figures_by_day (day, invoice_count, invoiced, payment_count, collected)
SELECT issue_date, count(*), sum(total_gross), 0, 0 FROM documents
WHERE doc_type = 'invoice' AND status <> 'draft' AND issue_date IS NOT NULL GROUP BY issue_date;

INSERT INTO figures_by_day (day, invoice_count, invoiced, payment_count, collected)
SELECT payment_date, 0, 0, count(*), sum(amount) FROM payments
WHERE kind IN ('payment', 'reversal') GROUP BY payment_date
ON CONFLICT (day) DO UPDATE SET payment_count = excluded.payment_count, collected = excluded.collected;

CREATE TRIGGER summaries_document_insert AFTER INSERT ON documents
WHEN NEW.status <> 'draft'
BEGIN
    INSERT INTO receivables_by_due (due_date, open_count, open_amount)
    SELECT coalesce(NEW.due_date, ''), 1, NEW.total_gross - NEW.amount_paid - NEW.amount_credited
    WHERE NEW.doc_type = 'invoice' AND NEW.status IN ('posted', 'partially_paid')
    ON CONFLICT (due_date) DO UPDATE SET open_count = open_count + excluded.open_count,
        open_amount = open_amount + excluded.open_amount;
    INSERT INTO receivables_by_customer_due (customer_id, due_date, open_count, open_amount)
    SELECT NEW.customer_id, CASE WHEN NEW.doc_type = 'invoice' THEN coalesce(NEW.due_date, '') ELSE '' END, 1,
        CASE WHEN NEW.doc_type = 'invoice' THEN 1 ELSE -1 END * (NEW.total_gross - NEW.amount_paid - NEW.amount_credited)
    WHERE ((NEW.doc_type = 'invoice' AND NEW.status IN ('posted', 'partially_paid'))
        OR (NEW.doc_type = 'credit_note' AND NEW.status = 'posted'))
        AND NEW.total_gross - NEW.amount_paid - NEW.amount_credited <> 0
    ON CONFLICT (customer_id, due_date) DO UPDATE SET open_count = open_count + excluded.open_count,
        open_amount = open_amount + excluded.open_amount;
    INSERT INTO figures_by_day (day, invoice_count, invoiced, payment_count, collected)
    SELECT NEW.issue_date, 1, NEW.total_gross, 0, 0
    WHERE NEW.doc_type = 'invoice' AND NEW.issue_date IS NOT NULL
    ON CONFLICT (day) DO UPDATE SET invoice_count = invoice_count + 1, invoiced = invoiced + excluded.invoiced;
END;

CREATE TRIGGER summaries_document_delete AFTER DELETE ON documents
WHEN OLD.status <> 'draft'
BEGIN
    UPDATE receivables_by_due SET open_count = open_count - 1,
        open_amount = open_amount - (OLD.total_gross - OLD.amount_paid - OLD.amount_credited)
    WHERE due_date = coalesce(OLD.due_date, '') AND OLD.doc_type = 'invoice' AND OLD.status IN ('posted', 'partially_paid');
    DELETE FROM receivables_by_due WHERE due_date = coalesce(OLD.due_date, '') AND open_count = 0;
    UPDATE receivables_by_customer_due SET open_count = open_count - 1,
        open_amount = open_amount - CASE WHEN OLD.doc_type = 'invoice' THEN 1 ELSE -1 END
            * (OLD.total_gross - OLD.amount_paid - OLD.amount_credited)
    WHERE customer_id = OLD.customer_id
        AND due_date = CASE WHEN OLD.doc_type = 'invoice' THEN coalesce(OLD.due_date, '') ELSE '' END
        AND ((OLD.doc_type = 'invoice' AND OLD.status IN ('posted', 'partially_paid'))
            OR (OLD.doc_type = 'credit_note' AND OLD.status = 'posted'))
        AND OLD.total_gross - OLD.amount_paid - OLD.amount_credited <> 0;
    DELETE FROM receivables_by_customer_due WHERE customer_id = OLD.customer_id
        AND due_date = CASE WHEN OLD.doc_type = 'invoice' THEN coalesce(OLD.due_date, '') ELSE '' END AND open_count = 0;
    UPDATE figures_by_day SET invoice_count = invoice_count - 1, invoiced = invoiced - OLD.total_gross
    WHERE day = OLD.issue_date AND OLD.doc_type = 'invoice';
    DELETE FROM figures_by_day WHERE day = OLD.issue_date AND invoice_count = 0 AND payment_count = 0;
END;

-- An update takes the old row's part out and puts the new row's in (drafts have none).
CREATE TRIGGER summaries_document_update
AFTER UPDATE OF doc_type, status, customer_id, issue_date, due_date, total_gross, amount_paid, amount_credited ON documents
WHEN OLD.status <> 'draft' OR NEW.status <> 'draft'
BEGIN
    UPDATE receivables_by_due SET open_count = open_count - 1,
        open_amount = open_amount - (OLD.total_gross - OLD.amount_paid - OLD.amount_credited)
    WHERE due_date = coalesce(OLD.due_date, '') AND OLD.doc_type = 'invoice' AND OLD.status IN ('posted', 'partially_paid');
    DELETE FROM receivables_by_due WHERE due_date = coalesce(OLD.due_date, '') AND open_count = 0;
    UPDATE receivables_by_customer_due SET open_count = open_count - 1,
        open_amount = open_amount - CASE WHEN OLD.doc_type = 'invoice' THEN 1 ELSE -1 END
            * (OLD.total_gross - OLD.amount_paid - OLD.amount_credited)
    WHERE customer_id = OLD.customer_id
        AND due_date = CASE WHEN OLD.doc_type = 'invoice' THEN coalesce(OLD.due_date, '') ELSE '' END
        AND ((OLD.doc_type = 'invoice' AND OLD.status IN ('posted', 'partially_paid'))
            OR (OLD.doc_type = 'credit_note' AND OLD.status = 'posted'))
        AND OLD.total_gross - OLD.amount_paid - OLD.amount_credited <> 0;
    DELETE FROM receivables_by_customer_due WHERE customer_id = OLD.customer_id
        AND due_date = CASE WHEN OLD.doc_type = 'invoice' THEN coalesce(OLD.due_date, '') ELSE '' END AND open_count = 0;
    UPDATE figures_by_day SET invoice_count = invoice_count - 1, invoiced = invoiced - OLD.total_gross
    WHERE day = OLD.issue_date AND OLD.doc_type = 'invoice' AND OLD.status <> 'draft';
    DELETE FROM figures_by_day WHERE day = OLD.issue_date AND invoice_count = 0 AND payment_count = 0;

    INSERT INTO receivables_by_due (due_date, open_count, open_amount)
    SELECT coalesce(NEW.due_date, ''), 1, NEW.total_gross - NEW.amount_paid - NEW.amount_credited
    WHERE NEW.doc_type = 'invoice' AND NEW.status IN ('posted', 'partially_paid')
    ON CONFLICT (due_date) DO UPDATE SET open_count = open_count + excluded.open_count,
        open_amount = open_amount + excluded.open_amount;
    INSERT INTO receivables_by_customer_due (customer_id, due_date, open_count, open_amount)
    SELECT NEW.customer_id, CASE WHEN NEW.doc_type = 'invoice' THEN coalesce(NEW.due_date, '') ELSE '' END, 1,
        CASE WHEN NEW.doc_type = 'invoice' THEN 1 ELSE -1 END * (NEW.total_gross - NEW.amount_paid - NEW.amount_credited)
    WHERE ((NEW.doc_type = 'invoice' AND NEW.status IN ('posted', 'partially_paid'))
        OR (NEW.doc_type = 'credit_note' AND NEW.status = 'posted'))
        AND NEW.total_gross - NEW.amount_paid - NEW.amount_credited <> 0
    ON CONFLICT (customer_id, due_date) DO UPDATE SET open_count = open_count + excluded.open_count,
        open_amount = open_amount + excluded.open_amount;
    INSERT INTO figures_by_day (day, invoice_count, invoiced, payment_count, collected)
    SELECT NEW.issue_date, 1, NEW.total_gross, 0, 0
    WHERE NEW.doc_type = 'invoice' AND NEW.status <> 'draft' AND NEW.issue_date IS NOT NULL
    ON CONFLICT (day) DO UPDATE SET invoice_count = invoice_count + 1, invoiced = invoiced + excluded.invoiced;
END;

CREATE TRIGGER summaries_payment_insert AFTER INSERT ON payments
WHEN NEW.kind IN ('payment', 'reversal')
BEGIN
    INSERT INTO figures_by_day (day, invoice_count, invoiced, payment_count, collected)
    VALUES (NEW.payment_date, 0, 0, 1, NEW.amount)
    ON CONFLICT (day) DO UPDATE SET payment_count = payment_count + 1, collected = collected + excluded.collected;
END;

CREATE TRIGGER summaries_payment_delete AFTER DELETE ON payments
WHEN OLD.kind IN ('payment', 'reversal')
BEGIN
    UPDATE figures_by_day SET payment_count = payment_count - 1, collected = collected - OLD.amount
    WHERE day = OLD.payment_date;
    DELETE FROM figures_by_day WHERE day = OLD.payment_date AND invoice_count = 0 AND payment_count = 0;
END;
