PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
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
, address_line1 TEXT NOT NULL DEFAULT '', address_line2 TEXT NOT NULL DEFAULT '', address_line3 TEXT NOT NULL DEFAULT '', postcode TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '', country_subdivision TEXT NOT NULL DEFAULT '', country_code TEXT NOT NULL DEFAULT '' CHECK (country_code = '' OR (length(country_code) = 2 AND country_code = upper(country_code))), country_line TEXT NOT NULL DEFAULT '', postcode_prefix TEXT NOT NULL DEFAULT '', address_review INTEGER NOT NULL DEFAULT 0 CHECK (address_review = 0 OR address_review = 1), registration_scheme TEXT NOT NULL DEFAULT '', registration_id TEXT NOT NULL DEFAULT '', endpoint_scheme TEXT NOT NULL DEFAULT '', endpoint_id TEXT NOT NULL DEFAULT '', contact_name TEXT NOT NULL DEFAULT '', contact_phone TEXT NOT NULL DEFAULT '', contact_email TEXT NOT NULL DEFAULT '');
INSERT INTO company VALUES(1,'Climatec Services SAS',replace('12 rue des Artisans\n69003 Lyon\nFrance','\n',char(10)),'FR11123456782','SAS au capital de 50 000 € — RCS Lyon 123 456 782 — APE 4322B','facturation@climatec.example','+33 4 72 00 00 00','www.climatec.example','FR7630006000011234567890189','AGRIFRPP','Crédit Agricole Centre-Est','EUR',30,'INV-{YYYY}-{SEQ:5}','CN-{YYYY}-{SEQ:5}','Q-{YYYY}-{SEQ:5}',1,500000,'fr','A4','7,14,30','2025-04-20T08:00:00.000Z','12 rue des Artisans','','','69003','Lyon','','FR','France','',0,'0009','12345678200010','0009','12345678200010','Marie Dubois','+33 4 72 00 00 00','facturation@climatec.example');
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO settings VALUES('default_user','marie');
INSERT INTO settings VALUES('demo_unfinished','');
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('clerk', 'manager')),
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);
INSERT INTO users VALUES(1,'marie','','manager',1,'2025-04-20T08:00:00.000Z');
INSERT INTO users VALUES(2,'paul','Paul Lefèvre','clerk',1,'2025-04-20T08:00:00.000Z');
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind = 'asset' OR kind = 'liability' OR kind = 'equity' OR kind = 'revenue' OR kind = 'expense'),
    role TEXT UNIQUE
);
INSERT INTO accounts VALUES(1,'411','Accounts receivable','asset','receivable');
INSERT INTO accounts VALUES(2,'512','Bank','asset','bank_transfer');
INSERT INTO accounts VALUES(3,'5121','Card settlements','asset','card');
INSERT INTO accounts VALUES(4,'5112','Cheques to deposit','asset','cheque');
INSERT INTO accounts VALUES(5,'530','Cash','asset','cash');
INSERT INTO accounts VALUES(6,'5180','Other receipts','asset','other');
INSERT INTO accounts VALUES(7,'44571','VAT payable','liability','vat_payable');
INSERT INTO accounts VALUES(8,'706','Revenue: labor','revenue','revenue_labor');
INSERT INTO accounts VALUES(9,'707','Revenue: parts','revenue','revenue_part');
INSERT INTO accounts VALUES(10,'708','Revenue: other','revenue','revenue_other');
CREATE TABLE tax_rates (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    category TEXT NOT NULL CHECK (category = 'standard' OR category = 'reduced' OR category = 'zero' OR category = 'exempt' OR category = 'reverse-charge' OR category = 'intra-eu' OR category = 'export' OR category = 'out-of-scope'),
    rate INTEGER NOT NULL CHECK (rate BETWEEN 0 AND 10000),
    exemption_reason TEXT NOT NULL DEFAULT '',
    is_default INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1
);
INSERT INTO tax_rates VALUES(1,'VAT 20%','standard',2000,'',1,1);
INSERT INTO tax_rates VALUES(2,'VAT 10%','reduced',1000,'',0,1);
INSERT INTO tax_rates VALUES(3,'VAT 5.5%','reduced',550,'',0,1);
INSERT INTO tax_rates VALUES(4,'Zero-rated','zero',0,'',0,1);
INSERT INTO tax_rates VALUES(5,'Exempt','exempt',0,'VAT exempt, Article 132 of Directive 2006/112/EC',0,1);
INSERT INTO tax_rates VALUES(6,'Reverse charge','reverse-charge',0,'',0,1);
INSERT INTO tax_rates VALUES(7,'Intra-EU supply','intra-eu',0,'',0,1);
INSERT INTO tax_rates VALUES(8,'Export outside the EU','export',0,'',0,1);
INSERT INTO tax_rates VALUES(9,'Not subject to VAT','out-of-scope',0,'',0,1);
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
, address_line1 TEXT NOT NULL DEFAULT '', address_line2 TEXT NOT NULL DEFAULT '', address_line3 TEXT NOT NULL DEFAULT '', postcode TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '', country_subdivision TEXT NOT NULL DEFAULT '', country_code TEXT NOT NULL DEFAULT '' CHECK (country_code = '' OR (length(country_code) = 2 AND country_code = upper(country_code))), country_line TEXT NOT NULL DEFAULT '', postcode_prefix TEXT NOT NULL DEFAULT '', address_review INTEGER NOT NULL DEFAULT 0 CHECK (address_review = 0 OR address_review = 1), registration_scheme TEXT NOT NULL DEFAULT '', registration_id TEXT NOT NULL DEFAULT '', endpoint_scheme TEXT NOT NULL DEFAULT '', endpoint_id TEXT NOT NULL DEFAULT '', buyer_reference TEXT NOT NULL DEFAULT '', einvoice_format TEXT NOT NULL DEFAULT 'none' CHECK (einvoice_format = 'none' OR einvoice_format = 'en16931-ubl' OR einvoice_format = 'en16931-cii' OR einvoice_format = 'peppol' OR einvoice_format = 'xrechnung-ubl' OR einvoice_format = 'xrechnung-cii' OR einvoice_format = 'facturx'));
INSERT INTO customers VALUES(1,'Boulangerie Martin SARL',replace('14 rue Mercière\n69002 Lyon\nFrance','\n',char(10)),'FR40303265045',NULL,'fr',0,'','2025-04-20T08:00:00.000Z','2025-04-20T08:00:00.000Z','14 rue Mercière','','','69002','Lyon','','FR','France','',0,'0002','303265045','','','','facturx');
INSERT INTO customers VALUES(2,'Hôtel du Parc',replace('1 avenue du Parc\n69006 Lyon\nFrance','\n',char(10)),'FR83404833048',45,'fr',0,'','2025-04-20T08:00:00.000Z','2025-04-20T08:00:00.000Z','1 avenue du Parc','','','69006','Lyon','','FR','France','',0,'0002','404833048','','','','facturx');
INSERT INTO customers VALUES(3,'Lycée Ampère',replace('31 rue de la Bourse\n69002 Lyon\nFrance','\n',char(10)),'',60,'fr',0,'','2025-04-20T08:00:00.000Z','2025-04-20T08:00:00.000Z','31 rue de la Bourse','','','69002','Lyon','','FR','France','',0,'','','','','','facturx');
INSERT INTO customers VALUES(4,'Clinique Saint-Joseph',replace('8 boulevard des Belges\n69006 Lyon\nFrance','\n',char(10)),'FR44732829320',NULL,'fr',0,'','2025-04-20T08:00:00.000Z','2025-04-20T08:00:00.000Z','8 boulevard des Belges','','','69006','Lyon','','FR','France','',0,'0002','732829320','','','','facturx');
INSERT INTO customers VALUES(5,'Brasserie Lumière',replace('22 quai Saint-Antoine\n69002 Lyon\nFrance','\n',char(10)),'FR96552100554',15,'fr',0,'','2025-04-20T08:00:00.000Z','2025-04-20T08:00:00.000Z','22 quai Saint-Antoine','','','69002','Lyon','','FR','France','',0,'0002','552100554','','','','facturx');
INSERT INTO customers VALUES(6,'Cabinet Durand & Associés',replace('5 place Bellecour\n69002 Lyon\nFrance','\n',char(10)),'FR89380129866',NULL,'fr',0,'','2025-04-20T08:00:00.000Z','2025-04-20T08:00:00.000Z','5 place Bellecour','','','69002','Lyon','','FR','France','',0,'0002','380129866','','','','facturx');
INSERT INTO customers VALUES(7,'Kältetechnik Müller GmbH',replace('Industriestraße 12\n79539 Lörrach\nDeutschland','\n',char(10)),'DE811569869',30,'de',0,'','2025-04-20T08:00:00.000Z','2025-04-20T08:00:00.000Z','Industriestraße 12','','','79539','Lörrach','','DE','Deutschland','',0,'','','9930','DE811569869','','en16931-cii');
INSERT INTO customers VALUES(8,'Residence Les Tilleuls',replace('40 chemin des Tilleuls\n69130 Écully\nFrance','\n',char(10)),'',NULL,'fr',0,'','2025-04-20T08:00:00.000Z','2025-04-20T08:00:00.000Z','40 chemin des Tilleuls','','','69130','Écully','','FR','France','',0,'','','','','','facturx');
INSERT INTO customers VALUES(9,'Pharmacie Centrale',replace('2 rue de la République\n69001 Lyon\nFrance','\n',char(10)),'FR85789456123',30,'fr',0,'','2025-04-20T08:00:00.000Z','2025-04-20T08:00:00.000Z','2 rue de la République','','','69001','Lyon','','FR','France','',0,'','','','','','facturx');
INSERT INTO customers VALUES(10,'Atelier Numérique SAS',replace('77 cours Lafayette\n69003 Lyon\nFrance','\n',char(10)),'FR60823456781',30,'en',0,'','2025-04-20T08:00:00.000Z','2025-04-20T08:00:00.000Z','77 cours Lafayette','','','69003','Lyon','','FR','France','',0,'','','','','','facturx');
INSERT INTO customers VALUES(11,'Brightwell Offices Ltd',replace('Rue Neuve 120\n1000 Bruxelles\nBelgique','\n',char(10)),'BE0477472701',30,'en',0,'','2025-04-20T08:00:00.000Z','2025-04-20T08:00:00.000Z','Rue Neuve 120','','','1000','Bruxelles','','BE','Belgique','',0,'','','0208','0477472701','BW-FACILITIES','peppol');
INSERT INTO customers VALUES(12,'Supermarché Bio Vert',replace('150 avenue Jean Jaurès\n69007 Lyon\nFrance','\n',char(10)),'FR72512345678',NULL,'fr',0,'','2025-04-20T08:00:00.000Z','2025-04-20T08:00:00.000Z','150 avenue Jean Jaurès','','','69007','Lyon','','FR','France','',0,'','','','','','facturx');
INSERT INTO customers VALUES(13,'Stadt Freiburg im Breisgau, Gebäudemanagement',replace('Fehrenbachallee 12\n79106 Freiburg im Breisgau\nDeutschland','\n',char(10)),'DE142122102',30,'de',0,'','2025-04-20T08:00:00.000Z','2025-04-20T08:00:00.000Z','Fehrenbachallee 12','','','79106','Freiburg im Breisgau','','DE','Deutschland','',0,'','','0204','08311000-GM2026-64','08311000-GM2026-64','xrechnung-ubl');
CREATE TABLE customer_contacts (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    is_primary INTEGER NOT NULL DEFAULT 0
);
INSERT INTO customer_contacts VALUES(1,1,'Accounts','compta@boulangerie-martin.fr','','',1);
INSERT INTO customer_contacts VALUES(2,2,'Accounts','factures@hotelduparc.fr','','',1);
INSERT INTO customer_contacts VALUES(3,3,'Accounts','intendance@lycee-ampere.fr','','',1);
INSERT INTO customer_contacts VALUES(4,4,'Accounts','achats@clinique-sj.fr','','',1);
INSERT INTO customer_contacts VALUES(5,5,'Accounts','gerant@brasserie-lumiere.fr','','',1);
INSERT INTO customer_contacts VALUES(6,6,'Accounts','secretariat@durand-avocats.fr','','',1);
INSERT INTO customer_contacts VALUES(7,7,'Accounts','buchhaltung@mueller-kaelte.de','','',1);
INSERT INTO customer_contacts VALUES(8,8,'Accounts','syndic@lestilleuls.fr','','',1);
INSERT INTO customer_contacts VALUES(9,9,'Accounts','pharmacie.centrale@example.fr','','',1);
INSERT INTO customer_contacts VALUES(10,10,'Accounts','finance@atelier-numerique.fr','','',1);
INSERT INTO customer_contacts VALUES(11,11,'Accounts','ap@brightwell.example','','',1);
INSERT INTO customer_contacts VALUES(12,12,'Accounts','compta@biovert.fr','','',1);
INSERT INTO customer_contacts VALUES(13,13,'Accounts','rechnungen@freiburg.example','','',1);
CREATE TABLE catalog_items (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind = 'labor' OR kind = 'part' OR kind = 'other'),
    description TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    unit_price INTEGER NOT NULL,
    tax_rate_id INTEGER NOT NULL REFERENCES tax_rates (id),
    revenue_account_id INTEGER REFERENCES accounts (id),
    active INTEGER NOT NULL DEFAULT 1
, unit_code TEXT NOT NULL DEFAULT '');
INSERT INTO catalog_items VALUES(1,'LAB-STD','labor','Technician labour','h',650000,1,NULL,1,'HUR');
INSERT INTO catalog_items VALUES(2,'LAB-URG','labor','Emergency call-out labour (nights, week-ends)','h',950000,1,NULL,1,'HUR');
INSERT INTO catalog_items VALUES(3,'TRAVEL','other','Travel flat rate, Lyon area','pc',350000,1,NULL,1,'H87');
INSERT INTO catalog_items VALUES(4,'FLT-200','part','Air filter G4 592x592','pc',189000,1,NULL,1,'H87');
INSERT INTO catalog_items VALUES(5,'R32-KG','part','Refrigerant R32','kg',425000,1,NULL,1,'KGM');
INSERT INTO catalog_items VALUES(6,'CAP-45','part','Run capacitor 45 µF','pc',234000,1,NULL,1,'H87');
INSERT INTO catalog_items VALUES(7,'TH-WIFI','part','Programmable Wi-Fi thermostat','pc',1490000,1,NULL,1,'H87');
INSERT INTO catalog_items VALUES(8,'VLV-3W','part','Three-way valve DN20','pc',876000,1,NULL,1,'H87');
INSERT INTO catalog_items VALUES(9,'PMP-25','part','Circulation pump 25-60','pc',3120000,1,NULL,1,'H87');
INSERT INTO catalog_items VALUES(10,'CU-PIPE','part','Copper pipe 12 mm','m',98500,1,NULL,1,'MTR');
CREATE TABLE service_orders (
    id INTEGER PRIMARY KEY,
    job_ref TEXT UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    site_address TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    report TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status = 'new' OR status = 'scheduled' OR status = 'in_progress' OR status = 'done' OR status = 'invoiced' OR status = 'cancelled'),
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
INSERT INTO service_orders VALUES(1,'JOB-000001',4,'','Radiator balancing','Work carried out as requested; installation checked and left in working order.','invoiced',NULL,'2026-05-19T09:00:00.000Z','',NULL,NULL,NULL,5,'2026-05-20T09:00:00.000Z','2026-05-20T09:00:00.000Z');
INSERT INTO service_orders VALUES(2,'JOB-000002',3,'Site: building B, level -1','Boiler breakdown repair','Compressor relay replaced; pressures checked; unit restarted.','done',NULL,'2026-05-20T07:30:00.000Z','',NULL,NULL,NULL,NULL,'2026-05-20T08:30:00.000Z','2026-05-20T08:30:00.000Z');
INSERT INTO service_orders VALUES(3,'JOB-000003',6,'Site: building B, level -1','Annual air-conditioning maintenance','Compressor relay replaced; pressures checked; unit restarted.','done',NULL,'2026-05-20T07:30:00.000Z','',NULL,NULL,NULL,NULL,'2026-05-20T08:30:00.000Z','2026-05-20T08:30:00.000Z');
INSERT INTO service_orders VALUES(4,'JOB-000004',4,'Site: building B, level -1','Leak search and refrigerant top-up','Compressor relay replaced; pressures checked; unit restarted.','done',NULL,'2026-05-20T07:30:00.000Z','',NULL,NULL,NULL,NULL,'2026-05-20T08:30:00.000Z','2026-05-20T08:30:00.000Z');
INSERT INTO service_orders VALUES(5,'JOB-000005',3,'Site: building B, level -1','Thermostat replacement','Compressor relay replaced; pressures checked; unit restarted.','done',NULL,'2026-05-20T07:30:00.000Z','',NULL,NULL,NULL,NULL,'2026-05-20T08:30:00.000Z','2026-05-20T08:30:00.000Z');
INSERT INTO service_orders VALUES(6,'JOB-000006',5,'Site: building B, level -1','Radiator balancing','','in_progress',NULL,NULL,'',NULL,NULL,NULL,NULL,'2026-05-20T08:30:00.000Z','2026-05-20T08:30:00.000Z');
INSERT INTO service_orders VALUES(7,'JOB-000007',11,'Site: building B, level -1','Thermostat replacement','','in_progress',NULL,NULL,'',NULL,NULL,NULL,NULL,'2026-05-20T08:30:00.000Z','2026-05-20T08:30:00.000Z');
INSERT INTO service_orders VALUES(8,'JOB-000008',1,'Site: building B, level -1','Cold room temperature alarm','','scheduled','2026-05-23T08:30:00.000Z',NULL,'',NULL,NULL,NULL,NULL,'2026-05-20T08:30:00.000Z','2026-05-20T08:30:00.000Z');
INSERT INTO service_orders VALUES(9,'JOB-000009',11,'Site: building B, level -1','Annual air-conditioning maintenance','','scheduled','2026-05-21T08:30:00.000Z',NULL,'',NULL,NULL,NULL,NULL,'2026-05-20T08:30:00.000Z','2026-05-20T08:30:00.000Z');
INSERT INTO service_orders VALUES(10,'JOB-000010',8,'Site: building B, level -1','Ventilation filter replacement','','new',NULL,NULL,'',NULL,NULL,NULL,NULL,'2026-05-20T08:30:00.000Z','2026-05-20T08:30:00.000Z');
INSERT INTO service_orders VALUES(11,'JOB-000011',9,'Site: building B, level -1','Thermostat replacement','','new',NULL,NULL,'',NULL,NULL,NULL,NULL,'2026-05-20T08:30:00.000Z','2026-05-20T08:30:00.000Z');
INSERT INTO service_orders VALUES(12,NULL,3,'','Thermostat replacement','','new',NULL,NULL,'',NULL,NULL,3,NULL,'2026-05-20T08:30:00.000Z','2026-05-20T08:30:00.000Z');
CREATE TABLE time_entries (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES service_orders (id) ON DELETE CASCADE,
    technician TEXT NOT NULL,
    work_date TEXT NOT NULL,
    hours INTEGER NOT NULL CHECK (hours > 0),
    hourly_rate INTEGER NOT NULL CHECK (hourly_rate >= 0),
    description TEXT NOT NULL DEFAULT ''
);
INSERT INTO time_entries VALUES(1,1,'Inès Moreau','2026-05-19',3000,650000,'');
INSERT INTO time_entries VALUES(2,2,'Inès Moreau','2026-05-19',4000,650000,'');
INSERT INTO time_entries VALUES(3,3,'Luc Bernard','2026-05-19',4000,650000,'');
INSERT INTO time_entries VALUES(4,4,'Sofia Haddad','2026-05-19',3000,650000,'');
INSERT INTO time_entries VALUES(5,5,'Sofia Haddad','2026-05-19',3500,650000,'');
INSERT INTO time_entries VALUES(6,6,'Luc Bernard','2026-05-19',1500,650000,'');
INSERT INTO time_entries VALUES(7,7,'Thomas Petit','2026-05-19',2000,650000,'');
INSERT INTO time_entries VALUES(8,12,'Planned','2026-05-20',6000,650000,'Technician labour');
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
INSERT INTO parts_used VALUES(1,1,'FLT-200','Air filter G4 592x592',1000,'pc',189000,'standard',2000,'');
INSERT INTO parts_used VALUES(2,2,'CAP-45','Run capacitor 45 µF',1000,'pc',234000,'standard',2000,'');
INSERT INTO parts_used VALUES(3,3,'CAP-45','Run capacitor 45 µF',1000,'pc',234000,'standard',2000,'');
INSERT INTO parts_used VALUES(4,4,'CAP-45','Run capacitor 45 µF',1000,'pc',234000,'standard',2000,'');
INSERT INTO parts_used VALUES(5,5,'CAP-45','Run capacitor 45 µF',1000,'pc',234000,'standard',2000,'');
INSERT INTO parts_used VALUES(6,6,'CAP-45','Run capacitor 45 µF',1000,'pc',234000,'standard',2000,'');
INSERT INTO parts_used VALUES(7,7,'CAP-45','Run capacitor 45 µF',1000,'pc',234000,'standard',2000,'');
INSERT INTO parts_used VALUES(8,12,'','Circulation pump 25-60',1000,'pc',3120000,'standard',2000,'');
INSERT INTO parts_used VALUES(9,12,'','Copper pipe 12 mm',12500,'m',98500,'standard',2000,'');
CREATE TABLE quotations (
    id INTEGER PRIMARY KEY,
    number TEXT UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    status TEXT NOT NULL CHECK (status = 'draft' OR status = 'sent' OR status = 'accepted' OR status = 'declined' OR status = 'expired'),
    issue_date TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    printed_notes TEXT NOT NULL DEFAULT '',
    service_order_id INTEGER REFERENCES service_orders (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO quotations VALUES(1,NULL,1,'draft','2026-05-20','2026-06-19','Heat pump installation','',NULL,'2026-05-20T08:30:00.000Z','2026-05-20T08:30:00.000Z');
INSERT INTO quotations VALUES(2,'Q-2026-00001',2,'sent','2026-05-20','2026-06-19','Ventilation filter replacement','',NULL,'2026-05-20T08:30:00.000Z','2026-05-20T08:30:00.000Z');
INSERT INTO quotations VALUES(3,'Q-2026-00002',3,'accepted','2026-05-20','2026-06-19','Thermostat replacement','',12,'2026-05-20T08:30:00.000Z','2026-05-20T08:30:00.000Z');
INSERT INTO quotations VALUES(4,'Q-2026-00003',4,'declined','2026-05-20','2026-06-19','Leak search and refrigerant top-up','',NULL,'2026-05-20T08:30:00.000Z','2026-05-20T08:30:00.000Z');
CREATE TABLE quotation_lines (
    id INTEGER PRIMARY KEY,
    quotation_id INTEGER NOT NULL REFERENCES quotations (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind = 'labor' OR kind = 'part' OR kind = 'other'),
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
INSERT INTO quotation_lines VALUES(1,1,1,'labor','Technician labour',6000,'h',650000,0,'standard',2000,'',39000);
INSERT INTO quotation_lines VALUES(2,1,2,'part','Circulation pump 25-60',1000,'pc',3120000,0,'standard',2000,'',31200);
INSERT INTO quotation_lines VALUES(3,1,3,'part','Copper pipe 12 mm',12500,'m',98500,0,'standard',2000,'',12313);
INSERT INTO quotation_lines VALUES(4,2,1,'labor','Technician labour',6000,'h',650000,0,'standard',2000,'',39000);
INSERT INTO quotation_lines VALUES(5,2,2,'part','Circulation pump 25-60',1000,'pc',3120000,0,'standard',2000,'',31200);
INSERT INTO quotation_lines VALUES(6,2,3,'part','Copper pipe 12 mm',12500,'m',98500,0,'standard',2000,'',12313);
INSERT INTO quotation_lines VALUES(7,3,1,'labor','Technician labour',6000,'h',650000,0,'standard',2000,'',39000);
INSERT INTO quotation_lines VALUES(8,3,2,'part','Circulation pump 25-60',1000,'pc',3120000,0,'standard',2000,'',31200);
INSERT INTO quotation_lines VALUES(9,3,3,'part','Copper pipe 12 mm',12500,'m',98500,0,'standard',2000,'',12313);
INSERT INTO quotation_lines VALUES(10,4,1,'labor','Technician labour',6000,'h',650000,0,'standard',2000,'',39000);
INSERT INTO quotation_lines VALUES(11,4,2,'part','Circulation pump 25-60',1000,'pc',3120000,0,'standard',2000,'',31200);
INSERT INTO quotation_lines VALUES(12,4,3,'part','Copper pipe 12 mm',12500,'m',98500,0,'standard',2000,'',12313);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    doc_type TEXT NOT NULL CHECK (doc_type IN ('invoice', 'credit_note')),
    status TEXT NOT NULL CHECK (status = 'draft' OR status = 'posted' OR status = 'partially_paid' OR status = 'paid' OR status = 'credited' OR status = 'refunded'),
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
    deleted_by TEXT, buyer_reference TEXT NOT NULL DEFAULT '', order_reference TEXT NOT NULL DEFAULT '', payment_means TEXT NOT NULL DEFAULT 'credit-transfer' CHECK (payment_means = 'credit-transfer' OR payment_means = 'card' OR payment_means = 'cash' OR payment_means = 'cheque' OR payment_means = 'direct-debit'),
    CHECK ((status = 'draft') = (number IS NULL)),
    CHECK (status = 'draft' OR deleted_at IS NULL),
    CHECK ((doc_type = 'credit_note') = (credited_document_id IS NOT NULL)),
    CHECK (status = 'draft' OR total_gross >= 0),
    CHECK (amount_paid >= 0 AND amount_credited >= 0),
    CHECK (status = 'draft' OR amount_paid + amount_credited <= total_gross)
);
INSERT INTO documents VALUES(1,'invoice','paid','INV-2025-00001',10,'Atelier Numérique SAS','2025-08-01','2025-07-31','2025-08-31',30,'','','','en','EUR',155600,27220,182820,182820,0,NULL,'',NULL,NULL,'{"customer":{"address":"77 cours Lafayette\n69003 Lyon\nFrance","einvoice_format":"facturx","email":"finance@atelier-numerique.fr","name":"Atelier Numérique SAS","postal_address":{"city":"Lyon","country":"FR","country_line":"France","line1":"77 cours Lafayette","postcode":"69003"},"vat_id":"FR60823456781"},"payment_terms_days":30,"seller":{"address":"12 rue des Artisans\n69003 Lyon\nFrance","bank_name":"Crédit Agricole Centre-Est","bic":"AGRIFRPP","contact":{"email":"facturation@climatec.example","name":"Marie Dubois","phone":"+33 4 72 00 00 00"},"email":"facturation@climatec.example","endpoint":{"id":"12345678200010","scheme":"0009"},"iban":"FR7630006000011234567890189","legal_registration":{"id":"12345678200010","scheme":"0009"},"name":"Climatec Services SAS","phone":"+33 4 72 00 00 00","postal_address":{"city":"Lyon","country":"FR","country_line":"France","line1":"12 rue des Artisans","postcode":"69003"},"registration":"SAS au capital de 50 000 € — RCS Lyon 123 456 782 — APE 4322B","vat_id":"FR11123456782","website":"www.climatec.example"}}',NULL,NULL,'2025-08-01T09:00:00.000Z','marie','2025-08-01T09:00:00.000Z','marie','2025-08-08T09:00:00.000Z',NULL,NULL,'','','credit-transfer');
INSERT INTO documents VALUES(2,'invoice','paid','INV-2025-00002',5,'Brasserie Lumière','2025-10-13','2025-10-11','2025-10-28',15,'','','','fr','EUR',88600,17720,106320,106320,0,NULL,'',NULL,NULL,'{"customer":{"address":"22 quai Saint-Antoine\n69002 Lyon\nFrance","einvoice_format":"facturx","email":"gerant@brasserie-lumiere.fr","legal_registration":{"id":"552100554","scheme":"0002"},"name":"Brasserie Lumière","postal_address":{"city":"Lyon","country":"FR","country_line":"France","line1":"22 quai Saint-Antoine","postcode":"69002"},"vat_id":"FR96552100554"},"payment_terms_days":15,"seller":{"address":"12 rue des Artisans\n69003 Lyon\nFrance","bank_name":"Crédit Agricole Centre-Est","bic":"AGRIFRPP","contact":{"email":"facturation@climatec.example","name":"Marie Dubois","phone":"+33 4 72 00 00 00"},"email":"facturation@climatec.example","endpoint":{"id":"12345678200010","scheme":"0009"},"iban":"FR7630006000011234567890189","legal_registration":{"id":"12345678200010","scheme":"0009"},"name":"Climatec Services SAS","phone":"+33 4 72 00 00 00","postal_address":{"city":"Lyon","country":"FR","country_line":"France","line1":"12 rue des Artisans","postcode":"69003"},"registration":"SAS au capital de 50 000 € — RCS Lyon 123 456 782 — APE 4322B","vat_id":"FR11123456782","website":"www.climatec.example"}}',NULL,NULL,'2025-10-13T09:00:00.000Z','marie','2025-10-13T09:00:00.000Z','marie','2025-11-18T09:00:00.000Z',NULL,NULL,'','','credit-transfer');
INSERT INTO documents VALUES(3,'invoice','posted','INV-2025-00003',10,'Atelier Numérique SAS','2025-12-25','2025-12-22','2026-01-24',30,'','','','en','EUR',37650,7530,45180,0,0,NULL,'',NULL,NULL,'{"customer":{"address":"77 cours Lafayette\n69003 Lyon\nFrance","einvoice_format":"facturx","email":"finance@atelier-numerique.fr","name":"Atelier Numérique SAS","postal_address":{"city":"Lyon","country":"FR","country_line":"France","line1":"77 cours Lafayette","postcode":"69003"},"vat_id":"FR60823456781"},"payment_terms_days":30,"seller":{"address":"12 rue des Artisans\n69003 Lyon\nFrance","bank_name":"Crédit Agricole Centre-Est","bic":"AGRIFRPP","contact":{"email":"facturation@climatec.example","name":"Marie Dubois","phone":"+33 4 72 00 00 00"},"email":"facturation@climatec.example","endpoint":{"id":"12345678200010","scheme":"0009"},"iban":"FR7630006000011234567890189","legal_registration":{"id":"12345678200010","scheme":"0009"},"name":"Climatec Services SAS","phone":"+33 4 72 00 00 00","postal_address":{"city":"Lyon","country":"FR","country_line":"France","line1":"12 rue des Artisans","postcode":"69003"},"registration":"SAS au capital de 50 000 € — RCS Lyon 123 456 782 — APE 4322B","vat_id":"FR11123456782","website":"www.climatec.example"}}',NULL,NULL,'2025-12-25T09:00:00.000Z','marie','2025-12-25T09:00:00.000Z','marie','2025-12-25T09:00:00.000Z',NULL,NULL,'','','credit-transfer');
INSERT INTO documents VALUES(4,'invoice','paid','INV-2026-00001',5,'Brasserie Lumière','2026-03-08','2026-03-05','2026-03-23',15,'','','','fr','EUR',152550,30510,183060,183060,0,NULL,'',NULL,NULL,'{"customer":{"address":"22 quai Saint-Antoine\n69002 Lyon\nFrance","einvoice_format":"facturx","email":"gerant@brasserie-lumiere.fr","legal_registration":{"id":"552100554","scheme":"0002"},"name":"Brasserie Lumière","postal_address":{"city":"Lyon","country":"FR","country_line":"France","line1":"22 quai Saint-Antoine","postcode":"69002"},"vat_id":"FR96552100554"},"payment_terms_days":15,"seller":{"address":"12 rue des Artisans\n69003 Lyon\nFrance","bank_name":"Crédit Agricole Centre-Est","bic":"AGRIFRPP","contact":{"email":"facturation@climatec.example","name":"Marie Dubois","phone":"+33 4 72 00 00 00"},"email":"facturation@climatec.example","endpoint":{"id":"12345678200010","scheme":"0009"},"iban":"FR7630006000011234567890189","legal_registration":{"id":"12345678200010","scheme":"0009"},"name":"Climatec Services SAS","phone":"+33 4 72 00 00 00","postal_address":{"city":"Lyon","country":"FR","country_line":"France","line1":"12 rue des Artisans","postcode":"69003"},"registration":"SAS au capital de 50 000 € — RCS Lyon 123 456 782 — APE 4322B","vat_id":"FR11123456782","website":"www.climatec.example"}}',NULL,NULL,'2026-03-08T09:00:00.000Z','marie','2026-03-08T09:00:00.000Z','marie','2026-12-03T14:03:07.428Z',NULL,NULL,'','','credit-transfer');
INSERT INTO documents VALUES(5,'invoice','partially_paid','INV-2026-00002',4,'Clinique Saint-Joseph','2026-05-20','2026-05-19','2026-06-19',30,'JOB-000001','',replace('From service order JOB-000001\nRadiator balancing','\n',char(10)),'fr','EUR',21390,4278,25668,1000,0,NULL,'',1,NULL,'{"customer":{"address":"8 boulevard des Belges\n69006 Lyon\nFrance","einvoice_format":"facturx","email":"achats@clinique-sj.fr","legal_registration":{"id":"732829320","scheme":"0002"},"name":"Clinique Saint-Joseph","postal_address":{"city":"Lyon","country":"FR","country_line":"France","line1":"8 boulevard des Belges","postcode":"69006"},"vat_id":"FR44732829320"},"payment_terms_days":30,"seller":{"address":"12 rue des Artisans\n69003 Lyon\nFrance","bank_name":"Crédit Agricole Centre-Est","bic":"AGRIFRPP","contact":{"email":"facturation@climatec.example","name":"Marie Dubois","phone":"+33 4 72 00 00 00"},"email":"facturation@climatec.example","endpoint":{"id":"12345678200010","scheme":"0009"},"iban":"FR7630006000011234567890189","legal_registration":{"id":"12345678200010","scheme":"0009"},"name":"Climatec Services SAS","phone":"+33 4 72 00 00 00","postal_address":{"city":"Lyon","country":"FR","country_line":"France","line1":"12 rue des Artisans","postcode":"69003"},"registration":"SAS au capital de 50 000 € — RCS Lyon 123 456 782 — APE 4322B","vat_id":"FR11123456782","website":"www.climatec.example"}}',NULL,NULL,'2026-05-20T09:00:00.000Z','marie','2026-05-20T09:00:00.000Z','marie','2026-12-03T14:03:07.457Z',NULL,NULL,'','','credit-transfer');
INSERT INTO documents VALUES(6,'invoice','draft',NULL,6,'Cabinet Durand & Associés',NULL,'2026-05-19',NULL,30,'','','','fr','EUR',663970,132794,796764,0,0,NULL,'',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-05-20T08:30:00.000Z','paul','2026-05-20T08:30:00.000Z',NULL,NULL,'','','credit-transfer');
INSERT INTO documents VALUES(7,'invoice','draft',NULL,10,'Atelier Numérique SAS',NULL,'2026-05-19',NULL,30,'','','','en','EUR',117930,23586,141516,0,0,NULL,'',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-05-20T08:30:00.000Z','paul','2026-05-20T08:30:00.000Z',NULL,NULL,'','','credit-transfer');
INSERT INTO documents VALUES(8,'invoice','draft',NULL,7,'Kältetechnik Müller GmbH',NULL,'2026-05-19',NULL,30,'','','','de','EUR',29110,0,29110,0,0,NULL,'',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-05-20T08:30:00.000Z','paul','2026-05-20T08:30:00.000Z',NULL,NULL,'','','credit-transfer');
INSERT INTO documents VALUES(9,'invoice','draft',NULL,9,'Pharmacie Centrale',NULL,'2026-05-19',NULL,30,'','','','fr','EUR',22610,4522,27132,0,0,NULL,'',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-05-20T08:30:00.000Z','paul','2026-05-20T08:30:00.000Z',NULL,NULL,'','','credit-transfer');
INSERT INTO documents VALUES(10,'invoice','draft',NULL,5,'Brasserie Lumière',NULL,'2026-05-19',NULL,15,'','','','fr','EUR',33270,6654,39924,0,0,NULL,'',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-05-20T08:30:00.000Z','paul','2026-05-20T08:30:00.000Z',NULL,NULL,'','','credit-transfer');
INSERT INTO documents VALUES(11,'credit_note','posted','CN-2026-00001',5,'Brasserie Lumière','2026-12-03','2026-03-05','2026-12-03',0,'','','','fr','EUR',152550,30510,183060,0,0,4,'Returned part',NULL,NULL,'{"customer":{"address":"22 quai Saint-Antoine\n69002 Lyon\nFrance","einvoice_format":"facturx","email":"gerant@brasserie-lumiere.fr","legal_registration":{"id":"552100554","scheme":"0002"},"name":"Brasserie Lumière","postal_address":{"city":"Lyon","country":"FR","country_line":"France","line1":"22 quai Saint-Antoine","postcode":"69002"},"vat_id":"FR96552100554"},"payment_terms_days":0,"seller":{"address":"12 rue des Artisans\n69003 Lyon\nFrance","bank_name":"Crédit Agricole Centre-Est","bic":"AGRIFRPP","contact":{"email":"facturation@climatec.example","name":"Marie Dubois","phone":"+33 4 72 00 00 00"},"email":"facturation@climatec.example","endpoint":{"id":"12345678200010","scheme":"0009"},"iban":"FR7630006000011234567890189","legal_registration":{"id":"12345678200010","scheme":"0009"},"name":"Climatec Services SAS","phone":"+33 4 72 00 00 00","postal_address":{"city":"Lyon","country":"FR","country_line":"France","line1":"12 rue des Artisans","postcode":"69003"},"registration":"SAS au capital de 50 000 € — RCS Lyon 123 456 782 — APE 4322B","vat_id":"FR11123456782","website":"www.climatec.example"}}',NULL,NULL,'2026-12-03T14:03:07.427Z','marie','2026-12-03T14:03:07.378Z','marie','2026-12-03T14:03:07.428Z',NULL,NULL,'','','credit-transfer');
CREATE TABLE document_lines (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind = 'labor' OR kind = 'part' OR kind = 'other'),
    description TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    unit_price INTEGER NOT NULL,
    discount INTEGER NOT NULL DEFAULT 0 CHECK (discount BETWEEN 0 AND 10000),
    tax_category TEXT NOT NULL CHECK (tax_category = 'standard' OR tax_category = 'reduced' OR tax_category = 'zero' OR tax_category = 'exempt' OR tax_category = 'reverse-charge' OR tax_category = 'intra-eu' OR tax_category = 'export' OR tax_category = 'out-of-scope'),
    tax_rate INTEGER NOT NULL CHECK (tax_rate BETWEEN 0 AND 10000),
    exemption_reason TEXT NOT NULL DEFAULT '',
    line_net INTEGER NOT NULL,
    catalog_item_id INTEGER REFERENCES catalog_items (id),
    source_line_id INTEGER REFERENCES document_lines (id)
, unit_code TEXT NOT NULL DEFAULT '', vatex_code TEXT NOT NULL DEFAULT '');
INSERT INTO document_lines VALUES(1,1,1,'labor','Technician labour',6000,'h',650000,0,'standard',2000,'',39000,NULL,NULL,'HUR','');
INSERT INTO document_lines VALUES(2,1,2,'part','Circulation pump 25-60',3000,'pc',3120000,0,'standard',2000,'',93600,NULL,NULL,'H87','');
INSERT INTO document_lines VALUES(3,1,3,'other','Travel flat rate, Lyon area',1000,'pc',350000,0,'standard',2000,'',3500,NULL,NULL,'H87','');
INSERT INTO document_lines VALUES(4,1,4,'labor','Safety training for the customer''s staff (exempt)',3000,'h',650000,0,'exempt',0,'VAT exempt, Article 132 of Directive 2006/112/EC',19500,NULL,NULL,'HUR','');
INSERT INTO document_lines VALUES(5,2,1,'labor','Technician labour',2500,'h',650000,0,'standard',2000,'',16250,NULL,NULL,'HUR','');
INSERT INTO document_lines VALUES(6,2,2,'part','Refrigerant R32',3000,'kg',425000,0,'standard',2000,'',12750,NULL,NULL,'KGM','');
INSERT INTO document_lines VALUES(7,2,3,'part','Programmable Wi-Fi thermostat',2000,'pc',1490000,0,'standard',2000,'',29800,NULL,NULL,'H87','');
INSERT INTO document_lines VALUES(8,2,4,'part','Programmable Wi-Fi thermostat',2000,'pc',1490000,0,'standard',2000,'',29800,NULL,NULL,'H87','');
INSERT INTO document_lines VALUES(9,3,1,'labor','Technician labour',3500,'h',650000,0,'standard',2000,'',22750,NULL,NULL,'HUR','');
INSERT INTO document_lines VALUES(10,3,2,'part','Programmable Wi-Fi thermostat',1000,'pc',1490000,0,'standard',2000,'',14900,NULL,NULL,'H87','');
INSERT INTO document_lines VALUES(11,4,1,'labor','Technician labour',2500,'h',650000,0,'standard',2000,'',16250,NULL,NULL,'HUR','');
INSERT INTO document_lines VALUES(12,4,2,'part','Circulation pump 25-60',4000,'pc',3120000,0,'standard',2000,'',124800,NULL,NULL,'H87','');
INSERT INTO document_lines VALUES(13,4,3,'part','Air filter G4 592x592',4000,'pc',189000,0,'standard',2000,'',7560,NULL,NULL,'H87','');
INSERT INTO document_lines VALUES(14,4,4,'part','Copper pipe 12 mm',4000,'m',98500,0,'standard',2000,'',3940,NULL,NULL,'MTR','');
INSERT INTO document_lines VALUES(15,5,1,'labor','Main-d’œuvre du 19/05/2026',3000,'h',650000,0,'standard',2000,'',19500,NULL,NULL,'HUR','');
INSERT INTO document_lines VALUES(16,5,2,'part','FLT-200 — Air filter G4 592x592',1000,'pc',189000,0,'standard',2000,'',1890,NULL,NULL,'H87','');
INSERT INTO document_lines VALUES(17,6,1,'labor','Technician labour',4000,'h',650000,0,'standard',2000,'',26000,NULL,NULL,'HUR','');
INSERT INTO document_lines VALUES(18,6,2,'part','Refrigerant R32',2000,'kg',425000,0,'standard',2000,'',8500,NULL,NULL,'KGM','');
INSERT INTO document_lines VALUES(19,6,3,'part','Copper pipe 12 mm',2000,'m',98500,0,'standard',2000,'',1970,NULL,NULL,'MTR','');
INSERT INTO document_lines VALUES(20,6,4,'other','Travel flat rate, Lyon area',1000,'pc',350000,0,'standard',2000,'',3500,NULL,NULL,'H87','');
INSERT INTO document_lines VALUES(21,6,5,'part','Circulation pump 25-60',20000,'pc',3120000,0,'standard',2000,'',624000,NULL,NULL,'H87','');
INSERT INTO document_lines VALUES(22,7,1,'labor','Technician labour',1500,'h',650000,0,'standard',2000,'',9750,NULL,NULL,'HUR','');
INSERT INTO document_lines VALUES(23,7,2,'part','Circulation pump 25-60',3000,'pc',3120000,0,'standard',2000,'',93600,NULL,NULL,'H87','');
INSERT INTO document_lines VALUES(24,7,3,'part','Run capacitor 45 µF',3000,'pc',234000,0,'standard',2000,'',7020,NULL,NULL,'H87','');
INSERT INTO document_lines VALUES(25,7,4,'part','Air filter G4 592x592',4000,'pc',189000,0,'standard',2000,'',7560,NULL,NULL,'H87','');
INSERT INTO document_lines VALUES(26,8,1,'labor','Technician labour',2500,'h',650000,0,'reverse-charge',0,'',16250,NULL,NULL,'HUR','VATEX-EU-AE');
INSERT INTO document_lines VALUES(27,8,2,'part','Run capacitor 45 µF',4000,'pc',234000,0,'reverse-charge',0,'',9360,NULL,NULL,'H87','VATEX-EU-AE');
INSERT INTO document_lines VALUES(28,8,3,'other','Travel flat rate, Lyon area',1000,'pc',350000,0,'reverse-charge',0,'',3500,NULL,NULL,'H87','VATEX-EU-AE');
INSERT INTO document_lines VALUES(29,9,1,'labor','Technician labour',1500,'h',650000,0,'standard',2000,'',9750,NULL,NULL,'HUR','');
INSERT INTO document_lines VALUES(30,9,2,'part','Run capacitor 45 µF',4000,'pc',234000,0,'standard',2000,'',9360,NULL,NULL,'H87','');
INSERT INTO document_lines VALUES(31,9,3,'other','Travel flat rate, Lyon area',1000,'pc',350000,0,'standard',2000,'',3500,NULL,NULL,'H87','');
INSERT INTO document_lines VALUES(32,10,1,'labor','Technician labour',3500,'h',650000,0,'standard',2000,'',22750,NULL,NULL,'HUR','');
INSERT INTO document_lines VALUES(33,10,2,'part','Run capacitor 45 µF',2000,'pc',234000,0,'standard',2000,'',4680,NULL,NULL,'H87','');
INSERT INTO document_lines VALUES(34,10,3,'part','Run capacitor 45 µF',1000,'pc',234000,0,'standard',2000,'',2340,NULL,NULL,'H87','');
INSERT INTO document_lines VALUES(35,10,4,'other','Travel flat rate, Lyon area',1000,'pc',350000,0,'standard',2000,'',3500,NULL,NULL,'H87','');
INSERT INTO document_lines VALUES(36,11,1,'labor','Technician labour',2500,'h',650000,0,'standard',2000,'',16250,NULL,11,'HUR','');
INSERT INTO document_lines VALUES(37,11,2,'part','Circulation pump 25-60',4000,'pc',3120000,0,'standard',2000,'',124800,NULL,12,'H87','');
INSERT INTO document_lines VALUES(38,11,3,'part','Air filter G4 592x592',4000,'pc',189000,0,'standard',2000,'',7560,NULL,13,'H87','');
INSERT INTO document_lines VALUES(39,11,4,'part','Copper pipe 12 mm',4000,'m',98500,0,'standard',2000,'',3940,NULL,14,'MTR','');
CREATE TABLE document_tax_lines (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id),
    tax_category TEXT NOT NULL,
    tax_rate INTEGER NOT NULL,
    exemption_reason TEXT NOT NULL DEFAULT '',
    base INTEGER NOT NULL,
    tax INTEGER NOT NULL
);
INSERT INTO document_tax_lines VALUES(1,1,'standard',2000,'',136100,27220);
INSERT INTO document_tax_lines VALUES(2,1,'exempt',0,'VAT exempt, Article 132 of Directive 2006/112/EC',19500,0);
INSERT INTO document_tax_lines VALUES(3,2,'standard',2000,'',88600,17720);
INSERT INTO document_tax_lines VALUES(4,3,'standard',2000,'',37650,7530);
INSERT INTO document_tax_lines VALUES(5,4,'standard',2000,'',152550,30510);
INSERT INTO document_tax_lines VALUES(6,5,'standard',2000,'',21390,4278);
INSERT INTO document_tax_lines VALUES(7,11,'standard',2000,'',152550,30510);
CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id),
    kind TEXT NOT NULL CHECK (kind = 'payment' OR kind = 'reversal' OR kind = 'refund'),
    amount INTEGER NOT NULL CHECK (amount <> 0),
    payment_date TEXT NOT NULL,
    method TEXT NOT NULL CHECK (method = 'bank_transfer' OR method = 'card' OR method = 'cash' OR method = 'cheque' OR method = 'other'),
    reference TEXT NOT NULL DEFAULT '',
    reverses_payment_id INTEGER UNIQUE REFERENCES payments (id),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
INSERT INTO payments VALUES(1,1,'payment',182820,'2025-08-08','bank_transfer','VIR INV-2025-00001',NULL,'2025-08-08T09:00:00.000Z','marie');
INSERT INTO payments VALUES(2,2,'payment',106320,'2025-11-18','bank_transfer','VIR INV-2025-00002',NULL,'2025-11-18T09:00:00.000Z','marie');
INSERT INTO payments VALUES(3,4,'payment',183060,'2026-04-11','bank_transfer','VIR INV-2026-00001',NULL,'2026-04-11T09:00:00.000Z','marie');
INSERT INTO payments VALUES(4,5,'payment',1000,'2026-06-01','bank_transfer','',NULL,'2026-12-03T14:03:07.457Z','marie');
CREATE TABLE journal_entries (
    id INTEGER PRIMARY KEY,
    entry_date TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind = 'invoice' OR kind = 'credit_note' OR kind = 'payment' OR kind = 'reversal' OR kind = 'refund'),
    document_id INTEGER REFERENCES documents (id),
    payment_id INTEGER REFERENCES payments (id),
    reference TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
INSERT INTO journal_entries VALUES(1,'2025-08-01','invoice',1,NULL,'INV-2025-00001','Atelier Numérique SAS','2025-08-01T09:00:00.000Z');
INSERT INTO journal_entries VALUES(2,'2025-08-08','payment',1,1,'INV-2025-00001','Atelier Numérique SAS — VIR INV-2025-00001','2025-08-08T09:00:00.000Z');
INSERT INTO journal_entries VALUES(3,'2025-10-13','invoice',2,NULL,'INV-2025-00002','Brasserie Lumière','2025-10-13T09:00:00.000Z');
INSERT INTO journal_entries VALUES(4,'2025-11-18','payment',2,2,'INV-2025-00002','Brasserie Lumière — VIR INV-2025-00002','2025-11-18T09:00:00.000Z');
INSERT INTO journal_entries VALUES(5,'2025-12-25','invoice',3,NULL,'INV-2025-00003','Atelier Numérique SAS','2025-12-25T09:00:00.000Z');
INSERT INTO journal_entries VALUES(6,'2026-03-08','invoice',4,NULL,'INV-2026-00001','Brasserie Lumière','2026-03-08T09:00:00.000Z');
INSERT INTO journal_entries VALUES(7,'2026-04-11','payment',4,3,'INV-2026-00001','Brasserie Lumière — VIR INV-2026-00001','2026-04-11T09:00:00.000Z');
INSERT INTO journal_entries VALUES(8,'2026-05-20','invoice',5,NULL,'INV-2026-00002','Clinique Saint-Joseph','2026-05-20T09:00:00.000Z');
INSERT INTO journal_entries VALUES(9,'2026-12-03','credit_note',11,NULL,'CN-2026-00001','Brasserie Lumière','2026-12-03T14:03:07.428Z');
INSERT INTO journal_entries VALUES(10,'2026-06-01','payment',5,4,'INV-2026-00002','Clinique Saint-Joseph','2026-12-03T14:03:07.458Z');
CREATE TABLE journal_lines (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    debit INTEGER NOT NULL DEFAULT 0 CHECK (debit >= 0),
    credit INTEGER NOT NULL DEFAULT 0 CHECK (credit >= 0),
    CHECK (debit = 0 OR credit = 0)
);
INSERT INTO journal_lines VALUES(1,1,1,182820,0);
INSERT INTO journal_lines VALUES(2,1,8,0,58500);
INSERT INTO journal_lines VALUES(3,1,10,0,3500);
INSERT INTO journal_lines VALUES(4,1,9,0,93600);
INSERT INTO journal_lines VALUES(5,1,7,0,27220);
INSERT INTO journal_lines VALUES(6,2,2,182820,0);
INSERT INTO journal_lines VALUES(7,2,1,0,182820);
INSERT INTO journal_lines VALUES(8,3,1,106320,0);
INSERT INTO journal_lines VALUES(9,3,8,0,16250);
INSERT INTO journal_lines VALUES(10,3,9,0,72350);
INSERT INTO journal_lines VALUES(11,3,7,0,17720);
INSERT INTO journal_lines VALUES(12,4,2,106320,0);
INSERT INTO journal_lines VALUES(13,4,1,0,106320);
INSERT INTO journal_lines VALUES(14,5,1,45180,0);
INSERT INTO journal_lines VALUES(15,5,8,0,22750);
INSERT INTO journal_lines VALUES(16,5,9,0,14900);
INSERT INTO journal_lines VALUES(17,5,7,0,7530);
INSERT INTO journal_lines VALUES(18,6,1,183060,0);
INSERT INTO journal_lines VALUES(19,6,8,0,16250);
INSERT INTO journal_lines VALUES(20,6,9,0,136300);
INSERT INTO journal_lines VALUES(21,6,7,0,30510);
INSERT INTO journal_lines VALUES(22,7,2,183060,0);
INSERT INTO journal_lines VALUES(23,7,1,0,183060);
INSERT INTO journal_lines VALUES(24,8,1,25668,0);
INSERT INTO journal_lines VALUES(25,8,8,0,19500);
INSERT INTO journal_lines VALUES(26,8,9,0,1890);
INSERT INTO journal_lines VALUES(27,8,7,0,4278);
INSERT INTO journal_lines VALUES(28,9,1,0,183060);
INSERT INTO journal_lines VALUES(29,9,8,16250,0);
INSERT INTO journal_lines VALUES(30,9,9,136300,0);
INSERT INTO journal_lines VALUES(31,9,7,30510,0);
INSERT INTO journal_lines VALUES(32,10,2,1000,0);
INSERT INTO journal_lines VALUES(33,10,1,0,1000);
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
INSERT INTO audit_events VALUES(1,'2025-04-20T08:00:00.000Z','system','user',1,'create','{"name":"marie","role":"manager"}','0000000000000000000000000000000000000000000000000000000000000000','ca72dcae51d3f82d55ef96e8045bb40cc837cebb6950df2e4fdb0f4fcc30127a');
INSERT INTO audit_events VALUES(2,'2025-04-20T08:00:00.000Z','marie','settings',1,'edit','{"approval_threshold":500000,"company":"Climatec Services SAS","invoice_pattern":"INV-{YYYY}-{SEQ:5}"}','ca72dcae51d3f82d55ef96e8045bb40cc837cebb6950df2e4fdb0f4fcc30127a','1e2edf94dff4b3146f1cb963ad1d24070faf2d1a105917409e00ab4dad9d0a24');
INSERT INTO audit_events VALUES(3,'2025-04-20T08:00:00.000Z','marie','tax_rate',1,'create','{"name":"VAT 20%","rate":"20"}','1e2edf94dff4b3146f1cb963ad1d24070faf2d1a105917409e00ab4dad9d0a24','fef0a84a4e75b9732783cbdd511bef662f1f0458c968cdba0099f5ccd6d4a749');
INSERT INTO audit_events VALUES(4,'2025-04-20T08:00:00.000Z','marie','tax_rate',2,'create','{"name":"VAT 10%","rate":"10"}','fef0a84a4e75b9732783cbdd511bef662f1f0458c968cdba0099f5ccd6d4a749','d70a0c5f28bc1ccb2bdff62e6dae1052c7da20bfaf6d2c4195200f0f03abe797');
INSERT INTO audit_events VALUES(5,'2025-04-20T08:00:00.000Z','marie','tax_rate',3,'create','{"name":"VAT 5.5%","rate":"5.5"}','d70a0c5f28bc1ccb2bdff62e6dae1052c7da20bfaf6d2c4195200f0f03abe797','19b7b1875bc317d9f5c56be47be31a6ab6bcc0a16942e0d97a020dcdc061cb6e');
INSERT INTO audit_events VALUES(6,'2025-04-20T08:00:00.000Z','marie','tax_rate',4,'create','{"name":"Zero-rated","rate":"0"}','19b7b1875bc317d9f5c56be47be31a6ab6bcc0a16942e0d97a020dcdc061cb6e','7ef12b7e65f7adab6200bea25b0df5b3bea18bd8465be52cc51cac32d0c60984');
INSERT INTO audit_events VALUES(7,'2025-04-20T08:00:00.000Z','marie','tax_rate',5,'create','{"name":"Exempt","rate":"0"}','7ef12b7e65f7adab6200bea25b0df5b3bea18bd8465be52cc51cac32d0c60984','71f4ee47284f37aaf5bc15f5b7ea78c18d2d2471d681c9e4365a8ca9f89e93d7');
INSERT INTO audit_events VALUES(8,'2025-04-20T08:00:00.000Z','marie','tax_rate',6,'create','{"name":"Reverse charge","rate":"0"}','71f4ee47284f37aaf5bc15f5b7ea78c18d2d2471d681c9e4365a8ca9f89e93d7','a686701fe4052cc082bb7009491528027af56f3fc45cd132e690d49d75bb3ba4');
INSERT INTO audit_events VALUES(9,'2025-04-20T08:00:00.000Z','marie','tax_rate',7,'create','{"name":"Intra-EU supply","rate":"0"}','a686701fe4052cc082bb7009491528027af56f3fc45cd132e690d49d75bb3ba4','a2ce3dd708550c154727bfedd319e3d2f37b5940200be80352a918b5e1c792db');
INSERT INTO audit_events VALUES(10,'2025-04-20T08:00:00.000Z','marie','tax_rate',8,'create','{"name":"Export outside the EU","rate":"0"}','a2ce3dd708550c154727bfedd319e3d2f37b5940200be80352a918b5e1c792db','bc2b6370afb9f79209a285228a69be784815237ee2122a16ddfe16e66380b3b6');
INSERT INTO audit_events VALUES(11,'2025-04-20T08:00:00.000Z','marie','tax_rate',9,'create','{"name":"Not subject to VAT","rate":"0"}','bc2b6370afb9f79209a285228a69be784815237ee2122a16ddfe16e66380b3b6','910bed9da01ca7f699fb3a8b47fbef433ffd46e45d993de1317daebf3c49b072');
INSERT INTO audit_events VALUES(12,'2025-04-20T08:00:00.000Z','marie','user',2,'create','{"name":"paul","role":"clerk"}','910bed9da01ca7f699fb3a8b47fbef433ffd46e45d993de1317daebf3c49b072','6ed4629504490bae99696de091d44032a327b8ba84f2d8072446021dc63cac36');
INSERT INTO audit_events VALUES(13,'2025-04-20T08:00:00.000Z','marie','catalog_item',1,'create','{"sku":"LAB-STD"}','6ed4629504490bae99696de091d44032a327b8ba84f2d8072446021dc63cac36','e5da3e45b4a8a006229a76f19a093ce3a1a1ec0617bf468990933f86de3f5ae9');
INSERT INTO audit_events VALUES(14,'2025-04-20T08:00:00.000Z','marie','catalog_item',2,'create','{"sku":"LAB-URG"}','e5da3e45b4a8a006229a76f19a093ce3a1a1ec0617bf468990933f86de3f5ae9','e15b8d64d724d781d4c78e906ab2d1506ce7909b0a79532bf6e1aac95a207428');
INSERT INTO audit_events VALUES(15,'2025-04-20T08:00:00.000Z','marie','catalog_item',3,'create','{"sku":"TRAVEL"}','e15b8d64d724d781d4c78e906ab2d1506ce7909b0a79532bf6e1aac95a207428','c8ffe1ee495ab1b6bd4b3d91ca53d731c8b48acbee35da5f1a57b0b0813577dc');
INSERT INTO audit_events VALUES(16,'2025-04-20T08:00:00.000Z','marie','catalog_item',4,'create','{"sku":"FLT-200"}','c8ffe1ee495ab1b6bd4b3d91ca53d731c8b48acbee35da5f1a57b0b0813577dc','c60f4577193e3cd1cbb93ce3de245db6cc8ecbedc3f017c036e10aec2066723e');
INSERT INTO audit_events VALUES(17,'2025-04-20T08:00:00.000Z','marie','catalog_item',5,'create','{"sku":"R32-KG"}','c60f4577193e3cd1cbb93ce3de245db6cc8ecbedc3f017c036e10aec2066723e','913affde0f9ed7a2a8c7ab09eaf31b48722041c351039795f5a6ea7ee48ac002');
INSERT INTO audit_events VALUES(18,'2025-04-20T08:00:00.000Z','marie','catalog_item',6,'create','{"sku":"CAP-45"}','913affde0f9ed7a2a8c7ab09eaf31b48722041c351039795f5a6ea7ee48ac002','04b3398552f0084014813e2f2621ea2d253345ff4f937355d6702757a5716f20');
INSERT INTO audit_events VALUES(19,'2025-04-20T08:00:00.000Z','marie','catalog_item',7,'create','{"sku":"TH-WIFI"}','04b3398552f0084014813e2f2621ea2d253345ff4f937355d6702757a5716f20','b13500845433057a547d8be1c7e9dbaa17cb23ec8e53ae06f90ed4720c69a574');
INSERT INTO audit_events VALUES(20,'2025-04-20T08:00:00.000Z','marie','catalog_item',8,'create','{"sku":"VLV-3W"}','b13500845433057a547d8be1c7e9dbaa17cb23ec8e53ae06f90ed4720c69a574','ea15ca7f497945bb2329a448ccf33d3a9fd98ebccba296cf8029ed90ed0467c3');
INSERT INTO audit_events VALUES(21,'2025-04-20T08:00:00.000Z','marie','catalog_item',9,'create','{"sku":"PMP-25"}','ea15ca7f497945bb2329a448ccf33d3a9fd98ebccba296cf8029ed90ed0467c3','ee403201de9acb5495629768c4bcae1ce3dac50b3a9e9724204b62bbfa62f557');
INSERT INTO audit_events VALUES(22,'2025-04-20T08:00:00.000Z','marie','catalog_item',10,'create','{"sku":"CU-PIPE"}','ee403201de9acb5495629768c4bcae1ce3dac50b3a9e9724204b62bbfa62f557','fb8fef5c65989296d8cd9a9861cce1c76629e40379929483727d854a3b6644e5');
INSERT INTO audit_events VALUES(23,'2025-04-20T08:00:00.000Z','marie','customer',1,'create','{"name":"Boulangerie Martin SARL"}','fb8fef5c65989296d8cd9a9861cce1c76629e40379929483727d854a3b6644e5','87608882bf87a79ddc87c789a0b35c10559e9b0bf3e1c81f257b68db5ec51fe1');
INSERT INTO audit_events VALUES(24,'2025-04-20T08:00:00.000Z','marie','customer',2,'create','{"name":"Hôtel du Parc"}','87608882bf87a79ddc87c789a0b35c10559e9b0bf3e1c81f257b68db5ec51fe1','75086989e88a5601d35ae70a5306b5b5cc1e80a9d17da57db0c42b539e2dbfa2');
INSERT INTO audit_events VALUES(25,'2025-04-20T08:00:00.000Z','marie','customer',3,'create','{"name":"Lycée Ampère"}','75086989e88a5601d35ae70a5306b5b5cc1e80a9d17da57db0c42b539e2dbfa2','eb8ec37254646aeab7fd2710b717b79c8a37e4c0252b8b229364324f54de9373');
INSERT INTO audit_events VALUES(26,'2025-04-20T08:00:00.000Z','marie','customer',4,'create','{"name":"Clinique Saint-Joseph"}','eb8ec37254646aeab7fd2710b717b79c8a37e4c0252b8b229364324f54de9373','ce470246cfe2bd223260833d84430bc46559ce4b40571d3a2e15628c32fc30e1');
INSERT INTO audit_events VALUES(27,'2025-04-20T08:00:00.000Z','marie','customer',5,'create','{"name":"Brasserie Lumière"}','ce470246cfe2bd223260833d84430bc46559ce4b40571d3a2e15628c32fc30e1','9aa5edd1a1180da4c2371c4f7543b4ea0391ac70a67af62aa22505074c7b7652');
INSERT INTO audit_events VALUES(28,'2025-04-20T08:00:00.000Z','marie','customer',6,'create','{"name":"Cabinet Durand & Associés"}','9aa5edd1a1180da4c2371c4f7543b4ea0391ac70a67af62aa22505074c7b7652','f83ef54329ceebff4a5f2859d0a9f48fa2f3361e776a1b2d6c62aeae79cc72c8');
INSERT INTO audit_events VALUES(29,'2025-04-20T08:00:00.000Z','marie','customer',7,'create','{"name":"Kältetechnik Müller GmbH"}','f83ef54329ceebff4a5f2859d0a9f48fa2f3361e776a1b2d6c62aeae79cc72c8','c9968cf4cbc62a98ac851a8e34ff8dc8c696e1b4c39bb9045b04afa3cef0a722');
INSERT INTO audit_events VALUES(30,'2025-04-20T08:00:00.000Z','marie','customer',8,'create','{"name":"Residence Les Tilleuls"}','c9968cf4cbc62a98ac851a8e34ff8dc8c696e1b4c39bb9045b04afa3cef0a722','bbe332d4d44371659890bc9bc38fe1d82189933ba77b470e18d17f38f0784205');
INSERT INTO audit_events VALUES(31,'2025-04-20T08:00:00.000Z','marie','customer',9,'create','{"name":"Pharmacie Centrale"}','bbe332d4d44371659890bc9bc38fe1d82189933ba77b470e18d17f38f0784205','bab6780f1c55ccb1a3441ffd925dea880ed08cc415bcec5ca0cc63dc445d4847');
INSERT INTO audit_events VALUES(32,'2025-04-20T08:00:00.000Z','marie','customer',10,'create','{"name":"Atelier Numérique SAS"}','bab6780f1c55ccb1a3441ffd925dea880ed08cc415bcec5ca0cc63dc445d4847','24f303817c3770c49ed8d4bdf194a484bfb1937265ba5af5dfd038a02953db6f');
INSERT INTO audit_events VALUES(33,'2025-04-20T08:00:00.000Z','marie','customer',11,'create','{"name":"Brightwell Offices Ltd"}','24f303817c3770c49ed8d4bdf194a484bfb1937265ba5af5dfd038a02953db6f','65d7c801a72c573ab6d2037b208bba418ee07af0bbca47e750dddf15af7f79f0');
INSERT INTO audit_events VALUES(34,'2025-04-20T08:00:00.000Z','marie','customer',12,'create','{"name":"Supermarché Bio Vert"}','65d7c801a72c573ab6d2037b208bba418ee07af0bbca47e750dddf15af7f79f0','ea7a5657845ea0c917feec2639888fbbbbea1b94388c052c5d80a94fe19e5d32');
INSERT INTO audit_events VALUES(35,'2025-04-20T08:00:00.000Z','marie','customer',13,'create','{"name":"Stadt Freiburg im Breisgau, Gebäudemanagement"}','ea7a5657845ea0c917feec2639888fbbbbea1b94388c052c5d80a94fe19e5d32','ac43835e37304141bc3091ea162453966326217064fde45dea1f5de776c60072');
INSERT INTO audit_events VALUES(36,'2025-08-01T09:00:00.000Z','marie','invoice',1,'create','{"customer":"Atelier Numérique SAS","lines":4}','ac43835e37304141bc3091ea162453966326217064fde45dea1f5de776c60072','3f552c4fa417994b92f08d3a6c5f546d73b20140ae0791ca98c31091010429bc');
INSERT INTO audit_events VALUES(37,'2025-08-01T09:00:00.000Z','marie','invoice',1,'post','{"customer":"Atelier Numérique SAS","gross":182820,"number":"INV-2025-00001","rows_sha256":"d0b2056b3ea243080955979c0877d83150fc785857403a96bd9cb431d6d8ea14"}','3f552c4fa417994b92f08d3a6c5f546d73b20140ae0791ca98c31091010429bc','e57a97bdc23a2b8b3955f3269debd2362c803475918251ff70727938a22bfaec');
INSERT INTO audit_events VALUES(38,'2025-08-08T09:00:00.000Z','marie','invoice',1,'payment','{"amount":182820,"date":"2025-08-08","method":"bank_transfer","payment":1,"reference":"VIR INV-2025-00001","rows_sha256":"af88e52d0d9a74c65c37f8219b29128cc1df57c2f2ac72e794b7c55415b3815b"}','e57a97bdc23a2b8b3955f3269debd2362c803475918251ff70727938a22bfaec','b0a90205f894c1f5969b7ceafa87842b3fee2117d26da1f1768917724abf7480');
INSERT INTO audit_events VALUES(39,'2025-10-13T09:00:00.000Z','marie','invoice',2,'create','{"customer":"Brasserie Lumière","lines":4}','b0a90205f894c1f5969b7ceafa87842b3fee2117d26da1f1768917724abf7480','f1af44d3e8f76b3a83774c5b63e37898a1ad11d4e1331641e33e7ad30da93232');
INSERT INTO audit_events VALUES(40,'2025-10-13T09:00:00.000Z','marie','invoice',2,'post','{"customer":"Brasserie Lumière","gross":106320,"number":"INV-2025-00002","rows_sha256":"5a467dab71cee7eb9bea452c9d06bdcdedbacb3b52692a0e5fe131190b20c728"}','f1af44d3e8f76b3a83774c5b63e37898a1ad11d4e1331641e33e7ad30da93232','4d692e59593529fa32734bd197f86a1fbc8cdce26138ae2b8ab039f227132806');
INSERT INTO audit_events VALUES(41,'2025-11-18T09:00:00.000Z','marie','invoice',2,'payment','{"amount":106320,"date":"2025-11-18","method":"bank_transfer","payment":2,"reference":"VIR INV-2025-00002","rows_sha256":"1d1a3b1173ebf60fc83995f490856ec5cc48664b74d7b27523d030116fe82684"}','4d692e59593529fa32734bd197f86a1fbc8cdce26138ae2b8ab039f227132806','a7a7e1bf55cdf80c9f7823a415ebbb558eb14f2f27ef1ef018a4f3840b6f7916');
INSERT INTO audit_events VALUES(42,'2025-12-25T09:00:00.000Z','marie','invoice',3,'create','{"customer":"Atelier Numérique SAS","lines":2}','a7a7e1bf55cdf80c9f7823a415ebbb558eb14f2f27ef1ef018a4f3840b6f7916','9b87622f0a667bf6690856c4f869cf7837fb0399d6e2b8e104d0a82536572a42');
INSERT INTO audit_events VALUES(43,'2025-12-25T09:00:00.000Z','marie','invoice',3,'post','{"customer":"Atelier Numérique SAS","gross":45180,"number":"INV-2025-00003","rows_sha256":"d1b39c12181cf8534e9704ef7217647b8e6f72cf36ed815441156e0ae5c476ba"}','9b87622f0a667bf6690856c4f869cf7837fb0399d6e2b8e104d0a82536572a42','736c21109f570b456ebdc0d46bbc391f7e79a77789a42e1f978af8d1290dc808');
INSERT INTO audit_events VALUES(44,'2026-03-08T09:00:00.000Z','marie','invoice',4,'create','{"customer":"Brasserie Lumière","lines":4}','736c21109f570b456ebdc0d46bbc391f7e79a77789a42e1f978af8d1290dc808','2dbd0218b5e6df56e33fbb0bf7141bee2b101c51cc0157df388481ba4f0c7ad5');
INSERT INTO audit_events VALUES(45,'2026-03-08T09:00:00.000Z','marie','invoice',4,'post','{"customer":"Brasserie Lumière","gross":183060,"number":"INV-2026-00001","rows_sha256":"7ebdeafba1faf2b83699671d7a91625edad3fbbc1711c3212bf252598230c04b"}','2dbd0218b5e6df56e33fbb0bf7141bee2b101c51cc0157df388481ba4f0c7ad5','4a4fca70b2ffb481487ff0893ab26bede30083a5a724b81fedc409ae47501065');
INSERT INTO audit_events VALUES(46,'2026-04-11T09:00:00.000Z','marie','invoice',4,'payment','{"amount":183060,"date":"2026-04-11","method":"bank_transfer","payment":3,"reference":"VIR INV-2026-00001","rows_sha256":"79cd2dcde862adfb5f60e5c28d634ff388dd43e98cc60c6d57048e7828cc9a6b"}','4a4fca70b2ffb481487ff0893ab26bede30083a5a724b81fedc409ae47501065','08b988890f9ae0dc4f287ade8826da149d3c670a84f7ab777529b9fc4674280a');
INSERT INTO audit_events VALUES(47,'2026-05-20T09:00:00.000Z','marie','service_order',1,'create','{"customer":"Clinique Saint-Joseph","job":"JOB-000001","status":"done"}','08b988890f9ae0dc4f287ade8826da149d3c670a84f7ab777529b9fc4674280a','ce9ff47469273a2425d378120ec32346d9ffbba0fe329e9c0fccb8fe915e8bcf');
INSERT INTO audit_events VALUES(48,'2026-05-20T09:00:00.000Z','marie','invoice',5,'create','{"customer":"Clinique Saint-Joseph","service_order":"JOB-000001"}','ce9ff47469273a2425d378120ec32346d9ffbba0fe329e9c0fccb8fe915e8bcf','7a11ce38bd9ca47ef456b1ed6ac975ce7255244ea477cd218b13d8eebbe23d42');
INSERT INTO audit_events VALUES(49,'2026-05-20T09:00:00.000Z','marie','service_order',1,'invoice','{"draft":5}','7a11ce38bd9ca47ef456b1ed6ac975ce7255244ea477cd218b13d8eebbe23d42','eefbc5ab080715b451b128c6d5c3e6e24349ffdf51820d6546013798c6cd41db');
INSERT INTO audit_events VALUES(50,'2026-05-20T09:00:00.000Z','marie','invoice',5,'post','{"customer":"Clinique Saint-Joseph","gross":25668,"number":"INV-2026-00002","rows_sha256":"9123875527d4b7a621002215f1c6ba6c8b026e575caf8ed3ee3f44883c78a7ba"}','eefbc5ab080715b451b128c6d5c3e6e24349ffdf51820d6546013798c6cd41db','1249a56c8a7d83f427b7e66419d736516ccf6f2456934d208b6721108ea9eb3b');
INSERT INTO audit_events VALUES(51,'2026-05-20T08:30:00.000Z','paul','invoice',6,'create','{"customer":"Cabinet Durand & Associés","lines":5}','1249a56c8a7d83f427b7e66419d736516ccf6f2456934d208b6721108ea9eb3b','5ff19d65e7f446dd60e55b2270f95816dc093db6d319d160e8d0f48464c7526d');
INSERT INTO audit_events VALUES(52,'2026-05-20T08:30:00.000Z','paul','invoice',7,'create','{"customer":"Atelier Numérique SAS","lines":4}','5ff19d65e7f446dd60e55b2270f95816dc093db6d319d160e8d0f48464c7526d','2cce3d83e1fd240a8f46afe91d3ffa6df30447c62abb0526dd70da3718e5694b');
INSERT INTO audit_events VALUES(53,'2026-05-20T08:30:00.000Z','paul','invoice',8,'create','{"customer":"Kältetechnik Müller GmbH","lines":3}','2cce3d83e1fd240a8f46afe91d3ffa6df30447c62abb0526dd70da3718e5694b','8a70c9059cd0096410b1ce097baa1e4e59b34de74b87d74226db3b0051af8d62');
INSERT INTO audit_events VALUES(54,'2026-05-20T08:30:00.000Z','paul','invoice',9,'create','{"customer":"Pharmacie Centrale","lines":3}','8a70c9059cd0096410b1ce097baa1e4e59b34de74b87d74226db3b0051af8d62','6ff7898000fe910e774582f6c6fc68927a1aa81b87b5a6252205d2c092f78986');
INSERT INTO audit_events VALUES(55,'2026-05-20T08:30:00.000Z','paul','invoice',10,'create','{"customer":"Brasserie Lumière","lines":4}','6ff7898000fe910e774582f6c6fc68927a1aa81b87b5a6252205d2c092f78986','ddbffdd3e30226c825eb34dbc589c413a868bf599bf49457c746cf1df59fe9bc');
INSERT INTO audit_events VALUES(56,'2026-05-20T08:30:00.000Z','paul','service_order',2,'create','{"customer":"Lycée Ampère","job":"JOB-000002","status":"done"}','ddbffdd3e30226c825eb34dbc589c413a868bf599bf49457c746cf1df59fe9bc','5adea266591b04430758f0ce7fd4bbcddd5794e76f59a82d1486af08c7016876');
INSERT INTO audit_events VALUES(57,'2026-05-20T08:30:00.000Z','paul','service_order',3,'create','{"customer":"Cabinet Durand & Associés","job":"JOB-000003","status":"done"}','5adea266591b04430758f0ce7fd4bbcddd5794e76f59a82d1486af08c7016876','583c1a88d3ee5cb4cb4ad5f534850f80f7a537af05bfa97245edc90525deae53');
INSERT INTO audit_events VALUES(58,'2026-05-20T08:30:00.000Z','paul','service_order',4,'create','{"customer":"Clinique Saint-Joseph","job":"JOB-000004","status":"done"}','583c1a88d3ee5cb4cb4ad5f534850f80f7a537af05bfa97245edc90525deae53','4029d1ccf72b529f9a2be3645c85438dc7010dd212283deae7b131a3dcb76bad');
INSERT INTO audit_events VALUES(59,'2026-05-20T08:30:00.000Z','paul','service_order',5,'create','{"customer":"Lycée Ampère","job":"JOB-000005","status":"done"}','4029d1ccf72b529f9a2be3645c85438dc7010dd212283deae7b131a3dcb76bad','0f220d940604f992ed9d02231484f8f4e5cec57f48174d7350958b345022c722');
INSERT INTO audit_events VALUES(60,'2026-05-20T08:30:00.000Z','paul','service_order',6,'create','{"customer":"Brasserie Lumière","job":"JOB-000006","status":"in_progress"}','0f220d940604f992ed9d02231484f8f4e5cec57f48174d7350958b345022c722','6ad341d55346d8f2c0a45f6f0f8f2e191e9737b9399e146834bb5c45fba87b7e');
INSERT INTO audit_events VALUES(61,'2026-05-20T08:30:00.000Z','paul','service_order',7,'create','{"customer":"Brightwell Offices Ltd","job":"JOB-000007","status":"in_progress"}','6ad341d55346d8f2c0a45f6f0f8f2e191e9737b9399e146834bb5c45fba87b7e','0095064da15d79798ece95e8122f23b07a55b60819f1ccaad2b0c42d6878d955');
INSERT INTO audit_events VALUES(62,'2026-05-20T08:30:00.000Z','paul','service_order',8,'create','{"customer":"Boulangerie Martin SARL","job":"JOB-000008","status":"scheduled"}','0095064da15d79798ece95e8122f23b07a55b60819f1ccaad2b0c42d6878d955','64e7bfe0185f34183679c3ba06cf63149d1aa611f4ae3a85aaec427b489486c0');
INSERT INTO audit_events VALUES(63,'2026-05-20T08:30:00.000Z','paul','service_order',9,'create','{"customer":"Brightwell Offices Ltd","job":"JOB-000009","status":"scheduled"}','64e7bfe0185f34183679c3ba06cf63149d1aa611f4ae3a85aaec427b489486c0','fb4b3853a63d4991c8e9585c39c1a3b323793657c70d2ade19fe24f41db3d396');
INSERT INTO audit_events VALUES(64,'2026-05-20T08:30:00.000Z','paul','service_order',10,'create','{"customer":"Residence Les Tilleuls","job":"JOB-000010","status":"new"}','fb4b3853a63d4991c8e9585c39c1a3b323793657c70d2ade19fe24f41db3d396','e3e477fc007b5ea78a957b8bb64bd59bcf11ef18a3c8e0ada8b52683a75ec81a');
INSERT INTO audit_events VALUES(65,'2026-05-20T08:30:00.000Z','paul','service_order',11,'create','{"customer":"Pharmacie Centrale","job":"JOB-000011","status":"new"}','e3e477fc007b5ea78a957b8bb64bd59bcf11ef18a3c8e0ada8b52683a75ec81a','28aa75104a228ee86470bbf3df11e117232b9291fbced740743fec2416bb8245');
INSERT INTO audit_events VALUES(66,'2026-05-20T08:30:00.000Z','paul','quotation',1,'create','{"customer":"Boulangerie Martin SARL"}','28aa75104a228ee86470bbf3df11e117232b9291fbced740743fec2416bb8245','f4c74760087e65ca1bfee805698efe6578010f01eda2621e73d9c99f3a42b271');
INSERT INTO audit_events VALUES(67,'2026-05-20T08:30:00.000Z','paul','quotation',2,'create','{"customer":"Hôtel du Parc"}','f4c74760087e65ca1bfee805698efe6578010f01eda2621e73d9c99f3a42b271','c22d24c32cfbd335bc99bc574ddf62bef6692bfded4a97cddf56bc884661eda3');
INSERT INTO audit_events VALUES(68,'2026-05-20T08:30:00.000Z','paul','quotation',2,'send','{"number":"Q-2026-00001"}','c22d24c32cfbd335bc99bc574ddf62bef6692bfded4a97cddf56bc884661eda3','1eb2238cb0fb76c2460e88a38f337d43ef06ab5f48af036149d3816a2c9f3fc9');
INSERT INTO audit_events VALUES(69,'2026-05-20T08:30:00.000Z','paul','quotation',3,'create','{"customer":"Lycée Ampère"}','1eb2238cb0fb76c2460e88a38f337d43ef06ab5f48af036149d3816a2c9f3fc9','ae994194ccbe8508072755e914ec5bbaa80d91ef05cdc8d14439b0df45bde5b9');
INSERT INTO audit_events VALUES(70,'2026-05-20T08:30:00.000Z','paul','quotation',3,'send','{"number":"Q-2026-00002"}','ae994194ccbe8508072755e914ec5bbaa80d91ef05cdc8d14439b0df45bde5b9','e4a1691fb99fc2f8004d70d2b4afde4212f7b616d74d9b4a980303dcee022917');
INSERT INTO audit_events VALUES(71,'2026-05-20T08:30:00.000Z','paul','service_order',12,'create','{"quotation":"Q-2026-00002"}','e4a1691fb99fc2f8004d70d2b4afde4212f7b616d74d9b4a980303dcee022917','4066b403a267db3bf71d4f85314e6f57dc019afc76b5c0647c842910afe1ed3b');
INSERT INTO audit_events VALUES(72,'2026-05-20T08:30:00.000Z','paul','quotation',3,'accept','{"service_order":12}','4066b403a267db3bf71d4f85314e6f57dc019afc76b5c0647c842910afe1ed3b','f5735cff0d4809084a8334d209d01656613c76d71a4901d6cb26fa79bb58c170');
INSERT INTO audit_events VALUES(73,'2026-05-20T08:30:00.000Z','paul','quotation',4,'create','{"customer":"Clinique Saint-Joseph"}','f5735cff0d4809084a8334d209d01656613c76d71a4901d6cb26fa79bb58c170','60eb095bc862d4daae31477edfc565d2dfe5f1054568b358280b19f72b7fb614');
INSERT INTO audit_events VALUES(74,'2026-05-20T08:30:00.000Z','paul','quotation',4,'send','{"number":"Q-2026-00003"}','60eb095bc862d4daae31477edfc565d2dfe5f1054568b358280b19f72b7fb614','e62c31a51037d4fda5657e45f55d0c65f52b382c65fbd5bd1713bf0158fee9dc');
INSERT INTO audit_events VALUES(75,'2026-05-20T08:30:00.000Z','paul','quotation',4,'decline','','e62c31a51037d4fda5657e45f55d0c65f52b382c65fbd5bd1713bf0158fee9dc','6b2e8a7c9799ef7aa50b18a99a0093df6724406447913003d94018f9eea57226');
INSERT INTO audit_events VALUES(76,'2026-12-03T14:03:07.383Z','marie','credit_note',11,'create','{"invoice":"INV-2026-00001","reason":"Returned part"}','6b2e8a7c9799ef7aa50b18a99a0093df6724406447913003d94018f9eea57226','97e99bae38880181c2bfec7c131514ffd95d6b84b9c961f08d32af53f27df4ac');
INSERT INTO audit_events VALUES(77,'2026-12-03T14:03:07.428Z','marie','invoice',4,'credit','{"applied":0,"credit_note":"CN-2026-00001","gross":183060,"rows_sha256":"37ba6612a03d43affd7d2ee2d08a7e717a1a733d5db135fab1a04dc86a11ee85"}','97e99bae38880181c2bfec7c131514ffd95d6b84b9c961f08d32af53f27df4ac','399dd8fc3ff18328fa57753bf7aa090e63349556fb94eb0c3f839130570fd429');
INSERT INTO audit_events VALUES(78,'2026-12-03T14:03:07.428Z','marie','credit_note',11,'post','{"customer":"Brasserie Lumière","gross":183060,"number":"CN-2026-00001","rows_sha256":"37ba6612a03d43affd7d2ee2d08a7e717a1a733d5db135fab1a04dc86a11ee85"}','399dd8fc3ff18328fa57753bf7aa090e63349556fb94eb0c3f839130570fd429','1137d268d57e6228806e3d7447748dbd115fc20927e659622a34e0e58871fdc4');
INSERT INTO audit_events VALUES(79,'2026-12-03T14:03:07.458Z','marie','invoice',5,'payment','{"amount":1000,"date":"2026-06-01","method":"bank_transfer","payment":4,"reference":"","rows_sha256":"c8f96dd92cc0fc707a7e524fa283ac18907dddf9826ede19d814b3dfc74675f1"}','1137d268d57e6228806e3d7447748dbd115fc20927e659622a34e0e58871fdc4','025fd8a7e4bad114f76c9ce7a128d69d38c242e977f6efa124300732d673b1a3');
CREATE TABLE number_sequences (
    doc_type TEXT NOT NULL,
    period INTEGER NOT NULL,
    last_value INTEGER NOT NULL CHECK (last_value >= 0),
    PRIMARY KEY (doc_type, period)
) WITHOUT ROWID;
INSERT INTO number_sequences VALUES('credit_note',2026,1);
INSERT INTO number_sequences VALUES('invoice',2025,3);
INSERT INTO number_sequences VALUES('invoice',2026,2);
INSERT INTO number_sequences VALUES('quotation',2026,3);
CREATE TABLE document_archive (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL UNIQUE REFERENCES documents (id),
    pdf BLOB NOT NULL CHECK (length(pdf) > 0),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    file_name TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
    render_state TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE TABLE outbox_messages (
    id INTEGER PRIMARY KEY,
    document_id INTEGER REFERENCES documents (id),
    kind TEXT NOT NULL CHECK (kind = 'invoice' OR kind = 'credit_note' OR kind = 'reminder' OR kind = 'other'),
    sender TEXT NOT NULL,
    recipients TEXT NOT NULL CHECK (length(recipients) > 0),
    cc TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    html_body TEXT NOT NULL DEFAULT '',
    mime BLOB NOT NULL,
    message_id TEXT NOT NULL UNIQUE,
    envelope_from TEXT NOT NULL,
    envelope_recipients TEXT NOT NULL CHECK (length(envelope_recipients) > 0),
    status TEXT NOT NULL DEFAULT 'queued'
        CHECK (status = 'queued' OR status = 'sending' OR status = 'sent' OR status = 'failed' OR status = 'check' OR status = 'cancelled'),
    stage TEXT NOT NULL DEFAULT '' CHECK (stage = '' OR stage = 'connecting' OR stage = 'data'),
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    max_attempts INTEGER NOT NULL DEFAULT 3 CHECK (max_attempts >= 1),
    last_error TEXT NOT NULL DEFAULT '',
    server_reply TEXT NOT NULL DEFAULT '',
    next_attempt_at TEXT,
    attempt_started_at TEXT,
    sent_at TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((status = 'sent') = (sent_at IS NOT NULL)),
    CHECK (status <> 'queued' OR next_attempt_at IS NOT NULL)
);
CREATE TABLE outbox_attachments (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES outbox_messages (id),
    position INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size >= 0),
    sha256 TEXT NOT NULL
);
CREATE TABLE document_sends (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id),
    outbox_id INTEGER NOT NULL UNIQUE REFERENCES outbox_messages (id),
    sent_at TEXT NOT NULL,
    recipients TEXT NOT NULL,
    subject TEXT NOT NULL,
    sent_by TEXT NOT NULL
);
CREATE TABLE reminders (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id),
    level INTEGER NOT NULL CHECK (level >= 1),
    sent_on TEXT NOT NULL,
    days_overdue INTEGER NOT NULL,
    amount_due INTEGER NOT NULL CHECK (amount_due > 0),
    channel TEXT NOT NULL CHECK (channel = 'email' OR channel = 'letter' OR channel = 'manual'),
    user_name TEXT NOT NULL,
    fee_invoice_id INTEGER REFERENCES documents (id),
    outbox_message_id INTEGER,
    created_at TEXT NOT NULL,
    UNIQUE (document_id, level)
);
CREATE TABLE document_disputes (
    document_id INTEGER PRIMARY KEY REFERENCES documents (id),
    reason TEXT NOT NULL DEFAULT '',
    opened_on TEXT NOT NULL,
    opened_by TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE reminder_fees (
    level INTEGER PRIMARY KEY CHECK (level >= 1),
    kind TEXT NOT NULL CHECK (kind IN ('flat', 'percent')),
    amount INTEGER NOT NULL CHECK (amount > 0),
    description TEXT NOT NULL DEFAULT '',
    tax_category TEXT NOT NULL DEFAULT 'exempt'
        CHECK (tax_category = 'standard' OR tax_category = 'reduced' OR tax_category = 'zero' OR tax_category = 'exempt' OR tax_category = 'reverse-charge'),
    tax_rate INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate BETWEEN 0 AND 10000),
    exemption_reason TEXT NOT NULL DEFAULT ''
);
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','document_search','document_search',0,'CREATE VIRTUAL TABLE document_search USING fts5(number, customer_name, tokenize = ''unicode61 remove_diacritics 2'')');
CREATE TABLE IF NOT EXISTS 'document_search_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO document_search_data VALUES(1,X'0b121c');
INSERT INTO document_search_data VALUES(10,X'000000000103030003010101020101030101');
INSERT INTO document_search_data VALUES(137438953473,X'0000015b0630303030303101020403020405013202020403020405013303020401043230323501020301020301020304013604020301020301086173736f636965730606010104020674656c69657201060101020206010102040601010201096272617373657269650206010102020601010206060101020107636162696e657406060101020207656e7472616c65090601010302076c696e6971756505060101020106647572616e6406060101030104676d626808060101040103696e7601020201020201020201020201020201066a6f736570680506010104010c6b616c7465746563686e696b080601010201076c756d6965726502060101030206010103060601010301066d756c6c6572080601010301096e756d6572697175650106010103020601010304060101030109706861726d61636965090601010201057361696e740506010103030173010601010402060101040406010104040d09060f090f171a0e0e0e0d0b140d13180d1a100c');
INSERT INTO document_search_data VALUES(274877906945,X'000000220a306272617373657269650b0601010201076c756d696572650b060101030410');
INSERT INTO document_search_data VALUES(412316860417,X'0000003c063030303030310b02040104323032360b020301096272617373657269650b070101020102636e0b020201076c756d696572650b07010103040a091007');
CREATE TABLE IF NOT EXISTS 'document_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO document_search_idx VALUES(1,X'',2);
INSERT INTO document_search_idx VALUES(2,X'',2);
INSERT INTO document_search_idx VALUES(3,X'',2);
CREATE TABLE IF NOT EXISTS 'document_search_content'(id INTEGER PRIMARY KEY, c0, c1);
INSERT INTO document_search_content VALUES(1,'INV-2025-00001','Atelier Numérique SAS');
INSERT INTO document_search_content VALUES(2,'INV-2025-00002','Brasserie Lumière');
INSERT INTO document_search_content VALUES(3,'INV-2025-00003','Atelier Numérique SAS');
INSERT INTO document_search_content VALUES(4,'INV-2026-00001','Brasserie Lumière');
INSERT INTO document_search_content VALUES(5,'INV-2026-00002','Clinique Saint-Joseph');
INSERT INTO document_search_content VALUES(6,'','Cabinet Durand & Associés');
INSERT INTO document_search_content VALUES(7,'','Atelier Numérique SAS');
INSERT INTO document_search_content VALUES(8,'','Kältetechnik Müller GmbH');
INSERT INTO document_search_content VALUES(9,'','Pharmacie Centrale');
INSERT INTO document_search_content VALUES(10,'','Brasserie Lumière');
INSERT INTO document_search_content VALUES(11,'CN-2026-00001','Brasserie Lumière');
CREATE TABLE IF NOT EXISTS 'document_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO document_search_docsize VALUES(1,X'0303');
INSERT INTO document_search_docsize VALUES(2,X'0302');
INSERT INTO document_search_docsize VALUES(3,X'0303');
INSERT INTO document_search_docsize VALUES(4,X'0302');
INSERT INTO document_search_docsize VALUES(5,X'0303');
INSERT INTO document_search_docsize VALUES(6,X'0003');
INSERT INTO document_search_docsize VALUES(7,X'0003');
INSERT INTO document_search_docsize VALUES(8,X'0003');
INSERT INTO document_search_docsize VALUES(9,X'0002');
INSERT INTO document_search_docsize VALUES(10,X'0002');
INSERT INTO document_search_docsize VALUES(11,X'0302');
CREATE TABLE IF NOT EXISTS 'document_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO document_search_config VALUES('version',4);
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','line_search','line_search',0,'CREATE VIRTUAL TABLE line_search USING fts5(description, document_id UNINDEXED, tokenize = ''unicode61 remove_diacritics 2'')');
CREATE TABLE IF NOT EXISTS 'line_search_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO line_search_data VALUES(1,X'27811200');
INSERT INTO line_search_data VALUES(10,X'000000000105050005010101020101030101040101050101');
INSERT INTO line_search_data VALUES(137438953473,X'000002a1033030350f0207010231320e02040502040201390f02060103323030100203030232360f02080201350202040a0204090204020204010234351802040302040302040302040102040107353932783539320d0205030207090205010236300202050a020509020502020501036169720d020203020409020202037265610302061102060802060302060402060109636170616369746f72180203030203030203030203010203020a697263756c6174696f6e0202020a020209020202020202056f707065720e020205020202077573746f6d65720402060101640f02030201750f020501066578656d70740402090102666907020401020402020403046c7465720d020303020509020302036c617403020311020308020303020304020303017410020202026f72040204010267340d020403020609020401066c61626f75720102030402030402030202030602030502030402030302030302030203796f6e03020511020508020503020504020501046d61696e0f020202016d0e02050502050104706970650e0203050203020b726f6772616d6d61626c650702020102020202020203756d700202030a020309020302020301037233320602030c02030203617465030204110204080204030204040204020a65667269676572616e740602020c02020202756e18020203020203020203020201020201017304020702056166657479040202020474616666040208010a746563686e696369616e010202040202040202020202060202050202040202030202030202020268650402050407726d6f7374617407020501020502020502077261696e696e67040203040376656c030202110202080202030202040202010277690702030102030202030106c593757672650f02040103cebc6618020503020503020503020501020504070a0608070f1312100e141a180d0c06060b0d0f1406070d231409090c16110b141213060a092707120c140d0b');
INSERT INTO line_search_data VALUES(274877906945,X'0000001e07306c61626f7572240203010a746563686e696369616e240202040b');
INSERT INTO line_search_data VALUES(412316860417,X'0000002b0330323525020401023630250205010b63697263756c6174696f6e250202010470756d7025020304070710');
INSERT INTO line_search_data VALUES(549755813889,X'0000002a0830353932783539322602050103616972260202010666696c74657226020301026734260204040c080b');
INSERT INTO line_search_data VALUES(687194767361,X'00000026033031322702040106636f7070657227020201026d6d27020501047069706527020304070b07');
CREATE TABLE IF NOT EXISTS 'line_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO line_search_idx VALUES(1,X'',2);
INSERT INTO line_search_idx VALUES(2,X'',2);
INSERT INTO line_search_idx VALUES(3,X'',2);
INSERT INTO line_search_idx VALUES(4,X'',2);
INSERT INTO line_search_idx VALUES(5,X'',2);
CREATE TABLE IF NOT EXISTS 'line_search_content'(id INTEGER PRIMARY KEY, c0, c1);
INSERT INTO line_search_content VALUES(1,'Technician labour',1);
INSERT INTO line_search_content VALUES(2,'Circulation pump 25-60',1);
INSERT INTO line_search_content VALUES(3,'Travel flat rate, Lyon area',1);
INSERT INTO line_search_content VALUES(4,'Safety training for the customer''s staff (exempt)',1);
INSERT INTO line_search_content VALUES(5,'Technician labour',2);
INSERT INTO line_search_content VALUES(6,'Refrigerant R32',2);
INSERT INTO line_search_content VALUES(7,'Programmable Wi-Fi thermostat',2);
INSERT INTO line_search_content VALUES(8,'Programmable Wi-Fi thermostat',2);
INSERT INTO line_search_content VALUES(9,'Technician labour',3);
INSERT INTO line_search_content VALUES(10,'Programmable Wi-Fi thermostat',3);
INSERT INTO line_search_content VALUES(11,'Technician labour',4);
INSERT INTO line_search_content VALUES(12,'Circulation pump 25-60',4);
INSERT INTO line_search_content VALUES(13,'Air filter G4 592x592',4);
INSERT INTO line_search_content VALUES(14,'Copper pipe 12 mm',4);
INSERT INTO line_search_content VALUES(15,'Main-d’œuvre du 19/05/2026',5);
INSERT INTO line_search_content VALUES(16,'FLT-200 — Air filter G4 592x592',5);
INSERT INTO line_search_content VALUES(17,'Technician labour',6);
INSERT INTO line_search_content VALUES(18,'Refrigerant R32',6);
INSERT INTO line_search_content VALUES(19,'Copper pipe 12 mm',6);
INSERT INTO line_search_content VALUES(20,'Travel flat rate, Lyon area',6);
INSERT INTO line_search_content VALUES(21,'Circulation pump 25-60',6);
INSERT INTO line_search_content VALUES(22,'Technician labour',7);
INSERT INTO line_search_content VALUES(23,'Circulation pump 25-60',7);
INSERT INTO line_search_content VALUES(24,'Run capacitor 45 µF',7);
INSERT INTO line_search_content VALUES(25,'Air filter G4 592x592',7);
INSERT INTO line_search_content VALUES(26,'Technician labour',8);
INSERT INTO line_search_content VALUES(27,'Run capacitor 45 µF',8);
INSERT INTO line_search_content VALUES(28,'Travel flat rate, Lyon area',8);
INSERT INTO line_search_content VALUES(29,'Technician labour',9);
INSERT INTO line_search_content VALUES(30,'Run capacitor 45 µF',9);
INSERT INTO line_search_content VALUES(31,'Travel flat rate, Lyon area',9);
INSERT INTO line_search_content VALUES(32,'Technician labour',10);
INSERT INTO line_search_content VALUES(33,'Run capacitor 45 µF',10);
INSERT INTO line_search_content VALUES(34,'Run capacitor 45 µF',10);
INSERT INTO line_search_content VALUES(35,'Travel flat rate, Lyon area',10);
INSERT INTO line_search_content VALUES(36,'Technician labour',11);
INSERT INTO line_search_content VALUES(37,'Circulation pump 25-60',11);
INSERT INTO line_search_content VALUES(38,'Air filter G4 592x592',11);
INSERT INTO line_search_content VALUES(39,'Copper pipe 12 mm',11);
CREATE TABLE IF NOT EXISTS 'line_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO line_search_docsize VALUES(1,X'0200');
INSERT INTO line_search_docsize VALUES(2,X'0400');
INSERT INTO line_search_docsize VALUES(3,X'0500');
INSERT INTO line_search_docsize VALUES(4,X'0800');
INSERT INTO line_search_docsize VALUES(5,X'0200');
INSERT INTO line_search_docsize VALUES(6,X'0200');
INSERT INTO line_search_docsize VALUES(7,X'0400');
INSERT INTO line_search_docsize VALUES(8,X'0400');
INSERT INTO line_search_docsize VALUES(9,X'0200');
INSERT INTO line_search_docsize VALUES(10,X'0400');
INSERT INTO line_search_docsize VALUES(11,X'0200');
INSERT INTO line_search_docsize VALUES(12,X'0400');
INSERT INTO line_search_docsize VALUES(13,X'0400');
INSERT INTO line_search_docsize VALUES(14,X'0400');
INSERT INTO line_search_docsize VALUES(15,X'0700');
INSERT INTO line_search_docsize VALUES(16,X'0600');
INSERT INTO line_search_docsize VALUES(17,X'0200');
INSERT INTO line_search_docsize VALUES(18,X'0200');
INSERT INTO line_search_docsize VALUES(19,X'0400');
INSERT INTO line_search_docsize VALUES(20,X'0500');
INSERT INTO line_search_docsize VALUES(21,X'0400');
INSERT INTO line_search_docsize VALUES(22,X'0200');
INSERT INTO line_search_docsize VALUES(23,X'0400');
INSERT INTO line_search_docsize VALUES(24,X'0400');
INSERT INTO line_search_docsize VALUES(25,X'0400');
INSERT INTO line_search_docsize VALUES(26,X'0200');
INSERT INTO line_search_docsize VALUES(27,X'0400');
INSERT INTO line_search_docsize VALUES(28,X'0500');
INSERT INTO line_search_docsize VALUES(29,X'0200');
INSERT INTO line_search_docsize VALUES(30,X'0400');
INSERT INTO line_search_docsize VALUES(31,X'0500');
INSERT INTO line_search_docsize VALUES(32,X'0200');
INSERT INTO line_search_docsize VALUES(33,X'0400');
INSERT INTO line_search_docsize VALUES(34,X'0400');
INSERT INTO line_search_docsize VALUES(35,X'0500');
INSERT INTO line_search_docsize VALUES(36,X'0200');
INSERT INTO line_search_docsize VALUES(37,X'0400');
INSERT INTO line_search_docsize VALUES(38,X'0400');
INSERT INTO line_search_docsize VALUES(39,X'0400');
CREATE TABLE IF NOT EXISTS 'line_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO line_search_config VALUES('version',4);
CREATE TABLE receivables_by_due (
    due_date TEXT NOT NULL PRIMARY KEY,
    open_count INTEGER NOT NULL,
    open_amount INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO receivables_by_due VALUES('2026-01-24',1,45180);
INSERT INTO receivables_by_due VALUES('2026-06-19',1,24668);
CREATE TABLE receivables_by_customer_due (
    customer_id INTEGER NOT NULL,
    due_date TEXT NOT NULL,
    open_count INTEGER NOT NULL,
    open_amount INTEGER NOT NULL,
    PRIMARY KEY (customer_id, due_date)
) WITHOUT ROWID;
INSERT INTO receivables_by_customer_due VALUES(4,'2026-06-19',1,24668);
INSERT INTO receivables_by_customer_due VALUES(5,'',1,-183060);
INSERT INTO receivables_by_customer_due VALUES(10,'2026-01-24',1,45180);
CREATE TABLE figures_by_day (
    day TEXT NOT NULL PRIMARY KEY,
    invoice_count INTEGER NOT NULL,
    invoiced INTEGER NOT NULL,
    payment_count INTEGER NOT NULL,
    collected INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO figures_by_day VALUES('2025-08-01',1,182820,0,0);
INSERT INTO figures_by_day VALUES('2025-08-08',0,0,1,182820);
INSERT INTO figures_by_day VALUES('2025-10-13',1,106320,0,0);
INSERT INTO figures_by_day VALUES('2025-11-18',0,0,1,106320);
INSERT INTO figures_by_day VALUES('2025-12-25',1,45180,0,0);
INSERT INTO figures_by_day VALUES('2026-03-08',1,183060,0,0);
INSERT INTO figures_by_day VALUES('2026-04-11',0,0,1,183060);
INSERT INTO figures_by_day VALUES('2026-05-20',1,25668,0,0);
INSERT INTO figures_by_day VALUES('2026-06-01',0,0,1,1000);
CREATE TABLE company_terms (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    late_payment_mentions INTEGER NOT NULL DEFAULT 1 CHECK (late_payment_mentions = 0 OR late_payment_mentions = 1),
    late_interest_rate TEXT NOT NULL DEFAULT '',
    recovery_indemnity INTEGER NOT NULL DEFAULT 4000 CHECK (recovery_indemnity >= 0),
    early_payment_discount TEXT NOT NULL DEFAULT '',
    technician_on_lines INTEGER NOT NULL DEFAULT 0 CHECK (technician_on_lines = 0 OR technician_on_lines = 1)
);
INSERT INTO company_terms VALUES(1,1,'',4000,'',0);
CREATE TABLE einvoice_archive (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id),
    format TEXT NOT NULL CHECK (format = 'en16931-ubl' OR format = 'en16931-cii' OR format = 'peppol' OR format = 'xrechnung-ubl' OR format = 'xrechnung-cii' OR format = 'facturx'),
    content BLOB NOT NULL CHECK (length(content) > 0),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    file_name TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (document_id, format)
);
CREATE INDEX customers_name ON customers (name COLLATE NOCASE);
CREATE INDEX customers_vat_id ON customers (vat_id) WHERE vat_id <> '';
CREATE INDEX customer_contacts_customer ON customer_contacts (customer_id);
CREATE INDEX customer_contacts_email ON customer_contacts (email COLLATE NOCASE);
CREATE INDEX service_orders_status ON service_orders (status);
CREATE INDEX service_orders_customer ON service_orders (customer_id);
CREATE INDEX time_entries_order ON time_entries (order_id);
CREATE INDEX parts_used_order ON parts_used (order_id);
CREATE INDEX quotation_lines_quotation ON quotation_lines (quotation_id, position);
CREATE INDEX documents_credited ON documents (credited_document_id) WHERE credited_document_id IS NOT NULL;
CREATE INDEX documents_service_order ON documents (service_order_id) WHERE service_order_id IS NOT NULL;
CREATE INDEX document_lines_document ON document_lines (document_id, position);
CREATE INDEX document_lines_source ON document_lines (source_line_id) WHERE source_line_id IS NOT NULL;
CREATE INDEX document_tax_lines_document ON document_tax_lines (document_id);
CREATE INDEX payments_document ON payments (document_id);
CREATE INDEX journal_entries_document ON journal_entries (document_id);
CREATE INDEX journal_lines_entry ON journal_lines (entry_id);
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
CREATE TRIGGER document_archive_posted_only BEFORE INSERT ON document_archive
WHEN coalesce((SELECT status FROM documents WHERE id = NEW.document_id), 'draft') = 'draft'
BEGIN
    SELECT RAISE(ABORT, 'only posted documents are archived');
END;
CREATE TRIGGER document_archive_immutable_update BEFORE UPDATE ON document_archive
BEGIN
    SELECT RAISE(ABORT, 'archived PDFs are immutable');
END;
CREATE TRIGGER document_archive_immutable_delete BEFORE DELETE ON document_archive
BEGIN
    SELECT RAISE(ABORT, 'archived PDFs are immutable');
END;
CREATE INDEX outbox_messages_due ON outbox_messages (status, next_attempt_at);
CREATE INDEX outbox_messages_document ON outbox_messages (document_id) WHERE document_id IS NOT NULL;
CREATE INDEX outbox_attachments_message ON outbox_attachments (message_id, position);
CREATE INDEX document_sends_document ON document_sends (document_id, sent_at);
CREATE TRIGGER document_sends_immutable_update BEFORE UPDATE ON document_sends
BEGIN
    SELECT RAISE(ABORT, 'the send history is append-only');
END;
CREATE TRIGGER document_sends_immutable_delete BEFORE DELETE ON document_sends
BEGIN
    SELECT RAISE(ABORT, 'the send history is append-only');
END;
CREATE TRIGGER outbox_messages_sent_frozen BEFORE UPDATE ON outbox_messages
WHEN OLD.status = 'sent'
BEGIN
    SELECT RAISE(ABORT, 'a sent message cannot be changed');
END;
CREATE INDEX reminders_sent_on ON reminders (sent_on);
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
CREATE TRIGGER time_entries_frozen_insert BEFORE INSERT ON time_entries
WHEN (SELECT status = 'done' OR status = 'invoiced' OR status = 'cancelled' FROM service_orders WHERE id = NEW.order_id)
BEGIN
    SELECT RAISE(ABORT, 'time entries of a completed service order are immutable');
END;
CREATE TRIGGER time_entries_frozen_change BEFORE UPDATE ON time_entries
WHEN (SELECT status = 'done' OR status = 'invoiced' OR status = 'cancelled' FROM service_orders WHERE id = OLD.order_id)
BEGIN
    SELECT RAISE(ABORT, 'time entries of a completed service order are immutable');
END;
CREATE TRIGGER time_entries_frozen_delete BEFORE DELETE ON time_entries
WHEN (SELECT status = 'done' OR status = 'invoiced' OR status = 'cancelled' FROM service_orders WHERE id = OLD.order_id)
BEGIN
    SELECT RAISE(ABORT, 'time entries of a completed service order are immutable');
END;
CREATE TRIGGER parts_used_frozen_insert BEFORE INSERT ON parts_used
WHEN (SELECT status = 'done' OR status = 'invoiced' OR status = 'cancelled' FROM service_orders WHERE id = NEW.order_id)
BEGIN
    SELECT RAISE(ABORT, 'parts of a completed service order are immutable');
END;
CREATE TRIGGER parts_used_frozen_change BEFORE UPDATE ON parts_used
WHEN (SELECT status = 'done' OR status = 'invoiced' OR status = 'cancelled' FROM service_orders WHERE id = OLD.order_id)
BEGIN
    SELECT RAISE(ABORT, 'parts of a completed service order are immutable');
END;
CREATE TRIGGER parts_used_frozen_delete BEFORE DELETE ON parts_used
WHEN (SELECT status = 'done' OR status = 'invoiced' OR status = 'cancelled' FROM service_orders WHERE id = OLD.order_id)
BEGIN
    SELECT RAISE(ABORT, 'parts of a completed service order are immutable');
END;
CREATE INDEX customers_address_review ON customers (id) WHERE address_review = 1;
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
    OR NEW.created_by IS NOT OLD.created_by OR NEW.deleted_at IS NOT NULL OR NEW.id IS NOT OLD.id
    OR NEW.buyer_reference IS NOT OLD.buyer_reference OR NEW.order_reference IS NOT OLD.order_reference
    OR NEW.payment_means IS NOT OLD.payment_means)
BEGIN
    SELECT RAISE(ABORT, 'posted documents are immutable');
END;
CREATE TRIGGER einvoice_archive_posted_only BEFORE INSERT ON einvoice_archive
WHEN coalesce((SELECT status FROM documents WHERE id = NEW.document_id), 'draft') = 'draft'
BEGIN
    SELECT RAISE(ABORT, 'only posted documents are archived');
END;
CREATE TRIGGER einvoice_archive_immutable_update BEFORE UPDATE ON einvoice_archive
BEGIN
    SELECT RAISE(ABORT, 'archived e-invoices are immutable');
END;
CREATE TRIGGER einvoice_archive_immutable_delete BEFORE DELETE ON einvoice_archive
BEGIN
    SELECT RAISE(ABORT, 'archived e-invoices are immutable');
END;
CREATE INDEX audit_events_entity ON audit_events (entity, entity_id);
CREATE INDEX documents_customer ON documents (customer_id, issue_date);
CREATE INDEX documents_customer_name ON documents (customer_name COLLATE NOCASE);
CREATE INDEX documents_due_date ON documents (due_date);
CREATE INDEX documents_issue_date ON documents (issue_date);
CREATE INDEX documents_open_invoices ON documents (id, due_date)
    WHERE doc_type = 'invoice' AND status IN ('posted', 'partially_paid') AND deleted_at IS NULL;
CREATE INDEX documents_signed_due ON documents ((CASE WHEN status = 'draft' THEN NULL WHEN doc_type = 'credit_note' THEN amount_paid + amount_credited - total_gross ELSE total_gross - amount_paid - amount_credited END));
CREATE INDEX documents_signed_total ON documents ((CASE WHEN doc_type = 'credit_note' THEN -total_gross ELSE total_gross END));
CREATE INDEX documents_status_due ON documents (status, due_date);
CREATE INDEX documents_status_rank ON documents ((CASE status WHEN 'draft' THEN 0 WHEN 'posted' THEN 1 WHEN 'partially_paid' THEN 2 WHEN 'paid' THEN 3 WHEN 'credited' THEN 4 ELSE 5 END));
CREATE INDEX documents_type_issue_date ON documents (doc_type, issue_date);
CREATE INDEX journal_entries_date ON journal_entries (entry_date);
CREATE INDEX journal_entries_payment ON journal_entries (payment_id) WHERE payment_id IS NOT NULL;
CREATE INDEX journal_lines_account ON journal_lines (account_id);
CREATE INDEX payments_date ON payments (payment_date);
CREATE TRIGGER document_search_delete AFTER DELETE ON documents
BEGIN
    DELETE FROM document_search WHERE rowid = OLD.id;
END;
CREATE TRIGGER document_search_insert AFTER INSERT ON documents
BEGIN
    INSERT INTO document_search (rowid, number, customer_name) VALUES (NEW.id, coalesce(NEW.number, ''), NEW.customer_name);
END;
CREATE TRIGGER document_search_update AFTER UPDATE OF number, customer_name ON documents
BEGIN
    UPDATE document_search SET number = coalesce(NEW.number, ''), customer_name = NEW.customer_name WHERE rowid = NEW.id;
END;
CREATE TRIGGER line_search_delete AFTER DELETE ON document_lines
BEGIN
    DELETE FROM line_search WHERE rowid = OLD.id;
END;
CREATE TRIGGER line_search_insert AFTER INSERT ON document_lines
BEGIN
    INSERT INTO line_search (rowid, description, document_id) VALUES (NEW.id, NEW.description, NEW.document_id);
END;
CREATE TRIGGER line_search_update AFTER UPDATE OF description ON document_lines
BEGIN
    UPDATE line_search SET description = NEW.description WHERE rowid = NEW.id;
END;
PRAGMA writable_schema=OFF;
COMMIT;
PRAGMA application_id = 1178682196;
PRAGMA user_version = 12;
