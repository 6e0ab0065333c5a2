#pragma once

#include "EInvoiceFormat.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// How the window names the e-invoice formats and the identifier schemes of the parties.
class EInvoiceNames
{
    Q_DECLARE_TR_FUNCTIONS(EInvoiceNames)
public:
    struct Scheme
    {
        QString key; // "0009"
        QString name; // "SIRET (France)"
        QString example; // what an identifier of the scheme looks like
    };
    // The Peppol electronic address schemes (EAS) our customers meet, most used first.
    static QList<Scheme> endpointSchemes();
    // The registration schemes (LegalRegistration::schemes) with examples.
    static QList<Scheme> registrationSchemes();
    static QString formatName(EInvoiceFormat format);
    static QList<EInvoiceFormat> formats();
};
