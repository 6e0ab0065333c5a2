#pragma once

#include <QString>

// ISO 3166-1 alpha-2 country codes (the officially assigned ones), with their English short
// names, and the names an address may end with in the languages Facturo's customers write.
namespace CountryCodes {
bool isKnown(const QString &code); // exact, upper case: "FR"
QString englishName(const QString &code); // "France"; empty when unknown
// The country a printed last line names ("France", "BELGIQUE", "Deutschland"), case-insensitive;
// empty when the line is not a country's name.
QString fromName(const QString &line);
// The country of a VAT id's prefix ("FR32…" → FR, "EL…" → GR); empty when none.
QString fromVatId(const QString &vatId);
} // namespace CountryCodes
