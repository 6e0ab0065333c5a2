#pragma once

#include "Database.h"

#include <QDate>

#include <optional>

// An invoice the customer disputes: no reminder goes out for it while the dispute is open.
struct InvoiceDispute
{
    qint64 documentId = 0;
    QString reason;
    QDate openedOn;
    QString openedBy;
};

class ReminderDisputeRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReminderDisputeRepository)
public:
    explicit ReminderDisputeRepository(Database &db)
        : m_db(db)
    { }

    Result<std::optional<InvoiceDispute>> find(qint64 documentId) const;
    Status open(const InvoiceDispute &dispute); // Conflict when already open
    Status close(qint64 documentId); // NotFound when none is open
    Result<qint64> count() const;

private:
    Database &m_db;
};
