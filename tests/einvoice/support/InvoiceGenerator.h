#pragma once

#include "EInvoice.h"

#include <random>

// Seeded random EN 16931 documents for the property test and the benchmark: invoices and credit
// notes with 1 to 50 lines in categories S/Z/E/AE/K/G/O, rates 20/10/5.5/2.1/0, 3-decimal
// quantities, 4-decimal prices and line discounts, complete enough for every profile. The
// lines are made by the generator; the breakdown and totals by EInvoiceArithmetic::complete.
class InvoiceGenerator
{
public:
    explicit InvoiceGenerator(quint64 seed)
        : m_random(seed)
    { }
    EInvoice next();

private:
    qint64 between(qint64 low, qint64 high); // inclusive
    bool chance(int percent) { return between(1, 100) <= percent; }
    EInvoiceLine line(int index, const QString &category, Percentage rate);

    std::mt19937_64 m_random;
    int m_count = 0;
};

// A GLN (GS1, scheme 0088) with its check digit, from a 12-digit body.
QString glnWithCheckDigit(const QString &body12);
