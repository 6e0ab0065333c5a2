#include "LinesTable.h"

#include "FlowTable.h"
#include "RenderContext.h"

void LinesTable::addTo(PageFlow &flow) const
{
    const PrintedDocument &doc = m_context.document();
    const DocumentFormatter &format = m_context.format();
    bool anyDiscount = false;
    bool anyUnit = false;
    for (const PrintedDocument::Line &line : doc.lines) {
        anyDiscount = anyDiscount || !line.discount.isZero();
        anyUnit = anyUnit || !line.unit.isEmpty();
    }

    const auto right = Qt::AlignRight;
    QList<FlowTable::Column> columns{{m_context.label(DocumentLabels::Description), 0, Qt::AlignLeft},
                                     {m_context.label(DocumentLabels::Quantity), m_context.pt(42), right}};
    if (anyUnit)
        columns.append({m_context.label(DocumentLabels::Unit), m_context.pt(40), Qt::AlignLeft});
    columns.append({m_context.label(DocumentLabels::UnitPrice), m_context.pt(70), right});
    if (anyDiscount)
        columns.append({m_context.label(DocumentLabels::Discount), m_context.pt(44), right});
    columns.append({m_context.label(DocumentLabels::TaxRate), m_context.pt(40), right});
    columns.append({m_context.label(DocumentLabels::Amount), m_context.pt(78), right});

    FlowTable table(m_context, columns);
    table.setCarryForward(m_context.label(DocumentLabels::CarriedForward), m_context.label(DocumentLabels::BroughtForward));
    for (const PrintedDocument::Line &line : doc.lines) {
        QStringList cells{line.description, format.quantity(line.quantity)};
        if (anyUnit)
            cells.append(line.unit);
        cells.append(format.unitPrice(line.unitPrice));
        if (anyDiscount)
            cells.append(line.discount.isZero() ? QString() : format.percent(line.discount));
        cells.append(format.percent(line.taxRate));
        cells.append(format.money(line.net));
        table.addRow(cells, line.net);
    }
    table.addTo(flow);
}
