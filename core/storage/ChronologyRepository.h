#pragma once

#include "Database.h"

#include <QDate>

#include <optional>

// Reads what the rules of time (DESIGN.md "Numbers", "Structured documents") are checked against:
// the last issued document of a type, and the first break of order in a file.
class ChronologyRepository
{
    Q_DECLARE_TR_FUNCTIONS(ChronologyRepository)
public:
    explicit ChronologyRepository(Database &db)
        : m_db(db)
    { }

    struct Issued
    {
        QDate issueDate;
        QString number;
    };
    // The posted document of that type (invoice, credit_note) with the latest issue date.
    Result<std::optional<Issued>> lastIssued(const QString &docType);
    // The first posted document (in the order of its "post" audit events, per type) dated before
    // one posted earlier; empty when none.
    Result<QString> firstOrderBreak();
    // The first payment or refund dated before the issue date of its document, or reversal dated
    // before the payment it reverses; empty when none.
    Result<QString> firstPaymentBeforeItsDocument();

private:
    Database &m_db;
};
