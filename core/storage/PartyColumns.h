#pragma once

#include "ElectronicAddress.h"
#include "LegalRegistration.h"
#include "PostalAddress.h"
#include "SqlStatement.h"

// The columns schema 9 gave both the company and the customers, read and bound in one order.
namespace PartyColumns {
// Column list for SELECT, in the order read() takes them.
inline const char *selectList()
{
    return "address_line1, address_line2, address_line3, postcode, city, country_subdivision, country_code, "
           "country_line, postcode_prefix, address_review, registration_scheme, registration_id, endpoint_scheme, "
           "endpoint_id";
}
constexpr int Count = 14;

// SET list for UPDATE (named bindings, see bind()).
inline const char *setList()
{
    return "address_line1 = :line1, address_line2 = :line2, address_line3 = :line3, postcode = :postcode, "
           "city = :city, country_subdivision = :subdivision, country_code = :country, country_line = :country_line, "
           "postcode_prefix = :postcode_prefix, address_review = :review, registration_scheme = :registration_scheme, "
           "registration_id = :registration_id, endpoint_scheme = :endpoint_scheme, endpoint_id = :endpoint_id";
}

inline void bind(SqlStatement &q, const PostalAddress &a, const LegalRegistration &r, const ElectronicAddress &e)
{
    q.bind(":line1", a.line1).bind(":line2", a.line2).bind(":line3", a.line3).bind(":postcode", a.postcode);
    q.bind(":city", a.city).bind(":subdivision", a.subdivision).bind(":country", a.countryCode);
    q.bind(":country_line", a.countryLine).bind(":postcode_prefix", a.postcodePrefix);
    q.bind(":review", a.toReview ? 1 : 0);
    q.bind(":registration_scheme", r.scheme).bind(":registration_id", r.id);
    q.bind(":endpoint_scheme", e.scheme).bind(":endpoint_id", e.id);
}

inline void read(const SqlStatement &q, int first, PostalAddress &a, LegalRegistration &r, ElectronicAddress &e)
{
    a.line1 = q.text(first);
    a.line2 = q.text(first + 1);
    a.line3 = q.text(first + 2);
    a.postcode = q.text(first + 3);
    a.city = q.text(first + 4);
    a.subdivision = q.text(first + 5);
    a.countryCode = q.text(first + 6);
    a.countryLine = q.text(first + 7);
    a.postcodePrefix = q.text(first + 8);
    a.toReview = q.integer(first + 9) != 0;
    r.scheme = q.text(first + 10);
    r.id = q.text(first + 11);
    e.scheme = q.text(first + 12);
    e.id = q.text(first + 13);
}
} // namespace PartyColumns
