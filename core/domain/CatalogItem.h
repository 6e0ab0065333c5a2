#pragma once

#include "FixedDecimal.h"
#include "LineKind.h"

#include <QString>

struct CatalogItem
{
    qint64 id = 0;
    QString sku;
    LineKind kind = LineKind::Part;
    QString description;
    QString unit; // "h", "pc", "m", ...
    QString unitCode; // UN/ECE Rec 20: "HUR", "H87", "MTR", ...; empty = from the unit text
    UnitPrice unitPrice;
    qint64 taxRateId = 0;
    qint64 revenueAccountId = 0; // 0: the default account of its kind
    bool active = true;
};
