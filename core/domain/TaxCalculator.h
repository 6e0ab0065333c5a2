#pragma once

#include "FixedDecimal.h"
#include "Result.h"
#include "TaxCategory.h"

#include <QCoreApplication>
#include <QList>

// One VAT breakdown row: the taxable base and the tax of one category and rate.
struct TaxSubtotal
{
    TaxCategory category = TaxCategory::Standard;
    Percentage rate;
    QString exemptionReason;
    qint64 base = 0;
    qint64 tax = 0;
};

struct DocumentTotals
{
    qint64 net = 0;
    qint64 tax = 0;
    qint64 gross = 0;
    QList<TaxSubtotal> subtotals; // in order of first appearance
};

// EN 16931 arithmetic (DESIGN.md): line nets rounded once each; tax rounded once per rate,
// on the sum of the line nets at that rate, never summed per line.
class TaxCalculator
{
    Q_DECLARE_TR_FUNCTIONS(TaxCalculator)
public:
    explicit TaxCalculator(int currencyDigits) : m_digits(currencyDigits) {}

    // quantity × unit price − discount, rounded half away from zero to the minor unit.
    static Result<qint64> lineNet(Quantity quantity, UnitPrice unitPrice, Percentage discount, int currencyDigits);
    // base × rate, rounded half away from zero to the minor unit.
    static qint64 taxOn(qint64 base, Percentage rate);
    // Category, rate and exemption reason agree with each other (exempt needs a reason, ...).
    static Status validateTax(TaxCategory category, Percentage rate, const QString &exemptionReason);

    // Adds a line; returns its net.
    Result<qint64> addLine(Quantity quantity, UnitPrice unitPrice, Percentage discount, TaxCategory category,
                           Percentage rate, const QString &exemptionReason = {});
    // Adds a line whose net is already known (e.g. stored).
    Status addNet(qint64 net, TaxCategory category, Percentage rate, const QString &exemptionReason = {});

    Result<DocumentTotals> totals() const;

private:
    int m_digits;
    QList<TaxSubtotal> m_groups;
};
