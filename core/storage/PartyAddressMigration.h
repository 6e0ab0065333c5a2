#pragma once

#include "Database.h"

// The C++ part of schema 9 (resources/migrations/sqlite/0009_structured_parties.sql), run by
// Database::migrate in the migration's transaction: splits the free-text addresses of the
// company and the customers into fields where PostalAddress::split can do so with confidence
// (the country from the address's last line, its postcode prefix, or else the VAT id's prefix),
// and flags the others `address_review` with their text kept. Only the company and customers
// rows change; posted documents keep their frozen copies.
namespace PartyAddressMigration {
Status run(Database &db);
}
