#pragma once

class PageFlow;
class RenderContext;

// The lines of an invoice, credit note or quotation: description, quantity, unit, unit
// price, discount (only when a line has one), VAT rate and net amount, with carried- and
// brought-forward subtotals at page breaks.
class LinesTable
{
public:
    explicit LinesTable(const RenderContext &context) : m_context(context) {}

    void addTo(PageFlow &flow) const;

private:
    const RenderContext &m_context;
};
