#pragma once

#include <QList>
#include <QString>

// What one e-invoice format (a syntax plus a CIUS) asks of a document. The EN 16931 core is the
// base; each CIUS starts from it and changes only what its specification changes (STYLE.md:
// thin variants over one common base).
struct EInvoiceProfile
{
    enum class Syntax { Ubl, Cii };
    enum class Id { En16931Ubl, En16931Cii, PeppolBis3, XRechnungUbl, XRechnungCii, FacturXEn16931 };

    Id id = Id::En16931Ubl;
    Syntax syntax = Syntax::Ubl;
    QString key; // "en16931-ubl", "peppol-bis3", ... (file names, CLI)
    QString name; // "EN 16931", "Peppol", "XRechnung", "Factur-X" (in messages)
    QString customizationId; // BT-24: UBL CustomizationID, CII guideline parameter
    QString profileId; // BT-23: UBL ProfileID, CII business process; empty = none
    bool endpointsRequired = false; // BT-34 and BT-49 (Peppol, XRechnung)
    bool buyerReferenceRequired = false; // BT-10 (XRechnung: the Leitweg-ID)
    bool buyerOrOrderReference = false; // BT-10 or BT-13 (Peppol R003)
    bool sellerContactRequired = false; // BG-6 name, phone and email (XRechnung BR-DE-2, 5..7)
    bool postalCityRequired = false; // BT-37/38, BT-52/53 (XRechnung BR-DE-3/4/8/9)
    bool paymentRequired = false; // BG-16 (XRechnung BR-DE-1)

    static EInvoiceProfile en16931Ubl();
    static EInvoiceProfile en16931Cii();
    static EInvoiceProfile peppolBis3();
    static EInvoiceProfile xrechnungUbl();
    static EInvoiceProfile xrechnungCii();
    static EInvoiceProfile facturXEn16931();
    static EInvoiceProfile get(Id id);
    static QList<EInvoiceProfile> all();
};
