#pragma once

#include <QString>

// libpq, loaded the first time a company on a PostgreSQL server is opened. Linked into the
// programs, libpq and the fifteen libraries it needs (TLS, LDAP, SASL, ...) cost every start of
// facturo and facturo-cli about 18 million instructions (5 ms), for the company files that never
// use them. LibPq.cpp defines the libpq functions Facturo calls, each forwarding to the library's
// own; the rest of the code includes libpq-fe.h and calls them as usual.
namespace LibPq {
// Loads libpq (libpq5) if it is not yet; false, with problem() saying why, when it cannot.
bool load();
QString problem();
} // namespace LibPq
