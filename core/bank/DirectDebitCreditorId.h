#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

// The SEPA creditor identifier (EPC262-08): country code, two check digits, a three-character
// creditor business code (ZZZ when none), then the national identifier. The check digits are
// ISO 7064 mod 97-10 over the national identifier followed by the country code and "00"
// (letters as 10..35), leaving the business code out, as for an IBAN.
class DirectDebitCreditorId
{
    Q_DECLARE_TR_FUNCTIONS(DirectDebitCreditorId)
public:
    static QString normalized(const QString &text); // spaces removed, upper case
    // The normalised identifier, or why it is not one (naming what is wrong).
    static Result<QString> validated(const QString &text);
    // The two check digits for a country code and national identifier ("DE", "09999999999" → "98").
    static QString checkDigits(const QString &country, const QString &nationalId);
    // Mandate references and message ids: the SEPA character set, 1 to 35 characters.
    static bool isSepaIdentifier(const QString &text);
    // BIC: 8 or 11 characters (ISO 9362).
    static bool isBic(const QString &text);
};
