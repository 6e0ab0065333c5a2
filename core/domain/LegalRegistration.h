#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// A party's legal registration identifier (EN 16931 BT-30 / BT-47) and its scheme: the ISO 6523
// ICD code where one exists (0002 SIREN, 0009 SIRET, 0208 Belgian enterprise number, 0088 GLN,
// 0060 DUNS, …), else a readable key (HRB, HRA: the German commercial register). Empty when none.
struct LegalRegistration
{
    Q_DECLARE_TR_FUNCTIONS(LegalRegistration)
public:
    QString scheme;
    QString id;

    bool isEmpty() const { return scheme.isEmpty() && id.isEmpty(); }
    QString toString() const { return isEmpty() ? QString() : scheme + QLatin1Char(':') + id; }
    bool operator==(const LegalRegistration &) const = default;
    // True when the scheme is an ISO 6523 ICD code (written as schemeID in the XML).
    bool hasIcdScheme() const { return scheme.size() == 4 && scheme.at(0).isDigit(); }

    struct Scheme
    {
        QString key; // "0009", "HRB"
        QString name; // "SIRET (France)"
    };
    static QList<Scheme> schemes();
    static QString schemeName(const QString &key); // empty when unknown

    // "0009:12345678200010" → checked and normalized; "" → empty.
    static Result<LegalRegistration> parse(const QString &text);
    static Result<LegalRegistration> validated(LegalRegistration registration);
};
