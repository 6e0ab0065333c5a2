#pragma once

#include <QString>

// Check-digit algorithms of the identifiers parties carry on e-invoices. Each takes the
// identifier's characters as stored (no spaces) and only checks digits: the form checks
// (length, prefix) are the caller's.
namespace IdentifierChecks {
bool allDigits(const QString &text);
// Luhn (SIREN, SIRET). SIRETs of La Poste (SIREN 356000000) use the sum of digits modulo 5.
bool luhn(const QString &digits);
bool siren(const QString &text); // 9 digits, Luhn
bool siret(const QString &text); // 14 digits, Luhn (La Poste: digit sum % 5)
// Belgian enterprise number (KBO/BCE): 10 digits starting 0 or 1, last two = 97 - first 8 mod 97.
bool belgianEnterpriseNumber(const QString &text);
// French VAT id: FR + 2-character key + SIREN; a numeric key is (12 + 3 × (SIREN mod 97)) mod 97.
bool frenchVatId(const QString &text);
// German VAT id (USt-IdNr.): DE + 9 digits, the first not 0.
bool germanVatId(const QString &text);
// GS1 check digit (GLN: 13 digits).
bool gln(const QString &text);
// Leitweg-ID (KoSIT): coarse address (2-12 digits), optional fine address (up to 30 letters or
// digits), 2 check digits, joined by '-'; check digits by ISO 7064 MOD 97-10 over the rest.
bool leitwegId(const QString &text);
// ISO 7064 MOD 97-10 over digits and letters (A = 10 … Z = 35): the whole string mod 97 == 1.
bool mod97_10(const QString &text);
} // namespace IdentifierChecks
