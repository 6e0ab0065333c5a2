#include "TaxCategory.h"

QString TaxCategories::key(TaxCategory category)
{
    switch (category) {
    case TaxCategory::Standard: return QStringLiteral("standard");
    case TaxCategory::Reduced: return QStringLiteral("reduced");
    case TaxCategory::Zero: return QStringLiteral("zero");
    case TaxCategory::Exempt: return QStringLiteral("exempt");
    case TaxCategory::ReverseCharge: return QStringLiteral("reverse-charge");
    }
    return {};
}

Result<TaxCategory> TaxCategories::fromKey(const QString &text)
{
    const QString k = text.trimmed().toLower();
    if (k == QLatin1String("standard") || k == QLatin1String("s"))
        return TaxCategory::Standard;
    if (k == QLatin1String("reduced"))
        return TaxCategory::Reduced;
    if (k == QLatin1String("zero") || k == QLatin1String("zero-rated") || k == QLatin1String("z"))
        return TaxCategory::Zero;
    if (k == QLatin1String("exempt") || k == QLatin1String("e"))
        return TaxCategory::Exempt;
    if (k == QLatin1String("reverse-charge") || k == QLatin1String("ae"))
        return TaxCategory::ReverseCharge;
    return Error::invalid(tr("unknown tax category \"%1\" (standard, reduced, zero, exempt or reverse-charge)")
                              .arg(text));
}

QString TaxCategories::displayName(TaxCategory category)
{
    switch (category) {
    case TaxCategory::Standard: return tr("Standard rate");
    case TaxCategory::Reduced: return tr("Reduced rate");
    case TaxCategory::Zero: return tr("Zero-rated");
    case TaxCategory::Exempt: return tr("Exempt");
    case TaxCategory::ReverseCharge: return tr("Reverse charge");
    }
    return {};
}

QString TaxCategories::en16931Code(TaxCategory category)
{
    switch (category) {
    case TaxCategory::Standard:
    case TaxCategory::Reduced: return QStringLiteral("S");
    case TaxCategory::Zero: return QStringLiteral("Z");
    case TaxCategory::Exempt: return QStringLiteral("E");
    case TaxCategory::ReverseCharge: return QStringLiteral("AE");
    }
    return {};
}

bool TaxCategories::requiresZeroRate(TaxCategory category)
{
    return category == TaxCategory::Zero || category == TaxCategory::Exempt
        || category == TaxCategory::ReverseCharge;
}

QString TaxCategories::reverseChargeMention()
{
    return tr("Reverse charge: VAT to be accounted for by the customer (Article 196, Directive 2006/112/EC)");
}
