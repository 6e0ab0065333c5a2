#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

// DESIGN.md tax categories. The text keys are what the database, CLI and files use.
// IntraCommunity (K: intra-EU supply of goods, art. 138), Export (G: outside the EU, art. 146) and
// OutOfScope (O: not subject to VAT) are 0 % categories like Exempt: each prints a mention and
// carries a VATEX code in an e-invoice.
enum class TaxCategory { Standard, Reduced, Zero, Exempt, ReverseCharge, IntraCommunity, Export, OutOfScope };

class TaxCategories
{
    Q_DECLARE_TR_FUNCTIONS(TaxCategories)
public:
    static QString key(TaxCategory category);            // "standard", "reverse-charge", ...
    static Result<TaxCategory> fromKey(const QString &key);
    static QString displayName(TaxCategory category);    // translated
    static QString en16931Code(TaxCategory category);    // UNCL5305: S, Z, E, AE, K, G, O
    static bool requiresZeroRate(TaxCategory category);  // every category but standard and reduced
    // Exempt, intra-EU supply, export and out of scope: an exemption reason (text or VATEX code)
    // belongs on the line and is printed as a mention.
    static bool carriesExemption(TaxCategory category);
    // The VATEX code (CEF VATEX list) a line of the category gets when none is given:
    // VATEX-EU-IC, VATEX-EU-G, VATEX-EU-O, VATEX-EU-AE; empty for the others.
    static QString defaultVatexCode(TaxCategory category);
    // The legal mention printed for a reverse-charge line (art. 196 of the VAT directive).
    static QString reverseChargeMention();
};
