#pragma once

#include "Page.h"

class Navigator;
class OutboxWidget;

// The outbox of the company file: every invoice, credit note and reminder sent by email, with
// its state (queued, sending, sent, failed, to check), resend, cancel and the way to the document.
class OutboxPage : public Page
{
    Q_OBJECT
public:
    OutboxPage(CompanySession &session, Navigator &navigator, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;
    OutboxWidget *outbox() const { return m_outbox; }

private:
    OutboxWidget *m_outbox;
};
