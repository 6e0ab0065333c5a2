-- A 1,000,000-invoice company for the read benchmarks (bench_reads on the server), generated on
-- the server with INSERT ... SELECT generate_series. Run by make-1m.sh as the cluster's superuser
-- with session_replication_role = replica: no trigger runs (neither the rules nor the summaries
-- nor the search tables), so the search tables and summaries are filled here from the rows, the
-- way the triggers would have. No journal and no audit events: the database is for the lists,
-- the search and the dashboard (`check` would report the missing journal).
\set ON_ERROR_STOP 1
SET session_replication_role = replica;
SET maintenance_work_mem = '512MB';
SET work_mem = '256MB';
\timing on

BEGIN;
INSERT INTO customers (id, name, billing_address, created_at, updated_at, city, country_code)
SELECT c,
       (ARRAY['Hotel', 'Garage', 'Boulangerie', 'Cabinet', 'Atelier', 'Pharmacie', 'Restaurant', 'Ecole',
              'Clinique', 'Librairie', 'Fromagerie', 'Imprimerie', 'Menuiserie', 'Brasserie', 'Salon',
              'Agence', 'Studio', 'Epicerie', 'Cave', 'Creperie'])[1 + (c - 1) % 20]
           || ' ' || (ARRAY['du Parc', 'Gerland', 'Bellecour', 'Croix-Rousse', 'Part-Dieu', 'Confluence',
              'Vaise', 'Monplaisir', 'Brotteaux', 'Terreaux', 'Saint-Jean', 'Fourviere', 'Perrache',
              'Guillotiere', 'Villette', 'Charpennes', 'Cordeliers', 'Jacobins', 'Ainay', 'Montchat',
              'Grange Blanche', 'Sans Souci', 'Jean Mace', 'Debourg', 'Gorge de Loup'])[1 + ((c - 1) / 20) % 25]
           || ' ' || c,
       c || ' rue de la Republique' || E'\n' || '69002 Lyon', '2025-01-01T08:00:00Z', '2025-01-01T08:00:00Z',
       'Lyon', 'FR'
FROM generate_series(1, 20000) AS c;

-- Issue dates 2025-01-01 .. 2026-06-30 in the order of the ids; numbers per year.
CREATE TEMP TABLE gen AS
SELECT g, d::date AS issue, 1 + (g * 7) % 20000 AS customer, 5000 + (g::bigint * 7919) % 200000 AS net
FROM (SELECT g, date '2025-01-01' + ((g - 1)::bigint * 546 / :n)::int AS d
      FROM generate_series(1, :n) AS g) s;
CREATE TEMP TABLE gen2 AS
SELECT g, issue, customer, net, net / 5 AS tax, net + net / 5 AS gross,
       'INV-' || extract(year FROM issue) || '-'
           || lpad((g - min(g) OVER (PARTITION BY extract(year FROM issue)) + 1)::text, 6, '0') AS number,
       CASE WHEN g % 10 = 7 THEN 0
            WHEN issue < date '2026-04-16' THEN 2
            WHEN g % 4 = 0 THEN 1 ELSE 0 END AS paid -- 0 open, 1 half paid, 2 paid
FROM gen;

INSERT INTO documents (id, doc_type, status, number, customer_id, customer_name, issue_date, service_date, due_date,
                       payment_terms_days, currency, total_net, total_tax, total_gross, amount_paid, snapshot,
                       posted_at, posted_by, created_at, created_by, updated_at)
SELECT g, 'invoice', CASE paid WHEN 0 THEN 'posted' WHEN 1 THEN 'partially_paid' ELSE 'paid' END, number,
       customer, c.name, issue::text, issue::text, (issue + 30)::text, 30, 'EUR', net, tax, gross,
       CASE paid WHEN 0 THEN 0 WHEN 1 THEN gross / 2 ELSE gross END, '{}',
       issue::text || 'T09:00:00Z', 'bench', issue::text || 'T08:00:00Z', 'bench', issue::text || 'T09:00:00Z'
FROM gen2 JOIN customers c ON c.id = gen2.customer;

INSERT INTO document_lines (id, document_id, position, kind, description, quantity, unit, unit_price, tax_category,
                            tax_rate, line_net)
SELECT 2 * g - 1, g, 1, 'labor',
       CASE WHEN g % 997 = 0 THEN 'Safety training'
            ELSE (ARRAY['Annual boiler service', 'Heat pump maintenance', 'Air conditioning repair',
                        'Emergency call-out', 'Radiator bleeding', 'Ventilation check'])[1 + g % 6] END,
       1000, 'h', net * 3 / 5, 'standard', 2000, net * 3 / 5
FROM gen2
UNION ALL
SELECT 2 * g, g, 2, 'part',
       (ARRAY['Thermostat replacement', 'Filter cartridge', 'Refrigerant R-410A', 'Pressure valve',
              'Copper fitting', 'Expansion vessel'])[1 + (g / 7) % 6] || CASE WHEN g % 3 = 0 THEN ' with thermostat' ELSE '' END,
       1000, 'pc', net - net * 3 / 5, 'standard', 2000, net - net * 3 / 5
FROM gen2;

INSERT INTO document_tax_lines (document_id, tax_category, tax_rate, exemption_reason, base, tax)
SELECT g, 'standard', 2000, '', net, tax FROM gen2;

INSERT INTO payments (document_id, kind, amount, payment_date, method, created_at, created_by)
SELECT g, 'payment', CASE paid WHEN 1 THEN gross / 2 ELSE gross END,
       least(issue + 20, date '2026-06-30')::text, 'bank_transfer',
       least(issue + 20, date '2026-06-30')::text || 'T10:00:00Z', 'bench'
FROM gen2 WHERE paid > 0;

-- What the search triggers would have written.
INSERT INTO document_search (rowid, number, customer_name) SELECT id, number, customer_name FROM documents;
INSERT INTO line_search (rowid, description, document_id) SELECT id, description, document_id FROM document_lines;

-- What the summary triggers would have kept.
INSERT INTO receivables_by_due (due_date, open_count, open_amount)
SELECT coalesce(due_date, ''), count(*), sum(total_gross - amount_paid - amount_credited)
FROM documents WHERE doc_type = 'invoice' AND (status = 'posted' OR status = 'partially_paid') GROUP BY 1;
INSERT INTO receivables_by_customer_due (customer_id, due_date, open_count, open_amount)
SELECT customer_id, coalesce(due_date, ''), count(*), sum(total_gross - amount_paid - amount_credited)
FROM documents WHERE doc_type = 'invoice' AND (status = 'posted' OR status = 'partially_paid') GROUP BY 1, 2;
INSERT INTO figures_by_day (day, invoice_count, invoiced, payment_count, collected)
SELECT day, sum(ic), sum(inv), sum(pc), sum(col) FROM (
    SELECT issue_date AS day, count(*) AS ic, sum(total_gross) AS inv, 0 AS pc, 0 AS col
    FROM documents WHERE status <> 'draft' AND doc_type = 'invoice' GROUP BY 1
    UNION ALL
    SELECT payment_date, 0, 0, count(*), sum(amount) FROM payments GROUP BY 1) f
GROUP BY day;

INSERT INTO number_sequences (doc_type, period, last_value)
SELECT 'invoice', extract(year FROM issue)::bigint, count(*) FROM gen2 GROUP BY 2
ON CONFLICT (doc_type, period) DO UPDATE SET last_value = excluded.last_value;

SELECT setval(pg_get_serial_sequence(t, 'id'), (SELECT max(id) FROM documents))
FROM (VALUES ('documents')) v(t);
SELECT setval(pg_get_serial_sequence('document_lines', 'id'), (SELECT max(id) FROM document_lines));
SELECT setval(pg_get_serial_sequence('customers', 'id'), (SELECT max(id) FROM customers));
SELECT setval(pg_get_serial_sequence('payments', 'id'), (SELECT max(id) FROM payments));
SELECT setval(pg_get_serial_sequence('document_tax_lines', 'id'), (SELECT max(id) FROM document_tax_lines));
COMMIT;
VACUUM ANALYZE;
