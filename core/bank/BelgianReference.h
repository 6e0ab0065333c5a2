#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

// The Belgian structured communication (gestructureerde mededeling / communication structurée,
// Febelfin): ten digits and two check digits, the remainder of the ten digits divided by 97
// (97 when the remainder is 0), printed "+++090/9337/55493+++". The electronic form is the
// twelve digits, as banks carry it in a credit transfer's structured remittance.
class BelgianReference
{
    Q_DECLARE_TR_FUNCTIONS(BelgianReference)
public:
    // The twelve digits for ten digits (0000000001 .. 9999999999).
    static Result<QString> make(const QString &tenDigits);
    // Twelve digits whose last two are the check of the first ten.
    static bool isValid(const QString &twelveDigits);
    // "+++090/9337/55493+++".
    static QString printed(const QString &twelveDigits);
};
