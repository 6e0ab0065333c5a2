#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

// ISO 11649 structured creditor reference: "RF", two check digits, then a reference of 1 to 21
// letters and digits ("RF18539007547034"). The check digits are those of ISO 7064 mod 97-10, as
// for an IBAN: the reference followed by "RF00", letters as 10..35, check = 98 - (that mod 97).
// The electronic form has no spaces and is upper case; it is printed in groups of four.
class CreditorReference
{
    Q_DECLARE_TR_FUNCTIONS(CreditorReference)
public:
    static constexpr int MaxBodyLength = 21;

    // "RF" + check digits + body; body: 1..21 characters A-Z 0-9 (lower case accepted).
    static Result<QString> make(const QString &body);
    // An electronic form ("RF..." upper case, no spaces) whose check digits match.
    static bool isValid(const QString &compact);
    // "RF18 5390 0754 7034".
    static QString printed(const QString &compact);
    // The remainder mod 97 of letters and digits read as in ISO 7064 (A = 10 ... Z = 35); -1 when
    // the text holds anything else.
    static int mod97(const QString &lettersAndDigits);
};
