-- Schema 8: the same CHECK constraints, written so SQLite checks them without a temporary table.
-- SQLite (3.40) evaluates `x IN ('a', 'b', 'c')` with three or more constants by building a
-- temporary b-tree on every insert and update of the row; `x = 'a' OR x = 'b' OR x = 'c'` is the
-- same rule and costs a few comparisons. Posting an invoice writes rows into five such tables.
--
-- Rewriting a constraint's text does not change what is stored, so the table definitions are
-- edited in place (the method of https://sqlite.org/lang_altertable.html, "Making Other Kinds Of
-- Table Schema Changes") instead of copying every table: on a file of a million invoices the
-- upgrade takes no time. A definition that does not hold the expected text (edited by hand) is
-- left as it was: it stays correct, only slower. writable_schema = RESET reloads the schema on
-- this connection; the table created and dropped at the end changes the schema cookie so every
-- other open connection reloads it too. The triggers that freeze a completed order's work had
-- the same kind of list and are recreated. tests/core/StatementTest.cpp checks that no insert
-- needs a temporary table any more and that the rules still refuse what they refused.
PRAGMA writable_schema = ON;
UPDATE sqlite_master SET sql = replace(sql, 'CHECK (kind IN (''asset'', ''liability'', ''equity'', ''revenue'', ''expense''))',
    'CHECK (kind = ''asset'' OR kind = ''liability'' OR kind = ''equity'' OR kind = ''revenue'' OR kind = ''expense'')')
WHERE type = 'table' AND name = 'accounts';
UPDATE sqlite_master SET sql = replace(sql, 'CHECK (category IN (''standard'', ''reduced'', ''zero'', ''exempt'', ''reverse-charge''))',
    'CHECK (category = ''standard'' OR category = ''reduced'' OR category = ''zero'' OR category = ''exempt'' OR category = ''reverse-charge'')')
WHERE type = 'table' AND name = 'tax_rates';
UPDATE sqlite_master SET sql = replace(sql, 'CHECK (kind IN (''labor'', ''part'', ''other''))',
    'CHECK (kind = ''labor'' OR kind = ''part'' OR kind = ''other'')')
WHERE type = 'table' AND name = 'catalog_items';
UPDATE sqlite_master SET sql = replace(sql, 'CHECK (status IN (''new'', ''scheduled'', ''in_progress'', ''done'', ''invoiced'', ''cancelled''))',
    'CHECK (status = ''new'' OR status = ''scheduled'' OR status = ''in_progress'' OR status = ''done'' OR status = ''invoiced'' OR status = ''cancelled'')')
WHERE type = 'table' AND name = 'service_orders';
UPDATE sqlite_master SET sql = replace(sql, 'CHECK (status IN (''draft'', ''sent'', ''accepted'', ''declined'', ''expired''))',
    'CHECK (status = ''draft'' OR status = ''sent'' OR status = ''accepted'' OR status = ''declined'' OR status = ''expired'')')
WHERE type = 'table' AND name = 'quotations';
UPDATE sqlite_master SET sql = replace(sql, 'CHECK (kind IN (''labor'', ''part'', ''other''))',
    'CHECK (kind = ''labor'' OR kind = ''part'' OR kind = ''other'')')
WHERE type = 'table' AND name = 'quotation_lines';
UPDATE sqlite_master SET sql = replace(sql, 'CHECK (status IN (''draft'', ''posted'', ''partially_paid'', ''paid'', ''credited'', ''refunded''))',
    'CHECK (status = ''draft'' OR status = ''posted'' OR status = ''partially_paid'' OR status = ''paid'' OR status = ''credited'' OR status = ''refunded'')')
WHERE type = 'table' AND name = 'documents';
UPDATE sqlite_master SET sql = replace(sql, 'CHECK (kind IN (''labor'', ''part'', ''other''))',
    'CHECK (kind = ''labor'' OR kind = ''part'' OR kind = ''other'')')
WHERE type = 'table' AND name = 'document_lines';
UPDATE sqlite_master SET sql = replace(sql, 'CHECK (tax_category IN (''standard'', ''reduced'', ''zero'', ''exempt'', ''reverse-charge''))',
    'CHECK (tax_category = ''standard'' OR tax_category = ''reduced'' OR tax_category = ''zero'' OR tax_category = ''exempt'' OR tax_category = ''reverse-charge'')')
WHERE type = 'table' AND name = 'document_lines';
UPDATE sqlite_master SET sql = replace(sql, 'CHECK (kind IN (''payment'', ''reversal'', ''refund''))',
    'CHECK (kind = ''payment'' OR kind = ''reversal'' OR kind = ''refund'')')
WHERE type = 'table' AND name = 'payments';
UPDATE sqlite_master SET sql = replace(sql, 'CHECK (method IN (''bank_transfer'', ''card'', ''cash'', ''cheque'', ''other''))',
    'CHECK (method = ''bank_transfer'' OR method = ''card'' OR method = ''cash'' OR method = ''cheque'' OR method = ''other'')')
WHERE type = 'table' AND name = 'payments';
UPDATE sqlite_master SET sql = replace(sql, 'CHECK (kind IN (''invoice'', ''credit_note'', ''payment'', ''reversal'', ''refund''))',
    'CHECK (kind = ''invoice'' OR kind = ''credit_note'' OR kind = ''payment'' OR kind = ''reversal'' OR kind = ''refund'')')
WHERE type = 'table' AND name = 'journal_entries';
UPDATE sqlite_master SET sql = replace(sql, 'CHECK (kind IN (''invoice'', ''credit_note'', ''reminder'', ''other''))',
    'CHECK (kind = ''invoice'' OR kind = ''credit_note'' OR kind = ''reminder'' OR kind = ''other'')')
WHERE type = 'table' AND name = 'outbox_messages';
UPDATE sqlite_master SET sql = replace(sql, 'CHECK (status IN (''queued'', ''sending'', ''sent'', ''failed'', ''check'', ''cancelled''))',
    'CHECK (status = ''queued'' OR status = ''sending'' OR status = ''sent'' OR status = ''failed'' OR status = ''check'' OR status = ''cancelled'')')
WHERE type = 'table' AND name = 'outbox_messages';
UPDATE sqlite_master SET sql = replace(sql, 'CHECK (stage IN ('''', ''connecting'', ''data''))',
    'CHECK (stage = '''' OR stage = ''connecting'' OR stage = ''data'')')
WHERE type = 'table' AND name = 'outbox_messages';
UPDATE sqlite_master SET sql = replace(sql, 'CHECK (channel IN (''email'', ''letter'', ''manual''))',
    'CHECK (channel = ''email'' OR channel = ''letter'' OR channel = ''manual'')')
WHERE type = 'table' AND name = 'reminders';
UPDATE sqlite_master SET sql = replace(sql, 'CHECK (tax_category IN (''standard'', ''reduced'', ''zero'', ''exempt'', ''reverse-charge''))',
    'CHECK (tax_category = ''standard'' OR tax_category = ''reduced'' OR tax_category = ''zero'' OR tax_category = ''exempt'' OR tax_category = ''reverse-charge'')')
WHERE type = 'table' AND name = 'reminder_fees';
PRAGMA writable_schema = RESET;

-- The work of a completed service order: the same rule, without the temporary table.
DROP TRIGGER time_entries_frozen_insert;
CREATE TRIGGER time_entries_frozen_insert BEFORE INSERT ON time_entries
WHEN (SELECT status = 'done' OR status = 'invoiced' OR status = 'cancelled' FROM service_orders WHERE id = NEW.order_id)
BEGIN
    SELECT RAISE(ABORT, 'time entries of a completed service order are immutable');
END;

DROP TRIGGER time_entries_frozen_change;
CREATE TRIGGER time_entries_frozen_change BEFORE UPDATE ON time_entries
WHEN (SELECT status = 'done' OR status = 'invoiced' OR status = 'cancelled' FROM service_orders WHERE id = OLD.order_id)
BEGIN
    SELECT RAISE(ABORT, 'time entries of a completed service order are immutable');
END;

DROP TRIGGER time_entries_frozen_delete;
CREATE TRIGGER time_entries_frozen_delete BEFORE DELETE ON time_entries
WHEN (SELECT status = 'done' OR status = 'invoiced' OR status = 'cancelled' FROM service_orders WHERE id = OLD.order_id)
BEGIN
    SELECT RAISE(ABORT, 'time entries of a completed service order are immutable');
END;

DROP TRIGGER parts_used_frozen_insert;
CREATE TRIGGER parts_used_frozen_insert BEFORE INSERT ON parts_used
WHEN (SELECT status = 'done' OR status = 'invoiced' OR status = 'cancelled' FROM service_orders WHERE id = NEW.order_id)
BEGIN
    SELECT RAISE(ABORT, 'parts of a completed service order are immutable');
END;

DROP TRIGGER parts_used_frozen_change;
CREATE TRIGGER parts_used_frozen_change BEFORE UPDATE ON parts_used
WHEN (SELECT status = 'done' OR status = 'invoiced' OR status = 'cancelled' FROM service_orders WHERE id = OLD.order_id)
BEGIN
    SELECT RAISE(ABORT, 'parts of a completed service order are immutable');
END;

DROP TRIGGER parts_used_frozen_delete;
CREATE TRIGGER parts_used_frozen_delete BEFORE DELETE ON parts_used
WHEN (SELECT status = 'done' OR status = 'invoiced' OR status = 'cancelled' FROM service_orders WHERE id = OLD.order_id)
BEGIN
    SELECT RAISE(ABORT, 'parts of a completed service order are immutable');
END;

CREATE TABLE schema_8_changed (x);
DROP TABLE schema_8_changed;
