#pragma once

#include "MatchCandidateRepository.h"
#include "MatchReferenceLookup.h"

#include <QHash>

// The structured reference of an invoice as ISO 11649 builds it from the invoice's number: RF,
// two check digits and the number's letters and digits (INV-2026-00042 -> RF..INV202600042).
// Looks references up among the open invoices it was given; a reference whose check digits are
// wrong names no invoice.
class MatchNumberReferenceLookup : public MatchReferenceLookup
{
public:
    explicit MatchNumberReferenceLookup(const QList<OpenInvoice> &invoices);
    qint64 invoiceFor(const QString &reference) const override;

    // Whether an RF reference's check digits are right (ISO 11649, mod 97 = 1).
    static bool validCreditorReference(const QString &reference);
    // RF + check digits + body, for a body of up to 21 letters and digits.
    static QString creditorReference(const QString &body);
    static QString compactNumber(const QString &number);

private:
    QHash<QString, qint64> m_byBody;
};
