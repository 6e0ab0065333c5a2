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

-- The columns are added by one edit of each table's definition, as ALTER TABLE ADD COLUMN
-- would add them one by one (the same text at the end of the definition, rows not rewritten: a
-- row written before reads each new column's default). 33 ALTER statements made SQLite parse the
-- whole schema 33 times, which every new company file paid for (https://sqlite.org/
-- lang_altertable.html, "Making Other Kinds Of Table Schema Changes"; migration 0008 does the
-- same). writable_schema = RESET reloads the schema; the index created below changes the schema
-- cookie, so every other open connection reloads it too.
PRAGMA writable_schema = ON;
UPDATE sqlite_master SET sql = substr(rtrim(sql), 1, length(rtrim(sql)) - 1)
    || ', address_line1 TEXT NOT NULL DEFAULT '''', address_line2 TEXT NOT NULL DEFAULT '''', address_line3 TEXT NOT NULL DEFAULT '''', postcode TEXT NOT NULL DEFAULT '''', city TEXT NOT NULL DEFAULT '''', country_subdivision TEXT NOT NULL DEFAULT '''', country_code TEXT NOT NULL DEFAULT '''' CHECK (country_code = '''' OR (length(country_code) = 2 AND country_code = upper(country_code))), country_line TEXT NOT NULL DEFAULT '''', postcode_prefix TEXT NOT NULL DEFAULT '''', address_review INTEGER NOT NULL DEFAULT 0 CHECK (address_review = 0 OR address_review = 1), registration_scheme TEXT NOT NULL DEFAULT '''', registration_id TEXT NOT NULL DEFAULT '''', endpoint_scheme TEXT NOT NULL DEFAULT '''', endpoint_id TEXT NOT NULL DEFAULT '''', contact_name TEXT NOT NULL DEFAULT '''', contact_phone TEXT NOT NULL DEFAULT '''', contact_email TEXT NOT NULL DEFAULT '''')'
WHERE type = 'table' AND name = 'company';
UPDATE sqlite_master SET sql = substr(rtrim(sql), 1, length(rtrim(sql)) - 1)
    || ', address_line1 TEXT NOT NULL DEFAULT '''', address_line2 TEXT NOT NULL DEFAULT '''', address_line3 TEXT NOT NULL DEFAULT '''', postcode TEXT NOT NULL DEFAULT '''', city TEXT NOT NULL DEFAULT '''', country_subdivision TEXT NOT NULL DEFAULT '''', country_code TEXT NOT NULL DEFAULT '''' CHECK (country_code = '''' OR (length(country_code) = 2 AND country_code = upper(country_code))), country_line TEXT NOT NULL DEFAULT '''', postcode_prefix TEXT NOT NULL DEFAULT '''', address_review INTEGER NOT NULL DEFAULT 0 CHECK (address_review = 0 OR address_review = 1), registration_scheme TEXT NOT NULL DEFAULT '''', registration_id TEXT NOT NULL DEFAULT '''', endpoint_scheme TEXT NOT NULL DEFAULT '''', endpoint_id TEXT NOT NULL DEFAULT '''', buyer_reference TEXT NOT NULL DEFAULT '''', einvoice_format TEXT NOT NULL DEFAULT ''none'' CHECK (einvoice_format = ''none'' OR einvoice_format = ''en16931-ubl'' OR einvoice_format = ''en16931-cii'' OR einvoice_format = ''peppol'' OR einvoice_format = ''xrechnung-ubl'' OR einvoice_format = ''xrechnung-cii'' OR einvoice_format = ''facturx''))'
WHERE type = 'table' AND name = 'customers';
PRAGMA writable_schema = RESET;

CREATE INDEX customers_address_review ON customers (id) WHERE address_review = 1;
