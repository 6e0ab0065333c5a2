#include "TaxCategory.h"

QString TaxCategories::key(TaxCategory category)
{
    switch (category) {
    case TaxCategory::Standard: return QStringLiteral("standard");
    case TaxCategory::Reduced: return QStringLiteral("reduced");
    case TaxCategory::Zero: return QStringLiteral("zero");
    case TaxCategory::Exempt: return QStringLiteral("exempt");
    case TaxCategory::ReverseCharge: return QStringLiteral("reverse-charge");
    case TaxCategory::IntraCommunity: return QStringLiteral("intra-eu");
    case TaxCategory::Export: return QStringLiteral("export");
    case TaxCategory::OutOfScope: return QStringLiteral("out-of-scope");
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
    if (k == QLatin1String("intra-eu") || k == QLatin1String("k"))
        return TaxCategory::IntraCommunity;
    if (k == QLatin1String("export") || k == QLatin1String("g"))
        return TaxCategory::Export;
    if (k == QLatin1String("out-of-scope") || k == QLatin1String("o"))
        return TaxCategory::OutOfScope;
    return Error::invalid(tr("unknown tax category \"%1\" (standard, reduced, zero, exempt, reverse-charge, "
                             "intra-eu, export or out-of-scope)")
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
    case TaxCategory::IntraCommunity: return tr("Intra-EU supply");
    case TaxCategory::Export: return tr("Export outside the EU");
    case TaxCategory::OutOfScope: return tr("Not subject to VAT");
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
    case TaxCategory::IntraCommunity: return QStringLiteral("K");
    case TaxCategory::Export: return QStringLiteral("G");
    case TaxCategory::OutOfScope: return QStringLiteral("O");
    }
    return {};
}

bool TaxCategories::requiresZeroRate(TaxCategory category)
{
    return category != TaxCategory::Standard && category != TaxCategory::Reduced;
}

bool TaxCategories::carriesExemption(TaxCategory category)
{
    return category == TaxCategory::Exempt || category == TaxCategory::IntraCommunity
        || category == TaxCategory::Export || category == TaxCategory::OutOfScope;
}

QString TaxCategories::defaultVatexCode(TaxCategory category)
{
    switch (category) {
    case TaxCategory::IntraCommunity: return QStringLiteral("VATEX-EU-IC");
    case TaxCategory::Export: return QStringLiteral("VATEX-EU-G");
    case TaxCategory::OutOfScope: return QStringLiteral("VATEX-EU-O");
    case TaxCategory::ReverseCharge: return QStringLiteral("VATEX-EU-AE");
    default: return {};
    }
}

QString TaxCategories::reverseChargeMention()
{
    return tr("Reverse charge: VAT to be accounted for by the customer (Article 196, Directive 2006/112/EC)");
}
