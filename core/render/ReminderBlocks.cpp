#include "ReminderBlocks.h"

#include "FlowTable.h"
#include "FlowText.h"
#include "PageFlow.h"
#include "RenderContext.h"

void ReminderBlocks::addTo(PageFlow &flow) const
{
    const PrintedDocument &doc = m_context.document();
    const DocumentFormatter &format = m_context.format();

    const int level = qMax(1, doc.reminderLevel);
    FlowText::addParagraphs(flow, m_context, m_context.label(DocumentLabels::ReminderLevel).arg(level),
                            m_context.font(10, true), RenderContext::ink());
    flow.addSpace(m_context.pt(6));
    QString body = doc.introduction.trimmed();
    if (body.isEmpty())
        body = m_context.label(level == 1   ? DocumentLabels::ReminderBodyFirst
                               : level == 2 ? DocumentLabels::ReminderBodySecond
                                            : DocumentLabels::ReminderBodyFinal);
    FlowText::addParagraphs(flow, m_context, body, m_context.body(), RenderContext::ink());
    flow.addSpace(m_context.pt(14));

    FlowTable table(m_context, {{m_context.label(DocumentLabels::Invoice), 0, Qt::AlignLeft},
                                {m_context.label(DocumentLabels::IssueDate), m_context.pt(78), Qt::AlignLeft},
                                {m_context.label(DocumentLabels::DueDate), m_context.pt(78), Qt::AlignLeft},
                                {m_context.label(DocumentLabels::DaysOverdue), m_context.pt(78), Qt::AlignRight},
                                {m_context.label(DocumentLabels::AmountDue), m_context.pt(90), Qt::AlignRight}});
    for (const PrintedDocument::OverdueInvoice &invoice : doc.overdueInvoices)
        table.addRow({invoice.number, format.date(invoice.issueDate), format.date(invoice.dueDate),
                      format.integer(invoice.daysOverdue), format.money(invoice.amountDue)});
    table.addRow({m_context.label(DocumentLabels::TotalOverdue), QString(), QString(), QString(),
                  format.money(doc.overdueTotal())},
                 0, true);
    table.addTo(flow);

    if (!doc.lateFeeText.trimmed().isEmpty()) {
        flow.addSpace(m_context.pt(10));
        FlowText::addParagraphs(flow, m_context, doc.lateFeeText.trimmed(), m_context.body(), RenderContext::ink());
    }
}
