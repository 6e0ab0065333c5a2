#pragma once

#include "CsvTable.h"
#include "CustomerService.h"
#include "ImportReport.h"

class ImportRowReader;

// Customers from CSV. Columns (names in any case, any order): name (required), address,
// vat_id, email, contact, phone, terms (days), language (en, fr, de), no_reminders (yes/no),
// notes; the structured address street, street2, street3, postcode, city, subdivision, country
// (ISO 3166-1 alpha-2; instead of address), and endpoint (SCHEME:ID), registration (SCHEME:ID),
// buyer_reference, einvoice_format. A customer already in the file (same name and email, or same
// VAT id) is skipped.
class ImportCustomers
{
    Q_DECLARE_TR_FUNCTIONS(ImportCustomers)
public:
    ImportCustomers(LedgerContext &context, CustomerService &customers)
        : m_ctx(context)
        , m_customers(customers)
    { }

    // Reads and checks every row; fills the report's rows and issues. Writes nothing.
    Status check(const CsvTable &table, ImportReport &report);
    // Creates the rows marked Create (call inside the caller's transaction).
    Status apply(ImportReport &report);

private:
    static void readPartyColumns(ImportRowReader &r, Customer &c);

    LedgerContext &m_ctx;
    CustomerService &m_customers;
    QHash<int, Customer> m_parsed; // by row
};
