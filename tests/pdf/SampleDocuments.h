#pragma once

#include "PrintedDocument.h"

#include <QString>

// The documents the PDF tests and the benchmark print: fixed, realistic data. Every line net
// and every total is computed with the project's TaxCalculator from the inputs below.
class SampleDocuments
{
public:
    struct LineInput
    {
        const char *description;
        const char *quantity;
        const char *unit;
        const char *unitPrice;
        const char *discount;
        TaxCategory category;
        const char *rate;
        const char *exemptionReason;
    };

    static PrintedDocument::Party seller(const QString &language);
    static PrintedDocument::Party customer(const QString &language);
    static PrintedDocument::BankDetails bank();

    // A posted invoice in the language: standard, reduced, exempt and reverse-charge lines,
    // a partial payment, payment terms, notes.
    static PrintedDocument invoice(const QString &language);
    // A one-page invoice, varied by `seed` (benchmark).
    static PrintedDocument smallInvoice(int seed);
    // An invoice with `count` lines; every fifth line has a long wrapping description.
    static PrintedDocument longInvoice(int count);

    static PrintedDocument::Line line(const LineInput &input, const QString &currency = QStringLiteral("EUR"));
    // Fills the totals from the lines with a fresh TaxCalculator (addLine on the inputs).
    static void total(PrintedDocument &document);
};
