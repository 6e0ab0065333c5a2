#pragma once

#include "TaxCalculator.h"

#include <QList>
#include <QString>
#include <QStringList>

class PageFlow;
class RenderContext;

// Under the lines: the VAT breakdown (rate, taxable amount, tax per rate) beside the totals
// (net, VAT, gross, paid, credited, amount due), then the legal mentions that apply
// (exemption reasons, reverse charge).
class TotalsBlock
{
public:
    explicit TotalsBlock(const RenderContext &context) : m_context(context) {}

    void addTo(PageFlow &flow) const;

    struct Row
    {
        QString label;
        QString value;
        int emphasis = 0; // 0 normal, 1 bold (gross), 2 bold in the accent colour (amount due)
    };
    QList<Row> totalRows() const;
    QString rateText(const TaxSubtotal &subtotal) const;
    QStringList legalMentions() const;

private:
    void addBreakdownAndTotals(PageFlow &flow) const;

    const RenderContext &m_context;
};
