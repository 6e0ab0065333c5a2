#pragma once

#include "Database.h"
#include "FixedDecimal.h"
#include "TaxCategory.h"

#include <QList>

#include <optional>

// The late fee of one reminder level: a flat amount or a percentage of the amount due. It is
// invoiced as a new draft, linked to the reminded invoice, only when the user asks for it.
struct LateFeeRule
{
    enum class Kind { Flat, Percent };
    int level = 1;
    Kind kind = Kind::Flat;
    qint64 amount = 0; // Flat: minor units; Percent: hundredths of a percent (150 = 1.5 %)
    QString description; // the invoice line; empty: a standard text naming the invoice
    TaxCategory taxCategory = TaxCategory::Exempt; // late-payment compensation is usually out of VAT
    Percentage taxRate;
    QString exemptionReason;
};

class ReminderFeeRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReminderFeeRepository)
public:
    explicit ReminderFeeRepository(Database &db)
        : m_db(db)
    { }

    Result<QList<LateFeeRule>> all() const;
    Result<std::optional<LateFeeRule>> forLevel(int level) const;
    Status save(const LateFeeRule &rule); // replaces the rule of its level
    Status remove(int level);

private:
    Database &m_db;
};
