-- Schema 9: structured party data for e-invoices (EN 16931), for the seller and every customer:
-- a postal address in fields (up to three street lines, postcode, city, country subdivision,
-- ISO 3166-1 alpha-2 country), the legal registration id and its scheme (an ISO 6523 ICD code
-- such as 0009 SIRET or 0208, or a readable key such as HRB), and the electronic address (a
-- Peppol participant id: EAS scheme and identifier). The seller gains a contact (name, phone,
-- email); a customer its buyer reference (BT-10, the Leitweg-ID of German public buyers) and the
-- e-invoice format it wants.
--
-- The free-text addresses stay: they are what is printed (for a structured address, its print).
-- After these statements the program splits each existing address in C++ where it can do so with
-- confidence (Database::migrate runs the step of schema 9 in the same transaction, see
-- core/storage/PartyAddressMigration.cpp); an address it cannot split keeps its text and is flagged
-- address_review = 1 for `facturo-cli check` to name. country_line and postcode_prefix keep how the
-- country was written, so a split address prints exactly as before. Posted documents are not
-- touched: they carry their own frozen copy.

ALTER TABLE company ADD COLUMN address_line1 TEXT NOT NULL DEFAULT '';
ALTER TABLE company ADD COLUMN address_line2 TEXT NOT NULL DEFAULT '';
ALTER TABLE company ADD COLUMN address_line3 TEXT NOT NULL DEFAULT '';
ALTER TABLE company ADD COLUMN postcode TEXT NOT NULL DEFAULT '';
ALTER TABLE company ADD COLUMN city TEXT NOT NULL DEFAULT '';
ALTER TABLE company ADD COLUMN country_subdivision TEXT NOT NULL DEFAULT '';
ALTER TABLE company ADD COLUMN country_code TEXT NOT NULL DEFAULT '' CHECK (country_code = '' OR (length(country_code) = 2 AND country_code = upper(country_code)));
ALTER TABLE company ADD COLUMN country_line TEXT NOT NULL DEFAULT '';
ALTER TABLE company ADD COLUMN postcode_prefix TEXT NOT NULL DEFAULT '';
ALTER TABLE company ADD COLUMN address_review INTEGER NOT NULL DEFAULT 0 CHECK (address_review = 0 OR address_review = 1);
ALTER TABLE company ADD COLUMN registration_scheme TEXT NOT NULL DEFAULT '';
ALTER TABLE company ADD COLUMN registration_id TEXT NOT NULL DEFAULT '';
ALTER TABLE company ADD COLUMN endpoint_scheme TEXT NOT NULL DEFAULT '';
ALTER TABLE company ADD COLUMN endpoint_id TEXT NOT NULL DEFAULT '';
ALTER TABLE company ADD COLUMN contact_name TEXT NOT NULL DEFAULT '';
ALTER TABLE company ADD COLUMN contact_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE company ADD COLUMN contact_email TEXT NOT NULL DEFAULT '';

ALTER TABLE customers ADD COLUMN address_line1 TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN address_line2 TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN address_line3 TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN postcode TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN city TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN country_subdivision TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN country_code TEXT NOT NULL DEFAULT '' CHECK (country_code = '' OR (length(country_code) = 2 AND country_code = upper(country_code)));
ALTER TABLE customers ADD COLUMN country_line TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN postcode_prefix TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN address_review INTEGER NOT NULL DEFAULT 0 CHECK (address_review = 0 OR address_review = 1);
ALTER TABLE customers ADD COLUMN registration_scheme TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN registration_id TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN endpoint_scheme TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN endpoint_id TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN buyer_reference TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN einvoice_format TEXT NOT NULL DEFAULT 'none' CHECK (einvoice_format = 'none' OR einvoice_format = 'en16931-ubl' OR einvoice_format = 'en16931-cii' OR einvoice_format = 'peppol' OR einvoice_format = 'xrechnung-ubl' OR einvoice_format = 'xrechnung-cii' OR einvoice_format = 'facturx');

CREATE INDEX customers_address_review ON customers (id) WHERE address_review = 1;
