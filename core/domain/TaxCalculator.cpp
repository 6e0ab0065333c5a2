#include "TaxCalculator.h"

#include "Money.h"
#include "Rounding.h"

Result<qint64> TaxCalculator::lineNet(Quantity quantity, UnitPrice unitPrice, Percentage discount, int currencyDigits)
{
    if (discount.isNegative() || discount > Percentage::fromInteger(100))
        return Error::invalid(tr("the discount must be between 0 and 100 %"));
    // quantity (10^3) × price (10^4) × (100 % − discount) (10^4) → 10^11 of the major unit.
    const Int128 numerator = Int128(quantity.scaled()) * unitPrice.scaled()
        * (Percentage::fromInteger(100).scaled() - discount.scaled()) * pow10i(currencyDigits);
    const Int128 net = roundHalfAwayFromZero(numerator, pow10i(Quantity::scale + UnitPrice::scale + 4));
    if (net > Money::MaxMinor || net < -Money::MaxMinor)
        return Error::invalid(tr("the line amount is too large"));
    return static_cast<qint64>(net);
}

qint64 TaxCalculator::taxOn(qint64 base, Percentage rate)
{
    // rate is in hundredths of a percent: base × rate / 10000.
    return static_cast<qint64>(roundHalfAwayFromZero(Int128(base) * rate.scaled(), 100 * Percentage::one()));
}

Status TaxCalculator::validateTax(TaxCategory category, Percentage rate, const QString &exemptionReason)
{
    if (rate.isNegative() || rate > Percentage::fromInteger(100))
        return Error::invalid(tr("the tax rate must be between 0 and 100 %"));
    if (TaxCategories::requiresZeroRate(category) && !rate.isZero())
        return Error::invalid(tr("a %1 line must have a 0 % tax rate").arg(TaxCategories::displayName(category)));
    if ((category == TaxCategory::Standard || category == TaxCategory::Reduced) && rate.isZero())
        return Error::invalid(tr("a 0 % line must use the zero, exempt, reverse-charge, intra-EU, export or out-of-scope "
                                 "category"));
    if (category == TaxCategory::Exempt && exemptionReason.trimmed().isEmpty())
        return Error::invalid(tr("an exempt line needs an exemption reason"));
    return {};
}

Result<qint64> TaxCalculator::addLine(Quantity quantity, UnitPrice unitPrice, Percentage discount,
                                      TaxCategory category, Percentage rate, const QString &exemptionReason)
{
    auto net = lineNet(quantity, unitPrice, discount, m_digits);
    if (!net)
        return net.error();
    FACTURO_TRY(addNet(net.value(), category, rate, exemptionReason));
    return net.value();
}

Status TaxCalculator::addNet(qint64 net, TaxCategory category, Percentage rate, const QString &exemptionReason)
{
    for (TaxSubtotal &group : m_groups) {
        if (group.category == category && group.rate == rate && group.exemptionReason == exemptionReason) {
            group.base += net;
            if (group.base > Money::MaxMinor || group.base < -Money::MaxMinor)
                return Error::invalid(tr("the document total is too large"));
            return {};
        }
    }
    m_groups.append({category, rate, exemptionReason, net, 0});
    return {};
}

Result<DocumentTotals> TaxCalculator::totals() const
{
    DocumentTotals totals;
    totals.subtotals = m_groups;
    for (TaxSubtotal &group : totals.subtotals) {
        group.tax = taxOn(group.base, group.rate);
        totals.net += group.base;
        totals.tax += group.tax;
    }
    totals.gross = totals.net + totals.tax;
    if (totals.gross > Money::MaxMinor || totals.gross < -Money::MaxMinor || totals.net > Money::MaxMinor
        || totals.net < -Money::MaxMinor)
        return Error::invalid(tr("the document total is too large"));
    return totals;
}
