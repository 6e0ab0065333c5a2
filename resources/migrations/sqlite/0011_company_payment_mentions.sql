-- Schema 11: what the seller prints about late payment, and how service-order lines read.
-- Kept in a table of its own (one row, like `company`) so that it can be created again without
-- harm: a file brought back to an older schema number by hand upgrades through it cleanly.
--   late_payment_mentions   print the late-payment mentions on invoices to business customers
--                           (France: Code de commerce L441-10; Belgium: law of 2 August 2002;
--                           Germany: § 288 BGB)
--   late_interest_rate      yearly rate, decimal text ("10.5"); '' = the statutory rate of the law
--                           that applies (France: three times the legal interest rate)
--   recovery_indemnity      fixed compensation for recovery costs, minor units (40 EUR)
--   early_payment_discount  discount for early payment in percent, decimal text; '' = none
--   technician_on_lines     service-order labour lines name the technician
CREATE TABLE IF NOT EXISTS company_terms (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    late_payment_mentions INTEGER NOT NULL DEFAULT 1 CHECK (late_payment_mentions = 0 OR late_payment_mentions = 1),
    late_interest_rate TEXT NOT NULL DEFAULT '',
    recovery_indemnity INTEGER NOT NULL DEFAULT 4000 CHECK (recovery_indemnity >= 0),
    early_payment_discount TEXT NOT NULL DEFAULT '',
    technician_on_lines INTEGER NOT NULL DEFAULT 0 CHECK (technician_on_lines = 0 OR technician_on_lines = 1)
);
INSERT OR IGNORE INTO company_terms (id) VALUES (1);
