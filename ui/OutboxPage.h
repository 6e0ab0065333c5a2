#pragma once

#include "Page.h"

// The outbox of mail waiting to be sent: a placeholder until the mail transport lands.
class OutboxPage : public Page
{
    Q_OBJECT
public:
    explicit OutboxPage(CompanySession &session, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override {}
};
