#pragma once

#include "Database.h"

// Gapless counters, one per document type and period (the year, or 0 when never reset).
class SequenceRepository
{
    Q_DECLARE_TR_FUNCTIONS(SequenceRepository)
public:
    explicit SequenceRepository(Database &db) : m_db(db) {}

    // Increments and returns the counter. Call inside the posting transaction: a rollback
    // gives the number back.
    Result<qint64> next(const QString &docType, int period);
    Result<qint64> current(const QString &docType, int period) const;

private:
    Database &m_db;
};
