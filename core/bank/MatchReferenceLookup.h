#pragma once

#include <QString>
#include <QStringList>

// Finds the invoice a structured payment reference names (ISO 11649 RF creditor reference or
// the Belgian structured communication). References arrive normalized: upper case without
// spaces ("RF18539007547034"), a Belgian communication as its 12 digits ("090933755493").
class MatchReferenceLookup
{
public:
    virtual ~MatchReferenceLookup() = default;
    // The invoice's id, or 0 when no posted invoice carries the reference.
    virtual qint64 invoiceFor(const QString &reference) const = 0;

    // The candidate references in a structured reference field or a remittance text, normalized.
    static QStringList candidates(const QString &text);
};
