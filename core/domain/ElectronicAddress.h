#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

// A party's electronic address (EN 16931 BT-34 / BT-49): a Peppol participant identifier, the
// scheme from the Peppol EAS code list (0009, 0208, 9930, 0204, 0088, …, or EM for an email
// address) and the identifier in that scheme. Empty when the party has none.
struct ElectronicAddress
{
    Q_DECLARE_TR_FUNCTIONS(ElectronicAddress)
public:
    QString scheme;
    QString id;

    bool isEmpty() const { return scheme.isEmpty() && id.isEmpty(); }
    QString toString() const { return isEmpty() ? QString() : scheme + QLatin1Char(':') + id; }
    bool operator==(const ElectronicAddress &) const = default;

    // "0208:0477472701" → the checked, normalized address; "" → empty. Refuses an unknown
    // scheme or an identifier that does not have its scheme's form or check digits.
    static Result<ElectronicAddress> parse(const QString &text);
    static Result<ElectronicAddress> validated(ElectronicAddress address);
};
