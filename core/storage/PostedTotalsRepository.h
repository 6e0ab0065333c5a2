#pragma once

#include "Database.h"

#include <QList>

#include <functional>

// A posted document as stored, with its lines and its VAT breakdown (in document order), for the
// company check to recompute its totals (IntegrityCheck). Raw stored values: scaled integers.
struct StoredTotals
{
    struct Line
    {
        qint64 quantity = 0, unitPrice = 0, discount = 0, taxRate = 0, lineNet = 0;
        QString taxCategory, exemptionReason;
    };
    struct Tax
    {
        QString taxCategory, exemptionReason;
        qint64 taxRate = 0, base = 0, tax = 0;
    };
    qint64 id = 0;
    QString number, currency;
    qint64 net = 0, tax = 0, gross = 0;
    QList<Line> lines;
    QList<Tax> taxes;
};

class PostedTotalsRepository
{
    Q_DECLARE_TR_FUNCTIONS(PostedTotalsRepository)
public:
    explicit PostedTotalsRepository(Database &db) : m_db(db) {}
    // Every posted document in id order; the visitor returns false to stop.
    Status forEach(const std::function<bool(const StoredTotals &)> &visit);

private:
    Database &m_db;
};
