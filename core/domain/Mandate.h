#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// A SEPA direct debit mandate (table mandates, migration 0016): the customer's authorisation to
// debit their account. Never deleted; revoked at most once. Its sequence is not stored: the first
// collection under a mandate is FRST, the following ones RCUR (a FRST that came back is sent as
// FRST again).
enum class MandateScheme { Core, B2B };

struct Mandate
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString reference; // the unique mandate reference (UMR), up to 35 characters
    QDate signedOn;
    QString iban;
    QString bic;
    MandateScheme scheme = MandateScheme::Core;
    QDateTime createdAt;
    QString createdBy;
    QDate revokedOn; // invalid: in force
    QString revokedBy;

    bool isActive() const { return !revokedOn.isValid(); }
    static QString schemeKey(MandateScheme scheme)
    {
        return scheme == MandateScheme::B2B ? QStringLiteral("b2b") : QStringLiteral("core");
    }
    // The pain.008 LclInstrm code: CORE or B2B.
    static QString schemeCode(MandateScheme scheme)
    {
        return scheme == MandateScheme::B2B ? QStringLiteral("B2B") : QStringLiteral("CORE");
    }
};
