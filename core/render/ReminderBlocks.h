#pragma once

class PageFlow;
class RenderContext;

// The body of a payment reminder letter: reminder level, the letter text, the customer's
// overdue invoices (number, issue date, due date, days overdue, amount due) with their total,
// and the optional late-fee text.
class ReminderBlocks
{
public:
    explicit ReminderBlocks(const RenderContext &context) : m_context(context) {}

    void addTo(PageFlow &flow) const;

private:
    const RenderContext &m_context;
};
