#pragma once

#include "ElectronicAddress.h"
#include "LegalRegistration.h"
#include "PostalAddress.h"

#include <QCoreApplication>

// Checks shared by the customer and company services for the party data of e-invoices.
class PartyRules
{
    Q_DECLARE_TR_FUNCTIONS(PartyRules)
public:
    // Cleans the printed address text and the structured address and brings them into agreement
    // (PostalAddress::reconcile, the VAT id's country as the hint). fieldName names the text.
    static Status address(QString &text, PostalAddress &address, const QString &vatId, const QString &fieldName);
    static Status identifiers(LegalRegistration &registration, ElectronicAddress &endpoint);
};
