#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

// DESIGN.md tax categories. The text keys are what the database, CLI and files use.
enum class TaxCategory { Standard, Reduced, Zero, Exempt, ReverseCharge };

class TaxCategories
{
    Q_DECLARE_TR_FUNCTIONS(TaxCategories)
public:
    static QString key(TaxCategory category);            // "standard", "reverse-charge", ...
    static Result<TaxCategory> fromKey(const QString &key);
    static QString displayName(TaxCategory category);    // translated
    static QString en16931Code(TaxCategory category);    // UNCL5305: S, Z, E, AE
    static bool requiresZeroRate(TaxCategory category);  // zero, exempt, reverse charge
    // The legal mention printed for a reverse-charge line (art. 196 of the VAT directive).
    static QString reverseChargeMention();
};
