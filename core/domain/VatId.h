#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

// VAT identification numbers of the EU member states (and XI, Northern Ireland), checked like
// the IBAN is: the form of each country and, where the country publishes one, its check digits.
//
//   FR  2-character key + 9-digit SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97 (letter keys: form only)
//   DE  9 digits, ISO 7064 MOD 11,10
//   BE  10 digits starting 0 or 1, the last two = 97 − (first eight mod 97)
//   NL  9 digits + B + 2 digits: the 9th digit is the weighted sum mod 11, or the 2020 form
//       whose "NL…B…" text is 1 mod 97
//   IT  11 digits, Luhn
//   ES  letter/digit forms (CIF, NIF, NIE) with their control character
//   LU  8 digits, the last two = first six mod 89
//   AT  U + 8 digits, its weighted check digit
//   the other EU prefixes (EL for Greece, not GR) and XI: their form only.
// A prefix outside the EU (GB, CH, NO, …) is taken as given: two letters and 2 to 16 letters
// or digits. Spaces, dots and dashes are not part of the id.
class VatId
{
    Q_DECLARE_TR_FUNCTIONS(VatId)
public:
    // Spaces, dots and dashes removed, upper case: "fr 40 303.265.045" → "FR40303265045".
    static QString normalized(const QString &text);
    // Ok, or why not, naming the country's rule. An empty id is refused (callers skip it).
    static Status check(const QString &text);
    static bool isValid(const QString &text) { return check(text).ok(); }
    // Whether the prefix is an EU VAT prefix (the 27 member states with EL, and XI).
    static bool isEuPrefix(const QString &prefix);
    // The numeric key of a French VAT id: (12 + 3 × (SIREN mod 97)) mod 97.
    static int frenchKey(qint64 siren) { return static_cast<int>((12 + 3 * (siren % 97)) % 97); }
};
