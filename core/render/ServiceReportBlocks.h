#pragma once

class PageFlow;
class RenderContext;

// The body of a service-order report: the work ordered, the intervention report, the
// technicians' time, the parts used and the customer's sign-off (name, time, signature).
class ServiceReportBlocks
{
public:
    explicit ServiceReportBlocks(const RenderContext &context) : m_context(context) {}

    void addTo(PageFlow &flow) const;

private:
    void addTimeEntries(PageFlow &flow) const;
    void addParts(PageFlow &flow) const;
    void addSignOff(PageFlow &flow) const;

    const RenderContext &m_context;
};
