#pragma once

#include "FixedDecimal.h"
#include "TaxCategory.h"

#include <QString>

struct TaxRate
{
    qint64 id = 0;
    QString name; // "VAT 20%", "Exempt (art. 261)"
    TaxCategory category = TaxCategory::Standard;
    Percentage rate;
    QString exemptionReason;
    bool isDefault = false;
    bool active = true;
};
